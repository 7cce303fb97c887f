using GenScreen.Integration.Tests.ContentSafety;
using GenScreen.Integration.Tests.Fixtures;
using SkiaSharp;

namespace GenScreen.Integration.Tests.Images;

/// <summary>Azure AI Content Safety as an image detector in the blob pipeline, against a loopback service speaking the documented contract.</summary>
[Collection(AzuriteCollectionDefinition.Name)]
public sealed class ContentSafetyImageDetectorTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task ScreenAsync_ServiceReportsViolence6_ReviewedUnderMatureAndQuarantined()
    {
        await using var service = await FakeContentSafetyService.StartAsync();
        service.RespondToImage = () => """{"categoriesAnalysis":[{"category":"Hate","severity":0},{"category":"SelfHarm","severity":0},{"category":"Sexual","severity":0},{"category":"Violence","severity":6}]}""";
        await using var host = await ImageHost.StartAsync(azurite.ConnectionString, TimeSpan.FromMinutes(10), new Dictionary<string, string?>
        {
            ["ContentSafety:Endpoint"] = service.Endpoint.ToString(),
            ["ContentSafety:ApiKey"] = FakeContentSafetyService.Key,
        });
        await host.UploadAsync("scene.png", await File.ReadAllBytesAsync(Path.Combine(ImageHost.Samples, "astronaut.png")));

        var outcome = await host.Service.ScreenAsync(host.Incoming.Name, "scene.png", CancellationToken.None);

        Assert.Empty(service.ContractViolations);
        var sent = Assert.Single(service.Images);
        using var decoded = SKBitmap.Decode(sent);
        Assert.True(decoded.Width is >= 50 and <= 2048 && decoded.Height is >= 50 and <= 2048, "re-encoded within the service's limits");
        Assert.Equal(GenScreen.Core.Verdicts.Decision.Review, outcome.Decision);
        var row = Assert.Single(await host.VerdictRowsAsync());
        Assert.Contains("policy.violence", row.GetString("Reasons"), StringComparison.Ordinal);
        Assert.Contains("detector.content-safety", row.GetString("Reasons"), StringComparison.Ordinal);
        Assert.Contains("\"category\":\"Violence\",\"severity\":6", row.GetString("Categories"), StringComparison.Ordinal);
    }
}
