using Azure;
using Azure.Storage.Blobs;
using GenScreen.Core.Verdicts;

namespace GenScreen.Storage.Images;

/// <summary>
/// The check a consumer makes before serving an image from the incoming container. Tags and metadata can be set
/// by whoever uploads (a forged <c>genscreen-decision=allow</c> is visible until screening replaces it, or for
/// ever if an event is lost); the verdict table cannot. A blob is approved only when an allow verdict was recorded
/// and acted on for exactly its current version (its ETag or version id, through the alias row tagging adds).
/// </summary>
public sealed class ImageApprovals(ImageVerdictStore verdicts)
{
    /// <returns>The verdict that approves the blob as it is now, or null: not screened (yet), not allowed, changed since, or gone.</returns>
    public async Task<ImageVerdictRecord?> GetApprovalAsync(BlobClient blob, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(blob);
        Azure.Storage.Blobs.Models.BlobProperties props;
        try
        {
            props = (await blob.GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false)).Value;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }

        var receipt = ImageReceipts.IdOf(blob.BlobContainerName, blob.Name, props.VersionId ?? props.ETag.ToString());
        return await verdicts.GetAsync(receipt, cancellationToken).ConfigureAwait(false) is { Record: { Verdict.Decision: Decision.Allow, Action: ImageAction.Tagged } record }
            ? record
            : null;
    }
}
