using Azure.Core;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using GenScreen.Integration.Tests.Fixtures;
using GenScreen.Storage.Images;

namespace GenScreen.Integration.Tests.Images;

/// <summary>
/// The image path stopped at every step of a quarantine move and of tagging, then re-delivered by a new pipeline
/// instance (a restarted process): each image ends in place with an allow verdict or in quarantine exactly once,
/// with one verdict row. Two ways to stop: the process is abandoned at the step (its token cancelled, as a host
/// shutdown or kill leaves it: no catch block runs, nothing is counted), or storage becomes unreachable right after
/// the step (every request reset by a proxy in front of Azurite, as if Azurite were killed) and comes back later.
/// </summary>
[Collection(AzuriteCollectionDefinition.Name)]
public sealed class CrashSafetyTests(AzuriteFixture azurite)
{
    private static readonly Dictionary<string, string?> BlockDrawings = new() { ["ImageScreening:Thresholds:BlockClassesAt:Drawing"] = "0.5" };
    private static readonly TimeSpan Manual = TimeSpan.FromMinutes(10);

    private static readonly ImageStep[] MoveSteps = [ImageStep.Recorded, ImageStep.MoveIntentRecorded, ImageStep.Copied, ImageStep.Verified, ImageStep.LegalHold, ImageStep.SourceDeleted, ImageStep.Acted];
    private static readonly ImageStep[] TagSteps = [ImageStep.Recorded, ImageStep.TagsWritten, ImageStep.MetadataWritten, ImageStep.AliasWritten, ImageStep.Acted];

    [Fact]
    public async Task ProcessAbandonedAtEachMoveStep_RedeliveryQuarantinesExactlyOnce()
    {
        await using var host = await ImageHost.StartAsync(azurite.ConnectionString, Manual, BlockDrawings);
        var drawing = await File.ReadAllBytesAsync(Path.Combine(ImageHost.Samples, "green_palette.png"));
        foreach (var step in MoveSteps)
        {
            var name = $"move/{step}.png";
            await host.UploadAsync(name, drawing);
            await AbandonAtAsync(host, name, step);

            var outcome = await RedeliverAsync(host, name);

            Assert.Equal(ImageAction.Quarantined, outcome.Action);
            await AssertQuarantinedOnceAsync(host, name, drawing, step);
        }
    }

    [Fact]
    public async Task ProcessAbandonedAtEachTaggingStep_RedeliveryTagsOnceInPlace()
    {
        await using var host = await ImageHost.StartAsync(azurite.ConnectionString, Manual, BlockDrawings);
        var photo = await File.ReadAllBytesAsync(Path.Combine(ImageHost.Samples, "chelsea.png"));
        foreach (var step in TagSteps)
        {
            var name = $"tag/{step}.png";
            await host.UploadAsync(name, photo);
            await AbandonAtAsync(host, name, step);

            var outcome = await RedeliverAsync(host, name);

            Assert.Equal(ImageAction.Tagged, outcome.Action);
            await AssertTaggedOnceAsync(host, name, photo, step);
        }
    }

    [Fact]
    public async Task StorageDownAfterEachMoveStep_RedeliveryAfterRecoveryQuarantinesExactlyOnce()
    {
        await using var host = await ImageHost.StartAsync(azurite.ConnectionString, Manual, BlockDrawings);
        var drawing = await File.ReadAllBytesAsync(Path.Combine(ImageHost.Samples, "green_palette.png"));
        foreach (var step in MoveSteps)
        {
            var name = $"move-down/{step}.png";
            await host.UploadAsync(name, drawing);
            await StorageDownAtAsync(host, name, step);

            var outcome = await RedeliverAsync(host, name);

            Assert.Equal(ImageAction.Quarantined, outcome.Action);
            await AssertQuarantinedOnceAsync(host, name, drawing, step);
        }
    }

    [Fact]
    public async Task StorageDownAfterEachTaggingStep_RedeliveryAfterRecoveryTagsOnceInPlace()
    {
        await using var host = await ImageHost.StartAsync(azurite.ConnectionString, Manual, BlockDrawings);
        var photo = await File.ReadAllBytesAsync(Path.Combine(ImageHost.Samples, "chelsea.png"));
        foreach (var step in TagSteps)
        {
            var name = $"tag-down/{step}.png";
            await host.UploadAsync(name, photo);
            await StorageDownAtAsync(host, name, step);

            var outcome = await RedeliverAsync(host, name);

            Assert.Equal(ImageAction.Tagged, outcome.Action);
            await AssertTaggedOnceAsync(host, name, photo, step);
        }
    }

