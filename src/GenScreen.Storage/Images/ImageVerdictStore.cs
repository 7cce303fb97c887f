using System.Diagnostics;
using GenScreen.Core.Telemetry;
using Azure;
using Azure.Data.Tables;
using GenScreen.Core.Configuration;
using GenScreen.Core.Verdicts;
using GenScreen.Storage.Review;
using GenScreen.Storage.Verdicts;
using Microsoft.Extensions.Options;

namespace GenScreen.Storage.Images;

/// <summary>Image verdict rows (table <c>ImageScreening:VerdictTable</c>), doubling as delivery receipts.</summary>
public sealed class ImageVerdictStore
{
    /// <summary>Column of alias rows (see <see cref="AddAliasAsync"/>); verdict rows never have it.</summary>
    public const string AliasOf = "AliasOf";

    private readonly TableClient _table;
    private readonly CreateOnce _initializer;
    private readonly ReviewIndexStore? _reviewIndex;
    private readonly IPromptVerdictStore? _prompts;

    /// <param name="reviewIndex">Where review and block verdicts are indexed for the moderators' queue (null: not indexed).</param>
    /// <param name="prompts">Reads the correlated prompt's user id for the index (null: images are indexed without one).</param>
    public ImageVerdictStore(TableServiceClient service, IOptions<ImageScreeningOptions> options, ReviewIndexStore? reviewIndex = null, IPromptVerdictStore? prompts = null)
    {
        _reviewIndex = reviewIndex;
        _prompts = prompts;
        _table = service.GetTableClient(options.Value.VerdictTable);
        _initializer = new CreateOnce(_table);
    }

    public async Task<(ImageVerdictRecord Record, ETag ETag)?> GetAsync(string receiptId, CancellationToken cancellationToken)
    {
        await EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var response = await _table.GetEntityIfExistsAsync<TableEntity>(ImageReceipts.PartitionOf(receiptId), receiptId, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!response.HasValue)
        {
            return null;
        }

        return response.Value!.GetString(AliasOf) is { } target
            ? await GetAsync(target, cancellationToken).ConfigureAwait(false)
            : (ImageVerdictEntity.To(response.Value!), response.Value!.ETag);
    }

