using System.Globalization;
using Azure;
using Azure.Data.Tables;
using GenScreen.Storage.Verdicts;
using Microsoft.Extensions.Options;

namespace GenScreen.Storage.Review;

/// <summary>Thrown when an audit row with the same key exists: audit rows are never overwritten.</summary>
public sealed class AuditRowExistsException(string message, Exception inner) : Exception(message, inner);

/// <summary>
/// The audit trail (table <c>Review:AuditTable</c>): PartitionKey = verdict id (a verdict's whole trail is one
/// partition, read with one query), RowKey = <c>{yyyyMMddTHHmmss.fffffffZ}-{audit id}</c> (oldest first). Append-only:
/// rows are written with an insert (<c>AddEntity</c>), which fails on an existing key instead of replacing it; this
/// class has no update or delete. (In Azure the app's identity needs table data write for the other tables; nothing
/// here can rewrite history even with it.)
/// </summary>
public sealed class ReviewAuditStore
{
    private readonly TableClient _table;
    private readonly CreateOnce _created;

    public ReviewAuditStore(TableServiceClient service, IOptions<ReviewOptions> options)
    {
        ArgumentNullException.ThrowIfNull(service);
        _table = service.GetTableClient(options.Value.AuditTable);
        _created = new CreateOnce(_table);
    }

    public static string NewId() => VerdictIds.NewRandom();

    public static string RowKeyOf(ReviewAuditRecord record) =>
        record.At.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'.'fffffff'Z'", CultureInfo.InvariantCulture) + "-" + record.AuditId;

    /// <summary>Appends the row; a row with the same key already there is an <see cref="AuditRowExistsException"/>, never an overwrite.</summary>
    public async Task AppendAsync(ReviewAuditRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        await _created.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var row = new TableEntity(record.VerdictId, RowKeyOf(record))
        {
            ["AuditId"] = record.AuditId,
            ["Kind"] = record.Kind,
            ["Action"] = record.Action,
            ["Operator"] = record.Operator,
            ["OperatorId"] = record.OperatorId,
            ["At"] = record.At,
            ["Reason"] = record.Reason,
            ["Before"] = record.Before,
            ["After"] = record.After,
        };
        try
        {
            await _table.AddEntityAsync(row, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            throw new AuditRowExistsException($"Audit row {row.PartitionKey}/{row.RowKey} exists; audit rows are never overwritten.", ex);
        }
    }

    /// <summary>A verdict's trail, oldest first.</summary>
    public async Task<IReadOnlyList<ReviewAuditRecord>> ForVerdictAsync(string verdictId, CancellationToken cancellationToken)
    {
        await _created.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var list = new List<ReviewAuditRecord>();
        await foreach (var e in _table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {verdictId}"), cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            list.Add(new ReviewAuditRecord(e.GetString("AuditId") ?? "", e.PartitionKey, e.GetString("Kind") ?? "", e.GetString("Action") ?? "",
                e.GetString("Operator") ?? "", e.GetString("OperatorId"), e.GetDateTimeOffset("At") ?? default, e.GetString("Reason") ?? "",
                e.GetString("Before") ?? "{}", e.GetString("After") ?? "{}"));
        }

        return list;
    }
}
