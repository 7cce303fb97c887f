using GenScreen.Core.Verdicts;

namespace GenScreen.Core.Images;

/// <summary>One image to screen, with what is known about where it came from.</summary>
/// <param name="Content">The encoded image bytes.</param>
/// <param name="ContentType">Declared content type (blob property), if any.</param>
/// <param name="Name">File or blob name (its extension is a declared format too).</param>
/// <param name="Policy">Policy name; null for the default.</param>
/// <param name="CorrelatedPrompt">The verdict of the prompt that generated the image, when the generator said which.</param>
public sealed record ImageScreenRequest(
    ReadOnlyMemory<byte> Content,
    string? ContentType,
    string? Name,
    string? Policy,
    PromptVerdict? CorrelatedPrompt = null);
