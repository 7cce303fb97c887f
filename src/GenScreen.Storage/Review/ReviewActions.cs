using System.Security.Cryptography;
using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using GenScreen.Core.Configuration;
using GenScreen.Core.HashBanks;
using GenScreen.Core.Review;
using GenScreen.Core.Verdicts;
using GenScreen.Storage.HashBanks;
using GenScreen.Storage.Images;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GenScreen.Storage.Review;

/// <summary>
/// A moderator's actions on one verdict, each accountable: the row's current version is archived
/// (<see cref="ReviewHistoryStore"/>) and a new version written under the ETag it was read with (a concurrent action
/// loses with a conflict), the side effects are done (image moved back, hashes banked or unbanked), the index status is
/// updated, an audit row is appended, and observers are told. A reason is required for every action.
/// </summary>
public sealed partial class ReviewActions(
    ReviewReader reader,
    ReviewIndexStore index,
    ReviewAuditStore audit,
    ReviewHistoryStore history,
    BlobServiceClient blobs,
    IOptions<ReviewOptions> options,
    IOptions<ImageScreeningOptions> imageOptions,
    TimeProvider time,
    ILogger<ReviewActions> logger,
    IEnumerable<IReviewActionObserver> observers,
    QuarantineBanker? banker = null,
    HashBankStore? banks = null,
    HashBankCache? bankCache = null,
    IOptions<HashBankOptions>? bankOptions = null)
{
    public const int MaxReasonLength = 2000;

    /// <summary>
    /// Release: not a violation after all. A quarantined image goes back to where it was uploaded (or to the released
    /// container), its legal hold is cleared where storage supports one, and its hash leaves the quarantined bank.
    /// The verdict row says <c>releasing</c> before the copy appears, so the screening pipeline that sees the copy knows
    /// it was released; a release interrupted after that point is finished by running it again.
    /// </summary>
    public async Task<ReviewActionResult> ReleaseAsync(string verdictId, ReviewOperator by, string? reason, CancellationToken cancellationToken)
    {
        var why = RequireReason(reason);
        var loaded = await LoadAsync(verdictId, cancellationToken).ConfigureAwait(false);
        var item = loaded.Item;
        var resuming = item.State.Status == ReviewNames.Releasing;
        if (!resuming && item.State.Status != ReviewNames.Open)
        {
            throw new ReviewException(ReviewError.Conflict, $"Verdict {verdictId} is {item.State.Status}; only an open item can be released.");
        }

        var moveImage = item.Image is { Action: ImageAction.Quarantined, QuarantineBlob: not null } && item.State.EvidencePurgedAt is null;
        var now = resuming ? item.State.At ?? time.GetUtcNow() : time.GetUtcNow();
        var auditId = resuming ? item.State.AuditId ?? ReviewAuditStore.NewId() : ReviewAuditStore.NewId();
        var before = ReviewStateJson.Of(item);
        if (!resuming)
        {
            loaded = await NewVersionAsync(loaded, moveImage ? ReviewNames.Releasing : ReviewNames.Released, by, why, auditId, now, null, cancellationToken).ConfigureAwait(false);
        }

        string? releasedTo = null;
        bool? hold = null, deleted = null, unbanked = null;
        if (moveImage)
        {
            (releasedTo, hold, deleted) = await MoveBackAsync(item.Image!, verdictId, cancellationToken).ConfigureAwait(false);
            unbanked = banker is null ? null : await banker.ReleaseAsync(verdictId, cancellationToken).ConfigureAwait(false);
            var done = new TableEntity(loaded.Row.PartitionKey, loaded.Row.RowKey) { [ReviewColumns.Status] = ReviewNames.Released, [ReviewColumns.ReleasedTo] = releasedTo };
            await loaded.Table.UpdateEntityAsync(done, loaded.Row.ETag, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
        }

        var after = await ReloadAsync(verdictId, item.Kind, cancellationToken).ConfigureAwait(false);
        await index.SetStatusAsync(verdictId, item.ScreenedAt, ReviewNames.Released, cancellationToken).ConfigureAwait(false);
        var record = new ReviewAuditRecord(auditId, verdictId, item.Kind, ReviewNames.ReleaseAction, by.Name, by.Id, now, why, before, ReviewStateJson.Of(after));
        await AppendAuditAsync(record, resuming, cancellationToken).ConfigureAwait(false);
        await NotifyAsync(new ReviewActionEvent(verdictId, item.Kind, ReviewNames.ReleaseAction, item.UserId, null, by.Name, now, auditId), cancellationToken).ConfigureAwait(false);
        return new ReviewActionResult(after, record, releasedTo, hold, deleted, unbanked);
    }

    /// <summary>
    /// Confirm: a person agrees it is a violation, possibly under another category. An image's PDQ hash goes into the
    /// block bank <see cref="ReviewOptions.ConfirmedBank"/> (so re-uploads are blocked); the image stays in quarantine.
    /// </summary>
    public async Task<ReviewActionResult> ConfirmAsync(string verdictId, ReviewOperator by, string? reason, HarmCategory? category, CancellationToken cancellationToken)
    {
        var why = RequireReason(reason);
        var loaded = await LoadAsync(verdictId, cancellationToken).ConfigureAwait(false);
        var item = loaded.Item;
        if (item.State.Status != ReviewNames.Open)
        {
            throw new ReviewException(ReviewError.Conflict, $"Verdict {verdictId} is {item.State.Status}; only an open item can be confirmed.");
        }

        var confirmed = category ?? item.StrongestCategory
            ?? throw new ReviewException(ReviewError.Invalid, $"Verdict {verdictId} has no category with a severity above 0: say which category is confirmed.");
        var now = time.GetUtcNow();
        var auditId = ReviewAuditStore.NewId();
        var before = ReviewStateJson.Of(item);
        loaded = await NewVersionAsync(loaded, ReviewNames.Confirmed, by, why, auditId, now, confirmed, cancellationToken).ConfigureAwait(false);
        var bankedIn = await BankConfirmedAsync(item, confirmed, now, cancellationToken).ConfigureAwait(false);

        var after = await ReloadAsync(verdictId, item.Kind, cancellationToken).ConfigureAwait(false);
        await index.SetStatusAsync(verdictId, item.ScreenedAt, ReviewNames.Confirmed, cancellationToken).ConfigureAwait(false);
        var record = new ReviewAuditRecord(auditId, verdictId, item.Kind, ReviewNames.ConfirmAction, by.Name, by.Id, now, why, before, ReviewStateJson.Of(after));
        await audit.AppendAsync(record, cancellationToken).ConfigureAwait(false);
        await NotifyAsync(new ReviewActionEvent(verdictId, item.Kind, ReviewNames.ConfirmAction, item.UserId, confirmed, by.Name, now, auditId), cancellationToken).ConfigureAwait(false);
        return new ReviewActionResult(after, record, BankedIn: bankedIn);
    }

    /// <summary>
    /// Purge: quarantined images screened before now − <see cref="ReviewOptions.EvidenceRetention"/> are deleted, each
    /// with a new verdict version and an audit row first; a dry run (<paramref name="execute"/> false) only lists them.
    /// Found through the index (image rows, day by day), never a scan of the verdict table.
    /// </summary>
    public async Task<PurgeReport> PurgeAsync(ReviewOperator by, string? reason, bool execute, CancellationToken cancellationToken)
    {
        var why = execute ? RequireReason(reason) : reason ?? "";
        var now = time.GetUtcNow();
        var cutoff = now - options.Value.EvidenceRetention;
        var query = new ReviewQuery(cutoff - options.Value.PurgeLookback, cutoff, ReviewQuery.MaxPageSize, Kind: ReviewNames.Image);
        var found = new List<PurgeCandidate>();
        ReviewContinuation? next = null;
        do
        {
            var page = await index.QueryAsync(query, next, cancellationToken).ConfigureAwait(false);
            foreach (var entry in page.Entries)
            {
                if (await reader.LoadAsync(entry.VerdictId, ReviewNames.Image, cancellationToken).ConfigureAwait(false) is not { } loaded
                    || loaded.Item.Image is not { Action: ImageAction.Quarantined, QuarantineBlob: { } blob } image || image.ScreenedAt > cutoff
                    || loaded.Item.State.Status is ReviewNames.Released or ReviewNames.Releasing)
                {
                    continue;
                }

                var quarantined = Quarantine.GetBlobClient(blob);
                if (loaded.Item.State.EvidencePurgedAt is not null && !await quarantined.ExistsAsync(cancellationToken).ConfigureAwait(false))
                {
                    continue; // purged before
                }

                found.Add(execute
                    ? await PurgeOneAsync(loaded, quarantined, by, why, cancellationToken).ConfigureAwait(false)
                    : new PurgeCandidate(entry.VerdictId, blob, image.ScreenedAt, loaded.Item.State.Status, false, null));
            }

            next = page.Continuation is { } token && ReviewContinuation.TryParse(token, query.Fingerprint(), index.Shards, out var parsed) ? parsed : null;
        }
        while (next is not null);

        return new PurgeReport(cutoff, !execute, found);
    }

    /// <summary>The quarantined image of an item a moderator may view; null when there is none (never quarantined, released, purged).</summary>
    public async Task<BlobDownloadStreamingResult?> OpenImageAsync(ReviewItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (!item.ImageAvailable)
        {
            return null;
        }

        try
        {
            return (await Quarantine.GetBlobClient(item.Image!.QuarantineBlob).DownloadStreamingAsync(cancellationToken: cancellationToken).ConfigureAwait(false)).Value;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    private BlobContainerClient Quarantine => blobs.GetBlobContainerClient(imageOptions.Value.QuarantineContainer);

    private async Task<PurgeCandidate> PurgeOneAsync(LoadedVerdict loaded, BlobClient quarantined, ReviewOperator by, string why, CancellationToken cancellationToken)
    {
        var item = loaded.Item;
        string? auditId = item.State.AuditId;
        if (item.State.EvidencePurgedAt is null)
        {
            // Recorded and audited before the delete: a crash in between leaves a record and a blob, which the next run deletes.
            var now = time.GetUtcNow();
            auditId = ReviewAuditStore.NewId();
            var before = ReviewStateJson.Of(item);
            await NewVersionAsync(loaded, item.State.Status, by, why, auditId, now, item.State.ConfirmedCategory, cancellationToken,
                new Dictionary<string, object> { [ReviewColumns.EvidencePurgedAt] = now }).ConfigureAwait(false);
            var after = await ReloadAsync(item.VerdictId, item.Kind, cancellationToken).ConfigureAwait(false);
            await audit.AppendAsync(new ReviewAuditRecord(auditId, item.VerdictId, item.Kind, ReviewNames.PurgeAction, by.Name, by.Id, now, why, before, ReviewStateJson.Of(after, false)), cancellationToken).ConfigureAwait(false);
            await NotifyAsync(new ReviewActionEvent(item.VerdictId, item.Kind, ReviewNames.PurgeAction, item.UserId, null, by.Name, now, auditId), cancellationToken).ConfigureAwait(false);
        }

        await TryClearLegalHoldAsync(quarantined, cancellationToken).ConfigureAwait(false);
        var deleted = (await quarantined.DeleteIfExistsAsync(DeleteSnapshotsOption.IncludeSnapshots, cancellationToken: cancellationToken).ConfigureAwait(false)).Value;
        LogPurged(logger, item.VerdictId, deleted);
        return new PurgeCandidate(item.VerdictId, quarantined.Name, item.ScreenedAt, item.State.Status, deleted, auditId);
    }

    private async Task<LoadedVerdict> LoadAsync(string verdictId, CancellationToken cancellationToken) =>
        await reader.LoadAsync(verdictId, null, cancellationToken).ConfigureAwait(false)
        ?? throw new ReviewException(ReviewError.NotFound, $"No verdict with id '{verdictId}' is stored.");

    private async Task<ReviewItem> ReloadAsync(string verdictId, string kind, CancellationToken cancellationToken) =>
        (await reader.LoadAsync(verdictId, kind, cancellationToken).ConfigureAwait(false))?.Item
        ?? throw new InvalidOperationException($"Verdict {verdictId} disappeared during a review action.");

    /// <summary>Archives the current version, then writes the next one over it, guarded by the ETag it was read with.</summary>
    private async Task<LoadedVerdict> NewVersionAsync(LoadedVerdict loaded, string status, ReviewOperator by, string why, string auditId, DateTimeOffset now,
        HarmCategory? confirmed, CancellationToken cancellationToken, IDictionary<string, object>? extra = null)
    {
        var state = loaded.Item.State;
        await history.ArchiveAsync(loaded.Item.VerdictId, loaded.Item.Kind, state.Version, loaded.Row, auditId, now, cancellationToken).ConfigureAwait(false);
        var update = new TableEntity(loaded.Row.PartitionKey, loaded.Row.RowKey)
        {
            [ReviewColumns.Status] = status,
            [ReviewColumns.Version] = state.Version + 1,
            [ReviewColumns.By] = by.Name,
            [ReviewColumns.ById] = by.Id,
            [ReviewColumns.At] = now,
            [ReviewColumns.Reason] = why,
            [ReviewColumns.AuditId] = auditId,
            [ReviewColumns.ConfirmedCategory] = confirmed?.ToString(),
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, object>())
        {
            update[key] = value;
        }

        try
        {
            var response = await loaded.Table.UpdateEntityAsync(update, loaded.Row.ETag, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
            loaded.Row.ETag = response.Headers.ETag ?? ETag.All;
            return loaded;
        }
        catch (RequestFailedException ex) when (ex.Status == 412)
        {
            throw new ReviewException(ReviewError.Conflict, $"Verdict {loaded.Item.VerdictId} changed while this action ran (another moderator?); reload it and decide again.");
        }
    }

    private async Task<(string ReleasedTo, bool LegalHoldCleared, bool QuarantineCopyDeleted)> MoveBackAsync(ImageVerdictRecord image, string verdictId, CancellationToken cancellationToken)
    {
        var o = options.Value;
        var source = Quarantine.GetBlobClient(image.QuarantineBlob);
        BlobClient target;
        if (o.ReleaseTarget == ReleaseTarget.Original)
        {
            target = blobs.GetBlobContainerClient(image.Container).GetBlobClient(image.BlobName);
        }
        else
        {
            var released = blobs.GetBlobContainerClient(o.ReleasedContainer);
            await released.CreateIfNotExistsAsync(PublicAccessType.None, cancellationToken: cancellationToken).ConfigureAwait(false);
            target = released.GetBlobClient($"{image.Container}/{image.BlobName}");
        }

        if (!await IsReleasedCopyAsync(target, verdictId, cancellationToken).ConfigureAwait(false))
        {
            try
            {
                var copy = await target.StartCopyFromUriAsync(source.Uri, new BlobCopyFromUriOptions
                {
                    Metadata = new Dictionary<string, string>
                    {
                        [QuarantineMetadata.Released] = verdictId,
                        [QuarantineMetadata.ContentSha256] = image.Facts?.ContentSha256 ?? "",
                    },
                    // Never over a blob that was uploaded there since: that one is somebody's new upload.
                    DestinationConditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
                }, cancellationToken).ConfigureAwait(false);
                await WaitForCopyAsync(target, copy.Id, cancellationToken).ConfigureAwait(false);
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412)
            {
                throw new ReviewException(ReviewError.Conflict,
                    $"Another blob now exists at {target.BlobContainerName}/{target.Name}; release to the released container instead (Review:ReleaseTarget=ReleasedContainer) or move that blob first.");
            }

            await VerifyAsync(target, image, cancellationToken).ConfigureAwait(false);
        }

        var hold = await TryClearLegalHoldAsync(source, cancellationToken).ConfigureAwait(false);
        bool deleted;
        try
        {
            await source.DeleteIfExistsAsync(DeleteSnapshotsOption.IncludeSnapshots, cancellationToken: cancellationToken).ConfigureAwait(false);
            deleted = true; // or gone already: an interrupted release deleted it
        }
        catch (RequestFailedException ex) when (ex.Status is 403 or 409)
        {
            // A time-based retention (WORM) policy forbids the delete until it expires: the copy stays, purge removes it later.
            LogQuarantineCopyKept(logger, verdictId, ex.ErrorCode ?? ex.Status.ToString(System.Globalization.CultureInfo.InvariantCulture));
            deleted = false;
        }

        return ($"{target.BlobContainerName}/{target.Name}", hold, deleted);
    }

    private static async Task<bool> IsReleasedCopyAsync(BlobClient target, string verdictId, CancellationToken cancellationToken)
    {
        try
        {
            var props = (await target.GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false)).Value;
            return props.Metadata.TryGetValue(QuarantineMetadata.Released, out var id) && id == verdictId && props.CopyStatus == CopyStatus.Success;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return false;
        }
    }

    private static async Task WaitForCopyAsync(BlobClient target, string copyId, CancellationToken cancellationToken)
    {
        for (var poll = 0; poll < 120; poll++)
        {
            var props = (await target.GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false)).Value;
            if (props.CopyId != copyId || props.CopyStatus is CopyStatus.Failed or CopyStatus.Aborted)
            {
                throw new InvalidOperationException($"Releasing to {target.Name}: the copy ended {props.CopyStatus}.");
            }

            if (props.CopyStatus == CopyStatus.Success)
            {
                return;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(50 * (poll + 1), 1000)), cancellationToken).ConfigureAwait(false);
        }

        throw new TimeoutException($"Releasing to {target.Name}: the copy is still pending; run the release again to finish it.");
    }

    private static async Task VerifyAsync(BlobClient target, ImageVerdictRecord image, CancellationToken cancellationToken)
    {
        if (image.Facts is not { } facts)
        {
            return;
        }

        var download = await target.DownloadStreamingAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        await using var content = download.Value.Content;
        var sha = Convert.ToHexStringLower(await SHA256.HashDataAsync(content, cancellationToken).ConfigureAwait(false));
        if (sha != facts.ContentSha256)
        {
            await target.DeleteIfExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            throw new InvalidOperationException($"The released copy {target.Name} does not match the screened image; the quarantined copy is kept.");
        }
    }

    /// <summary>Azure with version-level immutability: the hold comes off. Azurite has none: false, and that is fine.</summary>
    private static async Task<bool> TryClearLegalHoldAsync(BlobClient blob, CancellationToken cancellationToken)
    {
        try
        {
            await blob.SetLegalHoldAsync(false, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException)
        {
            return false;
        }
    }

    private async Task<string?> BankConfirmedAsync(ReviewItem item, HarmCategory category, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (banks is null || item.Image?.Facts?.Pdq is not { } pdq || pdq.Quality < (bankOptions?.Value.MinQuality ?? 0))
        {
            return null;
        }

        var name = options.Value.ConfirmedBank;
        await banks.CreateAsync(new HashBank(name, HashBankKind.Block, HarmCategory.Sexual, HashBank.DefaultMaxDistance, 1,
            "Images a moderator confirmed as violations (added by review confirm, with their verdict id and confirmed category)"), cancellationToken).ConfigureAwait(false);
        var entry = new HashBankEntry(pdq.Hash, Label: "review.confirmed", Source: "genscreen-review",
            Date: now.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), VerdictId: item.VerdictId, Category: category);
        await banks.AddAsync(name, [entry], null, cancellationToken).ConfigureAwait(false);
        if (bankCache is not null)
        {
            await bankCache.RefreshAsync(cancellationToken).ConfigureAwait(false);
        }

        return name;
    }

    private async Task AppendAuditAsync(ReviewAuditRecord record, bool resuming, CancellationToken cancellationToken)
    {
        try
        {
            await audit.AppendAsync(record, cancellationToken).ConfigureAwait(false);
        }
        catch (AuditRowExistsException) when (resuming)
        {
            // The interrupted attempt got as far as its audit row (same id and time): it stands as written.
        }
    }

    private async Task NotifyAsync(ReviewActionEvent action, CancellationToken cancellationToken)
    {
        foreach (var observer in observers)
        {
            try
            {
                await observer.OnReviewActionAsync(action, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                LogObserverFailed(logger, observer.GetType().Name, action.VerdictId, ex);
            }
        }
    }

    private static string RequireReason(string? reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new ReviewException(ReviewError.Invalid, "A reason is required: say why (it is kept in the audit trail).");
        }

        var trimmed = reason.Trim();
        return trimmed.Length <= MaxReasonLength
            ? trimmed
            : throw new ReviewException(ReviewError.Invalid, $"The reason has {trimmed.Length} characters; at most {MaxReasonLength}.");
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Released image {VerdictId}: the quarantined copy could not be deleted ({Code}); review purge removes it once its retention allows")]
    private static partial void LogQuarantineCopyKept(ILogger logger, string verdictId, string code);

    [LoggerMessage(Level = LogLevel.Information, Message = "Purged the quarantined evidence of {VerdictId} (blob deleted: {Deleted})")]
    private static partial void LogPurged(ILogger logger, string verdictId, bool deleted);

    [LoggerMessage(Level = LogLevel.Error, Message = "Review observer {Observer} failed for {VerdictId}; the action stands (it is done and audited)")]
    private static partial void LogObserverFailed(ILogger logger, string observer, string verdictId, Exception ex);
}
