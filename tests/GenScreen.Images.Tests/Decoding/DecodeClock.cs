using GenScreen.Images.Decoding;
using Microsoft.Extensions.Time.Testing;

namespace GenScreen.Images.Tests.Decoding;

/// <summary>
/// A fake clock for the decode budget that also reports the decode thread's reads of it. The decode thread reads
/// the clock at each of its checks (after the container walk, after the header, before every frame and every 64
/// rows) and once more to stamp its result, so a test can act at an exact stage of a decode — cancel there, or
/// hold the thread there as a native call that will not return — and move time itself, with no race against the
/// machine's speed.
/// </summary>
internal sealed class DecodeClock : FakeTimeProvider
{
    private int _decodeThreadReads;

    /// <summary>Set once a timer exists on this clock: the caller's budget timer, which only then can be made to fire.</summary>
    public ManualResetEventSlim TimerCreated { get; } = new();

    /// <summary>Runs on the decode thread at each of its clock reads, with the read's number (from 1).</summary>
    public Action<int>? OnDecodeThreadRead { get; init; }

    public int DecodeThreadReads => Volatile.Read(ref _decodeThreadReads);

    /// <summary>A clock that holds the decode thread at its first read (its first check) until <paramref name="release"/> is set.</summary>
    public static DecodeClock HoldingFirstCheck(ManualResetEventSlim held, ManualResetEventSlim release) => new()
    {
        OnDecodeThreadRead = read =>
        {
            if (read == 1)
            {
                held.Set();
                release.Wait();
            }
        },
    };

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        TimerCreated.Set();
        return timer;
    }

    public override long GetTimestamp()
    {
        if (Thread.CurrentThread.Name == DecodeJob.ThreadName)
        {
            var read = Interlocked.Increment(ref _decodeThreadReads);
            OnDecodeThreadRead?.Invoke(read);
        }

        return base.GetTimestamp();
    }
}
