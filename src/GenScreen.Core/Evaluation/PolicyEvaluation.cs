using GenScreen.Core.Verdicts;

namespace GenScreen.Core.Evaluation;

/// <summary>
/// The results of a labelled set under one policy: confusion matrix, recall on must-block items per
/// label, the share of must-allow items that were not allowed, and every miss.
/// </summary>
public sealed class PolicyEvaluation(string policy)
{
    private readonly SortedDictionary<string, (int MustBlock, int Blocked)> _byLabel = new(StringComparer.Ordinal);
    private readonly List<EvaluationMiss> _misses = [];

    public string Policy { get; } = policy;

    /// <summary>Rows expected, columns actual.</summary>
    public DecisionMatrix Matrix { get; } = new();

    public IReadOnlyList<EvaluationMiss> Misses => _misses;

    /// <summary>Recall on must-block items (expected block), per label that has any, in label order.</summary>
    public IReadOnlyList<LabelRecall> BlockRecallByLabel =>
        [.. _byLabel.Where(kv => kv.Value.MustBlock > 0).Select(kv => new LabelRecall(kv.Key, kv.Value.MustBlock, kv.Value.Blocked))];

    /// <summary>Recall over every must-block item, whatever its label.</summary>
    public LabelRecall BlockRecall => new("all", Matrix.RowTotal(Decision.Block), Matrix.Count(Decision.Block, Decision.Block));

    /// <summary>Must-allow items (expected allow).</summary>
    public int MustAllow => Matrix.RowTotal(Decision.Allow);

    /// <summary>Must-allow items that were reviewed or blocked: the false positives a user would feel.</summary>
    public int MustAllowFlagged => MustAllow - Matrix.Count(Decision.Allow, Decision.Allow);

    /// <summary>Rate of non-allow decisions on must-allow items; 0 when there are none.</summary>
    public double FalsePositiveRate => MustAllow == 0 ? 0 : (double)MustAllowFlagged / MustAllow;

    public void Record(LabelledPrompt item, Decision expected, PromptVerdict verdict)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(verdict);
        Matrix.Add(expected, verdict.Decision);
        // Every label gets an entry, so a label with no must-block item under this policy still sorts in.
        _byLabel.TryGetValue(item.Label, out var counts);
        if (expected == Decision.Block)
        {
            counts = (counts.MustBlock + 1, counts.Blocked + (verdict.Decision == Decision.Block ? 1 : 0));
        }

        _byLabel[item.Label] = counts;
        if (verdict.Decision != expected)
        {
            _misses.Add(new EvaluationMiss(item.Id, item.Label, expected, verdict.Decision, verdict.Reasons));
        }
    }
}
