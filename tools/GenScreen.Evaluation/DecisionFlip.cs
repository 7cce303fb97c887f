using GenScreen.Core.Verdicts;

namespace GenScreen.Evaluation;

/// <summary>
/// A prompt whose decision differs between two sets of rules (today's and a candidate, or a stored
/// verdict and its re-screening), with the reason changes that explain it.
/// </summary>
/// <param name="Expected">The labelled decision, when the prompt comes from a labelled set.</param>
public sealed record DecisionFlip(
    string Id,
    string? Label,
    string Policy,
    Decision? Expected,
    Decision Before,
    Decision After,
    IReadOnlyList<ReasonChange> Causes)
{
    public static DecisionFlip Of(string id, string? label, Decision? expected, PromptVerdict before, PromptVerdict after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        return new DecisionFlip(id, label, after.Policy, expected, before.Decision, after.Decision, ReasonDiff.Between(before.Reasons, after.Reasons));
    }
}
