using System.Globalization;

namespace GenScreen.Evaluation;

/// <summary>
/// Pass/fail thresholds for a labelled-set evaluation, so CI can refuse a rule change that blocks less
/// of what must be blocked, or flags more of what must be allowed. Null thresholds are not checked.
/// </summary>
/// <param name="MinRecall">Lowest acceptable recall on must-block items, checked for every label, every language and overall.</param>
/// <param name="MaxFalsePositive">Highest acceptable rate of non-allow decisions on must-allow items.</param>
public sealed record EvaluationGate(double? MinRecall, double? MaxFalsePositive)
{
    public bool IsEmpty => MinRecall is null && MaxFalsePositive is null;

    /// <summary>Each threshold the evaluation misses, as a sentence; empty when it passes.</summary>
    public IReadOnlyList<string> Check(PolicyEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var failures = new List<string>();
        if (MinRecall is { } minRecall)
        {
            // Per label and per language as well as overall: a large label or language must not hide a small one
            // that regressed.
            foreach (var r in evaluation.BlockRecallByLabel.Append(evaluation.BlockRecall))
            {
                if (r.MustBlock > 0 && r.Recall < minRecall)
                {
                    failures.Add(string.Create(CultureInfo.InvariantCulture,
                        $"{evaluation.Policy}: recall on must-block '{r.Label}' is {r.Recall:P1} ({r.Blocked}/{r.MustBlock}), below {minRecall:P1}"));
                }
            }

            foreach (var g in evaluation.ByLanguage)
            {
                if (g.MustBlock > 0 && g.Recall < minRecall)
                {
                    failures.Add(string.Create(CultureInfo.InvariantCulture,
                        $"{evaluation.Policy}: recall on must-block items in language '{g.Name}' is {g.Recall:P1} ({g.Blocked}/{g.MustBlock}), below {minRecall:P1}"));
                }
            }
        }

        if (MaxFalsePositive is { } maxFalsePositive && evaluation.FalsePositiveRate > maxFalsePositive)
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture,
                $"{evaluation.Policy}: non-allow rate on must-allow items is {evaluation.FalsePositiveRate:P2} ({evaluation.MustAllowFlagged}/{evaluation.MustAllow}), above {maxFalsePositive:P2}"));
        }

        return failures;
    }
}
