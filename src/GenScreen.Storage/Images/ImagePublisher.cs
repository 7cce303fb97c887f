using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using GenScreen.Core.Configuration;
using GenScreen.Core.Verdicts;
using GenScreen.Storage.Verdicts;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GenScreen.Storage.Images;

/// <summary>
/// Publish mode: copies an allowed image from the private staging container to the published container under the
/// same name, the way <see cref="QuarantineMover"/> moves a violating one: server-side copy guarded by the screened
/// ETag (with the verdict's metadata), verify length and SHA-256, write the verdict's index tags, then delete the
/// staging blob If-Match the screened version (or keep it). Only <see cref="BlobScreeningService"/> calls it, and only
/// for an allow verdict, so nothing blocked or held for review is ever written to the published container. Every
/// step is idempotent: the copy carries the receipt, so a re-delivery after a crash at any step recognises its own
/// copy and finishes, and the image is published once or (its staging blob changed or vanished first) not at all.
/// </summary>
public sealed partial class ImagePublisher(BlobServiceClient blobs, IOptions<ImageScreeningOptions> options, ILogger<ImagePublisher> logger)
{
    private readonly BlobContainerClient _published = blobs.GetBlobContainerClient(options.Value.Publish.Container);
    private CreateOnce? _created;

    public string ContainerName => _published.Name;

    /// <param name="screened">The staging blob's properties as screened; null when it is already gone (a crash after its delete).</param>
    /// <returns>False when the screened version is no longer there to publish (overwritten or deleted, and no verified copy of ours exists).</returns>
    internal async Task<bool> PublishAsync(ImageVerdictRecord record, ETag screenedETag, string? screenedVersionId, BlobProperties? screened, IImageStepHook steps, CancellationToken cancellationToken)
    {
        if (record.Verdict.Decision != Decision.Allow || record.Facts is null)
        {
            // Never reached through the pipeline; a guard so that no future caller can publish an unapproved image.
            throw new InvalidOperationException($"Verdict {record.ReceiptId} is {record.Verdict.Decision}; only allowed images are published.");
        }

        await EnsureContainerAsync(cancellationToken).ConfigureAwait(false);
        var source = blobs.GetBlobContainerClient(record.Container).GetBlobClient(record.BlobName);
        var target = _published.GetBlobClient(record.BlobName);
        if (!await QuarantineMover.IsOurCopyAsync(target, record.ReceiptId, cancellationToken).ConfigureAwait(false))
        {
            try
            {
                var copy = await StoragePermissionException.GuardAsync("copy into the published container", DataActions.Write, () => target.StartCopyFromUriAsync(source.Uri, new BlobCopyFromUriOptions
                {
                    Metadata = MetadataFor(record, screened),
                    SourceConditions = new BlobRequestConditions { IfMatch = screenedETag },
                }, cancellationToken)).ConfigureAwait(false);
                await QuarantineMover.WaitForCopyAsync(target, copy.Id, record.ReceiptId, cancellationToken).ConfigureAwait(false);
            }
            catch (RequestFailedException ex) when (ex.Status is 412 or 404)
            {
                return false; // the staging blob was overwritten or deleted since screening: its new version has its own event
            }

            await steps.ReachedAsync(ImageStep.PublishCopied, record.ReceiptId, cancellationToken).ConfigureAwait(false);
        }

        // A copy that does not hash to the screened bytes is deleted here and the delivery fails (retried): it can only
        // come from a server-side copy gone wrong, since the source condition pins the screened version.
        var verified = await QuarantineMover.VerifyAsync(target, record.Facts.ContentSha256, record.Facts.Size, cancellationToken).ConfigureAwait(false);
        await steps.ReachedAsync(ImageStep.PublishVerified, record.ReceiptId, cancellationToken).ConfigureAwait(false);

        var uploadedTags = screened is { TagCount: > 0 }
            ? (await StoragePermissionException.GuardAsync("read blob index tags", DataActions.TagsRead, () => source.GetTagsAsync(new BlobRequestConditions { IfMatch = screenedETag }, cancellationToken)).ConfigureAwait(false)).Value.Tags
            : null;
        await StoragePermissionException.GuardAsync("write blob index tags", DataActions.TagsWrite,
            () => target.SetTagsAsync(ScreenedTags.Merge(uploadedTags, record), new BlobRequestConditions { IfMatch = verified }, cancellationToken)).ConfigureAwait(false);
        await steps.ReachedAsync(ImageStep.PublishTagsWritten, record.ReceiptId, cancellationToken).ConfigureAwait(false);

        if (options.Value.Publish.StagingAfterPublish == StagingAfterPublish.Delete)
        {
            await DeleteStagingAsync(source, screenedETag, screenedVersionId, cancellationToken).ConfigureAwait(false);
        }

        await steps.ReachedAsync(ImageStep.StagingDone, record.ReceiptId, cancellationToken).ConfigureAwait(false);
        LogPublished(logger, record.Container, record.BlobName, _published.Name);
        return true;
    }

    /// <summary>
    /// The staging copy is deleted only if it is still the screened version (an overwrite since is a new upload with
    /// its own event); with versioning on, the screened version too, as the quarantine move does.
    /// </summary>
    private async Task DeleteStagingAsync(BlobClient source, ETag screenedETag, string? screenedVersionId, CancellationToken cancellationToken)
    {
        try
        {
            await StoragePermissionException.GuardAsync("delete the published staging blob", DataActions.Delete,
                () => source.DeleteAsync(DeleteSnapshotsOption.IncludeSnapshots, new BlobRequestConditions { IfMatch = screenedETag }, cancellationToken)).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // deleted by an earlier attempt
        }
        catch (RequestFailedException ex) when (ex.Status == 412)
        {
            LogStagingChanged(logger, source.BlobContainerName, source.Name);
        }

        if (!string.IsNullOrEmpty(screenedVersionId))
        {
            try
            {
                await StoragePermissionException.GuardAsync("delete the screened blob version", DataActions.DeleteVersion,
                    () => source.WithVersion(screenedVersionId).DeleteAsync(cancellationToken: cancellationToken)).ConfigureAwait(false);
            }
            catch (RequestFailedException ex) when (ex.Status == 404)
            {
                // deleted by an earlier attempt
            }
        }
    }

    /// <summary>The uploader's own metadata (and correlation inputs) kept, any forged result key dropped, the verdict's added.</summary>
    private static Dictionary<string, string> MetadataFor(ImageVerdictRecord record, BlobProperties? screened) =>
        QuarantineMetadata.ScreenedFrom(screened?.Metadata ?? new Dictionary<string, string>(), new Dictionary<string, string>
        {
            [QuarantineMetadata.ReceiptId] = record.ReceiptId,
            [QuarantineMetadata.VerdictDecision] = WireNames.Of(record.Verdict.Decision),
            [QuarantineMetadata.PolicyVersion] = record.Verdict.PolicyVersion,
            [QuarantineMetadata.ContentSha256] = record.Facts!.ContentSha256,
        });

    /// <summary>Private: no public access. In Azure infra provisions it; this is for local runs.</summary>
    private Task EnsureContainerAsync(CancellationToken cancellationToken)
    {
        _created ??= new CreateOnce(_published);
        return _created.EnsureCreatedAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Published {Container}/{Blob} to container {Published}")]
    private static partial void LogPublished(ILogger logger, string container, string blob, string published);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Staging blob {Container}/{Blob} changed after it was published; the new version is screened on its own")]
    private static partial void LogStagingChanged(ILogger logger, string container, string blob);
}
