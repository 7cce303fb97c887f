using System.Security.Cryptography;
using Azure.Data.Tables;
using GenScreen.Core.Telemetry;
using GenScreen.Storage.Verdicts.Transactions;

namespace GenScreen.Storage.Verdicts;

/// <summary>
/// Group commit of verdict inserts, per partition: the first insert of a partition is sent at once, alone; the
/// inserts that arrive while it is in flight are sent next as one entity group transaction (up to 100 rows, one
/// partition, all or nothing). Each caller still returns only when its own row is durable. Under load this turns
/// many small requests into few larger ones (less HTTP and authentication work on both sides); when idle it adds
/// no wait. A transaction that fails because one row already exists (409: a retried request) is redone row by
/// row, so one duplicate never fails the others; any other failure is reported to every caller of that batch.
/// </summary>
/// <remarks>
/// <para>Batches only form when rows share a partition, and verdict ids spread rows over 256 partitions, so with
/// tens of requests in flight almost every partition queue holds one row. Random ids (requests without a
/// <c>requestId</c>) are therefore handed out by <see cref="NewRandomId"/> in <em>lanes</em>: each lane gathers
/// the ids it hands out in one partition while its previous batch is in flight, sends them as one transaction
/// when that batch returns, and moves to a fresh random partition with every batch it sends. Over time every
/// lane visits all 256 partitions uniformly, so Azure's per-partition limit (≈ 2,000 entities/s) is shared as
/// before; at any moment each lane writes one partition. Keyed ids (a retried request must find its row) keep
/// their partition and use the per-partition queues.</para>
/// <para>With a gather <em>window</em> (<c>VerdictStore:GroupCommitWindow</c>) a queue with no batch in flight does
/// not send its first row at once: it waits until <see cref="MaxBatch"/> rows are waiting or its oldest row has waited
/// the window, whichever comes first. Under load the round trip of the previous batch is usually longer than the
/// window, so it costs nothing there; it matters when a queue falls idle between round trips, which would otherwise send
/// one-row transactions. The window is the most it adds to any caller's answer, so it is bounded by the p99 budget.</para>
/// <para>A row whose id was handed out by a lane that has moved on since (the caller took a while between
/// <see cref="NewRandomId"/> and <see cref="InsertAsync"/>) is simply written through its partition's queue.</para>
/// </remarks>
internal sealed class VerdictGroupCommitWriter
{
    /// <summary>The service's limit for one entity group transaction.</summary>
    public const int MaxBatch = 100;

    private readonly ITableInserts _table;
    private readonly Dictionary<string, PartitionQueue> _partitions = new(StringComparer.Ordinal);
    private readonly Lane[] _lanes;
    private readonly TimeSpan _window;
    private readonly TimeProvider _time;
    private int _nextLane;

    /// <param name="lanes">
    /// Batches of random-id rows in flight at once (1 gathers the most rows per batch; more overlap round trips);
    /// 0 for a table whose keys are never chosen here (per-partition group commit only).
    /// </param>
    /// <param name="window">How long a queue with nothing in flight waits for more rows before sending (zero: at once).</param>
    /// <param name="time">The clock of the window (tests pass a fake one).</param>
    public VerdictGroupCommitWriter(ITableInserts table, int lanes = 0, TimeSpan window = default, TimeProvider? time = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(lanes);
        ArgumentOutOfRangeException.ThrowIfLessThan(window, TimeSpan.Zero);
        _table = table;
        _window = window;
        _time = time ?? TimeProvider.System;
        _lanes = [.. Enumerable.Range(0, lanes).Select(_ => new Lane { Partition = RandomPartition() })];
    }

