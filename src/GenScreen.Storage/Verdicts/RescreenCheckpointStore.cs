using Azure;
using Azure.Data.Tables;

namespace GenScreen.Storage.Verdicts;

/// <summary>
/// Re-screening checkpoints in their own table (default <c>RescreenCheckpoints</c>): PartitionKey = scope
/// (kind and verdict table), RowKey = target policy version. One small row per run target, rewritten as
/// the run advances.
/// </summary>
public sealed class RescreenCheckpointStore(TableClient table)
{
    public const string DefaultTableName = "RescreenCheckpoints";

    public Task EnsureCreatedAsync(CancellationToken cancellationToken) => table.CreateIfNotExistsAsync(cancellationToken);

    public async Task<RescreenCheckpoint?> GetAsync(string scope, string targetPolicyVersion, CancellationToken cancellationToken)
    {
        try
        {
            var response = await table.GetEntityIfExistsAsync<TableEntity>(TableKeys.Escape(scope), TableKeys.Escape(targetPolicyVersion), cancellationToken: cancellationToken).ConfigureAwait(false);
            if (!response.HasValue)
            {
                return null;
            }

            var e = response.Value!;
            var pk = e.GetString("LastPartitionKey");
            var rk = e.GetString("LastRowKey");
            return new RescreenCheckpoint(
                scope,
                targetPolicyVersion,
                pk is not null && rk is not null ? new TablePosition(pk, rk) : null,
                e.GetInt64("RowsDone") ?? 0,
                e.GetBoolean("Completed") ?? false,
                e.GetDateTimeOffset("UpdatedAt") ?? default);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null; // no checkpoint table yet
        }
    }

    public Task SaveAsync(RescreenCheckpoint checkpoint, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        var entity = new TableEntity(TableKeys.Escape(checkpoint.Scope), TableKeys.Escape(checkpoint.TargetPolicyVersion))
        {
            ["Scope"] = checkpoint.Scope,
            ["TargetPolicyVersion"] = checkpoint.TargetPolicyVersion,
            ["LastPartitionKey"] = checkpoint.LastDone?.PartitionKey,
            ["LastRowKey"] = checkpoint.LastDone?.RowKey,
            ["RowsDone"] = checkpoint.RowsDone,
            ["Completed"] = checkpoint.Completed,
            ["UpdatedAt"] = checkpoint.UpdatedAt,
        };
        // Only one run per scope and version is expected; the last writer wins, and both would have
        // re-screened the same rows idempotently anyway.
        return table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }
}
