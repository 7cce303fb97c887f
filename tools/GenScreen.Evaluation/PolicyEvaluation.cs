using GenScreen.Core.Verdicts;

namespace GenScreen.Evaluation;

/// <summary>
/// The results of a labelled set under one policy: confusion matrix, recall on must-block items and the
/// share of must-allow items that were not allowed (overall, per label, per language and per file), and
/// every miss.
/// </summary>
public sealed class PolicyEvaluation(string policy)
{
    private readonly SortedDictionary<string, GroupResult> _byLabel = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, GroupResult> _byLanguage = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, GroupResult> _bySource = new(StringComparer.Ordinal);
    private readonly List<EvaluationMiss> _misses = [];

    public string Policy { get; } = policy;

    /// <summary>Rows expected, columns actual.</summary>
    public DecisionMatrix Matrix { get; } = new();

    public IReadOnlyList<EvaluationMiss> Misses => _misses;

    /// <summary>Recall on must-block items (expected block), per label that has any, in label order.</summary>
    public IReadOnlyList<LabelRecall> BlockRecallByLabel =>
        [.. _byLabel.Values.Where(g => g.MustBlock > 0).Select(g => new LabelRecall(g.Name, g.MustBlock, g.Blocked))];

    /// <summary>Figures per label, in label order (every label seen under this policy).</summary>
    public IReadOnlyList<GroupResult> ByLabel => [.. _byLabel.Values];

    /// <summary>Figures per language (<c>lang</c>; <see cref="LabelledPrompt.DefaultLanguage"/> when absent), in order.</summary>
    public IReadOnlyList<GroupResult> ByLanguage => [.. _byLanguage.Values];

    /// <summary>Figures per source file, in order.</summary>
    public IReadOnlyList<GroupResult> BySource => [.. _bySource.Values];

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
        // Every group gets an entry, so a label with no must-block item under this policy still sorts in.
        Count(_byLabel, item.Label, expected, verdict.Decision);
        Count(_byLanguage, string.IsNullOrWhiteSpace(item.Language) ? LabelledPrompt.DefaultLanguage : item.Language, expected, verdict.Decision);
        Count(_bySource, item.Source ?? LabelledPrompt.UnknownSource, expected, verdict.Decision);
        if (verdict.Decision != expected)
        {
            _misses.Add(new EvaluationMiss(item.Id, item.Label, expected, verdict.Decision, verdict.Reasons));
        }
    }

    private static void Count(SortedDictionary<string, GroupResult> groups, string name, Decision expected, Decision actual)
    {
        var group = groups.TryGetValue(name, out var existing) ? existing : new GroupResult(name, 0, 0, 0, 0, 0, 0);
        groups[name] = group.With(expected, actual);
    }
}
