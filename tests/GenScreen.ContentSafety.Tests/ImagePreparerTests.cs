using SixLabors.ImageSharp.PixelFormats;

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
    public void Prepare_UnsupportedFormatWithHiddenColourUnderTransparency_FlattensOntoWhiteJpeg()
    {
        // Fully transparent red: a viewer sees nothing, so neither should the classifier.
        BinaryData tga = TestImages.Tga(100, 100, new Rgba32(255, 0, 0, 0));

        PreparedImage prepared = new ContentSafetyImagePreparer().Prepare(tga);

        Assert.Equal("image/jpeg", prepared.MimeType);
        Rgba32 pixel = TestImages.PixelAt(prepared.Content, 50, 50);
        Assert.True(pixel.R > 240 && pixel.G > 240 && pixel.B > 240, $"expected white, got {pixel}");
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
}
