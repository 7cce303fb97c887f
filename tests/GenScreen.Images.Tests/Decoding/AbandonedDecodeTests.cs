using GenScreen.Core.Images;
using GenScreen.Images.Decoding;
using GenScreen.Images.Pipeline;

namespace GenScreen.Images.Tests.Decoding;

/// <summary>
/// Decodes that outlive their budget are counted, and past the bound new ones are refused (retry later, never a
/// verdict) and the gate reports the instance saturated (what the health check turns into "unhealthy"). A native
/// call that does not return is simulated by the decoder's test stall, which nothing can interrupt.
/// </summary>
[Collection(DecodeThreadsGroup.Name)]
public sealed class AbandonedDecodeTests
{
    [Fact]
    public void Decode_AtMaxAbandonedDecodes_IsRefusedUntilTheyEnd()
    {
        var bytes = DecodingFixtures.Read("quadrants.png");
        using var stall = new ManualResetEventSlim();
        using var gate = new ImageScreeningGate(capacity: 4, maxAbandonedDecodes: 2);
        try
        {
            Assert.Equal(DecodeFailureReason.DecodeTimeout, StalledDecode(bytes, stall).FailureReason);
            Assert.Equal(DecodeFailureReason.DecodeTimeout, StalledDecode(bytes, stall).FailureReason);
            Assert.Equal(2, SafeImageDecoder.AbandonedDecodes);

            var refused = Assert.Throws<ImageScreeningUnavailableException>(() =>
                SafeImageDecoder.Decode(bytes, null, null, new ImageDecodeLimits { MaxAbandonedDecodes = 2 }, CancellationToken.None));
            Assert.Contains("2 image decode(s)", refused.Message, StringComparison.Ordinal);
            Assert.True(gate.IsSaturated);
            Assert.Throws<ImageScreeningUnavailableException>(() => gate.Enter(CancellationToken.None));
            Assert.Equal(0, gate.InUse); // refused before taking a slot
            // One more allowed stray decode: the bound, not "any stray decode", is what refuses.
            Assert.True(SafeImageDecoder.Decode(bytes, null, null, new ImageDecodeLimits { MaxAbandonedDecodes = 3 }, CancellationToken.None).Succeeded);
        }
        finally
        {
            stall.Set();
        }

        SafeImageDecoderBudgetTests.AssertAbandonedThreadsExit();
        Assert.False(gate.IsSaturated);
        Assert.True(SafeImageDecoder.Decode(bytes, null, null, new ImageDecodeLimits { MaxAbandonedDecodes = 2 }, CancellationToken.None).Succeeded);
        gate.Enter(CancellationToken.None).Dispose();
    }

    [Fact]
    public void Decode_AbandonedThread_ReportsBuffersReleasedOnlyWhenItEnds()
    {
        var bytes = DecodingFixtures.Read("quadrants.png");
        using var stall = new ManualResetEventSlim();
        using var released = new ManualResetEventSlim();
        try
        {
            var result = StalledDecode(bytes, stall, released.Set);

            Assert.Equal(DecodeFailureReason.DecodeTimeout, result.FailureReason);
            Assert.False(released.IsSet); // the caller has returned, the thread still holds its buffers
        }
        finally
        {
            stall.Set();
        }

        Assert.True(released.Wait(TimeSpan.FromSeconds(30)));
        SafeImageDecoderBudgetTests.AssertAbandonedThreadsExit();
    }

    [Fact]
    public void Gate_DecodeOutlivesItsScreening_KeepsTheSlotUntilTheThreadEnds()
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
                StalledDecode(bytes, stall, () =>
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

        Assert.True(threadEnded.Wait(TimeSpan.FromSeconds(30)));
        Assert.Equal(0, gate.InUse);
        SafeImageDecoderBudgetTests.AssertAbandonedThreadsExit();
    }

    /// <summary>A decode whose thread blocks until <paramref name="stall"/> is set; the caller gives up after 1 ms.</summary>
    private static ImageDecodeResult StalledDecode(byte[] bytes, ManualResetEventSlim stall, Action? released = null) =>
        SafeImageDecoder.Decode(
            bytes,
            null,
            null,
            new ImageDecodeLimits { MaxDecodeTime = TimeSpan.FromMilliseconds(1), MaxAbandonedDecodes = 100, DecodeThreadStallForTests = stall.Wait },
            new FrameCollector(),
            CancellationToken.None,
            released);
}
