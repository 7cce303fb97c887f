namespace GenScreen.Http.Contracts;

/// <summary>The body of <c>POST /api/screen/prompt</c>, validated.</summary>
public sealed record PromptScreeningRequest(
    string Prompt,
    string? NegativePrompt,
    string? Policy,
    string? RequestId,
    string? UserId,
    string? Model);
