using GenScreen.Core.Verdicts;

namespace GenScreen.Core.Images;

/// <summary>One image to screen, with what is known about where it came from.</summary>
/// <param name="Content">The encoded image bytes.</param>
/// <param name="ContentType">Declared content type (blob property), if any.</param>
/// <param name="Name">File or blob name (its extension is a declared format too).</param>
/// <param name="Policy">
/// Policy chosen by the operator (configuration, route or CLI flag); null for the configured image policy. Never
/// taken from the content or its uploader.
/// </param>
/// <param name="CorrelatedPrompt">The verdict of the prompt that generated the image, when the generator said which.</param>
/// <param name="RequestedPolicy">
/// A policy the uploader asked for (blob metadata): honoured only when it is at least as strict as
/// <paramref name="Policy"/>, so whoever uploads can tighten screening but never loosen it.
/// </param>
/// <param name="PromptUnavailable">The upload named a prompt verdict that could not be read: fail closed to review.</param>
/// <param name="Purpose">A generated image (the default) or the init image of an img2img / inpainting request.</param>
public sealed record ImageScreenRequest(
    ReadOnlyMemory<byte> Content,
    string? ContentType,
    string? Name,
    string? Policy,
    PromptVerdict? CorrelatedPrompt = null,
    string? RequestedPolicy = null,
    bool PromptUnavailable = false,
    ImagePurpose Purpose = ImagePurpose.Generated);
