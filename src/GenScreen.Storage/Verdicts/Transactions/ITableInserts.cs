using Azure.Data.Tables;

namespace GenScreen.Storage.Verdicts.Transactions;

/// <summary>
/// The two writes group commit needs from a table: one insert, and one entity group transaction of inserts into one
/// partition. Failures other than "the row exists" surface as <see cref="Azure.RequestFailedException"/> (status 0 for a
/// network error) exactly as the Azure SDK raises them, so the verdict store's retry and deferral rules apply unchanged
/// to every implementation.
/// </summary>
internal interface ITableInserts
{
    string TableName { get; }

    /// <summary>Inserts one row: true when written now, false when a row with its keys existed (409).</summary>
    Task<bool> InsertAsync(ITableRow row, CancellationToken cancellationToken);

    /// <summary>
    /// Inserts rows of one partition as one transaction (all or nothing): true when all were written, false when the
    /// service refused it because a row already exists (409; nothing was written).
    /// </summary>
    Task<bool> InsertBatchAsync(IReadOnlyList<ITableRow> rows, CancellationToken cancellationToken);
}

/// <summary>Entities as rows, for callers that hold <see cref="TableEntity"/> (tests, tools).</summary>
internal static class TableInsertsExtensions
{
    public static Task<bool> InsertAsync(this ITableInserts inserts, TableEntity row, CancellationToken cancellationToken) =>
        inserts.InsertAsync(new EntityRow(row), cancellationToken);

    public static Task<bool> InsertBatchAsync(this ITableInserts inserts, IReadOnlyList<TableEntity> rows, CancellationToken cancellationToken) =>
        inserts.InsertBatchAsync([.. rows.Select(r => (ITableRow)new EntityRow(r))], cancellationToken);
}
