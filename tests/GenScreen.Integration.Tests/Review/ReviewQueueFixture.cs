using System.Text.Json;
using GenScreen.Core.Verdicts;
using GenScreen.Integration.Tests.Fixtures;
using GenScreen.Integration.Tests.Images;
using GenScreen.LocalDev.Azurite;
using GenScreen.Storage.Images;
using SkiaSharp;

namespace GenScreen.Integration.Tests.Review;

/// <summary>
/// A review queue with real items for the browser tests: the local host (admin key set) on its own in-memory Azurite,
/// with real images screened by the real model. Four items, all blocked:
/// <list type="bullet">
/// <item>a prompt (a sexualised real person, blocked under every policy; its text retained);</item>
/// <item>a photo of a cat generated from that prompt (blocked through the correlated prompt, quarantined and banked);</item>
/// <item>a mirrored, re-encoded copy of the cat under another name, no prompt (blocked by the quarantine bank: a hash match);</item>
/// <item>a drawing (skimage's green_palette, Drawing ≈ 0.97) under a policy that blocks the Drawing class above 0.5 (scores).</item>
/// </list>
/// Nothing here is explicit: the test images are a cat and a palette, so the committed screenshot is safe to look at.
/// </summary>
public sealed class ReviewQueueFixture : IAsyncLifetime
{
    public const string Prompt = "nude photo of Scarlett Johansson";

    private AzuriteRunner? _azurite;
    private ImageHost? _host;

    public static string AdminKey { get; } = RunningHost.NewKey();

    public ImageHost Host => _host ?? throw new InvalidOperationException("Not started.");

    public Uri BaseAddress => Host.Host.Client.BaseAddress!;

    public string PromptId { get; private set; } = "";

    public string CatId { get; private set; } = "";

    public string CopyId { get; private set; } = "";

    public string DrawingId { get; private set; } = "";

    public IReadOnlyList<string> AllIds => [PromptId, CatId, CopyId, DrawingId];

    public async Task InitializeAsync()
    {
        _azurite = await AzuriteRunner.StartAsync(new AzuriteOptions { InMemory = true });
        // The local trigger is driven by hand (ScreenAsync): each item is screened exactly once, in this order.
        _host = await ImageHost.StartAsync(_azurite.ConnectionString, TimeSpan.FromMinutes(10), new Dictionary<string, string?>
        {
            ["Admin:ApiKey"] = AdminKey,
            ["Admin:OperatorName"] = "browser-test",
            ["ImageScreening:Thresholds:BlockClassesAt:Drawing"] = "0.5",
        });

        using var prompt = await Host.Host.PostJsonAsync($$"""{"prompt":"{{Prompt}}","policy":"mature","userId":"user-17"}""");
        using (var json = JsonDocument.Parse(await prompt.Content.ReadAsStringAsync()))
        {
            Assert.Equal("block", json.RootElement.GetProperty("decision").GetString());
            PromptId = json.RootElement.GetProperty("verdictId").GetString()!;
        }

        var cat = await File.ReadAllBytesAsync(Path.Combine(ImageHost.Samples, "chelsea.png"));
        CatId = await ScreenAsync("jobs/1/out.png", cat, new Dictionary<string, string> { [QuarantineMetadata.PromptVerdictId] = PromptId });
        CopyId = await ScreenAsync("other-user/holiday.jpg", MirroredJpeg(cat), metadata: null);
        DrawingId = await ScreenAsync("art/palette.png", await File.ReadAllBytesAsync(Path.Combine(ImageHost.Samples, "green_palette.png")), metadata: null);
    }

    private async Task<string> ScreenAsync(string name, byte[] content, IDictionary<string, string>? metadata)
    {
        await Host.UploadAsync(name, content, metadata);
        var result = await Host.Service.ScreenAsync(Host.Incoming.Name, name, CancellationToken.None);
        Assert.Equal((Decision.Block, ImageAction.Quarantined), (result.Decision, result.Action));
        return result.ReceiptId!;
    }

    /// <summary>The same photo mirrored and re-encoded (JPEG 80): other bytes, same PDQ hash up to the flip the bank searches.</summary>
    private static byte[] MirroredJpeg(byte[] png)
    {
        using var source = SKBitmap.Decode(png);
        using var mirrored = new SKBitmap(source.Width, source.Height, SKColorType.Rgba8888, SKAlphaType.Opaque);
        using (var canvas = new SKCanvas(mirrored))
        {
            canvas.Scale(-1, 1, source.Width / 2f, 0);
            canvas.DrawBitmap(source, 0, 0);
        }

        using var data = mirrored.Encode(SKEncodedImageFormat.Jpeg, 80);
        return data.ToArray();
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }
    }
}
