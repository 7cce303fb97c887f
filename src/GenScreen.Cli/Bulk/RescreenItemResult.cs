using GenScreen.Storage.Rescreen;
using GenScreen.Evaluation;

namespace GenScreen.Cli.Bulk;

/// <summary>The outcome for one stored verdict; <see cref="Change"/> is set when it was re-screened (even if the decision held).</summary>
internal sealed record RescreenItemResult(RescreenStatus Status, DecisionFlip? Change = null, string? Error = null)
{
    /// <summary>Whether the checkpoint may move past this row: failures are retried by the next run.</summary>
    public bool IsSettled => Status is not (RescreenStatus.Conflict or RescreenStatus.Failed);
}
