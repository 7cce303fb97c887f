using GenScreen.LocalHost;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using GenScreen.Core.Images;
using GenScreen.Core.Verdicts;
using GenScreen.Integration.Tests.Fixtures;
using GenScreen.Integration.Tests.Http;
using GenScreen.Storage.Images;

namespace GenScreen.Integration.Tests.Images;

/// <summary>
/// Whoever uploads an image must never choose its outcome: not by metadata asking for a laxer policy, not by a
/// forged receipt or decision tag, not by a storage type that changes after approval, not by a prompt that was
/// only held for review. Real Azurite, real model, real photographs (skimage).
/// </summary>
[Collection(AzuriteCollectionDefinition.Name)]
public sealed class UploaderBypassTests(AzuriteFixture azurite)
{
    private static readonly TimeSpan Manual = TimeSpan.FromMinutes(10);
    private static readonly Dictionary<string, string?> BlockDrawings = new() { ["ImageScreening:Thresholds:BlockClassesAt:Drawing"] = "0.5" };

    /// <summary>skimage's retina photograph: the model scores it Porn ≈ 0.86 (sexual severity 6 by default).</summary>
    private static Task<byte[]> RetinaAsync() => File.ReadAllBytesAsync(Path.Combine(ImageHost.Samples, "microaneurysms.png"));

