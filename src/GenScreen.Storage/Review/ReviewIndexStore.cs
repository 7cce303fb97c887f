using Azure;
using Azure.Data.Tables;
using GenScreen.Core.Verdicts;
using GenScreen.Storage.Verdicts;
using GenScreen.Storage.Verdicts.Transactions;
using Microsoft.Extensions.Options;

namespace GenScreen.Storage.Review;

/// <summary>
/// The review index (table <c>Review:IndexTable</c>): one row per review or block verdict, written when the verdict
/// is stored, so the queue is read partition by partition — never a scan of the verdict tables. See
/// <see cref="ReviewIndexKeys"/> for the keys and docs/storage.md#review-index for the capacity reasoning.
/// </summary>
public sealed class ReviewIndexStore
{
    private readonly TableClient _table;
    private readonly CreateOnce _created;
    private readonly ReviewOptions _options;
    private readonly VerdictGroupCommitWriter _adds;

    /// <param name="writers">Who sends the group-committed adds (the host's <c>VerdictStore:TableWriter</c>; default: the Azure SDK).</param>
    public ReviewIndexStore(TableServiceClient service, IOptions<ReviewOptions> options, TableWriters? writers = null)
    {
        ArgumentNullException.ThrowIfNull(service);
        _options = options.Value;
        _table = service.GetTableClient(_options.IndexTable);
        _created = new CreateOnce(_table);
        // Index rows of verdicts written together share a partition (day + the verdict id's shard, and a verdict
        // write lane gathers ids in one partition), so their adds are group-committed too: one transaction instead
        // of one request per row under load, and no added wait when idle.
        _adds = new VerdictGroupCommitWriter((writers ?? TableWriters.Sdk).For(_table));
    }

    public int Shards => _options.IndexShards;

