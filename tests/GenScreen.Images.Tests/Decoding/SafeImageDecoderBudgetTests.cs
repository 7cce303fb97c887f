using GenScreen.Images.Decoding;
using SkiaSharp;

namespace GenScreen.Images.Tests.Decoding;

/// <summary>
/// Time budget and cancellation, on a fake clock (<see cref="DecodeClock"/>): each test decides at which check of
/// the decode the token is cancelled or the budget runs out, so no outcome depends on how fast the machine is.
/// In the <see cref="DecodeThreadsGroup"/>: they leave decode threads running in the background and read the
/// process-wide count of them.
/// </summary>
[Collection(DecodeThreadsGroup.Name)]
public sealed class SafeImageDecoderBudgetTests
{
    // Real-time patience for events that must come (a thread reaching a check, a stray thread exiting); never a
    // measure of how long something took.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    // 16 MP JPEG: a real multi-frame-sized decode for the timeout tests (which hold it at a check rather than
    // counting on it being slow).
    private static readonly Lazy<byte[]> LargeJpeg = new(() =>
    {
        using var bitmap = new SKBitmap(4000, 4000);
        using (var canvas = new SKCanvas(bitmap))
        using (var paint = new SKPaint())
        {
            paint.Shader = SKShader.CreateLinearGradient(
                new SKPoint(0, 0), new SKPoint(4000, 4000), [SKColors.Red, SKColors.Blue], SKShaderTileMode.Clamp);
            canvas.DrawRect(0, 0, 4000, 4000, paint);
        }

        using var data = bitmap.Encode(SKEncodedImageFormat.Jpeg, 90);
        return data.ToArray();
    });

