using Azure;
using Azure.Data.Tables;
using GenScreen.Core.Configuration;
using GenScreen.Core.Verdicts;
using GenScreen.Storage.Images;
using GenScreen.Storage.Verdicts;
using Microsoft.Extensions.Options;

namespace GenScreen.Storage.Review;

/// <summary>A verdict row as read for an action: which table, the raw row (with its ETag) and the item made from it.</summary>
internal sealed record LoadedVerdict(TableClient Table, TableEntity Row, ReviewItem Item);

/// <summary>One page of the queue.</summary>
public sealed record ReviewPage(IReadOnlyList<ReviewItem> Items, string? Continuation);

/// <summary>
/// Reads the queue: index pages (by partition, <see cref="ReviewIndexStore"/>) turned into items by point reads of the
/// verdict rows (prompt table <c>VerdictStore:TableName</c>, image table <c>ImageScreening:VerdictTable</c>), in parallel.
/// </summary>
public sealed class ReviewReader
{
    private readonly TableClient _prompts;
    private readonly TableClient _images;
    private readonly ReviewIndexStore _index;
    private readonly ReviewAuditStore _audit;
    private readonly ReviewHistoryStore _history;

    public ReviewReader(TableServiceClient tables, IOptions<VerdictStoreOptions> verdicts, IOptions<ImageScreeningOptions> images, ReviewIndexStore index, ReviewAuditStore audit, ReviewHistoryStore history)
    {
        ArgumentNullException.ThrowIfNull(tables);
        _prompts = tables.GetTableClient(verdicts.Value.TableName);
        _images = tables.GetTableClient(images.Value.VerdictTable);
        _index = index;
        _audit = audit;
        _history = history;
    }

    public ReviewIndexStore Index => _index;

    public async Task<ReviewPage> ListAsync(ReviewQuery query, ReviewContinuation? continuation, CancellationToken cancellationToken)
    {
        var page = await _index.QueryAsync(query, continuation, cancellationToken).ConfigureAwait(false);
        var items = await Task.WhenAll(page.Entries.Select(e => LoadAsync(e.VerdictId, e.Kind, cancellationToken))).ConfigureAwait(false);
        // An index row whose verdict row is not (yet) readable is left out: its write may still be in the retry backlog.
        return new ReviewPage(items.Where(i => i is not null).Select(i => i!.Item).ToList(), page.Continuation);
    }

    public async Task<ReviewItem?> GetAsync(string verdictId, CancellationToken cancellationToken) =>
        VerdictIds.IsValid(verdictId) ? (await LoadAsync(verdictId, null, cancellationToken).ConfigureAwait(false))?.Item : null;

    public Task<IReadOnlyList<ReviewAuditRecord>> AuditAsync(string verdictId, CancellationToken cancellationToken) => _audit.ForVerdictAsync(verdictId, cancellationToken);

    public Task<IReadOnlyList<ReviewHistoryVersion>> HistoryAsync(string verdictId, CancellationToken cancellationToken) => _history.ForVerdictAsync(verdictId, cancellationToken);

    /// <summary>The verdict row of either kind (both tables are read when the kind is unknown; ids of both are 128-bit).</summary>
    internal async Task<LoadedVerdict?> LoadAsync(string verdictId, string? kind, CancellationToken cancellationToken)
    {
        var image = kind is null or ReviewNames.Image ? ReadRowAsync(_images, verdictId, cancellationToken) : Task.FromResult<TableEntity?>(null);
        var prompt = kind is null or ReviewNames.Prompt ? ReadRowAsync(_prompts, verdictId, cancellationToken) : Task.FromResult<TableEntity?>(null);
        if (await image.ConfigureAwait(false) is { } imageRow && !imageRow.ContainsKey(ImageVerdictStore.AliasOf) && imageRow.ContainsKey("Decision"))
        {
            var record = ImageVerdictEntity.To(imageRow);
            var correlated = record.PromptVerdictId is { } pid && VerdictIds.IsValid(pid) && await ReadRowAsync(_prompts, pid, cancellationToken).ConfigureAwait(false) is { } p
                ? PromptVerdictEntity.To(p)
                : null;
            return new LoadedVerdict(_images, imageRow, new ReviewItem(ReviewNames.Image, verdictId, StateOf(imageRow), correlated, record));
        }

        if (await prompt.ConfigureAwait(false) is { } promptRow)
        {
            return new LoadedVerdict(_prompts, promptRow, new ReviewItem(ReviewNames.Prompt, verdictId, StateOf(promptRow), PromptVerdictEntity.To(promptRow), null));
        }

        return null;
    }

    internal static ReviewState StateOf(TableEntity row) => new(
        row.GetString(ReviewColumns.Status) ?? ReviewNames.Open,
        row.GetInt32(ReviewColumns.Version) ?? 1,
        row.GetString(ReviewColumns.By),
        row.GetString(ReviewColumns.ById),
        row.GetDateTimeOffset(ReviewColumns.At),
        row.GetString(ReviewColumns.Reason),
        row.GetString(ReviewColumns.AuditId),
        Enum.TryParse<HarmCategory>(row.GetString(ReviewColumns.ConfirmedCategory), out var c) ? c : null,
        row.GetString(ReviewColumns.ReleasedTo),
        row.GetDateTimeOffset(ReviewColumns.EvidencePurgedAt));

    private static async Task<TableEntity?> ReadRowAsync(TableClient table, string id, CancellationToken cancellationToken)
    {
        try
        {
            var response = await table.GetEntityIfExistsAsync<TableEntity>(VerdictIds.PartitionOf(id), id, cancellationToken: cancellationToken).ConfigureAwait(false);
            return response.HasValue ? response.Value : null;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null; // the table does not exist (yet)
        }
    }
}
