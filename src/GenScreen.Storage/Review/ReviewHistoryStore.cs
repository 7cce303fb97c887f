using System.Globalization;
using Azure;
using Azure.Data.Tables;
using GenScreen.Storage.Verdicts;
using Microsoft.Extensions.Options;

namespace GenScreen.Storage.Review;

/// <summary>One superseded version of a verdict row.</summary>
public sealed record ReviewHistoryVersion(int Version, string Kind, DateTimeOffset SupersededAt, string SupersededByAudit, IReadOnlyDictionary<string, object> Columns);

/// <summary>
/// Earlier versions of verdict rows that a moderator action replaced (table <c>Review:HistoryTable</c>): PartitionKey =
/// verdict id, RowKey = <c>v{version:D4}</c>, every column of the row as it was. Written with an insert before the
/// verdict row is changed; a retry that finds its version already archived leaves it (the row it would write is the same
/// row, read under the same ETag).
/// </summary>
public sealed class ReviewHistoryStore
{
    private static readonly HashSet<string> SystemColumns = ["PartitionKey", "RowKey", "Timestamp", "odata.etag"];

    private readonly TableClient _table;
    private readonly CreateOnce _created;

    public ReviewHistoryStore(TableServiceClient service, IOptions<ReviewOptions> options)
    {
        ArgumentNullException.ThrowIfNull(service);
        _table = service.GetTableClient(options.Value.HistoryTable);
        _created = new CreateOnce(_table);
    }

    public static string RowKeyOf(int version) => "v" + version.ToString("D4", CultureInfo.InvariantCulture);

    public async Task ArchiveAsync(string verdictId, string kind, int version, TableEntity current, string auditId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(current);
        await _created.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var row = new TableEntity(verdictId, RowKeyOf(version));
        foreach (var (key, value) in current)
        {
            if (!SystemColumns.Contains(key) && value is not null)
            {
                row[key] = value;
            }
        }

        row["HistoryKind"] = kind;
        row["SupersededAt"] = at;
        row["SupersededByAudit"] = auditId;
        try
        {
            await _table.AddEntityAsync(row, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            // archived by an interrupted earlier attempt
        }
    }

    /// <summary>Every archived version of a verdict, oldest first.</summary>
    public async Task<IReadOnlyList<ReviewHistoryVersion>> ForVerdictAsync(string verdictId, CancellationToken cancellationToken)
    {
        await _created.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var list = new List<ReviewHistoryVersion>();
        await foreach (var e in _table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {verdictId}"), cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            var columns = e.Where(kv => !SystemColumns.Contains(kv.Key) && kv.Value is not null).ToDictionary(kv => kv.Key, kv => kv.Value!);
            list.Add(new ReviewHistoryVersion(int.Parse(e.RowKey[1..], CultureInfo.InvariantCulture), e.GetString("HistoryKind") ?? "",
                e.GetDateTimeOffset("SupersededAt") ?? default, e.GetString("SupersededByAudit") ?? "", columns));
        }

        return list;
    }
}
