using GenScreen.Core.Images;

namespace GenScreen.Http.Contracts;

/// <summary>The fields of <c>POST /api/screen/image</c>, validated.</summary>
/// <param name="Purpose"><c>generated</c> or <c>init-image</c> (required).</param>
/// <param name="Policy">A known policy; null for <c>ImageScreening:Policy</c>, else <c>Screening:DefaultPolicy</c>.</param>
/// <param name="PromptVerdictId">The verdict of the prompt that generated the image or will transform it.</param>
public sealed record ImageScreeningRequest(ImagePurpose Purpose, string? Policy, string? PromptVerdictId);