    /// <summary>
    /// A new random verdict id (128 bits, the first two hex digits its partition) in the partition a lane is gathering,
    /// so concurrent verdicts share one transaction. As unguessable as <see cref="VerdictIds.NewRandom"/>: 120 random
    /// bits, and the partition digits are random too.
    /// </summary>
    public string NewRandomId()
    {
        if (_lanes.Length == 0)
        {
            throw new InvalidOperationException("This writer has no lanes: its row keys are not chosen here.");
        }

        string partition;
        lock (_partitions)
        {
            var lane = _lanes[_nextLane];
            _nextLane = (_nextLane + 1) % _lanes.Length;
            partition = lane.Partition;
        }

        return partition + RandomNumberGenerator.GetHexString(30, lowercase: true);
    }

    /// <summary>Inserts the row; true when written now, false when a row with its keys already existed.</summary>
    public Task<bool> InsertAsync(ITableRow row, CancellationToken cancellationToken)
    {
        var pending = new PendingInsert(row, _time.GetTimestamp(), cancellationToken);
        PartitionQueue queue;
        var start = false;
        lock (_partitions)
        {
            queue = Array.Find(_lanes, l => l.Partition == row.PartitionKey) ?? QueueOf(row.PartitionKey);
            queue.Waiting.Add(pending);
            if (!queue.Flushing)
            {
                if (_window == TimeSpan.Zero || queue.Waiting.Count >= MaxBatch)
                {
                    start = queue.Flushing = true;
                    queue.DisarmTimer();
                }
                else
                {
                    ArmTimer(queue, _window);
                }
            }
        }

        if (start)
        {
            _ = FlushAsync(queue);
        }

        return pending.Done.Task.WaitAsync(cancellationToken);
    }

    private PartitionQueue QueueOf(string partition)
    {
        if (!_partitions.TryGetValue(partition, out var queue))
        {
            queue = new PartitionQueue();
            _partitions.Add(partition, queue);
        }

        return queue;
    }

    private static string RandomPartition() => RandomNumberGenerator.GetHexString(2, lowercase: true);

    /// <summary>Sends the queue's rows after <paramref name="due"/> unless it is already waiting for the window (under the lock).</summary>
    private void ArmTimer(PartitionQueue queue, TimeSpan due)
    {
        queue.Timer ??= _time.CreateTimer(static state => ((Action)state!)(), (Action)(() => OnWindowElapsed(queue)), due, Timeout.InfiniteTimeSpan);
    }

    private void OnWindowElapsed(PartitionQueue queue)
    {
        lock (_partitions)
        {
            queue.DisarmTimer();
            if (queue.Flushing || queue.Waiting.Count == 0)
            {
                return;
            }

            queue.Flushing = true;
        }

        _ = FlushAsync(queue);
    }

    /// <remarks>
    /// The callers of a batch are answered only after the queue's next step is decided (the next batch taken, the window
    /// armed, or the queue marked idle), so a caller that writes again at once always finds the queue in a settled state.
    /// </remarks>
    private async Task FlushAsync(PartitionQueue queue)
    {
        List<PendingInsert>? written = null;
        while (true)
        {
            List<PendingInsert>? batch = null;
            lock (_partitions)
            {
                var waited = queue.Waiting.Count == 0 ? TimeSpan.Zero : _time.GetElapsedTime(queue.Waiting[0].EnqueuedAt);
                if (queue.Waiting.Count == 0)
                {
                    queue.Flushing = false;
                }
                else if (queue.Waiting.Count < MaxBatch && waited < _window)
                {
                    // Nothing in flight and few rows: gather until the oldest has waited the window.
                    queue.Flushing = false;
                    ArmTimer(queue, _window - waited);
                }
                else
                {
                    batch = TakeBatch(queue.Waiting);
                    if (queue is Lane lane && batch.Count > 0 && batch[0].Row.PartitionKey == lane.Partition)
                    {
                        // The ids handed out from now on gather in a fresh partition while this batch is in flight.
                        lane.Partition = RandomPartition();
                    }
                }
            }

            written?.ForEach(static p => p.Complete());
            if (batch is null)
            {
                return;
            }

            await WriteAsync(batch).ConfigureAwait(false);
            written = batch;
        }
    }

