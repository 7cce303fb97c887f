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

    [Theory]
    [InlineData(Crash.Abandoned)]
    [InlineData(Crash.StorageDown)]
    public async Task CrashAfterEachMoveStep_RedeliveryQuarantinesExactlyOnce(Crash crash)
    {
        await using var host = await ImageHost.StartAsync(azurite.ConnectionString, Manual, BlockDrawings);
        var drawing = await File.ReadAllBytesAsync(Path.Combine(ImageHost.Samples, "green_palette.png"));
        foreach (var step in MoveSteps)
        {
            var name = $"move-{crash}/{step}.png";
            await host.UploadAsync(name, drawing);
            await PipelineCrashes.CrashAtAsync(crash, azurite, host, name, step);

            var outcome = await PipelineCrashes.RedeliverAsync(azurite, host, name);

            Assert.Equal(ImageAction.Quarantined, outcome.Action);
            await AssertQuarantinedOnceAsync(host, name, drawing, step);
        }
    }

    [Theory]
    [InlineData(Crash.Abandoned)]
    [InlineData(Crash.StorageDown)]
    public async Task CrashAfterEachTaggingStep_RedeliveryTagsOnceInPlace(Crash crash)
    {
        await using var host = await ImageHost.StartAsync(azurite.ConnectionString, Manual, BlockDrawings);
        var photo = await File.ReadAllBytesAsync(Path.Combine(ImageHost.Samples, "chelsea.png"));
        foreach (var step in TagSteps)
        {
            var name = $"tag-{crash}/{step}.png";
            await host.UploadAsync(name, photo);
            await PipelineCrashes.CrashAtAsync(crash, azurite, host, name, step);

            var outcome = await PipelineCrashes.RedeliverAsync(azurite, host, name);

            Assert.Equal(ImageAction.Tagged, outcome.Action);
            await AssertTaggedOnceAsync(host, name, photo, step);
        }
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
