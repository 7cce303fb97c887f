using GenScreen.Images.Decoding;

namespace GenScreen.Images.Tests.Decoding;

/// <summary>Every accepted format and pixel layout decodes to the right size and the right RGB values.</summary>
public sealed class SafeImageDecoderFormatTests
{
    [Theory]
    [InlineData("quadrants.png", ImageFormat.Png, 0)]
    [InlineData("quadrants-interlaced.png", ImageFormat.Png, 0)]
    [InlineData("quadrants-palette.png", ImageFormat.Png, 0)]
    [InlineData("quadrants-16bit.png", ImageFormat.Png, 0)]
    [InlineData("quadrants.jpg", ImageFormat.Jpeg, 3)]
    [InlineData("quadrants-progressive.jpg", ImageFormat.Jpeg, 3)]
    [InlineData("quadrants-cmyk.jpg", ImageFormat.Jpeg, 8)]
    [InlineData("quadrants-lossless.webp", ImageFormat.WebP, 0)]
    [InlineData("quadrants-lossy.webp", ImageFormat.WebP, 6)]
    [InlineData("quadrants.gif", ImageFormat.Gif, 0)]
    public void Decode_ReferencePicture_ReturnsSizeAndQuadrantColours(string file, ImageFormat format, int tolerance)
    {
        var result = SafeImageDecoder.Decode(DecodingFixtures.Read(file), null, file, new ImageDecodeLimits(), CancellationToken.None);

        Assert.True(result.Succeeded, result.Message);
        Assert.Null(result.FailureReason);
        Assert.Equal(format, result.DetectedFormat);
        Assert.False(result.DeclaredFormatMismatch);
        Assert.Equal((64, 32), (result.Width, result.Height));
        Assert.Equal((1, 1), (result.FrameCount, result.FramesScreened));
        var frame = Assert.Single(result.Frames);
        Assert.Equal(64 * 32 * 3, frame.Rgb.Length);
        Assert.False(result.HasTransparency);
        PixelAssert.Quadrants(frame, tolerance);
    }

    [Theory]
    [InlineData("quadrants.png", SourceColorModel.Rgb, 8, false, false)]
    [InlineData("quadrants-interlaced.png", SourceColorModel.Rgb, 8, false, true)]
    [InlineData("quadrants-palette.png", SourceColorModel.Palette, 8, false, false)]
    [InlineData("quadrants-16bit.png", SourceColorModel.Rgb, 16, false, false)]
    [InlineData("gray-ramp.png", SourceColorModel.Gray, 8, false, false)]
    [InlineData("transparent.png", SourceColorModel.Rgba, 8, true, false)]
    [InlineData("quadrants.jpg", SourceColorModel.Rgb, 8, false, false)]
    [InlineData("quadrants-progressive.jpg", SourceColorModel.Rgb, 8, false, true)]
    [InlineData("quadrants-cmyk.jpg", SourceColorModel.Cmyk, 8, false, false)]
    [InlineData("gray-ramp.jpg", SourceColorModel.Gray, 8, false, false)]
    [InlineData("quadrants-lossy.webp", SourceColorModel.Rgb, 8, false, false)]
    [InlineData("quadrants.gif", SourceColorModel.Palette, 3, false, false)]
    public void Decode_StoredLayout_ReportsSourcePixelFormat(string file, SourceColorModel model, int bits, bool alpha, bool interlaced)
    {
        var result = SafeImageDecoder.Decode(DecodingFixtures.Read(file), null, null, new ImageDecodeLimits(), CancellationToken.None);

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal(new SourcePixelFormat(model, bits, alpha, interlaced), result.SourcePixelFormat);
    }

    [Theory]
    [InlineData("gray-ramp.png", 0)]
    [InlineData("gray-ramp.jpg", 4)]
    public void Decode_GreyRamp_ReturnsEqualChannelsAtEachLevel(string file, int tolerance)
    {
        var result = SafeImageDecoder.Decode(DecodingFixtures.Read(file), null, null, new ImageDecodeLimits(), CancellationToken.None);

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal((16, 4), (result.Width, result.Height));
        var frame = Assert.Single(result.Frames);
        for (int x = 0; x < 16; x++)
        {
            byte level = (byte)(x * 17);
            PixelAssert.Near(frame, x, 1, (level, level, level), tolerance);
        }
    }

    [Fact]
    public void Decode_TransparentPng_CompositesOverWhiteAndHidesColourUnderZeroAlpha()
    {
        var result = SafeImageDecoder.Decode(DecodingFixtures.Read("transparent.png"), "image/png", "t.png", new ImageDecodeLimits(), CancellationToken.None);

        Assert.True(result.Succeeded, result.Message);
        Assert.True(result.HasTransparency);
        var frame = Assert.Single(result.Frames);
        PixelAssert.Near(frame, 4, 4, PixelAssert.Red, 0); // opaque
        PixelAssert.Near(frame, 20, 4, (255, 127, 127), 1); // red at alpha 128 over white
        // Colour channels hold pure green at alpha 0: no viewer shows it, and neither does the classifier input.
        PixelAssert.Near(frame, 28, 4, PixelAssert.White, 0);
    }
}
