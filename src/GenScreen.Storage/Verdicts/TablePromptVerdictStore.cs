using System.Diagnostics;
using Azure;
using Azure.Data.Tables;
using GenScreen.Core.Telemetry;
using GenScreen.Core.Verdicts;
using GenScreen.Storage.Review;
using GenScreen.Storage.Verdicts.Transactions;
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
    private readonly ReviewIndexStore? _reviewIndex;
    private readonly VerdictGroupCommitWriter? _writer;
    private readonly ITableInserts _inserts;

    /// <param name="reviewIndex">Where review and block verdicts are indexed for the moderators' queue (null: not indexed).</param>
    /// <param name="time">The clock of the group-commit window (default: the system clock).</param>
    /// <param name="writers">Who sends the inserts (<c>VerdictStore:TableWriter</c>, chosen by the host; default: the Azure SDK).</param>
    public TablePromptVerdictStore(TableServiceClient service, IOptions<VerdictStoreOptions> options, VerdictRetryBacklog retries, ILogger<TablePromptVerdictStore> logger, ReviewIndexStore? reviewIndex = null, TimeProvider? time = null, TableWriters? writers = null)
    {
        _reviewIndex = reviewIndex;
        _options = options.Value;
        _table = service.GetTableClient(_options.TableName);
        _retries = retries;
        _logger = logger;
        _initializer = new CreateOnce(_table);
        _inserts = (writers ?? TableWriters.Sdk).For(_table);
        _writer = _options.GroupCommit ? new VerdictGroupCommitWriter(_inserts, _options.GroupCommitLanes, _options.GroupCommitWindow, time) : null;
    }

    /// <summary>With group commit, an id in the partition a write lane is gathering (see <see cref="VerdictGroupCommitWriter"/>).</summary>
    public string NewVerdictId() => _writer?.NewRandomId() ?? VerdictIds.NewRandom();

    public async Task<VerdictWriteResult> SaveAsync(StoredPromptVerdict verdict, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(_options.WriteTimeout);
        try
        {
            return await InsertAsync(verdict, budget.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (IsTransient(ex) && !cancellationToken.IsCancellationRequested)
        {
            LogWriteDeferred(_logger, verdict.VerdictId, ex.GetType().Name, ex);
            VerdictWriteOutcome outcome;
            try
            {
                outcome = _retries.TryEnqueue(verdict) ? VerdictWriteOutcome.Deferred : VerdictWriteOutcome.Dropped;
            }
            catch (IOException journalError)
            {
                // The disk refused the journal record (full, read-only): the caller must not be told "deferred".
                LogJournalFailed(_logger, verdict.VerdictId, journalError);
                outcome = VerdictWriteOutcome.Dropped;
            }

            GenScreenMetrics.RecordFailure(GenScreenMetrics.Stages.StorageWrite, outcome == VerdictWriteOutcome.Deferred ? "deferred" : "dropped");
            return new VerdictWriteResult(outcome);
        }
        finally
        {
            GenScreenMetrics.RecordStage(GenScreenMetrics.Stages.StorageWrite, Stopwatch.GetElapsedTime(started).TotalMilliseconds, "prompt");
        }
    }

    /// <summary>Insert, or resolve the existing row when the id was already recorded.</summary>
    internal async Task<VerdictWriteResult> InsertAsync(StoredPromptVerdict verdict, CancellationToken cancellationToken)
    {
        await _initializer.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var row = new PromptVerdictInsertRow(verdict);
        if (_writer is not null)
        {
            if (await _writer.InsertAsync(row, cancellationToken).ConfigureAwait(false))
            {
                await IndexForReviewAsync(verdict, cancellationToken).ConfigureAwait(false);
                return new VerdictWriteResult(VerdictWriteOutcome.Stored);
            }

            return await ResolveExistingAsync(verdict, cancellationToken).ConfigureAwait(false);
        }

        if (await _inserts.InsertAsync(row, cancellationToken).ConfigureAwait(false))
        {
            await IndexForReviewAsync(verdict, cancellationToken).ConfigureAwait(false);
            return new VerdictWriteResult(VerdictWriteOutcome.Stored);
        }

        return await ResolveExistingAsync(verdict, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The id was already recorded: a replay when the decision inputs match, else a conflict.</summary>
    private async Task<VerdictWriteResult> ResolveExistingAsync(StoredPromptVerdict verdict, CancellationToken cancellationToken)
    {
        var existing = await GetAsync(verdict.VerdictId, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Verdict {verdict.VerdictId} conflicted but cannot be read.");
        var differences = verdict.Inputs.DifferencesFrom(existing.Inputs);
        if (differences.Count > 0)
        {
            return new VerdictWriteResult(VerdictWriteOutcome.Conflict, existing, differences);
        }

        // A retry after a write that stored the row but failed before its index row: the index row is written now.
        await IndexForReviewAsync(existing, cancellationToken).ConfigureAwait(false);
        return new VerdictWriteResult(VerdictWriteOutcome.Replayed, existing);
    }

    /// <summary>Review and block verdicts get an index row (idempotent), so moderators can list them by day without a scan.</summary>
    private Task IndexForReviewAsync(StoredPromptVerdict verdict, CancellationToken cancellationToken) =>
        _reviewIndex is null || verdict.Verdict.Decision == Decision.Allow
            ? Task.CompletedTask
            : _reviewIndex.AddAsync(new ReviewIndexEntry(ReviewNames.Prompt, verdict.VerdictId, verdict.Verdict.Decision, verdict.Verdict.Policy, verdict.UserId,
                verdict.ScreenedAt, [.. verdict.Verdict.Categories.Where(c => c.Severity > 0).Select(c => c.Category)]), cancellationToken);

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
