using System.Text.Json;
using Azure;

namespace GenScreen.ContentSafety.Tests;

/// <summary>POST {endpoint}/contentsafety/image:analyze, and the image limits checked before sending.</summary>
public sealed class AnalyzeImageContractTests : IAsyncLifetime
{
    private LoopbackServer _server = null!;
    private readonly string _key = TestClients.NewKey();

    public async Task InitializeAsync() => _server = await LoopbackServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task AnalyzeImage_Content_SendsBase64OfRawFileBytes(bool async)
    {
        _server.Enqueue(ScriptedResponse.Json(200, WireExamples.AnalyzeImageResponse));
        BinaryData png = TestImages.Png(64, 64);
        var options = new AnalyzeImageOptions(new ContentSafetyImageData(png)) { OutputType = AnalyzeImageOutputType.FourSeverityLevels };
        options.Categories.Add(ImageCategory.Sexual);
        ContentSafetyClient client = TestClients.Analysis(_server, _key);

        _ = async ? await client.AnalyzeImageAsync(options) : client.AnalyzeImage(options);

        RecordedRequest request = _server.SingleRequest();
        Assert.Equal("POST", request.Method);
        Assert.Equal("/contentsafety/image:analyze", request.Path);
        Assert.Equal(TestClients.ApiVersion, request.Query["api-version"]);
        Assert.Equal(_key, request.Header("Ocp-Apim-Subscription-Key"));
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
        _server.Enqueue(ScriptedResponse.Json(200, WireExamples.AnalyzeImageResponse));
        var blob = new Uri("https://account.blob.core.windows.net/images/generated.png");

        await TestClients.Analysis(_server, _key).AnalyzeImageAsync(blob);

        RecordedRequest request = _server.SingleRequest();
        Assert.Equal(["image"], request.JsonPropertyNames());
        JsonElement image = request.Json().GetProperty("image");
        Assert.Equal(["blobUrl"], image.EnumerateObject().Select(p => p.Name));
        Assert.Equal(blob.AbsoluteUri, image.GetProperty("blobUrl").GetString());
    }

    [Fact]
    public async Task AnalyzeImageAsync_DocumentedExampleResponse_ParsesViolenceSeverity2()
    {
        _server.Enqueue(ScriptedResponse.Json(200, WireExamples.AnalyzeImageResponse));

        AnalyzeImageResult result = (await TestClients.Analysis(_server, _key).AnalyzeImageAsync(TestImages.Png(50, 50))).Value;

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

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => TestClients.Analysis(_server, _key).AnalyzeImageAsync(png));

        Assert.Contains($"{width}x{height}", ex.Message, StringComparison.Ordinal);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task AnalyzeImageAsync_7200x50_IsSent()
    {
        _server.Enqueue(ScriptedResponse.Json(200, WireExamples.AnalyzeImageResponse));

        await TestClients.Analysis(_server, _key).AnalyzeImageAsync(TestImages.Png(7200, 50));

        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task AnalyzeImageAsync_Over4MiB_ThrowsBeforeSending()
    {
        var tooLarge = new BinaryData(new byte[ContentSafetyLimits.MaxImageBytes + 1]);

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => TestClients.Analysis(_server, _key).AnalyzeImageAsync(tooLarge));

        Assert.Contains("ContentSafetyImagePreparer", ex.Message, StringComparison.Ordinal);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task AnalyzeImageAsync_NotAnImage_ThrowsBeforeSending()
    {
        var text = BinaryData.FromString("definitely not an image, just text bytes");

        await Assert.ThrowsAsync<ArgumentException>(() => TestClients.Analysis(_server, _key).AnalyzeImageAsync(text));

        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task AnalyzeImageAsync_UnsupportedFormat_ThrowsBeforeSending()
    {
        BinaryData tga = TestImages.Tga(64, 64, new SixLabors.ImageSharp.PixelFormats.Rgba32(1, 2, 3, 255));

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => TestClients.Analysis(_server, _key).AnalyzeImageAsync(tga));

        Assert.Contains("tga", ex.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task AnalyzeImageAsync_ContentAndBlobUrl_ThrowsBeforeSending()
    {
        var image = new ContentSafetyImageData(TestImages.Png(64, 64)) { BlobUri = new Uri("https://a.blob.core.windows.net/c/i.png") };

        await Assert.ThrowsAsync<ArgumentException>(() => TestClients.Analysis(_server, _key).AnalyzeImageAsync(new AnalyzeImageOptions(image)));

        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task AnalyzeImageAsync_PlainHttpBlobUrl_ThrowsBeforeSending()
    {
        await Assert.ThrowsAsync<ArgumentException>(() =>
            TestClients.Analysis(_server, _key).AnalyzeImageAsync(new Uri("http://a.blob.core.windows.net/c/i.png")));

        Assert.Empty(_server.Requests);
    }
}
