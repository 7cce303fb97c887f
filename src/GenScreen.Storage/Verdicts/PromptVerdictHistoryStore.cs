using Azure;
using Azure.Data.Tables;

namespace GenScreen.Storage.Verdicts;

/// <summary>
/// Earlier versions of prompt verdicts, in their own table (default <c>PromptVerdictHistory</c>):
/// PartitionKey = verdict id, RowKey = the policy version that produced that version. All versions of a
/// verdict are one partition (one query to list, one partition to erase with the verdict), and the row
/// for a given version is written at most once.
/// </summary>
public sealed class PromptVerdictHistoryStore(TableClient table)
{
    public const string DefaultTableName = "PromptVerdictHistory";

    public string Name => table.Name;

    public Task EnsureCreatedAsync(CancellationToken cancellationToken) => table.CreateIfNotExistsAsync(cancellationToken);

    /// <summary>
    /// Copies <paramref name="verdict"/> as it stands into history. Idempotent: a copy already there for the
    /// same verdict and policy version is left as is; screening is deterministic, so it holds the same verdict.
    /// </summary>
    public async Task ArchiveAsync(StoredPromptVerdict verdict, string supersededBy, DateTimeOffset supersededAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        var entity = PromptVerdictEntity.From(verdict);
        entity.PartitionKey = verdict.VerdictId;
        entity.RowKey = TableKeys.Escape(verdict.Verdict.PolicyVersion);
        entity["SupersededBy"] = supersededBy;
        entity["SupersededAt"] = supersededAt;
        try
        {
            await table.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (PromptVerdictEntity.IsConflict(ex))
        {
            // A run interrupted between this copy and the update of the current row wrote it already.
        }
    }

    /// <summary>Every archived version of a verdict, oldest policy version first (by key order).</summary>
    public async Task<IReadOnlyList<ArchivedPromptVerdict>> GetHistoryAsync(string verdictId, CancellationToken cancellationToken)
    {
        var list = new List<ArchivedPromptVerdict>();
        try
        {
            await foreach (var e in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {verdictId}"), cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                // The row key holds the policy version here, not the verdict id.
                var stored = PromptVerdictEntity.To(e) with { VerdictId = e.PartitionKey };
                list.Add(new ArchivedPromptVerdict(stored, e.GetString("SupersededBy") ?? string.Empty, e.GetDateTimeOffset("SupersededAt") ?? default));
            }
        }
        catch (RequestFailedException ex) when (PromptVerdictEntity.IsNotFound(ex))
        {
            // no history table yet: no history
        }

        return list;
    }
}
