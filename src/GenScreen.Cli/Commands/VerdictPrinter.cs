using GenScreen.Core.Verdicts;

namespace GenScreen.Cli.Commands;

/// <summary>A verdict for people: decision first, then non-zero categories, then reasons.</summary>
internal static class VerdictPrinter
{
    public static void Print(TextWriter output, PromptVerdict verdict)
    {
        output.WriteLine($"{WireNames.Of(verdict.Decision).ToUpperInvariant()}  (policy {verdict.Policy}, version {verdict.PolicyVersion})");
        var flagged = verdict.Categories.Where(c => c.Severity > 0).ToList();
        output.WriteLine(flagged.Count == 0
            ? "  categories: none"
            : "  categories: " + string.Join(", ", flagged.Select(c => $"{c.Category} {c.Severity}")));
        foreach (var r in verdict.Reasons)
        {
            var where = r.Span is { } s ? $" at {s.Start}+{s.Length} in {r.Field}" : string.Empty;
            var term = r.Term is null ? string.Empty : $" '{r.Term}'";
            output.WriteLine($"  - {r.Code}{term}{where}: {r.Message}");
        }
    }
}
