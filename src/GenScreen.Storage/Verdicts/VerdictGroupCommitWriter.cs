using Azure;
using Azure.Data.Tables;

namespace GenScreen.Storage.Verdicts;

/// <summary>
/// Group commit of verdict inserts, per partition: the first insert of a partition is sent at once, alone; the
/// inserts that arrive while it is in flight are sent next as one entity group transaction (up to 100 rows, one
/// partition, all or nothing). Each caller still returns only when its own row is durable. Under load this turns
/// many small requests into few larger ones (less HTTP and authentication work on both sides); when idle it adds
/// no wait. A transaction that fails because one row already exists (409: a retried request) is redone row by
/// row, so one duplicate never fails the others; any other failure is reported to every caller of that batch.
/// </summary>
internal sealed class VerdictGroupCommitWriter(TableClient table)
{
    /// <summary>The service's limit for one entity group transaction.</summary>
    public const int MaxBatch = 100;

    private readonly Dictionary<string, PartitionQueue> _partitions = new(StringComparer.Ordinal);

    /// <summary>Inserts the row; true when written now, false when a row with its keys already existed.</summary>
    public Task<bool> InsertAsync(TableEntity row, CancellationToken cancellationToken)
    {
        var pending = new PendingInsert(row, cancellationToken);
        PartitionQueue queue;
        bool start;
        lock (_partitions)
        {
            if (!_partitions.TryGetValue(row.PartitionKey, out queue!))
            {
                queue = new PartitionQueue();
                _partitions.Add(row.PartitionKey, queue);
            }

            queue.Waiting.Add(pending);
            start = !queue.Flushing;
            queue.Flushing = true;
        }

        if (start)
        {
            _ = FlushAsync(queue);
        }

        return pending.Done.Task.WaitAsync(cancellationToken);
    }

    private async Task FlushAsync(PartitionQueue queue)
    {
        while (true)
        {
            List<PendingInsert> batch;
            lock (_partitions)
            {
                if (queue.Waiting.Count == 0)
                {
                    queue.Flushing = false;
                    return;
                }

                batch = TakeBatch(queue.Waiting);
            }

            await WriteAsync(batch).ConfigureAwait(false);
        }
    }

    /// <summary>Up to <see cref="MaxBatch"/> waiting rows, cancelled ones dropped, at most one per row key (a transaction may not touch a row twice).</summary>
    private static List<PendingInsert> TakeBatch(List<PendingInsert> waiting)
    {
        var batch = new List<PendingInsert>(Math.Min(waiting.Count, MaxBatch));
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var left = new List<PendingInsert>();
        foreach (var pending in waiting)
        {
            if (pending.CancellationToken.IsCancellationRequested)
            {
                pending.Done.TrySetCanceled(pending.CancellationToken);
            }
            else if (batch.Count < MaxBatch && keys.Add(pending.Row.RowKey))
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

            try
            {
                await table.SubmitTransactionAsync([.. batch.Select(p => new TableTransactionAction(TableTransactionActionType.Add, p.Row))], token).ConfigureAwait(false);
                foreach (var pending in batch)
                {
                    pending.Done.TrySetResult(true);
                }
            }
            catch (TableTransactionFailedException ex) when (ex.Status == 409)
            {
                // One row (or more) exists already: nothing of this batch was written; redo it row by row.
                await Task.WhenAll(batch.Select(p => InsertOneAsync(p, token))).ConfigureAwait(false);
            }
        }
        catch (Exception ex)
        {
            foreach (var pending in batch)
            {
                pending.Done.TrySetException(ex);
            }
        }
    }

    private async Task InsertOneAsync(PendingInsert pending, CancellationToken token)
    {
        try
        {
            await table.AddEntityAsync(pending.Row, token).ConfigureAwait(false);
            pending.Done.TrySetResult(true);
        }
        catch (RequestFailedException ex) when (PromptVerdictEntity.IsConflict(ex))
        {
            pending.Done.TrySetResult(false);
        }
        catch (Exception ex)
        {
            pending.Done.TrySetException(ex);
        }
    }

    private sealed class PartitionQueue
    {
        public List<PendingInsert> Waiting { get; } = [];

        public bool Flushing { get; set; }
    }

    private sealed class PendingInsert(TableEntity row, CancellationToken cancellationToken)
    {
        public TableEntity Row => row;

        public CancellationToken CancellationToken => cancellationToken;

        public TaskCompletionSource<bool> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
