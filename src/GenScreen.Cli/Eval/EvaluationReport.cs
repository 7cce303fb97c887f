using System.Globalization;
using GenScreen.Core.Evaluation;

namespace GenScreen.Cli.Eval;

/// <summary>
/// The text report of <c>eval prompts</c>: per policy a confusion matrix, must-block recall per label,
/// the must-allow false-positive rate and the misses; with a candidate, the same side by side and the flips.
/// </summary>
internal static class EvaluationReport
{
    private const string Arrow = "→";

    public static void WritePolicy(TextWriter output, PolicyEvaluation evaluation, bool listMisses)
    {
        output.WriteLine(Invariant($"policy {evaluation.Policy}: {evaluation.Matrix.Total:N0} prompts, {evaluation.Matrix.Diagonal:N0} as expected, {evaluation.Misses.Count:N0} misses"));
        WriteMatrices(output, [evaluation.Matrix], ["actual"]);
        output.WriteLine("  must-block recall (expected block, got block):");
        foreach (var r in evaluation.BlockRecallByLabel.Append(evaluation.BlockRecall))
        {
            output.WriteLine(Invariant($"    {r.Label,-26} {Recall(r)}"));
        }

        output.WriteLine(Invariant($"  must-allow flagged (expected allow, got review or block): {FalsePositives(evaluation)}"));
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

    private static string Recall(LabelRecall r) =>
        r.MustBlock == 0 ? "0/0 -" : Invariant($"{r.Blocked:N0}/{r.MustBlock:N0} {r.Recall:P1}");

    private static string FalsePositives(PolicyEvaluation e) => Invariant($"{e.MustAllowFlagged:N0}/{e.MustAllow:N0} {e.FalsePositiveRate:P2}");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
