using System.Diagnostics;
using System.Security.Cryptography;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using GenScreen.Core.Configuration;
using GenScreen.Core.Images;
using GenScreen.Core.Verdicts;
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
    ILogger<BlobScreeningService> logger)
{
    public const string ScreeningFailed = "screening-failed";

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
            return new BlobScreeningOutcome(BlobScreeningStatus.Gone);
        }

        var receiptId = ImageReceipts.IdOf(container, blobName, props.VersionId ?? props.ETag.ToString());
        var existing = await verdicts.GetAsync(receiptId, cancellationToken).ConfigureAwait(false);
        if (existing is { Record.Action: ImageAction.Quarantined or ImageAction.Tagged or ImageAction.SourceChanged } done)
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

            var outcome = await ActAsync(row.Value.Record, row.Value.ETag, props, cancellationToken).ConfigureAwait(false);
            return resumed && outcome.Status == BlobScreeningStatus.Screened ? outcome with { Status = BlobScreeningStatus.Resumed } : outcome;
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
        var prompt = promptId is null ? null : await prompts.GetAsync(promptId, cancellationToken).ConfigureAwait(false);
        var policy = props.Metadata.TryGetValue(QuarantineMetadata.Policy, out var requested) ? requested : null;

        ImageScreenResult result;
        if (props.ContentLength > o.MaxBytes)
        {
            var sha = await HashAsync(blob, props.ETag, cancellationToken).ConfigureAwait(false);
            if (sha is null)
            {
                return null;
            }

            var verdict = ImageRules.Unscreened("too-large-bytes", $"The blob has {props.ContentLength:N0} bytes; the limit is {o.MaxBytes:N0}.", policy ?? "default", "n/a");
            result = new ImageScreenResult(verdict, new ImageFacts(sha, props.ContentLength, 0, 0, null, 0, 0, false, null, 0, 0));
        }
        else
        {
            BinaryData content;
            try
            {
                content = (await blob.DownloadContentAsync(new BlobDownloadOptions { Conditions = new BlobRequestConditions { IfMatch = props.ETag } }, cancellationToken).ConfigureAwait(false)).Value.Content;
            }
            catch (RequestFailedException ex) when (ex.Status is 412 or 404)
            {
                return null;
            }

            result = await screener.ScreenAsync(new ImageScreenRequest(content.ToMemory(), props.ContentType, blob.Name, policy, prompt?.Verdict), cancellationToken).ConfigureAwait(false);
        }

        var record = new ImageVerdictRecord(
            receiptId, blob.BlobContainerName, blob.Name, props.VersionId ?? props.ETag.ToString(), result.Verdict, result.Facts, promptId,
            result.Verdict.Decision == Decision.Allow ? ImageAction.PendingTag : ImageAction.PendingQuarantine,
            Attempts: 1, time.GetUtcNow(), Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        if (await verdicts.TryAddAsync(record, cancellationToken).ConfigureAwait(false) is not { } rowETag)
        {
            // A concurrent delivery of the same version recorded first: follow its row.
            return await verdicts.GetAsync(receiptId, cancellationToken).ConfigureAwait(false);
        }

        LogScreened(logger, blob.BlobContainerName, blob.Name, result.Verdict.Decision, result.Verdict.Policy);
        return (record, rowETag);
    }

    private async Task<BlobScreeningOutcome> ActAsync(ImageVerdictRecord record, ETag rowETag, BlobProperties props, CancellationToken cancellationToken)
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
            var moved = await quarantine.MoveAsync(record.Container, record.BlobName, props.ETag, record.ReceiptId, record.Facts!.ContentSha256, record.Facts.Size, metadata, cancellationToken).ConfigureAwait(false);
            updated = record with { Action = moved.Moved ? ImageAction.Quarantined : ImageAction.SourceChanged, QuarantineBlob = moved.QuarantineBlob, Immutable = moved.Immutable };
        }
        else
        {
            updated = record with { Action = await TagAsync(record, props, cancellationToken).ConfigureAwait(false) ? ImageAction.Tagged : ImageAction.SourceChanged };
        }

        await verdicts.UpdateAsync(updated, rowETag, cancellationToken).ConfigureAwait(false);
        var status = updated.Action == ImageAction.SourceChanged ? BlobScreeningStatus.SourceChanged : BlobScreeningStatus.Screened;
        return new BlobScreeningOutcome(status, record.ReceiptId, record.Verdict.Decision, updated.Action, updated.QuarantineBlob);
    }

    /// <summary>Allowed blobs stay, marked as screened: index tags (queryable) and metadata, both guarded by the screened ETag.</summary>
    private async Task<bool> TagAsync(ImageVerdictRecord record, BlobProperties props, CancellationToken cancellationToken)
    {
        var blob = blobs.GetBlobContainerClient(record.Container).GetBlobClient(record.BlobName);
        var conditions = new BlobRequestConditions { IfMatch = props.ETag };
        try
        {
            await blob.SetTagsAsync(ScreenedTags.For(record), conditions, cancellationToken).ConfigureAwait(false);
            var metadata = new Dictionary<string, string>(props.Metadata)
            {
                [QuarantineMetadata.ReceiptId] = record.ReceiptId,
                [QuarantineMetadata.VerdictDecision] = WireNames.Of(record.Verdict.Decision),
                [QuarantineMetadata.PolicyVersion] = record.Verdict.PolicyVersion,
            };
            var tagged = await blob.SetMetadataAsync(metadata, conditions, cancellationToken).ConfigureAwait(false);
            var alias = ImageReceipts.IdOf(record.Container, record.BlobName, tagged.Value.VersionId ?? tagged.Value.ETag.ToString());
            await verdicts.AddAliasAsync(alias, record.ReceiptId, cancellationToken).ConfigureAwait(false);
            return true;
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

        var outcome = await ActAsync(record with { Action = ImageAction.PendingQuarantine }, rowETag, props, cancellationToken).ConfigureAwait(false);
        return outcome with { Status = outcome.Status == BlobScreeningStatus.Screened ? BlobScreeningStatus.Poisoned : outcome.Status };
    }

    /// <summary>SHA-256 of the blob as screened (streamed, not buffered); null when it changed meanwhile.</summary>
    private static async Task<string?> HashAsync(BlobClient blob, ETag etag, CancellationToken cancellationToken)
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Screened {Container}/{Blob} as {Decision} under {Policy}")]
    private static partial void LogScreened(ILogger logger, string container, string blob, Decision decision, string policy);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Screening {Container}/{Blob} failed (attempt {Attempt} of {MaxAttempts})")]
    private static partial void LogAttemptFailed(ILogger logger, string container, string blob, int attempt, int maxAttempts, Exception ex);
}