    /// <summary>Adds the row; idempotent (a retried write finds it and leaves it, status included).</summary>
    public async Task AddAsync(ReviewIndexEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await _created.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var row = new TableEntity(ReviewIndexKeys.Partition(entry.ScreenedAt, entry.VerdictId, Shards), ReviewIndexKeys.Row(entry.ScreenedAt, entry.VerdictId))
        {
            ["Kind"] = entry.Kind,
            ["VerdictId"] = entry.VerdictId,
            ["Decision"] = WireNames.Of(entry.Decision),
            ["Policy"] = entry.Policy,
            ["UserId"] = entry.UserId,
            ["ScreenedAt"] = entry.ScreenedAt,
            ["Status"] = entry.Status,
        };
        foreach (var category in entry.Categories.Distinct())
        {
            row[ReviewIndexKeys.CategoryColumn(category)] = true;
        }

        // False when an earlier attempt wrote it already: nothing to do.
        await _adds.InsertAsync(new EntityRow(row), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Records a moderator's status change on the row (the index is a lookup aid; the audit table is the record).</summary>
    public async Task SetStatusAsync(string verdictId, DateTimeOffset screenedAt, string status, CancellationToken cancellationToken)
    {
        await _created.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var row = new TableEntity(ReviewIndexKeys.Partition(screenedAt, verdictId, Shards), ReviewIndexKeys.Row(screenedAt, verdictId)) { ["Status"] = status };
        try
        {
            await _table.UpdateEntityAsync(row, ETag.All, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // not indexed (e.g. written before the index existed): nothing to update
        }
    }

    /// <summary>
    /// One page, newest first. Per day partition set, each shard is range-read for up to the missing number of rows
    /// (in parallel) and the results merged by key: the first <c>n</c> of the merge are exactly the next <c>n</c> rows,
    /// because a shard that was not read to its end contributed <c>n</c> rows no later than its last one. A page may
    /// hold fewer rows than asked (empty days, <see cref="ReviewOptions.MaxDaysPerPage"/>) with a continuation still set.
    /// </summary>
    public async Task<ReviewIndexPage> QueryAsync(ReviewQuery query, ReviewContinuation? start, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await _created.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var fingerprint = query.Fingerprint();
        var lastDay = ReviewIndexKeys.ParseDay(ReviewIndexKeys.Day(query.From));
        var day = start is null ? ReviewIndexKeys.ParseDay(ReviewIndexKeys.Day(query.To.AddTicks(-1))) : ReviewIndexKeys.ParseDay(start.Day);
        var cursors = start?.Cursors.ToArray() ?? new string?[Shards];
        var entries = new List<ReviewIndexEntry>(query.PageSize);
        var filter = Filter(query);

        for (var daysWalked = 0; day >= lastDay && entries.Count < query.PageSize && daysWalked < _options.MaxDaysPerPage; daysWalked++)
        {
            var need = query.PageSize - entries.Count;
            var dayKey = day.ToString(ReviewIndexKeys.DayFormat, System.Globalization.CultureInfo.InvariantCulture);
            var reads = Enumerable.Range(0, Shards)
                .Select(s => cursors[s] == ReviewContinuation.ShardDone ? Task.FromResult(new List<TableEntity>()) : ReadShardAsync(dayKey, s, cursors[s], filter, need, cancellationToken))
                .ToArray();
            var rows = await Task.WhenAll(reads).ConfigureAwait(false);
            foreach (var (row, shard) in rows.SelectMany((list, s) => list.Select(r => (r, s))).OrderBy(x => x.r.RowKey, StringComparer.Ordinal).Take(need))
            {
                entries.Add(ToEntry(row));
                cursors[shard] = row.RowKey;
            }

            for (var s = 0; s < Shards; s++)
            {
                // Read to its end (fewer rows than asked) and all of them taken: this shard's day is done.
                if (cursors[s] != ReviewContinuation.ShardDone && rows[s].Count < need && (rows[s].Count == 0 || cursors[s] == rows[s][^1].RowKey))
                {
                    cursors[s] = ReviewContinuation.ShardDone;
                }
            }

            if (cursors.All(c => c == ReviewContinuation.ShardDone))
            {
                day = day.AddDays(-1);
                cursors = new string?[Shards];
            }
        }

        var next = day >= lastDay
            ? new ReviewContinuation(day.ToString(ReviewIndexKeys.DayFormat, System.Globalization.CultureInfo.InvariantCulture), cursors, fingerprint, query.From.UtcTicks, query.To.UtcTicks).Encode()
            : null;
        return new ReviewIndexPage(entries, next);
    }

    private async Task<List<TableEntity>> ReadShardAsync(string day, int shard, string? after, string filter, int take, CancellationToken cancellationToken)
    {
        var partition = TableClient.CreateQueryFilter($"PartitionKey eq {ReviewIndexKeys.Partition(day, shard)}");
        var full = partition + " and " + filter + (after is null ? "" : " and " + TableClient.CreateQueryFilter($"RowKey gt {after}"));
        var rows = new List<TableEntity>(take);
        await foreach (var row in _table.QueryAsync<TableEntity>(full, maxPerPage: take, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            rows.Add(row);
            if (rows.Count == take)
            {
                break;
            }
        }

        return rows;
    }

    private static string Filter(ReviewQuery q)
    {
        var parts = new List<string>
        {
            TableClient.CreateQueryFilter($"RowKey gt {ReviewIndexKeys.NewerThan(q.To)}"),
            TableClient.CreateQueryFilter($"RowKey lt {ReviewIndexKeys.NewerThan(q.From)}"),
        };
        if (q.Kind is { } kind)
        {
            parts.Add(TableClient.CreateQueryFilter($"Kind eq {kind}"));
        }

        if (q.Decision is { } decision)
        {
            parts.Add(TableClient.CreateQueryFilter($"Decision eq {WireNames.Of(decision)}"));
        }

        if (q.Category is { } category)
        {
            parts.Add($"{ReviewIndexKeys.CategoryColumn(category)} eq true");
        }

        if (q.Policy is { } policy)
        {
            parts.Add(TableClient.CreateQueryFilter($"Policy eq {policy}"));
        }

        if (q.UserId is { } user)
        {
            parts.Add(TableClient.CreateQueryFilter($"UserId eq {user}"));
        }

        if (q.Status is { } status)
        {
            parts.Add(TableClient.CreateQueryFilter($"Status eq {status}"));
        }

        return string.Join(" and ", parts);
    }

    private static ReviewIndexEntry ToEntry(TableEntity e)
    {
        var categories = Enum.GetValues<HarmCategory>().Where(c => e.GetBoolean(ReviewIndexKeys.CategoryColumn(c)) == true).ToList();
        return new ReviewIndexEntry(
            e.GetString("Kind") ?? "", e.GetString("VerdictId") ?? "",
            WireNames.TryParseDecision(e.GetString("Decision"), out var d) ? d : Decision.Block,
            e.GetString("Policy") ?? "", e.GetString("UserId"), e.GetDateTimeOffset("ScreenedAt") ?? default, categories, e.GetString("Status") ?? ReviewNames.Open);
    }
}
