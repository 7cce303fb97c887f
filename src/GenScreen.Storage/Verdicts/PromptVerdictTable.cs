using System.Runtime.CompilerServices;
using Azure;
using Azure.Data.Tables;
using GenScreen.Core.Verdicts;

namespace GenScreen.Storage.Verdicts;

/// <summary>
/// The verdict table as maintenance tools see it: a scan in key order that can resume after any row, and
/// an update of a verdict that succeeds only if the row is unchanged since it was read (ETag). The
/// service's own write path (<see cref="TablePromptVerdictStore"/>) only inserts, so the two never race
/// on the same version of a row.
/// </summary>
public sealed class PromptVerdictTable(TableClient table)
{
    public string Name => table.Name;

    /// <summary>Rows in (PartitionKey, RowKey) order, a page at a time, starting after <paramref name="after"/>.</summary>
    public async IAsyncEnumerable<IReadOnlyList<PromptVerdictRow>> ReadPagesAsync(
        TablePosition? after, int pageSize, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Table queries return rows in key order, so "after this key" is a filter: no continuation token
        // has to outlive the process, which is what makes a scan resumable from a checkpoint row. Two
        // range queries (rest of the partition, then later partitions) rather than one OR filter, which
        // the service may answer with a full scan.
        string?[] filters = after is { } a
            ?
            [
                TableClient.CreateQueryFilter($"PartitionKey eq {a.PartitionKey} and RowKey gt {a.RowKey}"),
                TableClient.CreateQueryFilter($"PartitionKey gt {a.PartitionKey}"),
            ]
            : [null];
        foreach (var filter in filters)
        {
            await foreach (var page in QueryPagesAsync(filter, pageSize, cancellationToken).ConfigureAwait(false))
            {
                yield return page;
            }
        }
    }

    /// <summary>
    /// The first rows of one partition after <paramref name="afterRowKey"/> (at most <paramref name="pageSize"/>), in key order:
    /// a page of the queue fan-out. Empty when the partition has no more rows (or the table does not exist).
    /// </summary>
    public async Task<IReadOnlyList<PromptVerdictRow>> ReadPartitionPageAsync(string partitionKey, string? afterRowKey, int pageSize, CancellationToken cancellationToken)
    {
        var filter = afterRowKey is null
            ? TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey} and RowKey gt {afterRowKey}");
        await foreach (var page in QueryPagesAsync(filter, pageSize, cancellationToken).ConfigureAwait(false))
        {
            return page; // the first non-empty page; the next message goes on after its last row
        }

        return [];
    }

    /// <summary>The current row of a verdict, or null when there is none.</summary>
    public async Task<PromptVerdictRow?> GetRowAsync(string verdictId, CancellationToken cancellationToken)
    {
        var response = await table.GetEntityIfExistsAsync<TableEntity>(VerdictIds.PartitionOf(verdictId), verdictId, cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue ? Read(response.Value!) : null;
    }

    /// <summary>
    /// Replaces the verdict columns of <paramref name="row"/> (decision, policy version, categories,
    /// reasons) and stamps <c>RescreenedAt</c>; everything else (hashes, retained text, who and when) is
    /// kept. False when the row changed since it was read (HTTP 412): the caller re-reads and decides again.
    /// </summary>
    public async Task<bool> TryReplaceVerdictAsync(PromptVerdictRow row, PromptVerdict verdict, DateTimeOffset rescreenedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(verdict);
        var entity = new TableEntity(row.Position.PartitionKey, row.Position.RowKey)
        {
            ["Decision"] = WireNames.Of(verdict.Decision),
            ["Policy"] = verdict.Policy,
            ["PolicyVersion"] = verdict.PolicyVersion,
            ["Categories"] = VerdictJson.ToJsonString(w => VerdictJson.WriteCategories(w, verdict.Categories)),
            ["Reasons"] = VerdictJson.ToJsonString(w => VerdictJson.WriteReasons(w, verdict.Reasons)),
            ["RescreenedAt"] = rescreenedAt,
            ["NegativePromptAdditions"] = VerdictJson.ToJsonString(w => VerdictJson.WriteStrings(w, verdict.NegativePromptAdditions)),
            ["NegativeEmbedding"] = verdict.NegativeEmbedding ?? string.Empty,
        };
        try
        {
            await table.UpdateEntityAsync(entity, row.ETag, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 412 or 404)
        {
            return false;
        }
    }

    private async IAsyncEnumerable<IReadOnlyList<PromptVerdictRow>> QueryPagesAsync(
        string? filter, int pageSize, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var pages = table.QueryAsync<TableEntity>(filter, pageSize, cancellationToken: cancellationToken).AsPages().GetAsyncEnumerator(cancellationToken);
        try
        {
            while (true)
            {
                try
                {
                    if (!await pages.MoveNextAsync().ConfigureAwait(false))
                    {
                        yield break;
                    }
                }
                catch (RequestFailedException ex) when (PromptVerdictEntity.IsNotFound(ex))
                {
                    yield break; // no table yet: nothing was ever recorded
                }

                // The service may return empty pages (with a continuation) at partition or time boundaries.
                var rows = pages.Current.Values.Select(Read).ToList();
                if (rows.Count > 0)
                {
                    yield return rows;
                }
            }
        }
        finally
        {
            await pages.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static PromptVerdictRow Read(TableEntity e)
    {
        var position = new TablePosition(e.PartitionKey, e.RowKey);
        try
        {
            return new PromptVerdictRow(position, e.ETag, PromptVerdictEntity.To(e), null);
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or InvalidOperationException or KeyNotFoundException or FormatException)
        {
            // One damaged row must not stop a scan of millions: it is reported and skipped.
            return new PromptVerdictRow(position, e.ETag, null, ex.Message);
        }
    }
}
