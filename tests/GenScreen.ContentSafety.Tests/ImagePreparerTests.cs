using SkiaSharp;

namespace GenScreen.ContentSafety.Tests;

/// <summary>ContentSafetyImagePreparer makes generated images fit the limits instead of failing.</summary>
public sealed class ImagePreparerTests
{
    [Fact]
    public void Prepare_ImageWithinLimits_ReturnsOriginalBytesUntouched()
    {
        BinaryData png = TestImages.Png(640, 480);

        PreparedImage prepared = new ContentSafetyImagePreparer().Prepare(png);

        Assert.False(prepared.WasModified);
        Assert.Equal(png.ToArray(), prepared.Content.ToArray());
        Assert.Equal((640, 480, "image/png"), (prepared.Width, prepared.Height, prepared.MimeType));
    }

    [Fact]
    public void Prepare_LongSideOverTarget_DownscalesKeepingAspectRatio()
    {
        BinaryData png = TestImages.Png(4096, 1024);

        PreparedImage prepared = new ContentSafetyImagePreparer().Prepare(png);

        Assert.True(prepared.WasModified);
        Assert.Equal((2048, 512, "image/jpeg"), TestImages.Identify(prepared.Content));
        Assert.Equal((2048, 512), (prepared.Width, prepared.Height));
    }

    [Fact]
    public void Prepare_CustomMaxLongSide_IsHonoured()
    {
        PreparedImage prepared = new ContentSafetyImagePreparer(new ImagePreparationOptions { MaxLongSide = 1000 }).Prepare(TestImages.Png(1500, 3000));

        Assert.Equal((500, 1000, "image/jpeg"), TestImages.Identify(prepared.Content));
    }

    [Fact]
    public void Prepare_FileOverByteBudget_ReencodesUnderBudget()
    {
        BinaryData noise = TestImages.NoisePng(1200, 1200);
        Assert.True(noise.ToMemory().Length > 4_000_000, "test image should start over budget");

        PreparedImage prepared = new ContentSafetyImagePreparer().Prepare(noise);

        Assert.True(prepared.Content.ToMemory().Length <= 4_000_000);
        Assert.Equal((1200, 1200, "image/jpeg"), TestImages.Identify(prepared.Content));
    }

    [Fact]
    public void Prepare_SmallByteBudget_ShrinksUntilItFits()
    {
        var options = new ImagePreparationOptions { MaxBytes = 60_000 };

        PreparedImage prepared = new ContentSafetyImagePreparer(options).Prepare(TestImages.NoisePng(800, 800));

        Assert.True(prepared.Content.ToMemory().Length <= 60_000);
        Assert.True(prepared.Width < 800 && prepared.Width >= 50);
    }

    [Fact]
    public void Prepare_TinyImage_UpscalesToServiceMinimum()
    {
        PreparedImage prepared = new ContentSafetyImagePreparer().Prepare(TestImages.Png(20, 30));

        Assert.Equal((50, 75, "image/jpeg"), TestImages.Identify(prepared.Content));
    }

    [Fact]
    public void Prepare_HiddenColourUnderTransparency_FlattensOntoWhiteJpeg()
    {
        // Fully transparent red: a viewer sees nothing, so neither should the classifier. 40x40 is under the
        // service minimum, so the preparer must decode and re-encode it.
        BinaryData png = TestImages.Png(40, 40, new SKColor(255, 0, 0, 0));
        Assert.Equal(new SKColor(255, 0, 0, 0), TestImages.StoredPixelAt(png, 20, 20));

        PreparedImage prepared = new ContentSafetyImagePreparer().Prepare(png);

        Assert.Equal("image/jpeg", prepared.MimeType);
        SKColor pixel = TestImages.PixelAt(prepared.Content, 25, 25);
        Assert.True(pixel.Red > 240 && pixel.Green > 240 && pixel.Blue > 240, $"expected white, got {pixel}");
    }