    [Fact]
    public async Task MetadataAskingForLaxerPolicy_IsIgnored_ImageScreenedUnderConfiguredPolicy()
    {
        await using var host = await ImageHost.StartAsync(azurite.ConnectionString, Manual, new Dictionary<string, string?> { ["ImageScreening:Policy"] = "strict" });
        await host.UploadAsync("lax.png", await RetinaAsync(), new Dictionary<string, string> { [QuarantineMetadata.Policy] = "mature" });

        var outcome = await host.Service.ScreenAsync(host.Incoming.Name, "lax.png", CancellationToken.None);

        Assert.Equal(Decision.Block, outcome.Decision);
        Assert.Equal(ImageAction.Quarantined, outcome.Action);
        var row = Assert.Single(await host.VerdictRowsAsync());
        Assert.Equal("strict", row.GetString("Policy"));
        Assert.Contains(ImagePolicyChoice.RequestIgnored, row.GetString("Reasons"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MetadataAskingForStricterPolicy_IsHonoured()
    {
        await using var host = await ImageHost.StartAsync(azurite.ConnectionString, Manual, new Dictionary<string, string?> { ["ImageScreening:Policy"] = "mature" });
        var retina = await RetinaAsync();
        await host.UploadAsync("default.png", retina);
        await host.UploadAsync("stricter.png", retina, new Dictionary<string, string> { [QuarantineMetadata.Policy] = "strict" });

        var underDefault = await host.Service.ScreenAsync(host.Incoming.Name, "default.png", CancellationToken.None);
        var underStricter = await host.Service.ScreenAsync(host.Incoming.Name, "stricter.png", CancellationToken.None);

        Assert.Equal(Decision.Allow, underDefault.Decision);
        Assert.Equal(Decision.Block, underStricter.Decision);
    }

    [Fact]
    public async Task Watcher_ForgedReceiptAndAllowTag_ViolatingImageIsStillScreenedAndMoved()
    {
        await using var host = await ImageHost.StartAsync(azurite.ConnectionString, Manual, BlockDrawings);
        var drawing = await File.ReadAllBytesAsync(Path.Combine(ImageHost.Samples, "green_palette.png"));
        var blob = host.Incoming.GetBlobClient("forged.png");
        await blob.UploadAsync(new BinaryData(drawing), new BlobUploadOptions
        {
            Metadata = new Dictionary<string, string> { [QuarantineMetadata.ReceiptId] = "0123456789abcdef0123456789abcdef", [QuarantineMetadata.VerdictDecision] = "allow" },
            Tags = new Dictionary<string, string> { [ScreenedTags.Decision] = "allow", [ScreenedTags.Receipt] = "0123456789abcdef0123456789abcdef" },
        });

        var watcher = (BlobWatcher)host.Host.App.Services.GetService(typeof(BlobWatcher))!;
        var handled = await watcher.PassAsync(host.Incoming, CancellationToken.None);

        Assert.Equal(1, handled);
        Assert.False(await blob.ExistsAsync());
        var row = Assert.Single(await host.VerdictRowsAsync());
        Assert.Equal("block", row.GetString("Decision"));
        Assert.Equal(nameof(ImageAction.Quarantined), row.GetString("Action"));
    }

    [Fact]
    public async Task ConsumerCheck_TrustsTheVerdictTable_NotAForgedTag()
    {
        await using var host = await ImageHost.StartAsync(azurite.ConnectionString, Manual);
        var approvals = (ImageApprovals)host.Host.App.Services.GetService(typeof(ImageApprovals))!;
        var blob = host.Incoming.GetBlobClient("claims-allowed.png");
        await blob.UploadAsync(new BinaryData(await File.ReadAllBytesAsync(Path.Combine(ImageHost.Samples, "chelsea.png"))), new BlobUploadOptions
        {
            Tags = new Dictionary<string, string> { [ScreenedTags.Decision] = "allow" },
        });

        var beforeScreening = await approvals.GetApprovalAsync(blob, CancellationToken.None);
        var outcome = await host.Service.ScreenAsync(host.Incoming.Name, blob.Name, CancellationToken.None);
        var afterScreening = await approvals.GetApprovalAsync(blob, CancellationToken.None);
        await blob.UploadAsync(new BinaryData(await File.ReadAllBytesAsync(Path.Combine(ImageHost.Samples, "green_palette.png"))), new BlobUploadOptions
        {
            Tags = new Dictionary<string, string> { [ScreenedTags.Decision] = "allow", [ScreenedTags.Receipt] = outcome.ReceiptId! },
        });
        var afterOverwrite = await approvals.GetApprovalAsync(blob, CancellationToken.None);

        Assert.Null(beforeScreening);
        Assert.Equal(outcome.ReceiptId, afterScreening?.ReceiptId);
        Assert.Null(afterOverwrite);
    }

    [Fact]
    public async Task AllowedImage_ForgedGenScreenTagsAndMetadataReplaced_UploaderOwnTagsKept()
    {
        await using var host = await ImageHost.StartAsync(azurite.ConnectionString, Manual);
        var blob = host.Incoming.GetBlobClient("cat.png");
        await blob.UploadAsync(new BinaryData(await File.ReadAllBytesAsync(Path.Combine(ImageHost.Samples, "chelsea.png"))), new BlobUploadOptions
        {
            Metadata = new Dictionary<string, string> { [QuarantineMetadata.Reason] = "forged", ["job"] = "j1" },
            Tags = new Dictionary<string, string> { [ScreenedTags.Decision] = "allow", [ScreenedTags.Receipt] = "forged", ["genscreen-extra"] = "x", ["owner"] = "alice" },
        });

        var outcome = await host.Service.ScreenAsync(host.Incoming.Name, "cat.png", CancellationToken.None);

        Assert.Equal(ImageAction.Tagged, outcome.Action);
        var tags = (await blob.GetTagsAsync()).Value.Tags;
        Assert.Equal(outcome.ReceiptId, tags[ScreenedTags.Receipt]);
        Assert.Equal("alice", tags["owner"]);
        Assert.False(tags.ContainsKey("genscreen-extra"));
        var metadata = (await blob.GetPropertiesAsync()).Value.Metadata;
        Assert.Equal(outcome.ReceiptId, metadata[QuarantineMetadata.ReceiptId]);
        Assert.Equal("j1", metadata["job"]);
        Assert.False(metadata.ContainsKey(QuarantineMetadata.Reason));
    }

    [Fact]
    public async Task PromptHeldForReview_SuggestiveImage_IsHeldForReviewNotAllowed()
    {
        // Thresholds that put the retina photograph (Porn ≈ 0.86) at sexual severity 2, "suggestive", like the
        // Sexy 0.73 image of the original report: below what the ambiguous-youth rule blocks on its own.
        await using var host = await ImageHost.StartAsync(azurite.ConnectionString, Manual, new Dictionary<string, string?>
        {
            ["ImageScreening:Thresholds:ExplicitHigh"] = "0.99",
            ["ImageScreening:Thresholds:ExplicitMedium"] = "0.98",
        });
        using var prompt = await host.Host.PostJsonAsync("""{"prompt":"student in a bikini, seductive pose","policy":"mature"}""");
        var promptJson = await JsonAssert.ReadAsync(prompt);
        Assert.Equal("review", promptJson.GetProperty("decision").GetString());
        var retina = await RetinaAsync();
        await host.UploadAsync("alone.png", retina);
        await host.UploadAsync("from-review.png", retina, new Dictionary<string, string> { [QuarantineMetadata.PromptVerdictId] = promptJson.GetProperty("verdictId").GetString()! });

        var alone = await host.Service.ScreenAsync(host.Incoming.Name, "alone.png", CancellationToken.None);
        var correlated = await host.Service.ScreenAsync(host.Incoming.Name, "from-review.png", CancellationToken.None);

        Assert.Equal(Decision.Allow, alone.Decision);
        Assert.Equal(Decision.Review, correlated.Decision);
        Assert.Equal(ImageAction.Quarantined, correlated.Action);
        var row = (await host.VerdictRowsAsync()).Single(r => r.GetString("BlobName") == "from-review.png");
        Assert.Contains(ImageRules.PromptReview, row.GetString("Reasons"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PromptVerdictThatCannotBeRead_FailsClosedToReview()
    {
        await using var host = await ImageHost.StartAsync(azurite.ConnectionString, Manual);
        await host.UploadAsync("orphan.png", await File.ReadAllBytesAsync(Path.Combine(ImageHost.Samples, "chelsea.png")),
            new Dictionary<string, string> { [QuarantineMetadata.PromptVerdictId] = "ffffffffffffffffffffffffffffffff" });

        var outcome = await host.Service.ScreenAsync(host.Incoming.Name, "orphan.png", CancellationToken.None);

        Assert.Equal(Decision.Review, outcome.Decision);
        var row = Assert.Single(await host.VerdictRowsAsync());
        Assert.Contains(ImageRules.PromptUnavailable, row.GetString("Reasons"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PromptWithRealPersonHint_SexualImage_IsBlocked()
    {
        await using var host = await ImageHost.StartAsync(azurite.ConnectionString, Manual);
        using var prompt = await host.Host.PostJsonAsync("""{"prompt":"face swap of my ex at the beach","policy":"mature"}""");
        var promptJson = await JsonAssert.ReadAsync(prompt);
        Assert.Equal("allow", promptJson.GetProperty("decision").GetString());
        await host.UploadAsync("swap.png", await RetinaAsync(), new Dictionary<string, string> { [QuarantineMetadata.PromptVerdictId] = promptJson.GetProperty("verdictId").GetString()! });

        var outcome = await host.Service.ScreenAsync(host.Incoming.Name, "swap.png", CancellationToken.None);

        Assert.Equal(Decision.Block, outcome.Decision);
        Assert.Contains("real-person.sexual", Assert.Single(await host.VerdictRowsAsync()).GetString("Reasons"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("append")]
    [InlineData("page")]
    public async Task NonBlockBlob_IsQuarantinedUnscreened(string kind)
    {
        await using var host = await ImageHost.StartAsync(azurite.ConnectionString, Manual);
        var photo = await File.ReadAllBytesAsync(Path.Combine(ImageHost.Samples, "chelsea.png"));
        var name = $"{kind}.png";
        if (kind == "append")
        {
            var append = host.Incoming.GetAppendBlobClient(name);
            await append.CreateAsync();
            await append.AppendBlockAsync(new MemoryStream(photo));
        }
        else
        {
            var page = host.Incoming.GetPageBlobClient(name);
            var padded = new byte[(photo.Length + 511) / 512 * 512];
            photo.CopyTo(padded, 0);
            await page.CreateAsync(padded.Length);
            await page.UploadPagesAsync(new MemoryStream(padded), 0);
        }

        var outcome = await host.Service.ScreenAsync(host.Incoming.Name, name, CancellationToken.None);

        Assert.Equal(Decision.Block, outcome.Decision);
        Assert.Equal(ImageAction.Quarantined, outcome.Action);
        Assert.False(await host.Incoming.GetBlobClient(name).ExistsAsync());
        Assert.Contains(BlobScreeningService.UnsupportedBlobType, Assert.Single(await host.VerdictRowsAsync()).GetString("Reasons"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task QuarantinedImage_UploaderSnapshotsAreDeletedToo()
    {
        await using var host = await ImageHost.StartAsync(azurite.ConnectionString, Manual, BlockDrawings);
        var blob = await host.UploadAsync("snap.png", await File.ReadAllBytesAsync(Path.Combine(ImageHost.Samples, "green_palette.png")));
        var snapshot = (await blob.CreateSnapshotAsync()).Value.Snapshot;

        var outcome = await host.Service.ScreenAsync(host.Incoming.Name, "snap.png", CancellationToken.None);

        Assert.Equal(ImageAction.Quarantined, outcome.Action);
        Assert.False(await blob.WithSnapshot(snapshot).ExistsAsync());
        Assert.Empty(await host.Incoming.GetBlobsAsync(new GetBlobsOptions { States = BlobStates.Snapshots | BlobStates.Version }).ToListAsync());
    }

    [Fact]
    public async Task TagWriteForbidden_IsAConfigurationError_NeverAPoisonVerdict()
    {
        await using var host = await ImageHost.StartAsync(azurite.ConnectionString, Manual, new Dictionary<string, string?> { ["ImageScreening:MaxAttempts"] = "1" });
        await host.UploadAsync("allowed.png", await File.ReadAllBytesAsync(Path.Combine(ImageHost.Samples, "chelsea.png")));
        // An identity that may read, write and delete blobs but not their index tags: the role the app had in Azure.
        var withoutTags = new BlobServiceClient(host.Blobs.GenerateAccountSasUri(
            Azure.Storage.Sas.AccountSasPermissions.Read | Azure.Storage.Sas.AccountSasPermissions.Write | Azure.Storage.Sas.AccountSasPermissions.Delete
                | Azure.Storage.Sas.AccountSasPermissions.List | Azure.Storage.Sas.AccountSasPermissions.Create | Azure.Storage.Sas.AccountSasPermissions.Add,
            DateTimeOffset.UtcNow.AddHours(1), Azure.Storage.Sas.AccountSasResourceTypes.All));
        var service = host.ServiceUsing(withoutTags);

        for (var delivery = 0; delivery < 3; delivery++)
        {
            var error = await Assert.ThrowsAsync<StoragePermissionException>(() => service.ScreenAsync(host.Incoming.Name, "allowed.png", CancellationToken.None));
            Assert.Contains(DataActions.TagsWrite, error.Message, StringComparison.Ordinal);
        }

        // Not counted as attempts, so never poisoned into quarantine; the allow verdict waits for the role to be fixed.
        Assert.True(await host.Incoming.GetBlobClient("allowed.png").ExistsAsync());
        var row = Assert.Single(await host.VerdictRowsAsync());
        Assert.Equal("allow", row.GetString("Decision"));
        Assert.Equal(nameof(ImageAction.PendingTag), row.GetString("Action"));
        Assert.False(await host.Quarantine.ExistsAsync() && await host.Quarantine.GetBlobsAsync().AnyAsync());
        Assert.Empty(await host.Table.QueryAsync<Azure.Data.Tables.TableEntity>(e => true).Where(e => e.RowKey.EndsWith("-attempts", StringComparison.Ordinal)).ToListAsync());

        var fixedRole = await host.Service.ScreenAsync(host.Incoming.Name, "allowed.png", CancellationToken.None);
        Assert.Equal(BlobScreeningStatus.Resumed, fixedRole.Status);
        Assert.Equal(ImageAction.Tagged, fixedRole.Action);
    }
}
