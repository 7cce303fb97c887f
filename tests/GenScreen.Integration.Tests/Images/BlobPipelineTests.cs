using System.Security.Cryptography;
using Azure.Data.Tables;
using GenScreen.Integration.Tests.Fixtures;
using GenScreen.Storage.Images;

namespace GenScreen.Integration.Tests.Images;

/// <summary>
/// Upload → screen → record → quarantine or tag, against real Azurite with the real NSFW model. A
/// deterministic violation without explicit imagery: a policy that blocks the Drawing class above 0.5, on a
/// real drawing (skimage's green_palette, Drawing ≈ 0.97); a photo (chelsea the cat) is allowed.
/// </summary>
[Collection(AzuriteCollectionDefinition.Name)]
public sealed class BlobPipelineTests(AzuriteFixture azurite)
{
    private static readonly Dictionary<string, string?> BlockDrawings = new() { ["ImageScreening:Thresholds:BlockClassesAt:Drawing"] = "0.5" };
    private static readonly TimeSpan Manual = TimeSpan.FromMinutes(10);

    [Fact]
    public async Task Watcher_NewAllowedPhoto_IsScreenedTaggedAndKept()
    {
        await using var host = await ImageHost.StartAsync(azurite.ConnectionString, TimeSpan.FromMilliseconds(200), BlockDrawings);
        var photo = await File.ReadAllBytesAsync(Path.Combine(ImageHost.Samples, "chelsea.png"));

        var blob = await host.UploadAsync("2026/11/25/cat.png", photo);
        var row = await WaitForRowAsync(host, r => r.GetString("Action") == nameof(ImageAction.Tagged));

        Assert.Equal("allow", row.GetString("Decision"));
        Assert.Equal("2026/11/25/cat.png", row.GetString("BlobName"));
        Assert.Equal(Sha256(photo), row.GetString("ContentSha256"));
        Assert.Equal(451, row.GetInt32("Width"));
        Assert.StartsWith("nsfwjs-mobilenet_v2@4.4.0", row.GetString("ModelVersion"), StringComparison.Ordinal);
        Assert.Contains("Neutral", row.GetString("Scores"), StringComparison.Ordinal);
        var tags = (await blob.GetTagsAsync()).Value.Tags;
        Assert.Equal("allow", tags[ScreenedTags.Decision]);
        Assert.Equal(row.RowKey, tags[ScreenedTags.Receipt]);
        Assert.Equal(row.RowKey, (await blob.GetPropertiesAsync()).Value.Metadata[QuarantineMetadata.ReceiptId]);
    }

    [Fact]
    public async Task Watcher_ViolatingDrawing_IsMovedToQuarantineIntact()
    {
        await using var host = await ImageHost.StartAsync(azurite.ConnectionString, TimeSpan.FromMilliseconds(200), BlockDrawings);
        var drawing = await File.ReadAllBytesAsync(Path.Combine(ImageHost.Samples, "green_palette.png"));

        var source = await host.UploadAsync("user-7/art.png", drawing, new Dictionary<string, string> { ["origin_job"] = "j42" });
        var row = await WaitForRowAsync(host, r => r.GetString("Action") == nameof(ImageAction.Quarantined));

        Assert.Equal("block", row.GetString("Decision"));
        Assert.Contains("image.class-threshold", row.GetString("Reasons"), StringComparison.Ordinal);
        Assert.False(await source.ExistsAsync());
        var copy = host.Quarantine.GetBlobClient($"{host.Incoming.Name}/user-7/art.png");
        Assert.Equal(row.GetString("QuarantineBlob"), copy.Name);
        Assert.Equal(drawing, (await copy.DownloadContentAsync()).Value.Content.ToArray());
        var metadata = (await copy.GetPropertiesAsync()).Value.Metadata;
        Assert.Equal(row.RowKey, metadata[QuarantineMetadata.ReceiptId]);
        Assert.Equal(Sha256(drawing), metadata[QuarantineMetadata.ContentSha256]);
        Assert.Equal("image.class-threshold", metadata[QuarantineMetadata.Reason]);
        Assert.Equal(Uri.EscapeDataString($"{host.Incoming.Name}/user-7/art.png"), metadata[QuarantineMetadata.Origin]);
        Assert.False(row.GetBoolean("Immutable")); // Azurite has no legal hold: recorded, not failed
        Assert.Null((await host.Quarantine.GetAccessPolicyAsync()).Value.BlobPublicAccess is Azure.Storage.Blobs.Models.PublicAccessType.None ? null : "public");
    }

    [Fact]
    public async Task ScreenAsync_DuplicateDelivery_ProducesOneVerdict()
    {
        await using var host = await ImageHost.StartAsync(azurite.ConnectionString, Manual);
        await host.UploadAsync("a.png", await File.ReadAllBytesAsync(Path.Combine(ImageHost.Samples, "coffee.png")));

        var first = await host.Service.ScreenAsync(host.Incoming.Name, "a.png", CancellationToken.None);
        var second = await host.Service.ScreenAsync(host.Incoming.Name, "a.png", CancellationToken.None);

        Assert.Equal(BlobScreeningStatus.Screened, first.Status);
        Assert.Equal(BlobScreeningStatus.Duplicate, second.Status);
        Assert.Equal(first.ReceiptId, second.ReceiptId);
        Assert.Single(await host.VerdictRowsAsync());
    }