    /// <summary>A pipeline instance is abandoned at the step: its token is cancelled and it never runs another line.</summary>
    private async Task AbandonAtAsync(ImageHost host, string name, ImageStep step)
    {
        using var process = new CancellationTokenSource();
        var stop = new StopAt(step, _ =>
        {
            process.Cancel();
            throw new OperationCanceledException(process.Token);
        });
        var doomed = FreshPipeline.Create(host, new BlobServiceClient(azurite.ConnectionString), new TableServiceClient(azurite.ConnectionString), stop);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => doomed.ScreenAsync(host.Incoming.Name, name, process.Token));
        Assert.True(stop.Reached, $"step {step} was never reached");
    }

    /// <summary>Right after the step every storage request is reset (both services), until the delivery has failed.</summary>
    private async Task StorageDownAtAsync(ImageHost host, string name, ImageStep step)
    {
        await using var blobProxy = new FaultProxy(azurite.Azurite.BlobPort, _ => ProxyFault.None);
        await using var tableProxy = new FaultProxy(azurite.Azurite.TablePort, _ => ProxyFault.None);
        var stop = new StopAt(step, _ =>
        {
            blobProxy.IsDown = true;
            tableProxy.IsDown = true;
            return ValueTask.CompletedTask;
        });
        var routed = FaultProxy.Route(azurite.ConnectionString, blobProxy, tableProxy);
        var blobOptions = new BlobClientOptions();
        var tableOptions = new TableClientOptions();
        foreach (var retry in new[] { blobOptions.Retry, tableOptions.Retry })
        {
            retry.MaxRetries = 1; // storage stays down: fail the delivery quickly
            retry.Delay = TimeSpan.FromMilliseconds(20);
            retry.Mode = RetryMode.Fixed;
        }

        var doomed = FreshPipeline.Create(host, new BlobServiceClient(routed, blobOptions), new TableServiceClient(routed, tableOptions), stop);

        await Assert.ThrowsAnyAsync<Exception>(() => doomed.ScreenAsync(host.Incoming.Name, name, CancellationToken.None));
        Assert.True(stop.Reached, $"step {step} was never reached");
        Assert.True(blobProxy.Injected(ProxyFault.DropBeforeForward) + tableProxy.Injected(ProxyFault.DropBeforeForward) > 0, $"storage was never called after step {step}");
    }

    /// <summary>The restarted process delivers the same event, then the trigger delivers it once more (at-least-once).</summary>
    private async Task<BlobScreeningOutcome> RedeliverAsync(ImageHost host, string name)
    {
        var restarted = FreshPipeline.Create(host, new BlobServiceClient(azurite.ConnectionString), new TableServiceClient(azurite.ConnectionString));
        var outcome = await restarted.ScreenAsync(host.Incoming.Name, name, CancellationToken.None);
        var again = await restarted.ScreenAsync(host.Incoming.Name, name, CancellationToken.None);
        Assert.Contains(again.Status, new[] { BlobScreeningStatus.Duplicate, BlobScreeningStatus.Gone });
        return outcome;
    }

    private static async Task AssertQuarantinedOnceAsync(ImageHost host, string name, byte[] content, ImageStep step)
    {
        Assert.False(await host.Incoming.GetBlobClient(name).ExistsAsync(), $"{step}: source still present");
        var copies = await host.Quarantine.GetBlobsAsync(new GetBlobsOptions { Traits = BlobTraits.Metadata })
            .Where(b => b.Metadata.TryGetValue(QuarantineMetadata.Origin, out var o) && o == Uri.EscapeDataString($"{host.Incoming.Name}/{name}")).ToListAsync();
        var copy = Assert.Single(copies);
        Assert.Equal(content, (await host.Quarantine.GetBlobClient(copy.Name).DownloadContentAsync()).Value.Content.ToArray());
        var row = Assert.Single(await host.VerdictRowsAsync(), r => r.GetString("BlobName") == name);
        Assert.Equal(nameof(ImageAction.Quarantined), row.GetString("Action"));
        Assert.Equal(copy.Name, row.GetString("QuarantineBlob"));
        Assert.Equal(row.RowKey, copy.Metadata[QuarantineMetadata.ReceiptId]);
    }

    private static async Task AssertTaggedOnceAsync(ImageHost host, string name, byte[] content, ImageStep step)
    {
        var blob = host.Incoming.GetBlobClient(name);
        Assert.Equal(content, (await blob.DownloadContentAsync()).Value.Content.ToArray());
        var row = Assert.Single(await host.VerdictRowsAsync(), r => r.GetString("BlobName") == name);
        Assert.Equal(nameof(ImageAction.Tagged), row.GetString("Action"));
        Assert.Equal("allow", row.GetString("Decision"));
        var tags = (await blob.GetTagsAsync()).Value.Tags;
        Assert.Equal("allow", tags[ScreenedTags.Decision]);
        Assert.Equal(row.RowKey, tags[ScreenedTags.Receipt]);
        Assert.Equal(row.RowKey, (await blob.GetPropertiesAsync()).Value.Metadata[QuarantineMetadata.ReceiptId]);
        Assert.False(await host.Quarantine.ExistsAsync() && await host.Quarantine.GetBlobsAsync().AnyAsync(b => b.Name.EndsWith(name, StringComparison.Ordinal)), $"{step}: an allowed image was copied to quarantine");
    }
}
