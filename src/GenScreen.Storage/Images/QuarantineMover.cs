using System.Diagnostics;
using GenScreen.Core.Telemetry;
using System.Security.Cryptography;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using GenScreen.Storage.Verdicts;
using GenScreen.Core.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GenScreen.Storage.Images;

/// <summary>
/// Moves a blob into the private quarantine container without ever losing it: server-side copy (guarded by
/// the screened ETag) under a prefix that keeps the original path, with metadata; verify length and SHA-256;
/// legal hold where supported; then delete the source only if it is still the screened version (If-Match).
/// Every step is idempotent, so a retry after a crash at any point converges.
/// </summary>
public sealed partial class QuarantineMover(BlobServiceClient blobs, IOptions<ImageScreeningOptions> options, ILogger<QuarantineMover> logger)
{
    private static int s_immutabilityWarned;
    private readonly BlobContainerClient _quarantine = blobs.GetBlobContainerClient(options.Value.QuarantineContainer);
    private CreateOnce? _created;

    /// <summary>Test-only crash switch between the steps of a move (a no-op in production).</summary>
    internal IImageStepHook Steps { get; set; } = NoImageStepHook.Instance;

    /// <param name="screenedVersionId">
    /// The screened blob version where versioning is on (null otherwise). It is deleted too: deleting a versioned
    /// blob only turns its current version into a previous version, still readable by version id.
    /// </param>
    public async Task<QuarantineResult> MoveAsync(string container, string blobName, ETag screenedETag, string? screenedVersionId, string receiptId, string contentSha256, long size, IDictionary<string, string> metadata, CancellationToken cancellationToken)
    {
        // Every move is counted by outcome and timed (the quarantine.move stage) on the GenScreen meter.
        var started = Stopwatch.GetTimestamp();
        var outcome = "failed";
        try
        {
            var result = await MoveCoreAsync(container, blobName, screenedETag, screenedVersionId, receiptId, contentSha256, size, metadata, cancellationToken).ConfigureAwait(false);
            outcome = result.Moved ? "moved" : "source-changed";
            return result;
        }
        finally
        {
            GenScreenMetrics.RecordQuarantineMove(outcome);
            GenScreenMetrics.RecordStage(GenScreenMetrics.Stages.QuarantineMove, Stopwatch.GetElapsedTime(started).TotalMilliseconds, "image");
            if (outcome == "failed")
            {
                GenScreenMetrics.RecordFailure(GenScreenMetrics.Stages.QuarantineMove, "error");
            }
        }
    }

