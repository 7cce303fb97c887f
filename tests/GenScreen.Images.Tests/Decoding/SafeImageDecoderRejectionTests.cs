using GenScreen.Images.Decoding;

namespace GenScreen.Images.Tests.Decoding;

/// <summary>Inputs that must fail closed with the right reason code, never throw and never screen a partial image.</summary>
public sealed class SafeImageDecoderRejectionTests
{
    [Fact]
    public void Decode_ZeroBytes_ReturnsEmpty()
    {
        var result = SafeImageDecoder.Decode(ReadOnlySpan<byte>.Empty, "image/png", "x.png", new ImageDecodeLimits(), CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Equal(DecodeFailureReason.Empty, result.FailureReason);
        Assert.Equal(ImageFormat.Unknown, result.DetectedFormat);
        Assert.NotEmpty(result.Message);
    }

    [Theory]
    [InlineData("quadrants.png")]
    [InlineData("quadrants-interlaced.png")]
    [InlineData("quadrants.jpg")]
    [InlineData("quadrants-progressive.jpg")] // Skia alone: InvalidInput, indistinguishable from corrupt
    [InlineData("quadrants-lossless.webp")]
    [InlineData("quadrants.gif")]
    public void Decode_FileCutInHalf_ReturnsTruncated(string file)
    {
        var bytes = DecodingFixtures.Read(file);

        var result = SafeImageDecoder.Decode(bytes.AsSpan(0, bytes.Length / 2), null, file, new ImageDecodeLimits(), CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Equal(DecodeFailureReason.Truncated, result.FailureReason);
        Assert.Empty(result.Frames);
    }

    [Theory]
    [InlineData("quadrants.png", 12)] // the IEND chunk: libpng alone returns the image as complete
    [InlineData("quadrants.png", 1)]
    [InlineData("quadrants.jpg", 2)] // the EOI marker
    [InlineData("quadrants-progressive.jpg", 1)]
    [InlineData("quadrants.png", 130)] // only the 4-byte signature left
    public void Decode_FileMissingItsEnd_ReturnsTruncated(string file, int bytesRemoved)
    {
        var bytes = DecodingFixtures.Read(file);

        var result = SafeImageDecoder.Decode(bytes.AsSpan(0, bytes.Length - bytesRemoved), null, null, new ImageDecodeLimits(), CancellationToken.None);

        Assert.Equal(DecodeFailureReason.Truncated, result.FailureReason);
    }

    [Fact]
    public void Decode_RandomBytesAfterPngSignature_ReturnsCorrupt()
    {
        var bytes = new byte[4096];
        new Random(1234).NextBytes(bytes);
        byte[] signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
        signature.CopyTo(bytes, 0);

        var result = SafeImageDecoder.Decode(bytes, "image/png", "noise.png", new ImageDecodeLimits(), CancellationToken.None);

        Assert.Equal(DecodeFailureReason.Corrupt, result.FailureReason);
        Assert.Equal(ImageFormat.Png, result.DetectedFormat);
        Assert.False(result.DeclaredFormatMismatch);
    }

    [Fact]
    public void Decode_PngWithDamagedImageData_ReturnsCorrupt()
    {
        // Structure intact, compressed IDAT bytes overwritten: only the native decoder can notice.
        var bytes = DecodingFixtures.Read("quadrants.png");
        int idat = bytes.AsSpan().IndexOf("IDAT"u8);
        bytes.AsSpan(idat + 6, 20).Fill(0xA5);

        var result = SafeImageDecoder.Decode(bytes, null, null, new ImageDecodeLimits(), CancellationToken.None);

        Assert.Equal(DecodeFailureReason.Corrupt, result.FailureReason);
        Assert.Empty(result.Frames);
    }

    [Fact]
    public void Decode_HtmlNamedPng_ReturnsUnsupportedFormatWithMismatch()
    {
        var result = SafeImageDecoder.Decode(DecodingFixtures.Read("html-named.png"), "image/png", "html-named.png", new ImageDecodeLimits(), CancellationToken.None);

        Assert.Equal(DecodeFailureReason.UnsupportedFormat, result.FailureReason);
        Assert.Equal(ImageFormat.Unknown, result.DetectedFormat);
        Assert.True(result.DeclaredFormatMismatch);
        Assert.Contains("text", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_JpegNamedPng_DecodesAndReportsMismatch()
    {
        var result = SafeImageDecoder.Decode(DecodingFixtures.Read("jpeg-named.png"), null, "jpeg-named.png", new ImageDecodeLimits(), CancellationToken.None);

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal(ImageFormat.Jpeg, result.DetectedFormat);
        Assert.True(result.DeclaredFormatMismatch);
        Assert.NotNull(result.DeclaredFormatDetail);
        PixelAssert.Quadrants(Assert.Single(result.Frames), 3);
    }

    [Fact]
    public void Decode_JpegDeclaredAsPngContentType_ReportsMismatch()
    {
        var result = SafeImageDecoder.Decode(DecodingFixtures.Read("quadrants.jpg"), "image/png", "photo.jpg", new ImageDecodeLimits(), CancellationToken.None);

        Assert.True(result.Succeeded, result.Message);
        Assert.True(result.DeclaredFormatMismatch);
    }

    [Fact]
    public void Decode_PngHeaderDeclaringTooManyPixels_RefusesWithoutAllocating()
    {
        // 10000x10000 is within MaxDimension but 100 MP; decoding would need 400 MB of canvas.
        var bomb = TestPng.WithDeclaredSize(10_000, 10_000);
        long before = GC.GetAllocatedBytesForCurrentThread();

        var result = SafeImageDecoder.Decode(bomb, "image/png", "bomb.png", new ImageDecodeLimits(), CancellationToken.None);

        long callerAllocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(65, bomb.Length);
        Assert.Equal(DecodeFailureReason.TooManyPixels, result.FailureReason);
        Assert.Equal((10_000, 10_000), (result.Width, result.Height));
        Assert.InRange(callerAllocated, 0, 256 * 1024);
        Assert.InRange(result.DecodeThreadAllocatedBytes, 0, 256 * 1024);
    }

    [Fact]
    public void Decode_PngHeaderDeclaring50000Square_ReturnsDimensionsTooLargeWithoutAllocating()
    {
        var bomb = TestPng.WithDeclaredSize(50_000, 50_000);
        long before = GC.GetAllocatedBytesForCurrentThread();

        var result = SafeImageDecoder.Decode(bomb, null, null, new ImageDecodeLimits(), CancellationToken.None);

        long callerAllocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(DecodeFailureReason.DimensionsTooLarge, result.FailureReason);
        Assert.InRange(callerAllocated, 0, 256 * 1024);
        Assert.InRange(result.DecodeThreadAllocatedBytes, 0, 256 * 1024);
    }

    [Fact]
    public void Decode_LegitimateLargePng_AllocatedBytesCounterSeesTheBuffers()
    {
        // Control for the two tests above: the counter they rely on does see a real decode's buffers
        // (RGBA canvas 4 bytes/pixel + RGB output 3 bytes/pixel). 2100² because its canvas is larger than
        // CanvasPool keeps, so it is allocated whatever other tests left in the pool.
        using var bitmap = new SkiaSharp.SKBitmap(2100, 2100);
        bitmap.Erase(SkiaSharp.SKColors.Coral);
        using var png = bitmap.Encode(SkiaSharp.SKEncodedImageFormat.Png, 100);

        var result = SafeImageDecoder.Decode(png.AsSpan(), null, null, new ImageDecodeLimits(), CancellationToken.None);

        Assert.True(2100 * 2100 * 4 > CanvasPool.MaxPooledBytes);
        Assert.True(result.Succeeded, result.Message);
        Assert.True(result.DecodeThreadAllocatedBytes >= 2100L * 2100 * 7, $"{result.DecodeThreadAllocatedBytes} bytes");
    }

    [Fact]
    public void Decode_OverDefaultMaxBytes_ReturnsTooLargeBytes()
    {
        var bytes = new byte[(50 * 1024 * 1024) + 1];
        DecodingFixtures.Read("quadrants.png").CopyTo(bytes, 0);

        var result = SafeImageDecoder.Decode(bytes, null, null, new ImageDecodeLimits(), CancellationToken.None);

        Assert.Equal(DecodeFailureReason.TooLargeBytes, result.FailureReason);
        Assert.Equal(ImageFormat.Png, result.DetectedFormat);
    }

    [Fact]
    public void Decode_OverConfiguredMaxBytes_ReturnsTooLargeBytes()
    {
        var bytes = DecodingFixtures.Read("quadrants.jpg");

        var result = SafeImageDecoder.Decode(bytes, null, null, new ImageDecodeLimits { MaxBytes = bytes.Length - 1 }, CancellationToken.None);

        Assert.Equal(DecodeFailureReason.TooLargeBytes, result.FailureReason);
    }

    [Fact]
    public void Decode_AnimatedPng_ReturnsUnsupportedFormat()
    {
        // acTL before IDAT makes it an APNG: viewers play frames libpng never decodes.
        byte[] acTL = [0, 0, 0, 2, 0, 0, 0, 0];
        var apng = TestPng.InsertAfterHeader(DecodingFixtures.Read("quadrants.png"), "acTL", acTL);

        var result = SafeImageDecoder.Decode(apng, "image/png", "a.png", new ImageDecodeLimits(), CancellationToken.None);

        Assert.Equal(DecodeFailureReason.UnsupportedFormat, result.FailureReason);
        Assert.Contains("APNG", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_InsertedAncillaryChunk_StillDecodes()
    {
        // Control for the APNG test: the inserted-chunk plumbing itself yields a valid PNG.
        var png = TestPng.InsertAfterHeader(DecodingFixtures.Read("quadrants.png"), "teXt", "k\0v"u8.ToArray());

        var result = SafeImageDecoder.Decode(png, null, null, new ImageDecodeLimits(), CancellationToken.None);

        Assert.True(result.Succeeded, result.Message);
    }

    [Fact]
    public void Decode_BmpFile_ReturnsUnsupportedFormat()
    {
        byte[] bmp = [(byte)'B', (byte)'M', .. new byte[60]];

        var result = SafeImageDecoder.Decode(bmp, "image/bmp", "x.bmp", new ImageDecodeLimits(), CancellationToken.None);

        Assert.Equal(DecodeFailureReason.UnsupportedFormat, result.FailureReason);
        Assert.False(result.DeclaredFormatMismatch);
    }

    [Fact]
    public void Decode_InvalidLimits_ThrowsArgumentOutOfRange()
    {
        var bytes = DecodingFixtures.Read("quadrants.png");

        Assert.Throws<ArgumentOutOfRangeException>(() =>
            SafeImageDecoder.Decode(bytes, null, null, new ImageDecodeLimits { MaxFrames = 0 }, CancellationToken.None));
    }
}
