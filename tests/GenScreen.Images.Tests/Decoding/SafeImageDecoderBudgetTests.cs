using System.Diagnostics;
using GenScreen.Images.Decoding;
using SkiaSharp;

namespace GenScreen.Images.Tests.Decoding;

/// <summary>
/// Time budget and cancellation. In the <see cref="DecodeThreadsGroup"/>: they leave decode threads running
/// in the background and read the process-wide count of them.
/// </summary>
[Collection(DecodeThreadsGroup.Name)]
public sealed class SafeImageDecoderBudgetTests
{
    // 16 MP JPEG: decoding it takes well over 100 ms on any machine this runs on, so a 1 ms cancel or a 20 ms
    // budget always lands inside the native decode, not before or after it.
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
    public void Decode_TokenCancelledDuringDecode_ThrowsOperationCanceledAndThreadExits()
    {
        var bytes = LargeJpeg.Value;
        using var cts = new CancellationTokenSource();
        cts.CancelAfter(TimeSpan.FromMilliseconds(1));

        Assert.ThrowsAny<OperationCanceledException>(() =>
            SafeImageDecoder.Decode(bytes, "image/jpeg", "big.jpg", new ImageDecodeLimits(), cts.Token));

        AssertAbandonedThreadsExit();
    }

    [Fact]
    public void Decode_TokenCancelledAtManyMoments_NeverReturnsAFailureVerdict()
    {
        // Whichever side sees the cancellation first (the waiting caller or the decode thread at a checkpoint),
        // the outcome is a completed decode or OperationCanceledException, never "decode-timeout" or another
        // failure that a pipeline would record as a verdict about the image.
        var bytes = DecodingFixtures.Read("animated-12.gif");
        // Cancelled decodes are abandoned until they reach a checkpoint; several may be in flight at once here.
        var limits = new ImageDecodeLimits { MaxFrames = 12, MaxAbandonedDecodes = 1_000 };
        for (int i = 0; i < 400; i++)
        {
            using var cts = new CancellationTokenSource();
            cts.CancelAfter(TimeSpan.FromTicks(i * 250)); // 0 to 10 ms, across every stage of a ~1 ms decode
            try
            {
                var result = SafeImageDecoder.Decode(bytes, null, null, limits, cts.Token);
                Assert.True(result.Succeeded, $"iteration {i}: {result.FailureReason} {result.Message}");
            }
            catch (OperationCanceledException)
            {
                // expected for the early moments
            }
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
    public void Decode_SlowerThanBudget_ReturnsDecodeTimeoutAndThreadExits()
    {
        var bytes = LargeJpeg.Value;
        var limits = new ImageDecodeLimits { MaxDecodeTime = TimeSpan.FromMilliseconds(20) };

        var result = SafeImageDecoder.Decode(bytes, "image/jpeg", "big.jpg", limits, CancellationToken.None);

        Assert.Equal(DecodeFailureReason.DecodeTimeout, result.FailureReason);
        Assert.Empty(result.Frames);
        Assert.Equal(ImageFormat.Jpeg, result.DetectedFormat);
        AssertAbandonedThreadsExit();
    }

    [Fact]
    public void Decode_BudgetOfOneTick_ReturnsDecodeTimeout()
    {
        var limits = new ImageDecodeLimits { MaxDecodeTime = TimeSpan.FromTicks(1) };

        var result = SafeImageDecoder.Decode(DecodingFixtures.Read("quadrants.png"), null, null, limits, CancellationToken.None);

        Assert.Equal(DecodeFailureReason.DecodeTimeout, result.FailureReason);
        AssertAbandonedThreadsExit();
    }

    [Fact]
    public void Decode_LargeJpegWithinBudget_Succeeds()
    {
        // Control for the timeout tests: the same file does decode when given the default budget.
        var result = SafeImageDecoder.Decode(LargeJpeg.Value, null, null, new ImageDecodeLimits(), CancellationToken.None);

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal((4000, 4000), (result.Width, result.Height));
    }

    internal static void AssertAbandonedThreadsExit()
    {
        // The native call cannot be interrupted, but it must end and release its thread soon after.
        var stopwatch = Stopwatch.StartNew();
        while (SafeImageDecoder.AbandonedDecodes > 0 && stopwatch.Elapsed < TimeSpan.FromSeconds(30))
        {
            Thread.Sleep(10);
        }

        Assert.Equal(0, SafeImageDecoder.AbandonedDecodes);
    }
}