    [Fact]
    public async Task ScreenAsync_OverwrittenBlob_IsScreenedAgainAsANewVersion()
    {
        await using var host = await ImageHost.StartAsync(azurite.ConnectionString, Manual, BlockDrawings);
        await host.UploadAsync("same-name.png", await File.ReadAllBytesAsync(Path.Combine(ImageHost.Samples, "coffee.png")));
        var first = await host.Service.ScreenAsync(host.Incoming.Name, "same-name.png", CancellationToken.None);

        var drawing = await File.ReadAllBytesAsync(Path.Combine(ImageHost.Samples, "green_palette.png"));
        await host.UploadAsync("same-name.png", drawing);
        var second = await host.Service.ScreenAsync(host.Incoming.Name, "same-name.png", CancellationToken.None);

        Assert.Equal(ImageAction.Tagged, first.Action);
        Assert.Equal(ImageAction.Quarantined, second.Action);
        Assert.NotEqual(first.ReceiptId, second.ReceiptId);
        Assert.Equal(2, (await host.VerdictRowsAsync()).Count);
    }

    [Fact]
    public async Task QuarantineMove_SourceOverwrittenAfterScreening_IsNeverDeletedBlindly()
    {
        await using var host = await ImageHost.StartAsync(azurite.ConnectionString, Manual);
        var screened = await File.ReadAllBytesAsync(Path.Combine(ImageHost.Samples, "horse.png"));
        var blob = await host.UploadAsync("race.png", screened);
        var screenedETag = (await blob.GetPropertiesAsync()).Value.ETag;
        var replacement = await File.ReadAllBytesAsync(Path.Combine(ImageHost.Samples, "coins.png"));
        await host.UploadAsync("race.png", replacement); // overwritten between screening and acting

        var mover = (QuarantineMover)host.Host.App.Services.GetService(typeof(QuarantineMover))!;
        var result = await mover.MoveAsync(host.Incoming.Name, "race.png", screenedETag, null, "receipt-race", Sha256(screened), screened.Length, new Dictionary<string, string> { [QuarantineMetadata.ReceiptId] = "receipt-race" }, CancellationToken.None);

        Assert.False(result.Moved);
        Assert.Equal(replacement, (await blob.DownloadContentAsync()).Value.Content.ToArray());
    }

    [Fact]
    public async Task ScreenAsync_CrashAfterCopyBeforeDelete_ResumesWithoutDuplicates()
    {
        await using var host = await ImageHost.StartAsync(azurite.ConnectionString, Manual, BlockDrawings);
        var drawing = await File.ReadAllBytesAsync(Path.Combine(ImageHost.Samples, "green_palette.png"));
        var blob = await host.UploadAsync("crash.png", drawing);
        var etag = (await blob.GetPropertiesAsync()).Value.ETag;
        var receipt = ImageReceipts.IdOf(host.Incoming.Name, "crash.png", etag.ToString());
        // State after a crash: the verdict row says "pending quarantine" and the copy already exists.
        var verdicts = (ImageVerdictStore)host.Host.App.Services.GetService(typeof(ImageVerdictStore))!;
        var screener = (GenScreen.Core.Images.IImageScreener)host.Host.App.Services.GetService(typeof(GenScreen.Core.Images.IImageScreener))!;
        var screened = await screener.ScreenAsync(new(drawing, "image/png", "crash.png", null), CancellationToken.None);
        await verdicts.TryAddAsync(new ImageVerdictRecord(receipt, host.Incoming.Name, "crash.png", etag.ToString(), screened.Verdict, screened.Facts, null, ImageAction.PendingQuarantine, 1, DateTimeOffset.UtcNow, 1), CancellationToken.None);
        await host.Quarantine.CreateIfNotExistsAsync();
        var partial = host.Quarantine.GetBlobClient($"{host.Incoming.Name}/crash.png");
        await partial.StartCopyFromUriAsync(blob.Uri, new Azure.Storage.Blobs.Models.BlobCopyFromUriOptions { Metadata = new Dictionary<string, string> { [QuarantineMetadata.ReceiptId] = receipt } });

        var outcome = await host.Service.ScreenAsync(host.Incoming.Name, "crash.png", CancellationToken.None);

        Assert.Equal(BlobScreeningStatus.Resumed, outcome.Status);
        Assert.Equal(ImageAction.Quarantined, outcome.Action);
        Assert.False(await blob.ExistsAsync());
        var copies = await host.Quarantine.GetBlobsAsync().ToListAsync();
        Assert.Single(copies);
        Assert.Single(await host.VerdictRowsAsync());
    }

    private static Task<TableEntity> WaitForRowAsync(ImageHost host, Func<TableEntity, bool> done) =>
        Eventually.GetAsync(async () =>
        {
            try
            {
                return (await host.VerdictRowsAsync()).FirstOrDefault(done);
            }
            catch (Azure.RequestFailedException ex) when (ex.Status == 404)
            {
                return null; // table not created yet
            }
        }, "a finished verdict row");

    internal static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
