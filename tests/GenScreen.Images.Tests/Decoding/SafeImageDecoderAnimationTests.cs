using GenScreen.Images.Decoding;

namespace GenScreen.Images.Tests.Decoding;

/// <summary>
/// Animated GIF and WebP: every frame decoded, correct compositing of partial frames, the frame and pixel
/// budgets (refused, never sampled), and the truncations Skia itself reports as shorter, "successful" animations.
/// </summary>
public sealed class SafeImageDecoderAnimationTests
{
    [Fact]
    public void Decode_Gif_ReturnsEveryFrameInOrder()
    {
        var result = SafeImageDecoder.Decode(DecodingFixtures.Read("animated-12.gif"), "image/gif", "a.gif", new ImageDecodeLimits(), CancellationToken.None);

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal(ImageFormat.Gif, result.DetectedFormat);
        Assert.Equal(12, result.FrameCount);
        Assert.Equal(12, result.FramesScreened);
        Assert.Equal(Enumerable.Range(0, 12), result.Frames.Select(f => f.Index));
        Assert.All(result.Frames, f => Assert.Equal(100, f.DurationMs));
    }

    [Fact]
    public void Decode_GifWithPartialFrames_CompositesEachFrameOverThePreviousOnes()
    {
        // Frames 1..11 are stored as 4x8 patches; frame i must show exactly one white bar, at x = 2i.
        var result = SafeImageDecoder.Decode(DecodingFixtures.Read("animated-12.gif"), null, null, new ImageDecodeLimits(), CancellationToken.None);

        Assert.True(result.Succeeded, result.Message);
        Assert.All(result.Frames, AssertSingleBarAtFrameIndex);
    }

    [Fact]
    public void Decode_GifWithDisposePrevious_RestoresTheCanvasBetweenFrames()
    {
        var result = SafeImageDecoder.Decode(DecodingFixtures.Read("animated-dispose-previous.gif"), null, null, new ImageDecodeLimits(), CancellationToken.None);

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal(12, result.FramesScreened);
        var first = result.Frames[0];
        for (int x = 0; x < 24; x++)
        {
            PixelAssert.Near(first, x, 4, PixelAssert.Grey, 0);
        }

        Assert.All(result.Frames.Skip(1), AssertSingleBarAtFrameIndex);
    }

    [Fact]
    public void Decode_AnimatedWebP_ReturnsEveryFrame()
    {
        var result = SafeImageDecoder.Decode(DecodingFixtures.Read("animated-3.webp"), "image/webp", "a.webp", new ImageDecodeLimits(), CancellationToken.None);

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal(ImageFormat.WebP, result.DetectedFormat);
        Assert.Equal((16, 16), (result.Width, result.Height));
        Assert.Equal((3, 3), (result.FrameCount, result.FramesScreened));
        PixelAssert.Near(result.Frames[0], 8, 8, PixelAssert.Red, 0);
        PixelAssert.Near(result.Frames[1], 8, 8, PixelAssert.Green, 0);
        PixelAssert.Near(result.Frames[2], 8, 8, PixelAssert.Blue, 0);
    }

    [Theory]
    [InlineData("animated-12.gif")] // Skia alone: 5 complete frames, Success
    [InlineData("animated-3.webp")] // Skia alone: 1 complete frame, Success
    public void Decode_AnimationCutInHalf_ReturnsTruncated(string file)
    {
        var bytes = DecodingFixtures.Read(file);

        var result = SafeImageDecoder.Decode(bytes.AsSpan(0, bytes.Length / 2), null, file, new ImageDecodeLimits(), CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Equal(DecodeFailureReason.Truncated, result.FailureReason);
        Assert.Empty(result.Frames);
        Assert.Equal(0, result.FrameCount); // unknown: the frames before the cut are not the file's frame count
    }

    [Fact]
    public void Decode_GifMissingOnlyItsTrailer_ReturnsTruncated()
    {
        var bytes = DecodingFixtures.Read("animated-12.gif");

        var result = SafeImageDecoder.Decode(bytes.AsSpan(0, bytes.Length - 1), null, null, new ImageDecodeLimits(), CancellationToken.None);

        Assert.Equal(DecodeFailureReason.Truncated, result.FailureReason);
    }

    [Fact]
    public void Decode_OneFrameMoreThanTheBudget_ReturnsTooManyFramesAndDecodesNothing()
    {
        // Refused, not sampled: an animation too long to screen completely is never screened in part.
        var result = SafeImageDecoder.Decode(DecodingFixtures.Read("animated-12.gif"), null, null, new ImageDecodeLimits { MaxFrames = 11 }, CancellationToken.None);

        Assert.Equal(DecodeFailureReason.TooManyFrames, result.FailureReason);
        Assert.Equal(12, result.FrameCount);
        Assert.Empty(result.Frames);
        Assert.Equal(0, result.FramesScreened);
    }

    [Fact]
    public void Decode_ExactlyTheFrameBudget_Succeeds()
    {
        var result = SafeImageDecoder.Decode(DecodingFixtures.Read("animated-12.gif"), null, null, new ImageDecodeLimits { MaxFrames = 12 }, CancellationToken.None);

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal(12, result.FramesScreened);
    }

    [Fact]
    public void Decode_AllFramesOverTotalPixelCap_ReturnsTooManyPixels()
    {
        // 12 frames of 24x8 = 2304 pixels.
        var limits = new ImageDecodeLimits { MaxTotalPixels = 2303 };

        var result = SafeImageDecoder.Decode(DecodingFixtures.Read("animated-12.gif"), null, null, limits, CancellationToken.None);

        Assert.Equal(DecodeFailureReason.TooManyPixels, result.FailureReason);
    }

    private static void AssertSingleBarAtFrameIndex(DecodedFrame frame)
    {
        for (int x = 0; x < 24; x++)
        {
            bool bar = x / 2 == frame.Index;
            PixelAssert.Near(frame, x, 4, bar ? PixelAssert.White : PixelAssert.Grey, 0);
        }
    }
}
