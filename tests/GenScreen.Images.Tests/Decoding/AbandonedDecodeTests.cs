using GenScreen.Core.Images;
using GenScreen.Images.Decoding;
using GenScreen.Images.Pipeline;

namespace GenScreen.Images.Tests.Decoding;

/// <summary>
/// Decodes that outlive their budget are counted, and past the bound new ones are refused (retry later, never a
/// verdict) and the gate reports the instance saturated (what the health check turns into "unhealthy"). A native
/// call that does not return is simulated by the decoder's test stall, which nothing can interrupt; the caller
/// gives up when the test moves the budget's fake clock (<see cref="DecodeClock"/>) past it. The decodes that must
/// succeed run on a clock that never moves, so a loaded machine cannot turn them into timeouts.
/// </summary>
[Collection(DecodeThreadsGroup.Name)]
public sealed class AbandonedDecodeTests
{
    // Real-time patience for events that must come (a timer being created, a stray thread exiting).
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Decode_AtMaxAbandonedDecodes_IsRefusedUntilTheyEnd()
    {
        var bytes = DecodingFixtures.Read("quadrants.png");
        using var stall = new ManualResetEventSlim();
        using var gate = new ImageScreeningGate(capacity: 4, maxAbandonedDecodes: 2);
        try
        {
            Assert.Equal(DecodeFailureReason.DecodeTimeout, (await StalledDecodeAsync(bytes, stall)).FailureReason);
            Assert.Equal(DecodeFailureReason.DecodeTimeout, (await StalledDecodeAsync(bytes, stall)).FailureReason);
            Assert.Equal(2, SafeImageDecoder.AbandonedDecodes);

            var refused = Assert.Throws<ImageScreeningUnavailableException>(() =>
                SafeImageDecoder.Decode(bytes, null, null, new ImageDecodeLimits { MaxAbandonedDecodes = 2 }, new DecodeClock(), CancellationToken.None));
            Assert.Contains("2 image decode(s)", refused.Message, StringComparison.Ordinal);
            Assert.True(gate.IsSaturated);
            Assert.Throws<ImageScreeningUnavailableException>(() => gate.Enter(CancellationToken.None));
            Assert.Equal(0, gate.InUse); // refused before taking a slot
            // One more allowed stray decode: the bound, not "any stray decode", is what refuses.
            Assert.True(SafeImageDecoder.Decode(bytes, null, null, new ImageDecodeLimits { MaxAbandonedDecodes = 3 }, new DecodeClock(), CancellationToken.None).Succeeded);
        }
        finally
        {
            stall.Set();
        }

        SafeImageDecoderBudgetTests.AssertAbandonedThreadsExit();
        Assert.False(gate.IsSaturated);
        Assert.True(SafeImageDecoder.Decode(bytes, null, null, new ImageDecodeLimits { MaxAbandonedDecodes = 2 }, new DecodeClock(), CancellationToken.None).Succeeded);
        gate.Enter(CancellationToken.None).Dispose();
    }

    [Fact]
    public async Task Decode_AbandonedThread_ReportsBuffersReleasedOnlyWhenItEnds()
    {
        var bytes = DecodingFixtures.Read("quadrants.png");
        using var stall = new ManualResetEventSlim();
        using var released = new ManualResetEventSlim();
        try
        {
            var result = await StalledDecodeAsync(bytes, stall, released.Set);

            Assert.Equal(DecodeFailureReason.DecodeTimeout, result.FailureReason);
            Assert.False(released.IsSet); // the caller has returned, the thread still holds its buffers
        }
        finally
        {
            stall.Set();
        }

        Assert.True(released.Wait(Patience));
        SafeImageDecoderBudgetTests.AssertAbandonedThreadsExit();
    }

    [Fact]
    public async Task Gate_DecodeOutlivesItsScreening_KeepsTheSlotUntilTheThreadEnds()
    {
        var bytes = DecodingFixtures.Read("quadrants.png");
        using var stall = new ManualResetEventSlim();
        using var gate = new ImageScreeningGate(capacity: 2, maxAbandonedDecodes: 2);
        using var threadEnded = new ManualResetEventSlim();
        try
        {
            using (var permit = gate.Enter(CancellationToken.None))
            {
                var hold = permit.Hold();
                await StalledDecodeAsync(bytes, stall, () =>
                {
                    hold();
                    threadEnded.Set();
                });
            }

            Assert.Equal(1, gate.InUse); // the screening is over; its decode is not
        }
        finally
        {
            stall.Set();
        }

        Assert.True(threadEnded.Wait(Patience));
        Assert.True(SpinWait.SpinUntil(() => gate.InUse == 0, Patience), "the abandoned decode's slot was never released");
        SafeImageDecoderBudgetTests.AssertAbandonedThreadsExit();
    }

    /// <summary>
    /// A decode whose thread blocks until <paramref name="stall"/> is set; the caller gives up when the test moves the
    /// budget's clock past it, which is the only way this decode can end before the stall is released.
    /// </summary>
    private static async Task<ImageDecodeResult> StalledDecodeAsync(byte[] bytes, ManualResetEventSlim stall, Action? released = null)
    {
        var limits = new ImageDecodeLimits { MaxAbandonedDecodes = 100, DecodeThreadStallForTests = stall.Wait };
        var clock = new DecodeClock();
        var decode = Task.Run(() => SafeImageDecoder.Decode(bytes, null, null, limits, new FrameCollector(), clock, CancellationToken.None, released));
        Assert.True(clock.TimerCreated.Wait(Patience), "the caller never started its budget timer");
        Assert.False(decode.IsCompleted, "the stalled decode returned before its budget was spent");
        clock.Advance(limits.MaxDecodeTime);
        return await decode.WaitAsync(Patience);
    }
}