    private async Task<QuarantineResult> MoveCoreAsync(string container, string blobName, ETag screenedETag, string? screenedVersionId, string receiptId, string contentSha256, long size, IDictionary<string, string> metadata, CancellationToken cancellationToken)
    {
        await EnsureQuarantineAsync(cancellationToken).ConfigureAwait(false);
        var source = blobs.GetBlobContainerClient(container).GetBlobClient(blobName);
        var target = await ChooseTargetAsync(container, blobName, receiptId, cancellationToken).ConfigureAwait(false);
        if (!QuarantinePath.IsKept(container, blobName))
        {
            metadata = new Dictionary<string, string>(metadata, StringComparer.OrdinalIgnoreCase) { [QuarantineMetadata.SourceName] = QuarantinePath.EncodeName(blobName) };
        }

        if (!await IsOurCopyAsync(target, receiptId, cancellationToken).ConfigureAwait(false))
        {
            try
            {
                var copy = await StoragePermissionException.GuardAsync("copy into quarantine", DataActions.Write, () => target.StartCopyFromUriAsync(source.Uri, new BlobCopyFromUriOptions
                {
                    Metadata = metadata,
                    SourceConditions = new BlobRequestConditions { IfMatch = screenedETag },
                }, cancellationToken)).ConfigureAwait(false);
                await WaitForCopyAsync(target, copy.Id, receiptId, cancellationToken).ConfigureAwait(false);
                await Steps.ReachedAsync(ImageStep.Copied, receiptId, cancellationToken).ConfigureAwait(false);
            }
            catch (RequestFailedException ex) when (ex.Status is 412 or 404)
            {
                return new QuarantineResult(false, target.Name, false); // overwritten or deleted since screening
            }
        }

        await VerifyAsync(target, contentSha256, size, cancellationToken).ConfigureAwait(false);
        await Steps.ReachedAsync(ImageStep.Verified, receiptId, cancellationToken).ConfigureAwait(false);
        var immutable = await TryLegalHoldAsync(target, cancellationToken).ConfigureAwait(false);
        await Steps.ReachedAsync(ImageStep.LegalHold, receiptId, cancellationToken).ConfigureAwait(false);

        try
        {
            await StoragePermissionException.GuardAsync("delete the moved blob", DataActions.Delete,
                () => source.DeleteAsync(DeleteSnapshotsOption.IncludeSnapshots, new BlobRequestConditions { IfMatch = screenedETag }, cancellationToken)).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // already deleted by an earlier attempt
        }
        catch (RequestFailedException ex) when (ex.Status == 412)
        {
            // Overwritten after the copy: the quarantined copy stays (it is the screened version); the new
            // version is screened by its own delivery and never deleted blindly.
            LogSourceChanged(logger, container, blobName);
        }

        await Steps.ReachedAsync(ImageStep.SourceDeleted, receiptId, cancellationToken).ConfigureAwait(false);

        await DeleteScreenedVersionAsync(source, screenedVersionId, cancellationToken).ConfigureAwait(false);
        return new QuarantineResult(true, target.Name, immutable);
    }

