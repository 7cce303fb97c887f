using GenScreen.Core.Verdicts;

namespace GenScreen.Storage.Images;

/// <summary>What handling one blob delivery did.</summary>
public sealed record BlobScreeningOutcome(BlobScreeningStatus Status, string? ReceiptId = null, Decision? Decision = null, ImageAction? Action = null, string? QuarantineBlob = null);

public enum BlobScreeningStatus
{
    /// <summary>Screened and acted on now.</summary>
    Screened,

    /// <summary>This blob version was already handled (a duplicate delivery): nothing done.</summary>
    Duplicate,

    /// <summary>An earlier delivery recorded the verdict but crashed before acting: the action was completed now.</summary>
    Resumed,

    /// <summary>The blob no longer exists (already moved, or deleted by its owner).</summary>
    Gone,

    /// <summary>The blob was overwritten while being handled; the new version is screened by its own delivery.</summary>
    SourceChanged,

    /// <summary>
    /// The blob is empty (created before it was written): not a verdict. Nothing is recorded or moved; the write
    /// that gives it content raises its own event and that version is screened.
    /// </summary>
    AwaitingContent,

    /// <summary>Screening kept failing: quarantined with reason <c>screening-failed</c>.</summary>
    Poisoned,
}