    [Fact]
    public async Task Decode_TokenCancelledDuringDecode_ThrowsOperationCanceledAndThreadExits()
    {
        var bytes = LargeJpeg.Value;
        using var hold = new HeldDecode(); // its clock is never moved: the budget cannot run out
        using var cts = new CancellationTokenSource();

        var decode = Task.Run(() => SafeImageDecoder.Decode(bytes, "image/jpeg", "big.jpg", new ImageDecodeLimits(), hold.Clock, cts.Token));
        hold.WaitUntilHeld();
        await cts.CancelAsync(); // while the decode thread is busy, as in a long native call

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => decode.WaitAsync(Patience));
        hold.Release();
        AssertAbandonedThreadsExit();
    }

    [Fact]
    public void Decode_TokenCancelledAtEveryCheck_NeverReturnsAFailureVerdict()
    {
        // Whichever side sees the cancellation first (the waiting caller or the decode thread at a checkpoint),
        // the outcome is a completed decode or OperationCanceledException, never "decode-timeout" or another
        // failure that a pipeline would record as a verdict about the image. The token is cancelled from the
        // decode thread at each of its clock reads in turn: every stage of the decode, from the first check to
        // the last frame and the result being stamped.
        var bytes = DecodingFixtures.Read("animated-12.gif");
        // Each cancelled decode is abandoned until its thread reaches its next check, which may be after the next
        // iteration has started: allow that many strays, so none is refused for the count the others leave.
        var limits = new ImageDecodeLimits { MaxFrames = 12, MaxAbandonedDecodes = 1_000 };
        var counting = new DecodeClock();
        var uncancelled = SafeImageDecoder.Decode(bytes, null, null, limits, counting, CancellationToken.None);
        Assert.True(uncancelled.Succeeded, uncancelled.Message);
        Assert.Equal(12, uncancelled.Frames.Count);
        var reads = counting.DecodeThreadReads;
        Assert.True(reads > 12, $"expected a check per frame, saw {reads} clock reads");

        for (var cancelAt = 1; cancelAt <= reads; cancelAt++)
        {
            using var cts = new CancellationTokenSource();
            var at = cancelAt;
            var clock = new DecodeClock { OnDecodeThreadRead = read => { if (read == at) cts.Cancel(); } };

            var outcome = Record.Exception(() => SafeImageDecoder.Decode(bytes, null, null, limits, clock, cts.Token));

            // Cancelled before the decode thread handed its result over, so the caller must report cancellation.
            Assert.True(outcome is OperationCanceledException, $"cancelled at clock read {at} of {reads}: {outcome?.ToString() ?? "returned a result"}");
            Assert.True(clock.DecodeThreadReads >= at, $"cancelled at clock read {at}, but the decode thread stopped at {clock.DecodeThreadReads}");
        }

        AssertAbandonedThreadsExit();
    }

    [Fact]
    public void Decode_TokenAlreadyCancelled_ThrowsOperationCanceled()
    {
        var bytes = DecodingFixtures.Read("quadrants.png");

        Assert.ThrowsAny<OperationCanceledException>(() =>
            SafeImageDecoder.Decode(bytes, null, null, new ImageDecodeLimits(), new CancellationToken(canceled: true)));
    }

    [Fact]
    public async Task Decode_SlowerThanBudget_ReturnsDecodeTimeoutAndThreadExits()
    {
        // The decode thread is held at its first check (a native call that does not return) while the test moves
        // the budget's clock past 20 ms: the caller must return decode-timeout on time and leave the thread behind.
        var limits = new ImageDecodeLimits { MaxDecodeTime = TimeSpan.FromMilliseconds(20) };
        using var hold = new HeldDecode();
        var clock = hold.Clock;

        var decode = Task.Run(() => SafeImageDecoder.Decode(LargeJpeg.Value, "image/jpeg", "big.jpg", limits, clock, CancellationToken.None));
        hold.WaitUntilHeld();
        Assert.True(clock.TimerCreated.Wait(Patience), "the caller never started its budget timer");
        Assert.False(decode.IsCompleted, "returned before the budget was spent");
        clock.Advance(TimeSpan.FromMilliseconds(20));
        var result = await decode.WaitAsync(Patience);

        Assert.Equal(DecodeFailureReason.DecodeTimeout, result.FailureReason);
        Assert.Empty(result.Frames);
        Assert.Equal(ImageFormat.Jpeg, result.DetectedFormat);
        Assert.True(SafeImageDecoder.AbandonedDecodes >= 1, "the stuck decode thread is not counted as abandoned");
        hold.Release();
        AssertAbandonedThreadsExit();
    }

    [Fact]
    public async Task Decode_BudgetOfOneTick_ReturnsDecodeTimeout()
    {
        var limits = new ImageDecodeLimits { MaxDecodeTime = TimeSpan.FromTicks(1) };
        using var hold = new HeldDecode();
        var clock = hold.Clock;

        var decode = Task.Run(() => SafeImageDecoder.Decode(DecodingFixtures.Read("quadrants.png"), null, null, limits, clock, CancellationToken.None));
        hold.WaitUntilHeld();
        Assert.True(clock.TimerCreated.Wait(Patience), "the caller never started its budget timer");
        clock.Advance(TimeSpan.FromTicks(1)); // one tick is enough: the budget is not rounded up to a millisecond
        var result = await decode.WaitAsync(Patience);

        Assert.Equal(DecodeFailureReason.DecodeTimeout, result.FailureReason);
        hold.Release();
        AssertAbandonedThreadsExit();
    }

    [Fact]
    public void Decode_SinkSpendsTheBudget_ReturnsDecodeTimeoutAndNoFrameAfterIt()
    {
        // The frame sink's work (the screener classifying each frame) counts against the budget: here the sink
        // "takes" longer than the whole budget on frame 3, and the decode stops there with decode-timeout.
        var limits = new ImageDecodeLimits { MaxDecodeTime = TimeSpan.FromSeconds(10) };
        var clock = new DecodeClock();
        var seen = new List<int>();
        var sink = new CallbackSink(frame =>
        {
            seen.Add(frame.Index);
            if (frame.Index == 3)
            {
                clock.Advance(limits.MaxDecodeTime + TimeSpan.FromSeconds(1));
            }
        });

        var result = SafeImageDecoder.Decode(DecodingFixtures.Read("animated-12.gif"), null, null, limits, sink, clock, CancellationToken.None);

        Assert.Equal(DecodeFailureReason.DecodeTimeout, result.FailureReason);
        AssertAbandonedThreadsExit(); // the decode thread has ended: no frame can still be delivered
        Assert.Equal([0, 1, 2, 3], seen);
    }

    [Fact]
    public void Decode_LargeJpegWithinBudget_Succeeds()
    {
        // Control for the timeout tests: the same file does decode when given the default budget (on a clock that
        // does not move, so a loaded machine cannot turn this into a timeout).
        var result = SafeImageDecoder.Decode(LargeJpeg.Value, null, null, new ImageDecodeLimits(), new DecodeClock(), CancellationToken.None);

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal((4000, 4000), (result.Width, result.Height));
    }

    /// <summary>
    /// A decode thread held at its first check (like a native call that does not return) until released; disposing
    /// releases it too, so a failed assertion never leaves it stuck for the tests after.
    /// </summary>
    private sealed class HeldDecode : IDisposable
    {
        private readonly ManualResetEventSlim _held = new();
        private readonly ManualResetEventSlim _release = new();

        public HeldDecode() => Clock = DecodeClock.HoldingFirstCheck(_held, _release);

        public DecodeClock Clock { get; }

        public void WaitUntilHeld() => Assert.True(_held.Wait(Patience), "the decode thread never reached its first check");

        public void Release() => _release.Set();

        // The events are left to the GC: the released decode thread may still be returning from its wait.
        public void Dispose() => _release.Set();
    }

    private sealed class CallbackSink(Action<DecodedFrame> onFrame) : IFrameSink
    {
        public bool Accept(DecodedFrame frame)
        {
            onFrame(frame);
            return false;
        }
    }

    internal static void AssertAbandonedThreadsExit()
    {
        // The native call cannot be interrupted, but it must end and release its thread soon after.
        using var patience = new CancellationTokenSource(Patience);
        while (SafeImageDecoder.AbandonedDecodes > 0 && !patience.IsCancellationRequested)
        {
            Thread.Sleep(10);
        }

        Assert.Equal(0, SafeImageDecoder.AbandonedDecodes);
    }
}
