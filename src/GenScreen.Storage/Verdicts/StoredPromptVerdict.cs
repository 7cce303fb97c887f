using GenScreen.Core.Verdicts;

namespace GenScreen.Storage.Verdicts;

/// <summary>A prompt verdict as recorded: the verdict plus who asked, when, and what (by hash).</summary>
public sealed record StoredPromptVerdict(
    string VerdictId,
    PromptVerdict Verdict,
    string PromptSha256,
    string? NegativePromptSha256,
    int PromptLength,
    string? Prompt,
    string? NegativePrompt,
    string? RequestId,
    string? UserId,
    string? Model,
    DateTimeOffset ScreenedAt)
{
    /// <summary>How long screening took, in milliseconds (stored as <c>ScreenMs</c> since issue 11; null on older rows).</summary>
    public double? ScreenMilliseconds { get; init; }

    /// <summary>What decided this verdict: compared when a request id is reused.</summary>
    public DecisionInputs Inputs => new(PromptSha256, NegativePromptSha256, Verdict.Policy, WireNames.Of(Verdict.Mode));
}
