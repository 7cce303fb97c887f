using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Logging;

namespace GenScreen.Storage.Images;

/// <summary>
/// Finishing what a crashed delivery left half-done where the blob's ETag no longer leads to the verdict: the
/// source was already deleted by a quarantine move, or tagging rewrote the blob's metadata (new ETag).
/// </summary>
public sealed partial class BlobScreeningService
{
    /// <summary>
    /// The blob is gone. If a move into quarantine (or a publish) was started under this name and its verdict still
    /// says "pending", the crash came after the delete: the copy is in quarantine (or published), verified; finish it.
    /// Null when there is nothing to finish (the blob was moved and recorded, or its owner deleted it).
    /// </summary>
    private async Task<BlobScreeningOutcome?> FinishInterruptedMoveAsync(string container, string blobName, CancellationToken cancellationToken)
    {
        if (await verdicts.GetMoveIntentAsync(container, blobName, cancellationToken).ConfigureAwait(false) is not { Record.Action: ImageAction.PendingQuarantine or ImageAction.PendingPublish } row
            || row.Record.Container != container || row.Record.BlobName != blobName)
        {
            return null;
        }

        // The record keeps the version id where versioning is on, else the (quoted) ETag. The source conditions
        // never match anything now: if no verified copy exists, the move reports "source changed" instead of
        // copying whatever blob may have been uploaded under this name since.
        var versionId = row.Record.Version.StartsWith('"') ? null : row.Record.Version;
        LogFinishingMove(logger, container, blobName);
        BlobScreeningOutcome outcome;
        try
        {
            outcome = await ActAsync(row.Record, row.ETag, NeverMatches, versionId, props: null, cancellationToken).ConfigureAwait(false);
        }
        catch (ConcurrentDeliveryException ex)
        {
            return new BlobScreeningOutcome(BlobScreeningStatus.Duplicate, ex.Row.ReceiptId, ex.Row.Verdict.Decision, ex.Row.Action, ex.Row.QuarantineBlob);
        }

        return outcome with { Status = outcome.Status == BlobScreeningStatus.Screened ? BlobScreeningStatus.Resumed : outcome.Status };
    }

    private static readonly ETag NeverMatches = new("\"genscreen-source-gone\"");

    /// <summary>
    /// No verdict for this version, but its metadata names one of ours: a crash (or a lost answer) after tagging
    /// rewrote the metadata and before the alias row for the new ETag was written. Adopted only when the verdict is
    /// for this blob, allowed, and the bytes are the ones screened, so forged metadata never borrows a verdict.
    /// </summary>
    private async Task<(ImageVerdictRecord Record, ETag ETag)?> AdoptOwnTaggingAsync(BlobClient blob, BlobProperties props, string receiptId, CancellationToken cancellationToken)
    {
        if (!props.Metadata.TryGetValue(QuarantineMetadata.ReceiptId, out var claimed) || claimed == receiptId
            || await verdicts.GetAsync(claimed, cancellationToken).ConfigureAwait(false) is not { } row
            || row.Record.Action is not (ImageAction.PendingTag or ImageAction.Tagged)
            || row.Record.Container != blob.BlobContainerName || row.Record.BlobName != blob.Name
            || row.Record.PromptVerdictId != (props.Metadata.TryGetValue(QuarantineMetadata.PromptVerdictId, out var p) ? p : null)
            || await HashAsync(blob, props.ETag, cancellationToken).ConfigureAwait(false) != row.Record.Facts?.ContentSha256)
        {
            return null;
        }

        await verdicts.AddAliasAsync(receiptId, claimed, cancellationToken).ConfigureAwait(false);
        LogAdoptedTagging(logger, blob.BlobContainerName, blob.Name);
        return await verdicts.GetAsync(claimed, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The blob's current properties when it still holds the screened bytes and the uploader's correlation metadata; else null.</summary>
    private static async Task<BlobProperties?> CurrentIfSameContentAsync(BlobClient blob, BlobProperties screened, ImageVerdictRecord record, CancellationToken cancellationToken)
    {
        BlobProperties current;
        try
        {
            current = (await blob.GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false)).Value;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }

        return SameValue(screened, current, QuarantineMetadata.PromptVerdictId) && SameValue(screened, current, QuarantineMetadata.Policy)
            && await HashAsync(blob, current.ETag, cancellationToken).ConfigureAwait(false) == record.Facts?.ContentSha256
            ? current
            : null;
    }

    private static bool SameValue(BlobProperties a, BlobProperties b, string key) =>
        a.Metadata.TryGetValue(key, out var x) == b.Metadata.TryGetValue(key, out var y) && x == y;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Finishing an interrupted quarantine move of {Container}/{Blob} (the source was already deleted)")]
    private static partial void LogFinishingMove(ILogger logger, string container, string blob);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Blob {Container}/{Blob} carries our tagging from an interrupted delivery; its verdict is reused, not screened again")]
    private static partial void LogAdoptedTagging(ILogger logger, string container, string blob);
}
