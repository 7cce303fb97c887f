namespace GenScreen.Core.Evaluation;

/// <summary>
/// One item of a labelled prompt set (format: docs/labelled-prompts.md): the prompt, its label (the kind
/// of content, e.g. <c>minors-sexual</c> or <c>trap</c>) and the decision expected under each policy.
/// </summary>
public sealed record LabelledPrompt(
    string Id,
    string Label,
    string Prompt,
    string? NegativePrompt,
    IReadOnlyList<PolicyExpectation> Expect)
{
    /// <summary>The generation mode the prompt is screened for (<c>mode</c> in the file; default txt2img).</summary>
    public Verdicts.GenerationMode Mode { get; init; }
}
