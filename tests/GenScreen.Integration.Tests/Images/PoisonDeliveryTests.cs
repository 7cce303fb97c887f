using Azure;
using GenScreen.Core.Configuration;
using GenScreen.Images.Nsfw;
using GenScreen.Images.Pipeline;
using GenScreen.Integration.Tests.Fixtures;
using GenScreen.LocalHost;
using GenScreen.Storage.Images;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GenScreen.Integration.Tests.Images;

/// <summary>
/// The local host's trigger (BlobWatcher) retries a failing blob a bounded number of times, then it is visible as
/// poison: a failing image ends in quarantine as screening-failed (MaxAttempts); a delivery that keeps failing for
/// reasons not held against the image (storage) is given up after MaxDeliveries and flagged on its attempts row.
/// </summary>
[Collection(AzuriteCollectionDefinition.Name)]
public sealed class PoisonDeliveryTests(AzuriteFixture azurite)
{
    private static readonly TimeSpan Manual = TimeSpan.FromMinutes(10);
    private static readonly Dictionary<string, string?> Budget = new() { ["ImageScreening:MaxAttempts"] = "2", ["ImageScreening:MaxDeliveries"] = "4" };

    [Fact]
    public async Task Watcher_ImageKeepsFailing_QuarantinedAsScreeningFailedThenNeverDeliveredAgain()
    {
        await using var host = await ImageHost.StartAsync(azurite.ConnectionString, Manual, Budget);
        var image = await File.ReadAllBytesAsync(Path.Combine(ImageHost.Samples, "coffee.png"));
        await host.UploadAsync("poison.png", image);
        var services = host.Host.App.Services;
        var options = services.GetRequiredService<IOptions<ImageScreeningOptions>>();
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
        var watcher = new BlobWatcher(host.Blobs, service, services.GetRequiredService<ImageVerdictStore>(), options, NullLogger<BlobWatcher>.Instance);

        var handled = new List<int>();
        for (var pass = 0; pass < 6; pass++)
        {
            handled.Add(await watcher.PassAsync(host.Incoming, CancellationToken.None));
        }

        Assert.Equal([0, 1, 0, 0, 0, 0], handled); // fails once, decided (poisoned) on the 2nd, never again
        Assert.False(await host.Incoming.GetBlobClient("poison.png").ExistsAsync());
        var row = Assert.Single(await host.VerdictRowsAsync());
        Assert.Equal(nameof(ImageAction.Quarantined), row.GetString("Action"));
        Assert.Contains(BlobScreeningService.ScreeningFailed, row.GetString("Reasons"), StringComparison.Ordinal);
        Assert.Empty(watcher.Poisoned); // it got a verdict: not a delivery poison
    }

    [Fact]
    public async Task Watcher_StorageKeepsFailingForOneBlob_GivenUpAfterMaxDeliveriesAndFlaggedAsPoison()
    {
        await using var host = await ImageHost.StartAsync(azurite.ConnectionString, Manual, Budget);
        var photo = await File.ReadAllBytesAsync(Path.Combine(ImageHost.Samples, "chelsea.png"));
        var blob = await host.UploadAsync("stuck.png", photo);
        var failing = new FailsAt(ImageStep.TagsWritten);
        var service = FreshPipeline.Create(host, host.Blobs, new Azure.Data.Tables.TableServiceClient(azurite.ConnectionString), failing);
        var services = host.Host.App.Services;
        var watcher = new BlobWatcher(host.Blobs, service, services.GetRequiredService<ImageVerdictStore>(), services.GetRequiredService<IOptions<ImageScreeningOptions>>(), NullLogger<BlobWatcher>.Instance);

        for (var pass = 0; pass < 8; pass++)
        {
            Assert.Equal(0, await watcher.PassAsync(host.Incoming, CancellationToken.None));
        }

        Assert.Equal(4, failing.Calls); // MaxDeliveries, then no more deliveries: bounded, not a loop
        var poisoned = Assert.Single(watcher.Poisoned);
        Assert.Equal("stuck.png", poisoned.Name);
        var attempts = Assert.Single(await host.Table.QueryAsync<Azure.Data.Tables.TableEntity>(e => true).Where(e => e.RowKey.EndsWith("-attempts", StringComparison.Ordinal)).ToListAsync());
        Assert.True(attempts.GetBoolean("Poison"));
        Assert.Equal(4, attempts.GetInt32("Deliveries"));
        Assert.Null(attempts.GetInt32("Attempts")); // storage faults are not counted against the image...
        var row = Assert.Single(await host.VerdictRowsAsync());
        Assert.Equal(nameof(ImageAction.PendingTag), row.GetString("Action")); // ...so an allowed image is not quarantined
        Assert.True(await blob.ExistsAsync());
        Assert.False((await blob.GetPropertiesAsync()).Value.Metadata.ContainsKey(QuarantineMetadata.ReceiptId)); // the action never completed
    }

    /// <summary>Storage answers 503 at this step on every delivery (what the SDK's retries gave up on).</summary>
    private sealed class FailsAt(ImageStep step) : IImageStepHook
    {
        private int _calls;

        public int Calls => _calls;

        public ValueTask ReachedAsync(ImageStep at, string receiptId, CancellationToken cancellationToken)
        {
            if (at != step)
            {
                return ValueTask.CompletedTask;
            }

            Interlocked.Increment(ref _calls);
            throw new RequestFailedException(503, "The server is busy (injected).");
        }
    }
}