    /// <summary>
    /// Up to <see cref="MaxBatch"/> waiting rows of the first waiting row's partition (a lane's queue can hold the
    /// rest of an earlier partition), cancelled ones dropped, at most one per row key (a transaction may not touch a
    /// row twice).
    /// </summary>
    private static List<PendingInsert> TakeBatch(List<PendingInsert> waiting)
    {
        var batch = new List<PendingInsert>(Math.Min(waiting.Count, MaxBatch));
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var left = new List<PendingInsert>();
        string? partition = null;
        foreach (var pending in waiting)
        {
            if (pending.CancellationToken.IsCancellationRequested)
            {
                pending.Done.TrySetCanceled(pending.CancellationToken);
            }
            else if (batch.Count < MaxBatch && (partition ??= pending.Row.PartitionKey) == pending.Row.PartitionKey && keys.Add(pending.Row.RowKey))
            {
                batch.Add(pending);
            }
            else
            {
                left.Add(pending);
            }
        }

        waiting.Clear();
        waiting.AddRange(left);
        return batch;
    }

    private async Task WriteAsync(List<PendingInsert> batch)
    {
        if (batch.Count == 0)
        {
            return;
        }

        GenScreenMetrics.RecordTransactionRows(_table.TableName, batch.Count);

        // Bounded by the newest caller's budget (the latest deadline: budgets are equal); an older caller whose
        // budget ran out has already returned (deferred), and its row, if this still writes it, is found on retry.
        var token = batch[^1].CancellationToken;
        try
        {
            if (batch.Count == 1)
            {
                await InsertOneAsync(batch[0], token).ConfigureAwait(false);
                return;
            }

            if (await _table.InsertBatchAsync([.. batch.Select(p => p.Row)], token).ConfigureAwait(false))
            {
                foreach (var pending in batch)
                {
                    pending.Inserted = true;
                }
            }
            else
            {
                // One row (or more) exists already: nothing of this batch was written; redo it row by row.
                await Task.WhenAll(batch.Select(p => InsertOneAsync(p, token))).ConfigureAwait(false);
            }
        }
        catch (Exception ex)
        {
            foreach (var pending in batch.Where(p => p.Inserted is null))
            {
                pending.Error = ex;
            }
        }
    }

    private async Task InsertOneAsync(PendingInsert pending, CancellationToken token)
    {
        try
        {
            pending.Inserted = await _table.InsertAsync(pending.Row, token).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            pending.Error = ex;
        }
    }

    private class PartitionQueue
    {
        public List<PendingInsert> Waiting { get; } = [];

        /// <summary>A flush loop runs (a batch is in flight or about to be sent).</summary>
        public bool Flushing { get; set; }

        /// <summary>Set while the queue waits for its gather window.</summary>
        public ITimer? Timer { get; set; }

        public void DisarmTimer()
        {
            Timer?.Dispose();
            Timer = null;
        }
    }

    /// <summary>A queue whose partition changes with every batch it sends; the ids it hands out name its current one.</summary>
    private sealed class Lane : PartitionQueue
    {
        public required string Partition { get; set; }
    }

    private sealed class PendingInsert(ITableRow row, long enqueuedAt, CancellationToken cancellationToken)
    {
        public ITableRow Row => row;

        /// <summary>When it was queued, on the writer's clock (<see cref="TimeProvider.GetTimestamp"/>).</summary>
        public long EnqueuedAt => enqueuedAt;

        public CancellationToken CancellationToken => cancellationToken;

        public TaskCompletionSource<bool> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <summary>Set by the write: true written, false the row existed; answered by <see cref="Complete"/>.</summary>
        public bool? Inserted { get; set; }

        public Exception? Error { get; set; }

        public void Complete()
        {
            if (Inserted is { } inserted)
            {
                Done.TrySetResult(inserted);
            }
            else
            {
                Done.TrySetException(Error ?? new InvalidOperationException("The verdict write ended without an outcome."));
            }
        }
    }
}
