using System.Diagnostics;
using System.Security.Cryptography;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using GenScreen.Core.Configuration;
using GenScreen.Core.Images;
using GenScreen.Core.Verdicts;
using GenScreen.Storage.HashBanks;
using GenScreen.Storage.Reports;
using GenScreen.Storage.Verdicts;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GenScreen.Storage.Images;

/// <summary>
/// Handles one delivery of one blob (at-least-once): read → screen → record → act (quarantine or tag). The
/// verdict row is the receipt: a duplicate delivery finds it and does nothing, a delivery after a crash finds
/// it half-done and finishes the action. A blob that keeps failing is quarantined as <c>screening-failed</c>.
/// </summary>
public sealed partial class BlobScreeningService(
    BlobServiceClient blobs,
    ImageVerdictStore verdicts,
    QuarantineMover quarantine,
    IImageScreener screener,
    IPromptVerdictStore prompts,
    IOptions<ImageScreeningOptions> options,
    TimeProvider time,
    ILogger<BlobScreeningService> logger,
    QuarantineBanker? banker = null,
    ReportLedger? reports = null,
    ImagePublisher? publisher = null)
{
    private ImagePublisher? _publisher = publisher;

    /// <summary>Publish mode's copier (created on first use when the host registered none).</summary>
    private ImagePublisher Publisher => _publisher ??= new ImagePublisher(blobs, options, Microsoft.Extensions.Logging.Abstractions.NullLogger<ImagePublisher>.Instance);

    public const string ScreeningFailed = "screening-failed";
    public const string UnsupportedBlobType = "unsupported-blob-type";

    /// <summary>Test-only crash switch between the steps of a delivery (a no-op in production).</summary>
    internal IImageStepHook Steps { get; set; } = NoImageStepHook.Instance;

    public async Task<BlobScreeningOutcome> ScreenAsync(string container, string blobName, CancellationToken cancellationToken)
    {
        var blob = blobs.GetBlobContainerClient(container).GetBlobClient(blobName);
        BlobProperties props;
        try
        {
            props = (await blob.GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false)).Value;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return await FinishInterruptedMoveAsync(container, blobName, cancellationToken).ConfigureAwait(false)
                ?? new BlobScreeningOutcome(BlobScreeningStatus.Gone);
        }

        if (props.BlobType == BlobType.Block && props.ContentLength == 0)
        {
            // Writers often create a blob empty and then write it: two BlobCreated events. The empty version is
            // not a verdict (nothing recorded, nothing moved, no attempt counted); it stays untagged, which consumers
            // read as "not screened", and the version with content is screened by its own event.
            LogAwaitingContent(logger, container, blobName);
            return new BlobScreeningOutcome(BlobScreeningStatus.AwaitingContent);
        }

        var receiptId = ImageReceipts.IdOf(container, blobName, props.VersionId ?? props.ETag.ToString());
        var existing = await verdicts.GetAsync(receiptId, cancellationToken).ConfigureAwait(false)
            ?? await AdoptOwnTaggingAsync(blob, props, receiptId, cancellationToken).ConfigureAwait(false);
        if (existing is { Record.Action: ImageAction.Quarantined or ImageAction.Tagged or ImageAction.Published or ImageAction.SourceChanged } done)
        {
            return new BlobScreeningOutcome(BlobScreeningStatus.Duplicate, done.Record.ReceiptId, done.Record.Verdict.Decision, done.Record.Action, done.Record.QuarantineBlob);
        }

        try
        {
            var resumed = existing is not null;
            var row = existing ?? await ScreenAndRecordAsync(blob, props, receiptId, cancellationToken).ConfigureAwait(false);
            if (row is null)
            {
                return new BlobScreeningOutcome(BlobScreeningStatus.SourceChanged, receiptId);
            }

            var outcome = await ActAsync(row.Value.Record, row.Value.ETag, props.ETag, props.VersionId, props, cancellationToken).ConfigureAwait(false);
            return resumed && outcome.Status == BlobScreeningStatus.Screened ? outcome with { Status = BlobScreeningStatus.Resumed } : outcome;
        }
        catch (ConcurrentDeliveryException ex)
        {
            return new BlobScreeningOutcome(BlobScreeningStatus.Duplicate, ex.Row.ReceiptId, ex.Row.Verdict.Decision, ex.Row.Action, ex.Row.QuarantineBlob);
        }
        catch (StoragePermissionException ex)
        {
            // A deployment error, not the image's fault: no attempt is counted, no verdict changes, the blob stays
            // unpublished-pending (untagged or not yet moved) and the delivery is retried once the role is fixed.
            LogPermissionDenied(logger, container, blobName, ex.Operation, ex);
            throw;
        }
        catch (ImageScreeningUnavailableException ex)
        {
            // This instance cannot screen right now (decodes stuck in native code): nothing is decided or recorded,
            // and the attempt is not held against the blob. The delivery fails so the trigger retries it later;
            // meanwhile the blob stays untagged, which consumers treat as "not screened".
            LogScreenerUnavailable(logger, container, blobName, ex.Message);
            throw;
        }
        catch (Exception ex) when (StorageFaults.IsTransient(ex, cancellationToken))
        {
            // Storage or the network failed (after the SDK's own retries), not the image: nothing is counted against
            // the blob and the delivery is retried. Every step is idempotent, so the retry resumes where this stopped.
            // The retries are bounded by the trigger (Functions: maxDequeueCount, then webjobs-blobtrigger-poison;
            // local host: BlobWatcher's delivery budget).
            LogStorageFault(logger, container, blobName, ex);
            throw;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            var attempts = await verdicts.CountFailureAsync(receiptId, $"{ex.GetType().Name}: {ex.Message}", cancellationToken).ConfigureAwait(false);
            LogAttemptFailed(logger, container, blobName, attempts, options.Value.MaxAttempts, ex);
            if (attempts < options.Value.MaxAttempts)
            {
                throw; // the trigger delivers again
            }

            return await PoisonAsync(blob, props, receiptId, attempts, ex, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<(ImageVerdictRecord Record, ETag ETag)?> ScreenAndRecordAsync(BlobClient blob, BlobProperties props, string receiptId, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var o = options.Value;
        var promptId = props.Metadata.TryGetValue(QuarantineMetadata.PromptVerdictId, out var p) ? p : null;
        var (prompt, promptUnavailable) = await CorrelatedPrompt.ReadAsync(prompts, promptId, logger, cancellationToken).ConfigureAwait(false);
        // The uploader may only ask for a stricter policy than the configured one (ImagePolicyChoice decides).
        var requestedPolicy = props.Metadata.TryGetValue(QuarantineMetadata.Policy, out var requested) ? requested : null;

        ImageScreenResult result;
        if (Unscreenable(props, o) is { } refusal)
        {
            var sha = await HashAsync(blob, props.ETag, cancellationToken).ConfigureAwait(false);
            if (sha is null)
            {
                return null;
            }

            var verdict = ImageRules.Unscreened(refusal.Code, refusal.Message, o.Policy ?? "default", "n/a");
            result = new ImageScreenResult(verdict, new ImageFacts(sha, props.ContentLength, 0, 0, null, 0, 0, false, null, 0, 0));
        }
        else
        {
            byte[] content;
            try
            {
                content = await DownloadExactAsync(blob, props.ETag, props.ContentLength, cancellationToken).ConfigureAwait(false);
            }
            catch (RequestFailedException ex) when (ex.Status is 412 or 404)
            {
                return null;
            }

            // A moderator's release put these bytes back: allowed as released, not quarantined again (ReleasedImages).
            result = await ReleasedImages.TryAsync(verdicts, props.Metadata, content, cancellationToken).ConfigureAwait(false)
                ?? await screener.ScreenAsync(new ImageScreenRequest(content, props.ContentType, blob.Name, Policy: null, prompt?.Verdict, requestedPolicy, promptUnavailable), cancellationToken).ConfigureAwait(false);
        }

        var record = new ImageVerdictRecord(
            receiptId, blob.BlobContainerName, blob.Name, props.VersionId ?? props.ETag.ToString(), result.Verdict, result.Facts, promptId,
            PendingActionFor(result.Verdict.Decision),
            Attempts: 1, time.GetUtcNow(), Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        if (await verdicts.TryAddAsync(record, cancellationToken).ConfigureAwait(false) is not { } rowETag)
        {
            // A concurrent delivery of the same version recorded first (or the SDK retried our insert after its answer
            // was lost): follow the row. If it is not ours, that delivery acts; acting here too would race it.
            var recorded = await verdicts.GetAsync(receiptId, cancellationToken).ConfigureAwait(false);
            if (recorded is { } other && Math.Abs((other.Record.ScreenedAt - record.ScreenedAt).TotalMilliseconds) >= 1)
            {
                throw new ConcurrentDeliveryException(other.Record);
            }

            return recorded;
        }

        LogScreened(logger, blob.BlobContainerName, blob.Name, result.Verdict.Decision, result.Verdict.Policy);
        await Steps.ReachedAsync(ImageStep.Recorded, receiptId, cancellationToken).ConfigureAwait(false);
        return (record, rowETag);
    }

    /// <summary>
    /// Allowed: tagged in place, or in publish mode copied to the published container. Anything else (block, review,
    /// unscreened) is quarantined, so in publish mode it never reaches the published container.
    /// </summary>
    private ImageAction PendingActionFor(Decision decision) =>
        decision != Decision.Allow ? ImageAction.PendingQuarantine
        : options.Value.Publish.Enabled ? ImageAction.PendingPublish
        : ImageAction.PendingTag;

    /// <summary>
    /// Blobs refused before download. Only block blobs are screened: page and append blobs can be changed in place
    /// (Put Page, Append Block) without a new BlobCreated event, so what was approved would not be what stays.
    /// </summary>
    private static (string Code, string Message)? Unscreenable(BlobProperties props, ImageScreeningOptions o) =>
        props.BlobType != BlobType.Block
            ? (UnsupportedBlobType, $"The blob is a {props.BlobType.ToString().ToLowerInvariant()} blob; only block blobs are screened (page and append blobs can change without a new event).")
            : props.ContentLength > o.MaxBytes
                ? ("too-large-bytes", $"The blob has {props.ContentLength:N0} bytes; the limit is {o.MaxBytes:N0}.")
                : null;

    /// <param name="props">The screened blob's properties; only tagging reads them (null when the source is gone).</param>
    private async Task<BlobScreeningOutcome> ActAsync(ImageVerdictRecord record, ETag rowETag, ETag screenedETag, string? screenedVersionId, BlobProperties? props, CancellationToken cancellationToken)
    {
        ImageVerdictRecord updated;
        if (record.Action == ImageAction.PendingQuarantine)
        {
            var reason = record.Verdict.Reasons.Count > 0 ? record.Verdict.Reasons[0].Code : "violation";
            var metadata = new Dictionary<string, string>
            {
                [QuarantineMetadata.ReceiptId] = record.ReceiptId,
                [QuarantineMetadata.VerdictDecision] = WireNames.Of(record.Verdict.Decision),
                [QuarantineMetadata.Reason] = reason,
                [QuarantineMetadata.Origin] = Uri.EscapeDataString($"{record.Container}/{record.BlobName}"),
                [QuarantineMetadata.ContentSha256] = record.Facts?.ContentSha256 ?? string.Empty,
                [QuarantineMetadata.PolicyVersion] = record.Verdict.PolicyVersion,
            };
            await verdicts.RecordMoveIntentAsync(record.Container, record.BlobName, record.ReceiptId, cancellationToken).ConfigureAwait(false);
            await Steps.ReachedAsync(ImageStep.MoveIntentRecorded, record.ReceiptId, cancellationToken).ConfigureAwait(false);
            var moved = await quarantine.MoveAsync(record.Container, record.BlobName, screenedETag, screenedVersionId, record.ReceiptId, record.Facts!.ContentSha256, record.Facts.Size, metadata, cancellationToken).ConfigureAwait(false);
            updated = record with { Action = moved.Moved ? ImageAction.Quarantined : ImageAction.SourceChanged, QuarantineBlob = moved.QuarantineBlob, Immutable = moved.Immutable };
            if (moved.Moved && banker is not null)
            {
                // Before the row says Quarantined: if banking fails the delivery is retried and banks it then.
                await banker.BankAsync(updated, cancellationToken).ConfigureAwait(false);
            }

            if (reports is not null && ReportMessages.For(updated) is { } report)
            {
                // Also before the row says Quarantined, for the same reason; the ledger makes the retry send nothing twice.
                await reports.EnsureQueuedAsync(report, cancellationToken).ConfigureAwait(false);
            }
        }
        else if (record.Action == ImageAction.PendingPublish)
        {
            // The intent row under the blob's name lets a delivery that finds the staging blob already deleted (a crash
            // after the delete, before the row says Published) follow the name to this verdict and finish.
            await verdicts.RecordMoveIntentAsync(record.Container, record.BlobName, record.ReceiptId, cancellationToken).ConfigureAwait(false);
            await Steps.ReachedAsync(ImageStep.MoveIntentRecorded, record.ReceiptId, cancellationToken).ConfigureAwait(false);
            var published = await Publisher.PublishAsync(record, screenedETag, screenedVersionId, props, Steps, cancellationToken).ConfigureAwait(false);
            updated = record with { Action = published ? ImageAction.Published : ImageAction.SourceChanged };
        }
        else
        {
            var tagged = props is not null && await TagAsync(record, props, retryOwnWrite: true, cancellationToken).ConfigureAwait(false);
            updated = record with { Action = tagged ? ImageAction.Tagged : ImageAction.SourceChanged };
        }

        await Steps.ReachedAsync(ImageStep.Acted, record.ReceiptId, cancellationToken).ConfigureAwait(false);
        try
        {
            await verdicts.UpdateAsync(updated, rowETag, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status == 412)
        {
            // A concurrent delivery finished the same verdict first (both acts are idempotent): its row stands.
            if (await verdicts.GetAsync(record.ReceiptId, cancellationToken).ConfigureAwait(false) is { Record.Action: not (ImageAction.PendingQuarantine or ImageAction.PendingTag or ImageAction.PendingPublish) } finished)
            {
                throw new ConcurrentDeliveryException(finished.Record);
            }

            throw;
        }

        if (record.Action is ImageAction.PendingQuarantine or ImageAction.PendingPublish)
        {
            await verdicts.ClearMoveIntentAsync(record.Container, record.BlobName, record.ReceiptId, cancellationToken).ConfigureAwait(false);
        }

        var status = updated.Action == ImageAction.SourceChanged ? BlobScreeningStatus.SourceChanged : BlobScreeningStatus.Screened;
        return new BlobScreeningOutcome(status, record.ReceiptId, record.Verdict.Decision, updated.Action, updated.QuarantineBlob);
    }

    /// <summary>
    /// Allowed blobs stay, marked as screened: index tags (queryable) and metadata, both guarded by the screened ETag.
    /// Whatever <c>genscreen-*</c> tags or <c>genscreen_*</c> result metadata the uploader set are replaced, so a forged
    /// "allow" never outlives screening.
    /// </summary>
    private async Task<bool> TagAsync(ImageVerdictRecord record, BlobProperties props, bool retryOwnWrite, CancellationToken cancellationToken)
    {
        var blob = blobs.GetBlobContainerClient(record.Container).GetBlobClient(record.BlobName);
        var conditions = new BlobRequestConditions { IfMatch = props.ETag };
        try
        {
            // Tags are read only when the upload carried some (most don't): one request fewer on the common path.
            var uploadedTags = props.TagCount > 0
                ? (await StoragePermissionException.GuardAsync("read blob index tags", DataActions.TagsRead, () => blob.GetTagsAsync(conditions, cancellationToken)).ConfigureAwait(false)).Value.Tags
                : null;
            await StoragePermissionException.GuardAsync("write blob index tags", DataActions.TagsWrite, () => blob.SetTagsAsync(ScreenedTags.Merge(uploadedTags, record), conditions, cancellationToken)).ConfigureAwait(false);
            await Steps.ReachedAsync(ImageStep.TagsWritten, record.ReceiptId, cancellationToken).ConfigureAwait(false);
            var metadata = QuarantineMetadata.ScreenedFrom(props.Metadata, new Dictionary<string, string>
            {
                [QuarantineMetadata.ReceiptId] = record.ReceiptId,
                [QuarantineMetadata.VerdictDecision] = WireNames.Of(record.Verdict.Decision),
                [QuarantineMetadata.PolicyVersion] = record.Verdict.PolicyVersion,
            });
            var tagged = await StoragePermissionException.GuardAsync("write blob metadata", DataActions.Write, () => blob.SetMetadataAsync(metadata, conditions, cancellationToken)).ConfigureAwait(false);
            await Steps.ReachedAsync(ImageStep.MetadataWritten, record.ReceiptId, cancellationToken).ConfigureAwait(false);
            var alias = ImageReceipts.IdOf(record.Container, record.BlobName, tagged.Value.VersionId ?? tagged.Value.ETag.ToString());
            await verdicts.AddAliasAsync(alias, record.ReceiptId, cancellationToken).ConfigureAwait(false);
            await Steps.ReachedAsync(ImageStep.AliasWritten, record.ReceiptId, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 412 && retryOwnWrite)
        {
            // Either the blob was overwritten, or our own earlier write moved its ETag: a retried SetMetadata whose
            // first try landed but whose answer was lost, or a crash after it. Same bytes and same uploader
            // metadata mean the screened version: tag that (once); anything else is a new version with its own event.
            return await CurrentIfSameContentAsync(blob, props, record, cancellationToken).ConfigureAwait(false) is { } current
                && await TagAsync(record, current, retryOwnWrite: false, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status is 412 or 404)
        {
            return false;
        }
    }

    private async Task<BlobScreeningOutcome> PoisonAsync(BlobClient blob, BlobProperties props, string receiptId, int attempts, Exception error, CancellationToken cancellationToken)
    {
        var sha = await HashAsync(blob, props.ETag, cancellationToken).ConfigureAwait(false);
        if (sha is null)
        {
            return new BlobScreeningOutcome(BlobScreeningStatus.SourceChanged, receiptId);
        }

        var verdict = ImageRules.Unscreened(ScreeningFailed, $"Screening failed {attempts} times ({error.GetType().Name}).", "n/a", "n/a");
        var record = new ImageVerdictRecord(receiptId, blob.BlobContainerName, blob.Name, props.VersionId ?? props.ETag.ToString(), verdict,
            new ImageFacts(sha, props.ContentLength, 0, 0, null, 0, 0, false, null, 0, 0), null, ImageAction.PendingQuarantine, attempts, time.GetUtcNow(), 0);
        var existing = await verdicts.GetAsync(receiptId, cancellationToken).ConfigureAwait(false);
        ETag rowETag;
        if (existing is { } row)
        {
            record = record with { Verdict = row.Record.Verdict.Decision == Decision.Allow ? verdict : row.Record.Verdict };
            rowETag = row.ETag;
        }
        else
        {
            rowETag = await verdicts.TryAddAsync(record, cancellationToken).ConfigureAwait(false)
                ?? (await verdicts.GetAsync(receiptId, cancellationToken).ConfigureAwait(false))!.Value.ETag;
        }

        var outcome = await ActAsync(record with { Action = ImageAction.PendingQuarantine }, rowETag, props.ETag, props.VersionId, props, cancellationToken).ConfigureAwait(false);
        return outcome with { Status = outcome.Status == BlobScreeningStatus.Screened ? BlobScreeningStatus.Poisoned : outcome.Status };
    }

    /// <summary>
    /// The blob's bytes (version <paramref name="etag"/>) in one array of its length. The length is known from its
    /// properties and was checked against <c>MaxBytes</c> before this is called, so the body is read straight into an
    /// array of that size: the SDK's <c>DownloadContentAsync</c> buffers an unknown-length body in a growing
    /// MemoryStream, which for a 1.3 MB PNG left about 4 MB of large-object garbage per image (docs/performance.md).
    /// A body that is shorter or longer than the length is a network fault (IOException: retried, not held against the blob).
    /// </summary>
    internal static async Task<byte[]> DownloadExactAsync(BlobClient blob, ETag etag, long length, CancellationToken cancellationToken)
    {
        var download = await blob.DownloadStreamingAsync(new BlobDownloadOptions { Conditions = new BlobRequestConditions { IfMatch = etag } }, cancellationToken).ConfigureAwait(false);
        await using var stream = download.Value.Content;
        if (download.Value.Details.ContentLength != length || length > Array.MaxLength)
        {
            throw new IOException($"the download of {blob.Name} has {download.Value.Details.ContentLength} bytes; its properties said {length}");
        }

        var content = GC.AllocateUninitializedArray<byte>((int)length);
        await stream.ReadExactlyAsync(content, cancellationToken).ConfigureAwait(false); // EndOfStreamException (an IOException) when short
        var probe = new byte[1];
        if (await stream.ReadAsync(probe, cancellationToken).ConfigureAwait(false) != 0)
        {
            throw new IOException($"the download of {blob.Name} has more than the {length} bytes of its properties");
        }

        return content;
    }

    /// <summary>SHA-256 of the blob as screened (streamed, not buffered); null when it changed meanwhile.</summary>
    internal static async Task<string?> HashAsync(BlobClient blob, ETag etag, CancellationToken cancellationToken)
    {
        try
        {
            var download = await blob.DownloadStreamingAsync(new BlobDownloadOptions { Conditions = new BlobRequestConditions { IfMatch = etag } }, cancellationToken).ConfigureAwait(false);
            await using var stream = download.Value.Content;
            return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken).ConfigureAwait(false));
        }
        catch (RequestFailedException ex) when (ex.Status is 412 or 404)
        {
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Blob {Container}/{Blob} is empty: waiting for the write that gives it content (not a verdict)")]
    private static partial void LogAwaitingContent(ILogger logger, string container, string blob);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Storage failed while handling {Container}/{Blob}; not counted against the blob, the delivery is retried")]
    private static partial void LogStorageFault(ILogger logger, string container, string blob, Exception ex);

    [LoggerMessage(Level = LogLevel.Critical, Message = "CONFIGURATION ERROR: storage refused to {Operation} for {Container}/{Blob}; the app's identity lacks a data action. The blob is not counted as failed and is retried; fix the role assignment")]
    private static partial void LogPermissionDenied(ILogger logger, string container, string blob, string operation, Exception ex);

    [LoggerMessage(Level = LogLevel.Information, Message = "Screened {Container}/{Blob} as {Decision} under {Policy}")]
    private static partial void LogScreened(ILogger logger, string container, string blob, Decision decision, string policy);

    [LoggerMessage(Level = LogLevel.Error, Message = "Screening {Container}/{Blob} refused, retried later: {Reason}")]
    private static partial void LogScreenerUnavailable(ILogger logger, string container, string blob, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Screening {Container}/{Blob} failed (attempt {Attempt} of {MaxAttempts})")]
    private static partial void LogAttemptFailed(ILogger logger, string container, string blob, int attempt, int maxAttempts, Exception ex);
}
