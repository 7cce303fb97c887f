using System.Globalization;
using GenScreen.Evaluation;

namespace GenScreen.Cli.Eval;

/// <summary>
/// The text report of <c>eval prompts</c>: per policy a confusion matrix, must-block recall and the must-allow
/// false-positive rate overall and per label, language and file, and the misses; with a candidate, the same
/// side by side and the flips.
/// </summary>
internal static class EvaluationReport
{
    private const string Arrow = "→";

    public static void WritePolicy(TextWriter output, PolicyEvaluation evaluation, bool listMisses)
    {
        output.WriteLine(Invariant($"policy {evaluation.Policy}: {evaluation.Matrix.Total:N0} prompts, {evaluation.Matrix.Diagonal:N0} as expected, {evaluation.Misses.Count:N0} misses"));
        WriteMatrices(output, [evaluation.Matrix], ["actual"]);
        output.WriteLine(Invariant($"  must-block recall (expected block, got block): {Recall(evaluation.BlockRecall)}"));
        output.WriteLine(Invariant($"  must-allow flagged (expected allow, got review or block): {FalsePositives(evaluation)}"));
        WriteGroups(output, "label", evaluation.ByLabel);
        WriteGroups(output, "language", evaluation.ByLanguage);
        WriteGroups(output, "file", evaluation.BySource);
        if (listMisses && evaluation.Misses.Count > 0)
        {
            output.WriteLine("  misses:");
            foreach (var m in evaluation.Misses)
            {
                output.WriteLine(Invariant($"    {m.Id} [{m.Label}] expected {ReasonText.Decision(m.Expected)}, got {ReasonText.Decision(m.Actual)}: {ReasonText.Summary(m.Reasons)}"));
            }
        }

        output.WriteLine();
    }

    public static void WriteComparison(TextWriter output, PolicyEvaluation today, PolicyEvaluation candidate)
    {
        output.WriteLine(Invariant($"policy {today.Policy}: {today.Matrix.Total:N0} prompts; misses today {today.Misses.Count:N0}, candidate {candidate.Misses.Count:N0}"));
        WriteMatrices(output, [today.Matrix, candidate.Matrix], ["today", "candidate"]);
        output.WriteLine(Invariant($"  {"must-block recall",-28} {"today",-22} candidate"));
        var candidateByLabel = candidate.BlockRecallByLabel.Append(candidate.BlockRecall).ToDictionary(r => r.Label, StringComparer.Ordinal);
        foreach (var r in today.BlockRecallByLabel.Append(today.BlockRecall))
        {
            var c = candidateByLabel.TryGetValue(r.Label, out var found) ? Recall(found) : "-";
            output.WriteLine(Invariant($"    {r.Label,-26} {Recall(r),-22} {c}"));
        }

        output.WriteLine(Invariant($"  {"must-allow flagged",-28} {FalsePositives(today),-22} {FalsePositives(candidate)}"));
        WriteGroupComparison(output, "label", today.ByLabel, candidate.ByLabel);
        WriteGroupComparison(output, "language", today.ByLanguage, candidate.ByLanguage);
        output.WriteLine();
    }

    public static void WriteFlips(TextWriter output, IReadOnlyList<DecisionFlip> flips)
    {
        output.WriteLine(Invariant($"decision flips (today {Arrow} candidate): {flips.Count:N0}"));
        foreach (var group in flips.GroupBy(f => (f.Before, f.After)).OrderBy(g => g.Key.Before).ThenBy(g => g.Key.After))
        {
            output.WriteLine(Invariant($"  {ReasonText.Decision(group.Key.Before)} {Arrow} {ReasonText.Decision(group.Key.After)}: {group.Count():N0}"));
        }

        foreach (var f in flips)
        {
            var expected = f.Expected is { } e ? $", expected {ReasonText.Decision(e)}" : string.Empty;
            output.WriteLine(Invariant($"  {f.Id} [{f.Policy}] {ReasonText.Decision(f.Before)} {Arrow} {ReasonText.Decision(f.After)} (label {f.Label}{expected}) caused by {ReasonText.Cause(f.Causes)}"));
            foreach (var change in f.Causes)
            {
                output.WriteLine($"      {ReasonText.Of(change)}");
            }
        }

        output.WriteLine();
    }