    /// <summary>
    /// Waits for a server-side copy by reading the target's copy status (bounded). Not the SDK operation's own
    /// poller: under load the emulator answers "pending" and that poller then surfaced an incomplete operation
    /// as an error. A copy still pending after the bound throws, which counts as a failed attempt and is retried.
    /// </summary>
    internal static async Task WaitForCopyAsync(BlobClient target, string copyId, string receiptId, CancellationToken cancellationToken)
    {
        for (var poll = 0; poll < MaxCopyPolls; poll++)
        {
            var props = (await target.GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false)).Value;
            if (props.CopyId != copyId && props.Metadata.TryGetValue(QuarantineMetadata.ReceiptId, out var id) && id == receiptId)
            {
                // A concurrent delivery of the same verdict (or the SDK's retry of our start) copied the same version: follow that copy.
                copyId = props.CopyId;
            }

            if (props.CopyId != copyId)
            {
                throw new InvalidOperationException($"Copy {target.BlobContainerName}/{target.Name} was replaced by another copy while it ran.");
            }

            switch (props.CopyStatus)
            {
                case CopyStatus.Success:
                    return;
                case CopyStatus.Failed or CopyStatus.Aborted:
                    throw new InvalidOperationException($"Copy {target.BlobContainerName}/{target.Name} ended {props.CopyStatus}: {props.CopyStatusDescription}");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(50 * (poll + 1), 1000)), cancellationToken).ConfigureAwait(false);
        }

        throw new TimeoutException($"Copy {target.BlobContainerName}/{target.Name} is still pending after {MaxCopyPolls} status reads.");
    }

    private const int MaxCopyPolls = 120;

    /// <summary>
    /// With versioning on, the delete above left the screened content as a previous version (readable by version id
    /// until a lifecycle rule runs, a day or more later); delete that version now. Also when the base blob was
    /// overwritten meanwhile (412 above): the violating version is then a previous version all the same. Without
    /// versioning (Azurite) there is no version id and nothing left to delete.
    /// </summary>
    private static async Task DeleteScreenedVersionAsync(BlobClient source, string? screenedVersionId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(screenedVersionId))
        {
            return;
        }

        try
        {
            await StoragePermissionException.GuardAsync("delete the screened blob version", DataActions.DeleteVersion,
                () => source.WithVersion(screenedVersionId).DeleteAsync(cancellationToken: cancellationToken)).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // already deleted by an earlier attempt
        }
    }

    /// <summary>
    /// <c>{container}/{path}</c>; if another version already sits there, <c>{container}/.versions/{receipt}/{path}</c>; a name with
    /// path tricks (<c>..</c>, control characters, over-long) under a hashed name instead (<see cref="QuarantinePath"/>).
    /// </summary>
    private async Task<BlobClient> ChooseTargetAsync(string container, string blobName, string receiptId, CancellationToken cancellationToken)
    {
        var primary = _quarantine.GetBlobClient(QuarantinePath.For(container, blobName));
        // One read decides: free, or ours even while its copy is still pending (a concurrent delivery of the same
        // verdict started it), means the primary path. Two reads (ours? then exists?) let a concurrent delivery's
        // copy appear between them, and the same verdict was then copied to a second, versioned path.
        return await ReadOwnerAsync(primary, receiptId, cancellationToken).ConfigureAwait(false) is PathOwner.Nobody or PathOwner.Us
            ? primary
            : _quarantine.GetBlobClient(QuarantinePath.ForVersion(container, receiptId, blobName));
    }

    private enum PathOwner
    {
        Nobody,
        Us,
        Another,
    }

    private static async Task<PathOwner> ReadOwnerAsync(BlobClient target, string receiptId, CancellationToken cancellationToken)
    {
        try
        {
            var props = await target.GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            return props.Value.Metadata.TryGetValue(QuarantineMetadata.ReceiptId, out var id) && id == receiptId ? PathOwner.Us : PathOwner.Another;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return PathOwner.Nobody;
        }
    }

    /// <summary>Our receipt's copy, complete: nothing to copy again.</summary>
    internal static async Task<bool> IsOurCopyAsync(BlobClient target, string receiptId, CancellationToken cancellationToken)
    {
        try
        {
            var props = await target.GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            return props.Value.Metadata.TryGetValue(QuarantineMetadata.ReceiptId, out var id) && id == receiptId && props.Value.CopyStatus == CopyStatus.Success;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return false;
        }
    }

    /// <returns>The verified copy's ETag.</returns>
    internal static async Task<ETag> VerifyAsync(BlobClient target, string contentSha256, long size, CancellationToken cancellationToken)
    {
        var download = await target.DownloadStreamingAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        await using var content = download.Value.Content;
        var hash = Convert.ToHexStringLower(await SHA256.HashDataAsync(content, cancellationToken).ConfigureAwait(false));
        if (download.Value.Details.ContentLength != size || hash != contentSha256)
        {
            // Not deleting the source: the next attempt copies again over this unverified copy.
            await target.DeleteIfExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            throw new InvalidOperationException($"Copy {target.BlobContainerName}/{target.Name} does not match the screened blob (length {download.Value.Details.ContentLength} vs {size}).");
        }

        return download.Value.Details.ETag;
    }

    /// <summary>Legal hold needs version-level immutability (Azure); the emulator lacks it: warn once, record false.</summary>
    private async Task<bool> TryLegalHoldAsync(BlobClient target, CancellationToken cancellationToken)
    {
        try
        {
            await target.SetLegalHoldAsync(true, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException ex)
        {
            if (Interlocked.Exchange(ref s_immutabilityWarned, 1) == 0)
            {
                LogNoImmutability(logger, _quarantine.Name, ex.Status, ex.ErrorCode ?? "none");
            }

            return false;
        }
    }

    /// <summary>Private: no public access. In Azure infra provisions it (with WORM); this is for local runs.</summary>
    private Task EnsureQuarantineAsync(CancellationToken cancellationToken)
    {
        _created ??= new CreateOnce(_quarantine);
        return _created.EnsureCreatedAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Legal hold is not supported on container {Container} (status {Status}, code {Code}): quarantined blobs are NOT immutable here (expected on Azurite; in Azure enable version-level immutability). Recorded as immutable=false.")]
    private static partial void LogNoImmutability(ILogger logger, string container, int status, string code);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Blob {Container}/{Blob} changed after it was copied to quarantine; the new version is screened on its own")]
    private static partial void LogSourceChanged(ILogger logger, string container, string blob);
}
