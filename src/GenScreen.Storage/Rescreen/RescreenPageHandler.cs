using Azure;
using Azure.Data.Tables;
using Azure.Storage.Queues;
using GenScreen.Core.Prompts;
using GenScreen.Core.Telemetry;
using GenScreen.Storage.Verdicts;
using Microsoft.Extensions.Logging;

namespace GenScreen.Storage.Rescreen;

/// <summary>
/// Handles one page message of the queue fan-out (the Functions queue trigger is a thin adapter over this; so is
/// <see cref="RescreenQueueWorker"/>): reads the page, re-screens it with the shared <see cref="PromptVerdictRescreener"/>, and
/// enqueues the next page of the partition once (the ledger remembers, so a redelivered page does not fork the chain). A page
/// with rows that did not settle throws after that, so the queue redelivers it (rows already done are skipped as current) and,
/// after <see cref="RescreenQueueOptions.MaxDequeueCount"/> deliveries, it is in the poison queue for an operator to see.
/// </summary>
public sealed partial class RescreenPageHandler(
    TableServiceClient tables, QueueClient pages, Func<PromptScreener> screener, RescreenQueueOptions options, TimeProvider time, ILogger<RescreenPageHandler> logger)
{
    private CreateOnce? _ledgerCreated;

    public async Task<RescreenPageResult> HandleAsync(string messageText, CancellationToken cancellationToken)
    {
        var message = RescreenPageMessage.Parse(messageText);
        var history = new PromptVerdictHistoryStore(tables.GetTableClient(options.HistoryTable));
        var rescreener = new PromptVerdictRescreener(new PromptVerdictTable(tables.GetTableClient(message.Table)), history, screener(), time);
        var rows = await rescreener.Table.ReadPartitionPageAsync(message.Partition, message.After, message.PageSize, cancellationToken).ConfigureAwait(false);
        if (rows.Count == 0)
        {
            LogPartitionDone(logger, message.Run, message.Table, message.Partition);
            return new RescreenPageResult(0, 0, 0, Continued: false);
        }

        await rescreener.PrepareAsync(apply: true, cancellationToken).ConfigureAwait(false);
        var outcomes = await rescreener.RescreenPageAsync(rows, apply: true, options.Parallelism, cancellationToken).ConfigureAwait(false);
        var continued = await ContinueOnceAsync(message, rows[^1].Position.RowKey, cancellationToken).ConfigureAwait(false);
        var rescreened = outcomes.Count(o => o.Status == RescreenStatus.Rescreened);
        var unsettled = outcomes.Count(o => !o.IsSettled);
        LogPage(logger, message.Run, message.Table, message.Partition, rows.Count, rescreened, unsettled);
        if (unsettled > 0)
        {
            GenScreenMetrics.RecordFailure("rescreen", "row-unsettled");
            var first = outcomes.Select((o, i) => (o, i)).First(x => !x.o.IsSettled);
            throw new RescreenPageIncompleteException(
                $"{unsettled} of {rows.Count} rows of {message.Table}/{message.Partition} after '{message.After}' did not settle " +
                $"(first: {rows[first.i].Position.RowKey}: {first.o.Status} {first.o.Error}); the page is delivered again.");
        }

        return new RescreenPageResult(rows.Count, rescreened, unsettled, continued);
    }

    private CreateOnce LedgerCreated(TableClient ledger) => LazyInitializer.EnsureInitialized(ref _ledgerCreated, () => new CreateOnce(ledger));

    /// <summary>Enqueues the page after <paramref name="lastRowKey"/> unless an earlier delivery of this page already did.</summary>
    private async Task<bool> ContinueOnceAsync(RescreenPageMessage message, string lastRowKey, CancellationToken cancellationToken)
    {
        var ledger = tables.GetTableClient(options.LedgerTable);
        await LedgerCreated(ledger).EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var key = TableKeys.Escape($"{message.Partition}|{message.After}");
        if ((await ledger.GetEntityIfExistsAsync<TableEntity>(message.Run, key, cancellationToken: cancellationToken).ConfigureAwait(false)).HasValue)
        {
            return false;
        }

        // Enqueue first, then record: a crash in between costs one duplicate page (harmless: its rows are current), never a lost one.
        await pages.SendMessageAsync((message with { After = lastRowKey }).ToJson(), cancellationToken).ConfigureAwait(false);
        try
        {
            await ledger.AddEntityAsync(new TableEntity(message.Run, key) { ["Next"] = lastRowKey }, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            // A concurrent delivery of the same page recorded it: one duplicate page, harmless.
        }

        return true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Rescreen run {Run}: {Table}/{Partition} page of {Rows} rows, {Rescreened} rescreened, {Unsettled} unsettled")]
    private static partial void LogPage(ILogger logger, string run, string table, string partition, int rows, int rescreened, int unsettled);

    [LoggerMessage(Level = LogLevel.Information, Message = "Rescreen run {Run}: {Table}/{Partition} done")]
    private static partial void LogPartitionDone(ILogger logger, string run, string table, string partition);
}

/// <summary>What one page message did.</summary>
public sealed record RescreenPageResult(int Rows, int Rescreened, int Unsettled, bool Continued);

/// <summary>Some rows of a page did not settle: the message is delivered again (and is poison after the bounded retries).</summary>
public sealed class RescreenPageIncompleteException : Exception
{
    public RescreenPageIncompleteException()
    {
    }

    public RescreenPageIncompleteException(string message)
        : base(message)
    {
    }

    public RescreenPageIncompleteException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
