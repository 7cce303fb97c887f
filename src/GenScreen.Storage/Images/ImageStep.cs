namespace GenScreen.Storage.Images;

/// <summary>
/// The points in handling one blob delivery after which a crash leaves partial state behind. Tests stop the
/// pipeline at each of them (through <see cref="IImageStepHook"/>) and prove that a later delivery converges.
/// </summary>
internal enum ImageStep
{
    /// <summary>The verdict row is written (action pending).</summary>
    Recorded,

    /// <summary>The intent to move is recorded under the blob's name (so a crash after the delete can be finished).</summary>
    MoveIntentRecorded,

    /// <summary>The server-side copy into quarantine has completed.</summary>
    Copied,

    /// <summary>The copy's length and SHA-256 match the screened blob.</summary>
    Verified,

    /// <summary>The legal hold is set (or known to be unsupported): the next step deletes the source.</summary>
    LegalHold,

    /// <summary>The source blob is deleted; the verdict row still says "pending".</summary>
    SourceDeleted,

    /// <summary>The blob index tags of an allowed blob are written.</summary>
    TagsWritten,

    /// <summary>The screened metadata is written (the blob has a new ETag now).</summary>
    MetadataWritten,

    /// <summary>The alias row mapping the new ETag to the verdict is written.</summary>
    AliasWritten,

    /// <summary>Publish mode: the server-side copy of an allowed image into the published container has completed.</summary>
    PublishCopied,

    /// <summary>Publish mode: the published copy's length and SHA-256 match the screened blob.</summary>
    PublishVerified,

    /// <summary>Publish mode: the verdict's index tags are on the published copy; the next step deletes (or keeps) the staging blob.</summary>
    PublishTagsWritten,

    /// <summary>Publish mode: the staging blob is deleted (or kept, <c>StagingAfterPublish=Keep</c>); the verdict row still says "pending".</summary>
    StagingDone,

    /// <summary>The action is done; the verdict row is about to be updated to its final state.</summary>
    Acted,
}

/// <summary>Called after each <see cref="ImageStep"/>; a no-op in production, a crash switch in tests.</summary>
internal interface IImageStepHook
{
    ValueTask ReachedAsync(ImageStep step, string receiptId, CancellationToken cancellationToken);
}

internal sealed class NoImageStepHook : IImageStepHook
{
    public static readonly NoImageStepHook Instance = new();

    public ValueTask ReachedAsync(ImageStep step, string receiptId, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}
