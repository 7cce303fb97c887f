using GenScreen.Core.Verdicts;
using GenScreen.Images.Decoding;
using GenScreen.Images.Tests.Pipeline;
using GenScreen.Integration.Tests.ContentSafety;
using GenScreen.Integration.Tests.Fixtures;
using GenScreen.Storage.Images;
using SkiaSharp;

namespace GenScreen.Integration.Tests.Images;

/// <summary>
/// Animations through the blob pipeline: every frame screened, an animation beyond the frame budget never
/// allowed, and Content Safety shown the worst frame. Real GIFs built from the skimage photographs; the
/// deterministic violation is a drawing (green_palette, Drawing ≈ 0.96) under a policy blocking Drawing ≥ 0.5.
/// </summary>
[Collection(AzuriteCollectionDefinition.Name)]
public sealed class AnimationPipelineTests(AzuriteFixture azurite)
{
    private static readonly TimeSpan Manual = TimeSpan.FromMinutes(10);

    [Fact]
    public async Task ScreenAsync_SixteenFramesDrawingAtOddFramesOnly_BlockedAndQuarantined()
    {
        await using var host = await ImageHost.StartAsync(azurite.ConnectionString, Manual, BlockDrawings());
        // 1, 3, 5, 7: the odd frames the old 8-of-16 sampler (0, 2, 4, 6, 9, 11, 13, 15) skipped.
        var gif = TestAnimations.Gif(Sample("chelsea"), Sample("green_palette"), 16, [1, 3, 5, 7]);
        await host.UploadAsync("clips/cat.gif", gif);

        var outcome = await host.Service.ScreenAsync(host.Incoming.Name, "clips/cat.gif", CancellationToken.None);

        Assert.Equal((Decision.Block, ImageAction.Quarantined), (outcome.Decision, outcome.Action));
        var row = Assert.Single(await host.VerdictRowsAsync());
        Assert.Equal((16, 16), (row.GetInt32("FrameCount"), row.GetInt32("FramesScreened")));
        Assert.Contains("image.class-threshold", row.GetString("Reasons"), StringComparison.Ordinal);
        Assert.Equal(gif, (await host.Quarantine.GetBlobClient($"{host.Incoming.Name}/clips/cat.gif").DownloadContentAsync()).Value.Content.ToArray());
    }

    [Fact]
    public async Task ScreenAsync_MoreFramesThanTheBudget_QuarantinedAsTooManyFramesNeverAllowed()
    {
        var settings = BlockDrawings();
        settings["ImageScreening:MaxFrames"] = "8";
        await using var host = await ImageHost.StartAsync(azurite.ConnectionString, Manual, settings);
        var gif = TestAnimations.Gif(Sample("chelsea"), Sample("green_palette"), 9, [], size: 64); // nine harmless photo frames
        var blob = await host.UploadAsync("long.gif", gif);

        var outcome = await host.Service.ScreenAsync(host.Incoming.Name, "long.gif", CancellationToken.None);

        Assert.Equal((Decision.Block, ImageAction.Quarantined), (outcome.Decision, outcome.Action));
        var row = Assert.Single(await host.VerdictRowsAsync());
        Assert.Contains(DecodeFailureReason.TooManyFrames, row.GetString("Reasons"), StringComparison.Ordinal);
        Assert.Equal(0, row.GetInt32("FramesScreened"));
        Assert.False(await blob.ExistsAsync());
    }

    [Fact]
    public async Task ScreenAsync_ContentSafety_SeesTheMostExplicitFrameNotFrameZero()
    {
        await using var service = await FakeContentSafetyService.StartAsync();
        await using var host = await ImageHost.StartAsync(azurite.ConnectionString, Manual, new Dictionary<string, string?>
        {
            ["ContentSafety:Endpoint"] = service.Endpoint.ToString(),
            ["ContentSafety:ApiKey"] = FakeContentSafetyService.Key,
        });
        // microaneurysms (a retina photograph) is the frame the model scores most explicit (Porn ≈ 0.82).
        var gif = TestAnimations.Gif(Sample("chelsea"), Sample("microaneurysms"), 6, [3]);
        await host.UploadAsync("scene.gif", gif);

        await host.Service.ScreenAsync(host.Incoming.Name, "scene.gif", CancellationToken.None);

        Assert.Empty(service.ContractViolations);
        using var sent = SKBitmap.Decode(Assert.Single(service.Images));
        var frames = SafeImageDecoder.Decode(gif, null, null, new ImageDecodeLimits(), CancellationToken.None).Frames;
        Assert.Equal(0, MeanDifference(sent, frames[3]));
        Assert.True(MeanDifference(sent, frames[0]) > 20, "frame 0 (the cat) is not what was sent");
    }

    private static Dictionary<string, string?> BlockDrawings() => new() { ["ImageScreening:Thresholds:BlockClassesAt:Drawing"] = "0.5" };

    private static string Sample(string name) => Path.Combine(ImageHost.Samples, name + ".png");

    /// <summary>Mean absolute difference per channel between an image and a decoded frame of the same size.</summary>
    private static double MeanDifference(SKBitmap image, DecodedFrame frame)
    {
        Assert.Equal((frame.Width, frame.Height), (image.Width, image.Height));
        long sum = 0;
        for (var y = 0; y < frame.Height; y++)
        {
            for (var x = 0; x < frame.Width; x++)
            {
                var c = image.GetPixel(x, y);
                var (r, g, b) = frame.GetPixel(x, y);
                sum += Math.Abs(c.Red - r) + Math.Abs(c.Green - g) + Math.Abs(c.Blue - b);
            }
        }

        return sum / (3.0 * frame.Width * frame.Height);
    }
}
