using Microsoft.Extensions.Time.Testing;

namespace GenScreen.ContentSafety.Tests;

/// <summary>
/// A fake clock that also lists the timers created on it, in order. The client creates one per attempt (its
/// network timeout) and one per wait before a retry, so a test can see what the client is waiting for and move
/// time exactly that far: timeouts and Retry-After are checked in fake time, whatever the machine's load.
/// </summary>
internal sealed class TestClock : FakeTimeProvider
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly List<TimeSpan> _timers = [];

    /// <summary>Due times of the timers created so far, in creation order.</summary>
    public IReadOnlyList<TimeSpan> Timers
    {
        get
        {
            lock (_timers)
            {
                return [.. _timers];
            }
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        lock (_timers)
        {
            _timers.Add(dueTime);
        }

        return base.CreateTimer(callback, state, dueTime, period);
    }

    /// <summary>Waits (in real time, for an event that must come) until the <paramref name="number"/>th timer exists; returns its due time.</summary>
    public async Task<TimeSpan> WaitForTimerAsync(int number)
    {
        using var patience = new CancellationTokenSource(Patience);
        while (Timers.Count < number)
        {
            Assert.False(patience.IsCancellationRequested, $"timer {number} was never created; timers so far: {string.Join(", ", Timers)}");
            await Task.Delay(5, CancellationToken.None);
        }

        return Timers[number - 1];
    }
}
