using System.Threading.Channels;

namespace GenScreen.Cli.Bulk;

/// <summary>
/// Reader → N workers → writer, with output in input order and a fixed number of batches in flight.
/// The reader queues each batch twice: on an ordered channel (whose capacity bounds memory) and on a
/// work channel the workers compete for. The writer takes batches off the ordered channel and waits for
/// each to be done, so a slow batch holds back output, never ordering.
/// </summary>
internal static class OrderedBatchPipeline
{
    public static async Task RunAsync(
        IAsyncEnumerable<LineBatch> batches,
        IReadOnlyList<Action<LineBatch>> workers,
        Func<LineBatch, CancellationToken, ValueTask> write,
        CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfZero(workers.Count);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        // Two batches per worker in flight keeps every core busy while the writer drains; more only costs memory.
        var inFlight = Channel.CreateBounded<LineBatch>(new BoundedChannelOptions(workers.Count * 2) { SingleReader = true, SingleWriter = true });
        var work = Channel.CreateUnbounded<LineBatch>(new UnboundedChannelOptions { SingleWriter = true }); // bounded by inFlight

        var reader = Task.Run(() => ReadAsync(batches, inFlight.Writer, work.Writer, stop.Token), stop.Token);
        var consumers = workers.Select(process => Task.Run(() => WorkAsync(work.Reader, process, stop.Token), stop.Token)).ToArray();
        try
        {
            await foreach (var batch in inFlight.Reader.ReadAllAsync(stop.Token).ConfigureAwait(false))
            {
                await batch.Done.Task.WaitAsync(stop.Token).ConfigureAwait(false);
                await write(batch, stop.Token).ConfigureAwait(false);
            }

            await reader.ConfigureAwait(false);
            await Task.WhenAll(consumers).ConfigureAwait(false);
        }
        catch
        {
            await stop.CancelAsync().ConfigureAwait(false);
            // Let the other stages see the cancellation and end before their buffers go away.
            await Task.WhenAll(consumers.Append(reader)).ContinueWith(static _ => { }, TaskScheduler.Default).ConfigureAwait(false);
            throw;
        }
    }

    private static async Task ReadAsync(IAsyncEnumerable<LineBatch> batches, ChannelWriter<LineBatch> inFlight, ChannelWriter<LineBatch> work, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var batch in batches.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                // Ordered channel first: its capacity is what holds the reader back.
                await inFlight.WriteAsync(batch, cancellationToken).ConfigureAwait(false);
                await work.WriteAsync(batch, cancellationToken).ConfigureAwait(false);
            }

            inFlight.Complete();
            work.Complete();
        }
        catch (Exception ex)
        {
            inFlight.TryComplete(ex);
            work.TryComplete(ex);
            throw;
        }
    }

    private static async Task WorkAsync(ChannelReader<LineBatch> work, Action<LineBatch> process, CancellationToken cancellationToken)
    {
        while (await work.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
        {
            while (work.TryRead(out var batch))
            {
                try
                {
                    process(batch);
                    batch.Done.TrySetResult();
                }
                catch (Exception ex)
                {
                    batch.Done.TrySetException(ex);
                }
                finally
                {
                    batch.ReleaseInput();
                }
            }
        }
    }
}
