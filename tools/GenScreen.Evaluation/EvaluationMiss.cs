using GenScreen.Core.Verdicts;

namespace GenScreen.Evaluation;

/// <summary>A labelled prompt whose actual decision is not the expected one, with the verdict's reasons.</summary>
public sealed record EvaluationMiss(
    string Id,
    string Label,
    Decision Expected,
    Decision Actual,
    IReadOnlyList<VerdictReason> Reasons);
