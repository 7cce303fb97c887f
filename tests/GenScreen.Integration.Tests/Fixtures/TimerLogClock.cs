using Microsoft.Extensions.Time.Testing;

namespace GenScreen.Integration.Tests.Fixtures;

/// <summary>A fake clock that lists the timers created on it, so a test can see what the code is waiting for and move time exactly that far.</summary>
public sealed class TimerLogClock : FakeTimeProvider
{
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

    /// <summary>Waits until the <paramref name="number"/>th timer exists (it must come); returns its due time.</summary>
    public async Task<TimeSpan> WaitForTimerAsync(int number)
    {
        var timers = await Eventually.GetAsync(() => Task.FromResult(Timers.Count >= number ? Timers : null), $"timer {number}");
        return timers[number - 1];
    }
}