    [Fact]
    public void Prepare_UnsupportedFormatNeedingReencoding_ThrowsNamingTheFormat()
    {
        // TGA is neither analyzed by the service nor read by GenScreen's safe decoder: refused, never parsed.
        BinaryData tga = TestImages.Tga(100, 100, new SKColor(255, 0, 0, 0));

        var ex = Assert.Throws<ArgumentException>(() => new ContentSafetyImagePreparer().Prepare(tga));

        Assert.Contains("image/x-tga", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Prepare_BmpWithinLimits_PassesThroughUntouched()
    {
        BinaryData bmp = TestImages.Bmp(120, 80);

        PreparedImage prepared = new ContentSafetyImagePreparer().Prepare(bmp);

        Assert.False(prepared.WasModified);
        Assert.Equal(bmp.ToArray(), prepared.Content.ToArray());
        Assert.Equal((120, 80, "image/bmp"), (prepared.Width, prepared.Height, prepared.MimeType));
    }

    [Fact]
    public void Prepare_BmpOverTheLimits_ThrowsBecauseOnlySafelyDecodedFormatsAreReencoded()
    {
        var ex = Assert.Throws<ArgumentException>(() => new ContentSafetyImagePreparer().Prepare(TestImages.Bmp(3000, 100)));

        Assert.Contains("image/bmp", ex.Message, StringComparison.Ordinal);
        Assert.Contains("PNG, JPEG, GIF and WebP", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Prepare_TruncatedPng_ThrowsArgumentException()
    {
        BinaryData png = TestImages.Png(3000, 100);

        Assert.Throws<ArgumentException>(() => new ContentSafetyImagePreparer().Prepare(TestImages.Cut(png, png.ToMemory().Length - 20)));
    }

    [Fact]
    public void Prepare_ExifRotatedJpeg_ReencodedUpright()
    {
        // Stored 64x32 quadrants (red, green / blue, yellow) tagged "rotate 90° clockwise": shown 32x64, which is
        // under the 50 px minimum, so it is decoded (orientation applied) and scaled to 50x100.
        BinaryData jpeg = BinaryData.FromBytes(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "orientation-6.jpg")));

        PreparedImage prepared = new ContentSafetyImagePreparer().Prepare(jpeg);

        Assert.Equal((50, 100, "image/jpeg"), TestImages.Identify(prepared.Content));
        AssertNear(new SKColor(0, 0, 255), TestImages.PixelAt(prepared.Content, 10, 10));
        AssertNear(new SKColor(255, 0, 0), TestImages.PixelAt(prepared.Content, 39, 10));
        AssertNear(new SKColor(255, 255, 0), TestImages.PixelAt(prepared.Content, 10, 89));
        AssertNear(new SKColor(0, 255, 0), TestImages.PixelAt(prepared.Content, 39, 89));
    }

    [Fact]
    public void Prepare_AnimatedGif_ReencodesTheFirstFrame()
    {
        // 12 frames of 24x8 grey with a white 2 px bar at x = 2i: frame 0 has it at the left edge, the last at the right.
        BinaryData gif = BinaryData.FromBytes(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "animated-12.gif")));

        PreparedImage prepared = new ContentSafetyImagePreparer().Prepare(gif);

        Assert.Equal((150, 50, "image/jpeg"), TestImages.Identify(prepared.Content));
        AssertNear(new SKColor(255, 255, 255), TestImages.PixelAt(prepared.Content, 4, 25));
        AssertNear(new SKColor(128, 128, 128), TestImages.PixelAt(prepared.Content, 145, 25));
    }

    [Fact]
    public void Prepare_ExtremeAspectRatio_ThrowsArgumentException()
    {
        var ex = Assert.Throws<ArgumentException>(() => new ContentSafetyImagePreparer().Prepare(TestImages.Png(8000, 20)));

        Assert.Contains("8000x20", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Prepare_MorePixelsThanAllowed_ThrowsWithoutDecoding()
    {
        var options = new ImagePreparationOptions { MaxSourcePixels = 1_000_000 };

        Assert.Throws<ArgumentException>(() => new ContentSafetyImagePreparer(options).Prepare(TestImages.Png(1001, 1000)));
    }

    [Fact]
    public void Prepare_NotAnImage_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(() => new ContentSafetyImagePreparer().Prepare(BinaryData.FromString("not an image")));
    }

    [Fact]
    public void Constructor_MaxLongSideAboveServiceLimit_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ContentSafetyImagePreparer(new ImagePreparationOptions { MaxLongSide = 7201 }));
    }

    [Fact]
    public void Constructor_NonPositiveDecodeBudget_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ContentSafetyImagePreparer(new ImagePreparationOptions { MaxDecodeTime = TimeSpan.Zero }));
    }

    [Fact]
    public async Task AnalyzeImageAsync_PreparedOversizedImage_IsAcceptedAndSent()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync();
        server.Enqueue(ScriptedResponse.Json(200, WireExamples.AnalyzeImageResponse));
        BinaryData huge = TestImages.Png(7300, 200);
        ContentSafetyClient client = TestClients.Analysis(server, "k");
        await Assert.ThrowsAsync<ArgumentException>(() => client.AnalyzeImageAsync(huge));

        PreparedImage prepared = new ContentSafetyImagePreparer().Prepare(huge);
        await client.AnalyzeImageAsync(new AnalyzeImageOptions(prepared.ToImageData()));

        byte[] sent = Convert.FromBase64String(server.SingleRequest().Json().GetProperty("image").GetProperty("content").GetString()!);
        Assert.Equal(prepared.Content.ToArray(), sent);
    }

    private static void AssertNear(SKColor expected, SKColor actual, int tolerance = 40)
    {
        int distance = Math.Max(Math.Abs(expected.Red - actual.Red), Math.Max(Math.Abs(expected.Green - actual.Green), Math.Abs(expected.Blue - actual.Blue)));
        Assert.True(distance <= tolerance, $"expected about {expected}, got {actual}");
    }
}
