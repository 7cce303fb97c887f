using GenScreen.Core.Verdicts;

namespace GenScreen.Storage.Rescreen;

/// <summary>What re-screening did with one stored prompt verdict; <see cref="Before"/> and <see cref="After"/> are set when it was screened again.</summary>
public sealed record PromptRescreenOutcome(RescreenStatus Status, PromptVerdict? Before = null, PromptVerdict? After = null, string? Error = null)
{
    /// <summary>Whether the row is done for this run: conflicts and failures are retried (next CLI run, or the page message's next delivery).</summary>
    public bool IsSettled => Status is not (RescreenStatus.Conflict or RescreenStatus.Failed);
}
