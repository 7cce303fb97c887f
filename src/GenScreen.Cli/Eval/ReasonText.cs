using GenScreen.Evaluation;
using GenScreen.Core.Verdicts;

namespace GenScreen.Cli.Eval;

/// <summary>Reasons and reason changes as one short line each, term first: what a reviewer scans for.</summary>
internal static class ReasonText
{
    public static string Decision(Decision decision) => WireNames.Of(decision);

    /// <summary><c>term.sexual "nude" (prompt 10+4)</c>, or just the code for rule reasons.</summary>
    public static string Of(VerdictReason reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        if (reason.Term is null)
        {
            return reason.Code;
        }

        var where = reason.Span is { } s ? $" ({reason.Field ?? "prompt"} {s.Start}+{s.Length})" : string.Empty;
        return $"{reason.Code} \"{reason.Term}\"{where}";
    }

    public static string Summary(IReadOnlyList<VerdictReason> reasons) =>
        reasons.Count == 0 ? "no reasons" : string.Join("; ", reasons.Select(Of));

    /// <summary><c>+ term.sexual "lighthouse": Sexual term (level 6).</c> (added) or <c>- …</c> (removed).</summary>
    public static string Of(ReasonChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var sign = change.Added ? "+" : "-";
        var term = change.Term is null ? string.Empty : $" \"{change.Term}\"";
        var field = change.Field is null or "prompt" ? string.Empty : $" in {change.Field}";
        return $"{sign} {change.Code}{term}{field}: {change.Message}";
    }

    /// <summary>The first term-bearing change, the one that most likely caused a flip, as a short phrase.</summary>
    public static string Cause(IReadOnlyList<ReasonChange> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var first = changes.FirstOrDefault(c => c.Term is not null) ?? (changes.Count > 0 ? changes[0] : null);
        return first is null
            ? "no reason changed (thresholds differ)"
            : $"{(first.Added ? "+" : "-")}{first.Code}{(first.Term is null ? string.Empty : $" \"{first.Term}\"")}";
    }
}
