using GenScreen.Core.Images;
using GenScreen.Core.Verdicts;
using GenScreen.Integration.Tests.Fixtures;

namespace GenScreen.Integration.Tests.Images;

/// <summary>
/// The second NSFW stage end to end (local host, Azurite, the real models): under <c>strict</c>, skimage's retina
/// photograph, which MobileNetV2 alone scores Porn 0.86 and blocks, is re-examined by InceptionV3 and allowed, and the
/// verdict row says so.
/// </summary>
[Collection(AzuriteCollectionDefinition.Name)]
public sealed class TwoStageHostTests(AzuriteFixture azurite)
{
    private static readonly TimeSpan Manual = TimeSpan.FromMinutes(10);

    [Fact]
    public async Task ScreenAsync_RetinaPhotographUnderStrict_BlockedByTheFirstStageAloneAllowedWithTheSecond()
    {
        var image = await File.ReadAllBytesAsync(Path.Combine(ImageHost.Samples, "microaneurysms.png"));
        await using (var oneStage = await ImageHost.StartAsync(azurite.ConnectionString, Manual, Strict(secondStage: false)))
        {
            await oneStage.UploadAsync("retina.png", image);
            Assert.Equal(Decision.Block, (await oneStage.Service.ScreenAsync(oneStage.Incoming.Name, "retina.png", CancellationToken.None)).Decision);
        }

        await using var host = await ImageHost.StartAsync(azurite.ConnectionString, Manual, Strict(secondStage: true));
        await host.UploadAsync("retina.png", image);

        var verdict = await host.Service.ScreenAsync(host.Incoming.Name, "retina.png", CancellationToken.None);

        Assert.Equal(Decision.Allow, verdict.Decision);
        var row = Assert.Single(await host.VerdictRowsAsync());
        Assert.Contains(ImageRules.SecondStage, row.GetString("Reasons"), StringComparison.Ordinal);
        Assert.Contains("inception_v3", row.GetString("ModelVersion"), StringComparison.Ordinal);
        Assert.Contains("inception_v3", row.GetString("PolicyVersion"), StringComparison.Ordinal);
        Assert.True(await host.Incoming.GetBlobClient("retina.png").ExistsAsync(), "an allowed image stays where it was uploaded");
    }

    private static Dictionary<string, string?> Strict(bool secondStage) => new()
    {
        ["ImageScreening:Policy"] = "strict",
        ["ImageScreening:SecondStage"] = secondStage ? "true" : "false",
    };
}
