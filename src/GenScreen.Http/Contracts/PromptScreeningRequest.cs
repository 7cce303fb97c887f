using GenScreen.Core.Verdicts;

namespace GenScreen.Http.Contracts;

/// <summary>The body of <c>POST /api/screen/prompt</c>, validated.</summary>
public sealed record PromptScreeningRequest(
    string Prompt,
    string? NegativePrompt,
    string? Policy,
    string? RequestId,
    string? UserId,
    string? Model)
{
    /// <summary>What the generator does with the prompt (<c>mode</c>): with an uploaded image, undressing is a nudify request.</summary>
    public GenerationMode Mode { get; init; }
}
