using GenScreen.Core.Images;
using GenScreen.Core.Verdicts;
using GenScreen.Images.Nsfw;
using GenScreen.Images.Pipeline;
using GenScreen.Integration.Tests.Fixtures;
using GenScreen.Integration.Tests.Http;
using GenScreen.Storage.Images;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GenScreen.Integration.Tests.Images;

/// <summary>The image verdict uses the prompt's verdict (blob metadata names it); a blob that keeps failing ends in quarantine.</summary>
[Collection(AzuriteCollectionDefinition.Name)]
public sealed class CorrelationAndPoisonTests(AzuriteFixture azurite)
{
    private static readonly TimeSpan Manual = TimeSpan.FromMinutes(10);

    /// <summary>
    /// skimage's "microaneurysms" (a retina photograph) is scored Porn ≈ 0.86 by the model: a real image that
    /// raises the sexual signal without shipping explicit imagery. Alone it is allowed under mature; generated
    /// from a prompt about a child, it is blocked.
    /// </summary>
    [Fact]
    public async Task ScreenAsync_SexualSignalAndPromptWithMinor_BlocksAndRecordsPromptVerdict()
    {
        await using var host = await ImageHost.StartAsync(azurite.ConnectionString, Manual);
        using var prompt = await host.Host.PostJsonAsync("""{"prompt":"a child at the eye doctor, close-up photo","policy":"mature"}""");
        var promptVerdictId = (await JsonAssert.ReadAsync(prompt)).GetProperty("verdictId").GetString()!;
        var image = await File.ReadAllBytesAsync(Path.Combine(ImageHost.Samples, "microaneurysms.png"));
        await host.UploadAsync("alone.png", image);
        await host.UploadAsync("from-prompt.png", image, new Dictionary<string, string> { [QuarantineMetadata.PromptVerdictId] = promptVerdictId });

        var alone = await host.Service.ScreenAsync(host.Incoming.Name, "alone.png", CancellationToken.None);
        var correlated = await host.Service.ScreenAsync(host.Incoming.Name, "from-prompt.png", CancellationToken.None);

        Assert.Equal(Decision.Allow, alone.Decision);
        Assert.Equal(Decision.Block, correlated.Decision);
        var row = (await host.VerdictRowsAsync()).Single(r => r.GetString("BlobName") == "from-prompt.png");
        Assert.Equal(promptVerdictId, row.GetString("PromptVerdictId"));
        Assert.Contains("minors.sexual", row.GetString("Reasons"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScreenAsync_ScreeningKeepsFailing_QuarantinedAsScreeningFailedAfterMaxAttempts()
    {
        await using var host = await ImageHost.StartAsync(azurite.ConnectionString, Manual, new Dictionary<string, string?> { ["ImageScreening:MaxAttempts"] = "2" });
        var image = await File.ReadAllBytesAsync(Path.Combine(ImageHost.Samples, "coffee.png"));
        await host.UploadAsync("poison.png", image);
        var services = host.Host.App.Services;
        var options = services.GetRequiredService<IOptions<GenScreen.Core.Configuration.ImageScreeningOptions>>();
        // A real classifier whose ONNX session is gone: every inference throws, as a crashed runtime would.
        var broken = NsfwClassifier.Create(services.GetRequiredService<NsfwModelStore>());
        broken.Dispose();
        var service = new BlobScreeningService(
            host.Blobs,
            services.GetRequiredService<ImageVerdictStore>(),
            services.GetRequiredService<QuarantineMover>(),
            new ImageScreener(broken, services.GetRequiredService<GenScreen.Core.Prompts.PromptScreener>(), options),
            services.GetRequiredService<GenScreen.Storage.Verdicts.IPromptVerdictStore>(),
            options,
            TimeProvider.System,
            NullLogger<BlobScreeningService>.Instance);

        await Assert.ThrowsAnyAsync<Exception>(() => service.ScreenAsync(host.Incoming.Name, "poison.png", CancellationToken.None));
        var second = await service.ScreenAsync(host.Incoming.Name, "poison.png", CancellationToken.None);

        Assert.Equal(BlobScreeningStatus.Poisoned, second.Status);
        Assert.Equal(ImageAction.Quarantined, second.Action);
        var row = Assert.Single(await host.VerdictRowsAsync());
        Assert.Equal("block", row.GetString("Decision"));
        Assert.Contains(BlobScreeningService.ScreeningFailed, row.GetString("Reasons"), StringComparison.Ordinal);
        Assert.Equal(image, (await host.Quarantine.GetBlobClient($"{host.Incoming.Name}/poison.png").DownloadContentAsync()).Value.Content.ToArray());
    }
}
