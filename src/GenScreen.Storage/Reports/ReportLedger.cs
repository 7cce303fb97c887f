using Azure;
using Azure.Data.Tables;
using Azure.Storage.Queues;
using GenScreen.Storage.Verdicts;

namespace GenScreen.Storage.Reports;

/// <summary>
/// The report ledger (a table, one row per reportable verdict: PartitionKey = the id's first two hex digits,
/// RowKey = the verdict id) and the <c>reports</c> queue it feeds. Screening is at-least-once (a blob delivered
/// twice, a request retried), so the ledger row is the send receipt: a message is sent only by the delivery that
/// finds no row, or a row not yet marked queued (a crash between insert and send). Two deliveries racing through
/// that gap can both send, and Queue storage itself delivers at least once, so consumers still dedupe by verdict id.
/// </summary>
public sealed class ReportLedger
{
    private readonly TableClient _table;
    private readonly QueueClient _queue;
    private readonly TimeProvider _time;
    private readonly CreateOnce _tableCreated;
    private readonly CreateOnce _queueCreated;

    public ReportLedger(TableClient table, QueueClient queue, TimeProvider time)
    {
        _table = table;
        _queue = queue;
        _time = time;
        _tableCreated = new CreateOnce(table);
        _queueCreated = new CreateOnce(async ct => await queue.CreateIfNotExistsAsync(cancellationToken: ct).ConfigureAwait(false));
    }

    public string QueueName => _queue.Name;

    /// <summary>Puts <paramref name="message"/> on the queue unless this verdict was queued before.</summary>
    /// <remarks>
    /// The ledger row is inserted first, without reading: the first delivery of a verdict (the common case) costs one
    /// insert, the send and the update, not a read besides. Only when the insert finds a row is it read: marked queued
    /// means done; not marked means a delivery stopped between insert and send (or is racing through that gap right now)
    /// and this one sends, as the read-first order did.
    /// </remarks>
    public async Task<ReportQueueOutcome> EnsureQueuedAsync(ReportMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        await _tableCreated.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await _table.AddEntityAsync(new TableEntity(PartitionOf(message.VerdictId), message.VerdictId) { ["Kind"] = message.Kind }, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            var existing = await ReadAsync(message.VerdictId, cancellationToken).ConfigureAwait(false);
            if (existing is null or { QueuedAt: not null })
            {
                // Queued before (or the row was removed since: nothing to repair from here).
                return ReportQueueOutcome.AlreadyQueued;
            }
        }

        await _queueCreated.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var sent = await _queue.SendMessageAsync(message.ToJson(), cancellationToken).ConfigureAwait(false);
        await _table.UpdateEntityAsync(
            new TableEntity(PartitionOf(message.VerdictId), message.VerdictId) { ["QueuedAt"] = _time.GetUtcNow(), ["MessageId"] = sent.Value.MessageId },
            ETag.All, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
        return ReportQueueOutcome.Queued;
    }

    /// <summary>The ledger row of a verdict; null when it was never queued (or is not reportable).</summary>
    public async Task<ReportLedgerEntry?> GetAsync(string verdictId, CancellationToken cancellationToken)
    {
        if (!VerdictIds.IsValid(verdictId))
        {
            return null;
        }

        try
        {
            return await ReadAsync(verdictId, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null; // no ledger table yet: nothing was ever queued
        }
    }

    /// <summary>
    /// Records that a person filed the report (who, the report's reference, a note). The row is created when the
    /// queue send never happened (queue down at screening time). A second call keeps the first filing and returns it.
    /// </summary>
    public async Task<(ReportLedgerEntry Entry, bool AlreadyReported)> MarkReportedAsync(string verdictId, string kind, string reportedBy, string? reference, string? note, CancellationToken cancellationToken)
    {
        await _tableCreated.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        for (var attempt = 0; ; attempt++)
        {
            var response = await _table.GetEntityIfExistsAsync<TableEntity>(PartitionOf(verdictId), verdictId, cancellationToken: cancellationToken).ConfigureAwait(false);
            if (response.HasValue && Read(response.Value!) is { IsReported: true } done)
            {
                return (done, true);
            }

            var entity = response.HasValue ? response.Value! : new TableEntity(PartitionOf(verdictId), verdictId) { ["Kind"] = kind };
            entity["ReportedAt"] = _time.GetUtcNow();
            entity["ReportedBy"] = reportedBy;
            entity["Reference"] = reference;
            entity["Note"] = note;
            try
            {
                if (response.HasValue)
                {
                    await _table.UpdateEntityAsync(entity, entity.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await _table.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
                }

                return (Read(entity), false);
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412 && attempt < 3)
            {
                // queued or marked concurrently: read again
            }
        }
    }

    private async Task<ReportLedgerEntry?> ReadAsync(string verdictId, CancellationToken cancellationToken)
    {
        var response = await _table.GetEntityIfExistsAsync<TableEntity>(PartitionOf(verdictId), verdictId, cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue ? Read(response.Value!) : null;
    }

    private static ReportLedgerEntry Read(TableEntity e) => new(
        e.RowKey, e.GetString("Kind") ?? "", e.GetDateTimeOffset("QueuedAt"), e.GetString("MessageId"),
        e.GetDateTimeOffset("ReportedAt"), e.GetString("ReportedBy"), e.GetString("Reference"), e.GetString("Note"));

    private static string PartitionOf(string verdictId) => verdictId[..2];
}
