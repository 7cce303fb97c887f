using GenScreen.Storage.Rescreen;
using System.Globalization;
using GenScreen.Cli.Eval;
using GenScreen.Evaluation;
using GenScreen.Storage.Verdicts;

namespace GenScreen.Cli.Bulk;

/// <summary>The text output of <c>genscreen rescreen</c>: one line per flip or failure as it happens, then the counts.</summary>
internal static class RescreenReportWriter
{
    private const string Arrow = "→";

    public static void WriteHeader(TextWriter output, string kind, string source, string version, bool apply)
    {
        output.WriteLine($"rescreen {kind} verdicts in table {source} {Arrow} policy version {version}");
        output.WriteLine(apply ? "applying: old versions go to history, rows are updated" : "dry run: nothing is written (add --apply to write)");
    }

    /// <summary>Decision changes and failures only: unchanged rows are counted, not listed.</summary>
    public static void WriteResult(TextWriter output, string id, RescreenItemResult result)
    {
        if (result.Change is { } c && c.Before != c.After)
        {
            output.WriteLine($"  {id} [{c.Policy}] {ReasonText.Decision(c.Before)} {Arrow} {ReasonText.Decision(c.After)} caused by {ReasonText.Cause(c.Causes)}");
        }
        else if (!result.IsSettled || result.Status == RescreenStatus.UnknownPolicy)
        {
            output.WriteLine($"  {id} {Describe(result.Status)}: {result.Error}");
        }
    }

    public static void WriteSummary(TextWriter output, RescreenReport report, bool apply, long? limit)
    {
        if (report.ResumedAfter is { } resumed)
        {
            output.WriteLine($"resumed after row {Position(resumed)} (checkpoint of an unfinished run; --restart starts over)");
        }

        output.WriteLine(Invariant($"scanned {report.Scanned:N0}: {Count(report, RescreenStatus.Rescreened)} {(apply ? "re-screened" : "would be re-screened")}, {Count(report, RescreenStatus.AlreadyCurrent)} already current, {Count(report, RescreenStatus.NoText)} without prompt text, {Count(report, RescreenStatus.UnknownPolicy)} unknown policy, {Count(report, RescreenStatus.Deleted)} deleted, {Count(report, RescreenStatus.Conflict)} conflicts, {Count(report, RescreenStatus.Failed)} failed"));
        output.WriteLine($"decisions (before {Arrow} after):");
        var m = report.Decisions;
        output.WriteLine(Invariant($"  unchanged        {m.Diagonal:N0}"));
        foreach (var before in DecisionMatrix.Decisions)
        {
            foreach (var after in DecisionMatrix.Decisions)
            {
                if (before != after && m.Count(before, after) > 0)
                {
                    output.WriteLine(Invariant($"  {$"{ReasonText.Decision(before)} {Arrow} {ReasonText.Decision(after)}",-16} {m.Count(before, after):N0}"));
                }
            }
        }

        if (report.StoppedAtLimit)
        {
            output.WriteLine(apply
                ? $"stopped after {limit:N0} rows (--limit); run again to resume after row {(report.Checkpoint is { } p ? Position(p) : "(none)")}"
                : Invariant($"stopped after {limit:N0} rows (--limit)"));
        }
        else if (report.Unsettled > 0)
        {
            output.WriteLine(Invariant($"{report.Unsettled:N0} rows were not settled; run again to retry them"));
        }
        else
        {
            output.WriteLine(apply ? "complete" : "complete (dry run)");
        }
    }

    private static string Count(RescreenReport report, RescreenStatus status) => report.Count(status).ToString("N0", CultureInfo.InvariantCulture);

    private static string Describe(RescreenStatus status) => status switch
    {
        RescreenStatus.Conflict => "conflict",
        RescreenStatus.Failed => "failed",
        RescreenStatus.UnknownPolicy => "unknown policy",
        _ => status.ToString(),
    };

    private static string Position(TablePosition p) => $"{p.PartitionKey}/{p.RowKey}";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
