namespace GenScreen.Evaluation;

/// <summary>
/// One item of a labelled prompt set (format: docs/labelled-prompts.md): the prompt, its label (the kind
/// of content, e.g. <c>minors-sexual</c> or <c>trap</c>) and the decision expected under each policy.
/// </summary>
/// <param name="Language">The item's <c>lang</c>; null when the item gives none (reported as English, <see cref="DefaultLanguage"/>).</param>
/// <param name="Source">Where the item was read (a file name), for per-file figures; null when unknown.</param>
public sealed record LabelledPrompt(
    string Id,
    string Label,
    string Prompt,
    string? NegativePrompt,
    IReadOnlyList<PolicyExpectation> Expect,
    string? Language = null,
    string? Source = null)
{
    /// <summary>The language of items without <c>lang</c>: the project's sets leave it out for English.</summary>
    public const string DefaultLanguage = "en";

    /// <summary>Where the item came from, for per-file figures.</summary>
    public const string UnknownSource = "(unknown)";

    /// <summary>The generation mode the prompt is screened for (<c>mode</c> in the file; default txt2img).</summary>
    public Core.Verdicts.GenerationMode Mode { get; init; }
}
