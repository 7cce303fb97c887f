using System.Text.Json;
using Azure;

namespace GenScreen.ContentSafety.Tests;

/// <summary>POST {endpoint}/contentsafety/image:analyze, and the image limits checked before sending.</summary>
public sealed class AnalyzeImageContractTests : LoopbackContractTest
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task AnalyzeImage_Content_SendsBase64OfRawFileBytes(bool async)
    {
        Server.Enqueue(ScriptedResponse.Json(200, WireExamples.AnalyzeImageResponse));
        BinaryData png = TestImages.Png(64, 64);
        var options = new AnalyzeImageOptions(new ContentSafetyImageData(png)) { OutputType = AnalyzeImageOutputType.FourSeverityLevels };
        options.Categories.Add(ImageCategory.Sexual);
        ContentSafetyClient client = TestClients.Analysis(Server, Key);

        _ = async ? await client.AnalyzeImageAsync(options) : client.AnalyzeImage(options);

        RecordedRequest request = Server.SingleRequest();
        Assert.Equal("POST", request.Method);
        Assert.Equal("/contentsafety/image:analyze", request.Path);
        Assert.Equal(TestClients.ApiVersion, request.Query["api-version"]);
        Assert.Equal(Key, request.Header("Ocp-Apim-Subscription-Key"));
        Assert.Equal(["image", "categories", "outputType"], request.JsonPropertyNames());
        JsonElement image = request.Json().GetProperty("image");
        Assert.Equal(["content"], image.EnumerateObject().Select(p => p.Name));
        Assert.Equal(png.ToArray(), Convert.FromBase64String(image.GetProperty("content").GetString()!));
        Assert.Equal(["Sexual"], request.Json().GetProperty("categories").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal("FourSeverityLevels", request.Json().GetProperty("outputType").GetString());
    }

    [Fact]
    public async Task AnalyzeImageAsync_BlobUri_SendsOnlyBlobUrl()
    {
        Server.Enqueue(ScriptedResponse.Json(200, WireExamples.AnalyzeImageResponse));
        var blob = new Uri("https://account.blob.core.windows.net/images/generated.png");

        await TestClients.Analysis(Server, Key).AnalyzeImageAsync(blob);

        RecordedRequest request = Server.SingleRequest();
        Assert.Equal(["image"], request.JsonPropertyNames());
        JsonElement image = request.Json().GetProperty("image");
        Assert.Equal(["blobUrl"], image.EnumerateObject().Select(p => p.Name));
        Assert.Equal(blob.AbsoluteUri, image.GetProperty("blobUrl").GetString());
    }

    [Fact]
    public async Task AnalyzeImageAsync_DocumentedExampleResponse_ParsesViolenceSeverity2()
    {
        Server.Enqueue(ScriptedResponse.Json(200, WireExamples.AnalyzeImageResponse));

        AnalyzeImageResult result = (await TestClients.Analysis(Server, Key).AnalyzeImageAsync(TestImages.Png(50, 50))).Value;

        Assert.Equal(4, result.CategoriesAnalysis.Count);
        Assert.Equal(2, result.CategoriesAnalysis.Single(c => c.Category == ImageCategory.Violence).Severity);
        Assert.Equal(0, result.CategoriesAnalysis.Single(c => c.Category == ImageCategory.Sexual).Severity);
    }

    [Theory]
    [InlineData(49, 100)]
    [InlineData(100, 49)]
    [InlineData(7201, 60)]
    [InlineData(60, 7201)]
    public async Task AnalyzeImageAsync_DimensionsOutsideLimits_ThrowsBeforeSending(int width, int height)
    {
        BinaryData png = TestImages.Png(width, height);

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => TestClients.Analysis(Server, Key).AnalyzeImageAsync(png));

        Assert.Contains($"{width}x{height}", ex.Message, StringComparison.Ordinal);
        Assert.Empty(Server.Requests);
    }

    [Fact]
    public async Task AnalyzeImageAsync_7200x50_IsSent()
    {
        Server.Enqueue(ScriptedResponse.Json(200, WireExamples.AnalyzeImageResponse));

        await TestClients.Analysis(Server, Key).AnalyzeImageAsync(TestImages.Png(7200, 50));

        Assert.Single(Server.Requests);
    }

    public static TheoryData<string, BinaryData> ServiceFormatsGenScreenDoesNotDecode => new()
    {
        { "bmp", TestImages.Bmp(60, 50) },
        { "tiff-le", TestImages.Tiff(60, 50) },
        { "tiff-be", TestImages.Tiff(60, 50, bigEndian: true) },
    };

    [Theory]
    [MemberData(nameof(ServiceFormatsGenScreenDoesNotDecode))]
    public async Task AnalyzeImageAsync_BmpAndTiffWithinLimits_AreSentAsTheyAre(string kind, BinaryData image)
    {
        Server.Enqueue(ScriptedResponse.Json(200, WireExamples.AnalyzeImageResponse));

        await TestClients.Analysis(Server, Key).AnalyzeImageAsync(image);

        byte[] sent = Convert.FromBase64String(Server.SingleRequest().Json().GetProperty("image").GetProperty("content").GetString()!);
        Assert.True(image.ToArray().SequenceEqual(sent), kind);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task AnalyzeImageAsync_TiffOverDimensionLimit_ThrowsBeforeSending(bool bigEndian)
    {
        var ex = await Assert.ThrowsAsync<ArgumentException>(() => TestClients.Analysis(Server, Key).AnalyzeImageAsync(TestImages.Tiff(7201, 60, bigEndian)));

        Assert.Contains("7201x60", ex.Message, StringComparison.Ordinal);
        Assert.Empty(Server.Requests);
    }

    [Fact]
    public async Task AnalyzeImageAsync_TruncatedPng_ThrowsBeforeSending()
    {
        BinaryData png = TestImages.Png(64, 64);

        await Assert.ThrowsAsync<ArgumentException>(() => TestClients.Analysis(Server, Key).AnalyzeImageAsync(TestImages.Cut(png, png.ToMemory().Length - 12)));

        Assert.Empty(Server.Requests);
    }

    [Fact]
    public async Task AnalyzeImageAsync_Over4MiB_ThrowsBeforeSending()
    {
        var tooLarge = new BinaryData(new byte[ContentSafetyLimits.MaxImageBytes + 1]);

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => TestClients.Analysis(Server, Key).AnalyzeImageAsync(tooLarge));

        Assert.Contains("ContentSafetyImagePreparer", ex.Message, StringComparison.Ordinal);
        Assert.Empty(Server.Requests);
    }

    [Fact]
    public async Task AnalyzeImageAsync_NotAnImage_ThrowsBeforeSending()
    {
        var text = BinaryData.FromString("definitely not an image, just text bytes");

        await Assert.ThrowsAsync<ArgumentException>(() => TestClients.Analysis(Server, Key).AnalyzeImageAsync(text));

        Assert.Empty(Server.Requests);
    }

    [Fact]
    public async Task AnalyzeImageAsync_UnsupportedFormat_ThrowsBeforeSending()
    {
        BinaryData tga = TestImages.Tga(64, 64, new SkiaSharp.SKColor(1, 2, 3, 255));

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => TestClients.Analysis(Server, Key).AnalyzeImageAsync(tga));

        Assert.Contains("tga", ex.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(Server.Requests);
    }

    [Fact]
    public async Task AnalyzeImageAsync_ContentAndBlobUrl_ThrowsBeforeSending()
    {
        var image = new ContentSafetyImageData(TestImages.Png(64, 64)) { BlobUri = new Uri("https://a.blob.core.windows.net/c/i.png") };

        await Assert.ThrowsAsync<ArgumentException>(() => TestClients.Analysis(Server, Key).AnalyzeImageAsync(new AnalyzeImageOptions(image)));

        Assert.Empty(Server.Requests);
    }

    [Fact]
    public async Task AnalyzeImageAsync_PlainHttpBlobUrl_ThrowsBeforeSending()
    {
        await Assert.ThrowsAsync<ArgumentException>(() =>
            TestClients.Analysis(Server, Key).AnalyzeImageAsync(new Uri("http://a.blob.core.windows.net/c/i.png")));

        Assert.Empty(Server.Requests);
    }
}
