using Azure.Storage.Queues;

namespace GenScreen.Storage.Rescreen;

/// <summary>
/// Starts a fan-out: one message per partition of the verdict table (verdict ids' first two hex digits: 256), each the
/// partition's first page; every page enqueues the next (<see cref="RescreenPageHandler"/>). So a million rows become
/// ~2,000 page messages the platform processes in parallel, and no message waits on another partition.
/// </summary>
public static class RescreenFanOut
{
    public static IEnumerable<string> Partitions => Enumerable.Range(0, 256).Select(i => i.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));

    /// <returns>The run id (the ledger's partition) and the number of messages enqueued.</returns>
    public static async Task<(string Run, int Messages)> StartAsync(QueueClient pages, string verdictTable, int pageSize, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pages);
        await pages.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        var run = Guid.NewGuid().ToString("N");
        var count = 0;
        foreach (var partition in Partitions)
        {
            await pages.SendMessageAsync(new RescreenPageMessage(run, verdictTable, partition, null, pageSize).ToJson(), cancellationToken).ConfigureAwait(false);
            count++;
        }

        return (run, count);
    }
}
