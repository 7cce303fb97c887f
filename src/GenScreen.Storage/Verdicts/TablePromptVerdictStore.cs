using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GenScreen.Storage.Verdicts;

/// <summary>
/// Prompt verdicts in Azure Table storage. A write is an insert: a second insert for the same verdict id
/// (a retried request) finds the first and is answered from it, so retries are idempotent. A write that
/// cannot reach the table within the budget is handed to the <see cref="VerdictRetryBacklog"/>.
/// </summary>
public sealed partial class TablePromptVerdictStore : IPromptVerdictStore
{
    private readonly TableClient _table;
    private readonly VerdictStoreOptions _options;
    private readonly VerdictRetryBacklog _retries;
    private readonly ILogger<TablePromptVerdictStore> _logger;
    private readonly CreateOnce _initializer;
    private readonly VerdictGroupCommitWriter? _writer;

    public TablePromptVerdictStore(TableServiceClient service, IOptions<VerdictStoreOptions> options, VerdictRetryBacklog retries, ILogger<TablePromptVerdictStore> logger)
    {
        _options = options.Value;
        _table = service.GetTableClient(_options.TableName);
        _retries = retries;
        _logger = logger;
        _initializer = new CreateOnce(_table);
        _writer = _options.GroupCommit ? new VerdictGroupCommitWriter(_table) : null;
    }

    public async Task<VerdictWriteResult> SaveAsync(StoredPromptVerdict verdict, CancellationToken cancellationToken)
    {
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(_options.WriteTimeout);
        try
        {
            return await InsertAsync(verdict, budget.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (IsTransient(ex) && !cancellationToken.IsCancellationRequested)
        {
            LogWriteDeferred(_logger, verdict.VerdictId, ex.GetType().Name, ex);
            try
            {
                return new VerdictWriteResult(_retries.TryEnqueue(verdict) ? VerdictWriteOutcome.Deferred : VerdictWriteOutcome.Dropped);
            }
            catch (IOException journalError)
            {
                // The disk refused the journal record (full, read-only): the caller must not be told "deferred".
                LogJournalFailed(_logger, verdict.VerdictId, journalError);
                return new VerdictWriteResult(VerdictWriteOutcome.Dropped);
            }
        }
    }

    /// <summary>Insert, or resolve the existing row when the id was already recorded.</summary>
    internal async Task<VerdictWriteResult> InsertAsync(StoredPromptVerdict verdict, CancellationToken cancellationToken)
    {
        await _initializer.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var row = PromptVerdictEntity.From(verdict);
        if (_writer is not null)
        {
            if (await _writer.InsertAsync(row, cancellationToken).ConfigureAwait(false))
            {
                return new VerdictWriteResult(VerdictWriteOutcome.Stored);
            }

            return await ResolveExistingAsync(verdict, null, cancellationToken).ConfigureAwait(false);
        }

        try
        {
            await _table.AddEntityAsync(row, cancellationToken).ConfigureAwait(false);
            return new VerdictWriteResult(VerdictWriteOutcome.Stored);
        }
        catch (RequestFailedException ex) when (PromptVerdictEntity.IsConflict(ex))
        {
            return await ResolveExistingAsync(verdict, ex, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The id was already recorded: a replay when the decision inputs match, else a conflict.</summary>
    private async Task<VerdictWriteResult> ResolveExistingAsync(StoredPromptVerdict verdict, Exception? conflict, CancellationToken cancellationToken)
    {
        var existing = await GetAsync(verdict.VerdictId, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Verdict {verdict.VerdictId} conflicted but cannot be read.", conflict);
        var differences = verdict.Inputs.DifferencesFrom(existing.Inputs);
        return differences.Count == 0
            ? new VerdictWriteResult(VerdictWriteOutcome.Replayed, existing)
            : new VerdictWriteResult(VerdictWriteOutcome.Conflict, existing, differences);
    }

    public async Task<StoredPromptVerdict?> GetAsync(string verdictId, CancellationToken cancellationToken)
    {
        if (!VerdictIds.IsValid(verdictId))
        {
            return null;
        }

        try
        {
            var response = await _table.GetEntityIfExistsAsync<TableEntity>(VerdictIds.PartitionOf(verdictId), verdictId, cancellationToken: cancellationToken).ConfigureAwait(false);
            return response.HasValue ? PromptVerdictEntity.To(response.Value!) : null;
        }
        catch (RequestFailedException ex) when (PromptVerdictEntity.IsNotFound(ex))
        {
            return null; // the table itself does not exist yet
        }
    }

    private static bool IsTransient(Exception ex) =>
        ex is RequestFailedException { Status: 0 or 408 or 429 or >= 500 }
        or OperationCanceledException
        or TimeoutException
        or HttpRequestException
        or AggregateException;

    [LoggerMessage(Level = LogLevel.Error, Message = "Verdict {VerdictId} could not be journaled for retry; it is dropped")]
    private static partial void LogJournalFailed(ILogger logger, string verdictId, Exception ex);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Verdict {VerdictId} could not be written now ({Error}); queued for background retry")]
    private static partial void LogWriteDeferred(ILogger logger, string verdictId, string error, Exception ex);
}
