using System.Runtime.ExceptionServices;

namespace GenScreen.Images.Faces;

/// <summary>
/// Runs items 0 … count − 1 on the calling thread and up to threads − 1 pool threads, each item taken by whichever thread
/// claims it first. Unlike <c>Parallel.For</c>, the caller never waits for a pool thread that has not started yet: on a
/// loaded 2-core machine a queued pool thread can take milliseconds to be scheduled, and <c>Parallel.For</c> waited for
/// it even after the caller had run every item itself (docs/performance.md, "Session 17: two cores for the face stage").
/// Here a late helper finds nothing left and returns; the caller waits only for items a helper has already claimed.
/// </summary>
internal sealed class ClaimedItems
{
    private readonly Action<int> _body;
    private readonly int _count;
    private readonly object _gate = new();
    private int _next = -1;
    private int _unfinished;
    private ExceptionDispatchInfo? _failure;

    private ClaimedItems(int count, Action<int> body)
    {
        _count = count;
        _unfinished = count;
        _body = body;
    }

    /// <summary>
    /// Runs <paramref name="body"/> once for every item, at most <paramref name="threads"/> at once, the caller among
    /// them; returns when all have run. The first failure is rethrown as itself once every claimed item has finished.
    /// </summary>
    public static void Run(int count, int threads, Action<int> body)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        if (count == 0)
        {
            return;
        }

        var work = new ClaimedItems(count, body);
        for (var h = Math.Min(threads, count) - 1; h > 0; h--)
        {
            ThreadPool.UnsafeQueueUserWorkItem(static w => w.RunClaimed(), work, preferLocal: false);
        }

        work.RunClaimed();
        work.WaitForClaimed();
        work._failure?.Throw();
    }

    /// <summary>Claims and runs items until none is left (on the caller and on each helper).</summary>
    private void RunClaimed()
    {
        int item;
        while ((item = Interlocked.Increment(ref _next)) < _count)
        {
            try
            {
                _body(item);
            }
#pragma warning disable CA1031 // any failure of an item is the caller's, rethrown there as itself
            catch (Exception e)
#pragma warning restore CA1031
            {
                Interlocked.CompareExchange(ref _failure, ExceptionDispatchInfo.Capture(e), null);
            }

            if (Interlocked.Decrement(ref _unfinished) == 0)
            {
                lock (_gate)
                {
                    Monitor.PulseAll(_gate);
                }
            }
        }
    }

    /// <summary>
    /// Every item is claimed by now; waits for those still running on helpers: a short spin first (a helper's item
    /// usually ends within microseconds of the caller's), then blocked until the last one pulses.
    /// </summary>
    private void WaitForClaimed()
    {
        var spin = new SpinWait();
        while (Volatile.Read(ref _unfinished) > 0 && !spin.NextSpinWillYield)
        {
            spin.SpinOnce();
        }

        lock (_gate)
        {
            while (Volatile.Read(ref _unfinished) > 0)
            {
                Monitor.Wait(_gate);
            }
        }
    }
}