    /// <summary>One or more 3×3 matrices side by side (rows expected; columns the decision under each rule set).</summary>
    private static void WriteMatrices(TextWriter output, IReadOnlyList<DecisionMatrix> matrices, IReadOnlyList<string> titles)
    {
        const int LabelWidth = 16;
        const int CellWidth = 8;
        const string Gap = "    ";
        var title = new System.Text.StringBuilder(new string(' ', LabelWidth));
        var columns = new System.Text.StringBuilder("  expected".PadRight(LabelWidth));
        foreach (var name in titles)
        {
            title.Append(name.PadLeft(CellWidth).PadRight(CellWidth * 3)).Append(Gap);
            foreach (var d in DecisionMatrix.Decisions)
            {
                columns.Append(ReasonText.Decision(d).PadLeft(CellWidth));
            }

            columns.Append(Gap);
        }

        output.WriteLine(title.ToString().TrimEnd());
        output.WriteLine(columns.ToString().TrimEnd());
        foreach (var row in DecisionMatrix.Decisions)
        {
            var line = new System.Text.StringBuilder(("    " + ReasonText.Decision(row)).PadRight(LabelWidth));
            foreach (var m in matrices)
            {
                foreach (var column in DecisionMatrix.Decisions)
                {
                    line.Append(m.Count(row, column).ToString("N0", CultureInfo.InvariantCulture).PadLeft(CellWidth));
                }

                line.Append(Gap);
            }

            output.WriteLine(line.ToString().TrimEnd());
        }
    }

    /// <summary>
    /// One line per group (label, language or file): items, how many got exactly their expected decision,
    /// must-block recall and the must-allow false-positive rate.
    /// </summary>
    private static void WriteGroups(TextWriter output, string kind, IReadOnlyList<GroupResult> groups)
    {
        var width = NameWidth(groups);
        output.WriteLine(Invariant($"  {("by " + kind).PadRight(width + 2)} {"items",7} {"as expected",17} {"must-block blocked",22} {"must-allow flagged",22}"));
        foreach (var g in groups)
        {
            output.WriteLine(Invariant($"    {g.Name.PadRight(width)} {g.Items,7:N0} {AsExpected(g),17} {GroupRecall(g),22} {GroupFalsePositives(g),22}"));
        }
    }

    /// <summary>Wide enough for the longest name (file names can be long), at least the label column of the other tables.</summary>
    private static int NameWidth(IReadOnlyList<GroupResult> groups) => Math.Max(26, groups.Count == 0 ? 0 : groups.Max(g => g.Name.Length));

    /// <summary>Per group, today's and the candidate's as-expected counts and false positives side by side.</summary>
    private static void WriteGroupComparison(TextWriter output, string kind, IReadOnlyList<GroupResult> today, IReadOnlyList<GroupResult> candidate)
    {
        var candidateByName = candidate.ToDictionary(g => g.Name, StringComparer.Ordinal);
        var width = NameWidth(today);
        output.WriteLine(Invariant($"  {("by " + kind).PadRight(width + 2)} {"as expected today",19} {"candidate",17}   {"must-allow flagged today",24} {"candidate",18}"));
        foreach (var g in today)
        {
            // Both rule sets screen the same items under the same policies, so every group is in both.
            var c = candidateByName[g.Name];
            output.WriteLine(Invariant($"    {g.Name.PadRight(width)} {AsExpected(g),19} {AsExpected(c),17}   {GroupFalsePositives(g),24} {GroupFalsePositives(c),18}"));
        }
    }

    private static string AsExpected(GroupResult g) => Invariant($"{g.AsExpected:N0} {g.ExpectedRate,7:P1}");

    private static string GroupRecall(GroupResult g) =>
        g.MustBlock == 0 ? "-" : Invariant($"{g.Blocked:N0}/{g.MustBlock:N0} {g.Recall,7:P1}");

    private static string GroupFalsePositives(GroupResult g) =>
        g.MustAllow == 0 ? "-" : Invariant($"{g.MustAllowFlagged:N0}/{g.MustAllow:N0} {g.FalsePositiveRate,7:P2}");

    private static string Recall(LabelRecall r) =>
        r.MustBlock == 0 ? "0/0 -" : Invariant($"{r.Blocked:N0}/{r.MustBlock:N0} {r.Recall:P1}");

    private static string FalsePositives(PolicyEvaluation e) => Invariant($"{e.MustAllowFlagged:N0}/{e.MustAllow:N0} {e.FalsePositiveRate:P2}");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