    /// <summary>
    /// Tagging an allowed blob (metadata) gives it a new ETag/version. An alias row maps that new version to
    /// the verdict, so a late duplicate delivery of the original upload still finds its receipt.
    /// </summary>
    public async Task AddAliasAsync(string aliasReceiptId, string receiptId, CancellationToken cancellationToken)
    {
        try
        {
            await _table.AddEntityAsync(new TableEntity(ImageReceipts.PartitionOf(aliasReceiptId), aliasReceiptId) { [AliasOf] = receiptId }, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            // already recorded by an earlier attempt
        }
    }

    /// <summary>
    /// Records, under the blob's name, that the verdict <paramref name="receiptId"/> is being moved to quarantine.
    /// A crash after the source is deleted leaves nothing under the blob's name to find the verdict by (its ETag is
    /// gone with it); a later delivery of the same name follows this row and finishes the move.
    /// </summary>
    public async Task RecordMoveIntentAsync(string container, string blobName, string receiptId, CancellationToken cancellationToken)
    {
        await EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var key = ImageReceipts.MoveIntentOf(container, blobName);
        await _table.UpsertEntityAsync(new TableEntity(ImageReceipts.PartitionOf(key), key) { [AliasOf] = receiptId }, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The verdict whose move into quarantine was started under this blob name and may not have finished.</summary>
    public Task<(ImageVerdictRecord Record, ETag ETag)?> GetMoveIntentAsync(string container, string blobName, CancellationToken cancellationToken) =>
        GetAsync(ImageReceipts.MoveIntentOf(container, blobName), cancellationToken);

    /// <summary>Removes the intent once the move is recorded as done (only if it still names this verdict).</summary>
    public async Task ClearMoveIntentAsync(string container, string blobName, string receiptId, CancellationToken cancellationToken)
    {
        var key = ImageReceipts.MoveIntentOf(container, blobName);
        var row = await _table.GetEntityIfExistsAsync<TableEntity>(ImageReceipts.PartitionOf(key), key, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (row.HasValue && row.Value!.GetString(AliasOf) == receiptId)
        {
            try
            {
                await _table.DeleteEntityAsync(row.Value, row.Value.ETag, cancellationToken).ConfigureAwait(false);
            }
            catch (RequestFailedException ex) when (ex.Status is 404 or 412)
            {
                // removed by a concurrent delivery, or replaced by another version's move
            }
        }
    }

    /// <summary>Inserts the first verdict for a blob version and returns the new row's ETag; null when another delivery recorded one first.</summary>
    public async Task<ETag?> TryAddAsync(ImageVerdictRecord record, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        await EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var response = await _table.AddEntityAsync(ImageVerdictEntity.From(record), cancellationToken).ConfigureAwait(false);
            await IndexForReviewAsync(record, cancellationToken).ConfigureAwait(false);
            return response.Headers.ETag;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return null;
        }
        finally
        {
            GenScreenMetrics.RecordStage(GenScreenMetrics.Stages.StorageWrite, Stopwatch.GetElapsedTime(started).TotalMilliseconds, "image");
        }
    }

    /// <summary>Replaces the row (after an action step), guarded by the ETag read before it.</summary>
    public async Task<ETag> UpdateAsync(ImageVerdictRecord record, ETag ifMatch, CancellationToken cancellationToken)
    {
        var response = await _table.UpdateEntityAsync(ImageVerdictEntity.From(record), ifMatch, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        // Again after the action step: a delivery that crashed between the verdict row and its index row is indexed now.
        await IndexForReviewAsync(record, cancellationToken).ConfigureAwait(false);
        return response.Headers.ETag ?? ETag.All;
    }

    /// <summary>Review and block verdicts get an index row (idempotent), with the correlated prompt's user id when it can be read.</summary>
    private async Task IndexForReviewAsync(ImageVerdictRecord record, CancellationToken cancellationToken)
    {
        if (_reviewIndex is null || record.Verdict.Decision == Decision.Allow)
        {
            return;
        }

        string? userId = null;
        if (_prompts is not null && record.PromptVerdictId is { } promptId)
        {
            try
            {
                userId = (await _prompts.GetAsync(promptId, cancellationToken).ConfigureAwait(false))?.UserId;
            }
            catch (RequestFailedException)
            {
                // indexed without the user: the verdict itself still names its prompt
            }
        }

        await _reviewIndex.AddAsync(new ReviewIndexEntry(ReviewNames.Image, record.ReceiptId, record.Verdict.Decision, record.Verdict.Policy, userId,
            record.ScreenedAt, [.. record.Verdict.Categories.Where(c => c.Severity > 0).Select(c => c.Category)]), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Counts a failed attempt on a blob version (a small side row, so it works before any verdict exists).</summary>
    public async Task<int> CountFailureAsync(string receiptId, string error, CancellationToken cancellationToken)
    {
        await EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var key = receiptId + "-attempts";
        for (var tries = 0; ; tries++)
        {
            var existing = await _table.GetEntityIfExistsAsync<TableEntity>(ImageReceipts.PartitionOf(receiptId), key, cancellationToken: cancellationToken).ConfigureAwait(false);
            var attempts = (existing.HasValue ? existing.Value!.GetInt32("Attempts") ?? 0 : 0) + 1;
            var entity = new TableEntity(ImageReceipts.PartitionOf(receiptId), key) { ["Attempts"] = attempts, ["LastError"] = Truncate(error) };
            try
            {
                if (existing.HasValue)
                {
                    await _table.UpdateEntityAsync(entity, existing.Value!.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await _table.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
                }

                return attempts;
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412 && tries < 5)
            {
                // a concurrent delivery counted at the same time: read again
            }
        }
    }

    /// <summary>
    /// Marks a blob version as poison on its attempts row (<c>Poison</c>, <c>Deliveries</c>, <c>LastError</c>): a
    /// delivery budget ran out without a verdict, so an operator can find it (the verdict row, if any, is unchanged).
    /// </summary>
    public async Task RecordPoisonDeliveryAsync(string receiptId, int deliveries, string error, CancellationToken cancellationToken)
    {
        await EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var entity = new TableEntity(ImageReceipts.PartitionOf(receiptId), receiptId + "-attempts") { ["Poison"] = true, ["Deliveries"] = deliveries, ["LastError"] = Truncate(error) };
        await _table.UpsertEntityAsync(entity, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
    }

    private static string Truncate(string s) => s.Length <= 1000 ? s : s[..1000];

    private Task EnsureCreatedAsync(CancellationToken cancellationToken) => _initializer.EnsureCreatedAsync(cancellationToken);
}
