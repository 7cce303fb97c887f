using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using GenScreen.Core.Verdicts;
using GenScreen.Integration.Tests.Fixtures;
using GenScreen.Integration.Tests.Review;
using GenScreen.Storage.Images;

namespace GenScreen.Integration.Tests.Images;

/// <summary>
/// Publish mode on real Azurite with the real model (docs/storage.md, "Publish mode"): generators write to a private
/// staging container (the watched one) and only allowed images are copied, with their verdict tags, to the published
/// container; blocked and review images go to quarantine and never appear there, until a moderator releases one. A
/// crash at every step of a publish (process abandoned, or storage down right after the step), then a re-delivery by
/// a new pipeline instance and one more delivery, ends with the image published exactly once and one verdict row.
/// </summary>
[Collection(AzuriteCollectionDefinition.Name)]
public sealed class PublishModeTests(AzuriteFixture azurite)
{
    private static readonly TimeSpan Manual = TimeSpan.FromMinutes(10);

    private static readonly ImageStep[] PublishSteps =
        [ImageStep.Recorded, ImageStep.MoveIntentRecorded, ImageStep.PublishCopied, ImageStep.PublishVerified, ImageStep.PublishTagsWritten, ImageStep.StagingDone, ImageStep.Acted];

    /// <summary>Publish mode with its own published container; drawings blocked so that a real image of each kind exists.</summary>
    private static Dictionary<string, string?> PublishSettings(string keep = "Delete", IDictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["ImageScreening:Publish:Enabled"] = "true",
            ["ImageScreening:Publish:Container"] = $"pub-{Guid.NewGuid():N}"[..16],
            ["ImageScreening:Publish:StagingAfterPublish"] = keep,
            ["ImageScreening:Thresholds:BlockClassesAt:Drawing"] = "0.5",
        };
        foreach (var (k, v) in extra ?? new Dictionary<string, string?>())
        {
            settings[k] = v;
        }

        return settings;
    }

    [Fact]
    public async Task Watcher_AllowedIsPublishedWithTags_BlockedNeverAppears_PublishedIsPrivate()
    {
        var settings = PublishSettings();
        await using var host = await ImageHost.StartAsync(azurite.ConnectionString, TimeSpan.FromMilliseconds(200), settings);
        var published = host.Blobs.GetBlobContainerClient(settings["ImageScreening:Publish:Container"]);
        var photo = await File.ReadAllBytesAsync(Path.Combine(ImageHost.Samples, "chelsea.png"));
        var drawing = await File.ReadAllBytesAsync(Path.Combine(ImageHost.Samples, "green_palette.png"));

        await host.UploadAsync("job/1/cat.png", photo, new Dictionary<string, string> { ["owner"] = "studio-7", [QuarantineMetadata.VerdictDecision] = "allow" });
        await host.UploadAsync("job/1/drawing.png", drawing);
        await Eventually.GetAsync(async () => await HandledAsync(host) == 2 ? "done" : null, "both images handled by the watcher");

        var rows = await host.VerdictRowsAsync();
        var allowed = Assert.Single(rows, r => r.GetString("BlobName") == "job/1/cat.png");
        Assert.Equal(("allow", "Published"), (allowed.GetString("Decision"), allowed.GetString("Action")));
        await AssertPublishedOnceAsync(host, published, "job/1/cat.png", photo, "watcher", stagingKept: false);
        var copy = (await published.GetBlobClient("job/1/cat.png").GetPropertiesAsync()).Value;
        Assert.Equal("studio-7", copy.Metadata["owner"]); // the uploader's own metadata travels; its forged result does not
        Assert.Equal("allow", copy.Metadata[QuarantineMetadata.VerdictDecision]);

        var blocked = Assert.Single(rows, r => r.GetString("BlobName") == "job/1/drawing.png");
        Assert.Equal(("block", "Quarantined"), (blocked.GetString("Decision"), blocked.GetString("Action")));
        Assert.Equal(["job/1/cat.png"], await published.GetBlobsAsync().Select(b => b.Name).ToListAsync());
        Assert.False(await host.Incoming.GetBlobClient("job/1/drawing.png").ExistsAsync());

        // Private: an anonymous GET of the published copy is refused, and the container has no public access level.
        using var anonymous = new HttpClient();
        using var response = await anonymous.GetAsync(published.GetBlobClient("job/1/cat.png").Uri);
        Assert.False(response.IsSuccessStatusCode, $"anonymous GET answered {(int)response.StatusCode}");
        Assert.Equal(PublicAccessType.None, (await published.GetAccessPolicyAsync()).Value.BlobPublicAccess);
    }

    /// <summary>
    /// A crash right after each publish step, either way it happens in production: the process is abandoned (a host
    /// recycled mid-write) or storage goes down (every later call fails). A new pipeline instance re-delivers.
    /// </summary>
    [Theory]
    [InlineData(Crash.Abandoned)]
    [InlineData(Crash.StorageDown)]
    public async Task CrashAfterEachPublishStep_RedeliveryPublishesExactlyOnce(Crash crash)
    {
        var settings = PublishSettings();
        await using var host = await ImageHost.StartAsync(azurite.ConnectionString, Manual, settings);
        var published = host.Blobs.GetBlobContainerClient(settings["ImageScreening:Publish:Container"]);
        var photo = await File.ReadAllBytesAsync(Path.Combine(ImageHost.Samples, "chelsea.png"));
        foreach (var step in PublishSteps)
        {
            var name = $"publish-{crash}/{step}.png";
            await host.UploadAsync(name, photo);
            await PipelineCrashes.CrashAtAsync(crash, azurite, host, name, step);

            var outcome = await PipelineCrashes.RedeliverAsync(azurite, host, name);

            Assert.Equal(ImageAction.Published, outcome.Action);
            await AssertPublishedOnceAsync(host, published, name, photo, step.ToString(), stagingKept: false);
        }
    }

    [Fact]
    public async Task KeepStaging_AbandonedAtEachStep_PublishedOnce_StagingKeptUnchanged_BlockedNeverPublished()
    {
        var settings = PublishSettings(keep: "Keep");
        await using var host = await ImageHost.StartAsync(azurite.ConnectionString, Manual, settings);
        var published = host.Blobs.GetBlobContainerClient(settings["ImageScreening:Publish:Container"]);
        var photo = await File.ReadAllBytesAsync(Path.Combine(ImageHost.Samples, "chelsea.png"));
        foreach (var step in PublishSteps)
        {
            var name = $"keep/{step}.png";
            var uploaded = (await (await host.UploadAsync(name, photo)).GetPropertiesAsync()).Value.ETag;
            await PipelineCrashes.AbandonAtAsync(azurite, host, name, step);

            var outcome = await PipelineCrashes.RedeliverAsync(azurite, host, name);

            Assert.Equal(ImageAction.Published, outcome.Action);
            await AssertPublishedOnceAsync(host, published, name, photo, step.ToString(), stagingKept: true);
            Assert.Equal(uploaded, (await host.Incoming.GetBlobClient(name).GetPropertiesAsync()).Value.ETag); // untouched
        }

        // A blocked image crashed at each step of its quarantine move also never reaches the published container.
        var drawing = await File.ReadAllBytesAsync(Path.Combine(ImageHost.Samples, "green_palette.png"));
        foreach (var step in new[] { ImageStep.Recorded, ImageStep.Copied, ImageStep.SourceDeleted })
        {
            var name = $"keep-blocked/{step}.png";
            await host.UploadAsync(name, drawing);
            await PipelineCrashes.AbandonAtAsync(azurite, host, name, step);
            Assert.Equal(ImageAction.Quarantined, (await PipelineCrashes.RedeliverAsync(azurite, host, name)).Action);
        }

        Assert.DoesNotContain(await published.GetBlobsAsync().Select(b => b.Name).ToListAsync(), n => n.StartsWith("keep-blocked/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task BlockedForReview_NotPublished_UntilAModeratorReleasesIt_ThenPublishedOnce()
    {
        var adminKey = RunningHost.NewKey();
        var settings = PublishSettings(extra: ReviewClient.Settings(adminKey));
        await using var host = await ImageHost.StartAsync(azurite.ConnectionString, Manual, settings);
        var published = host.Blobs.GetBlobContainerClient(settings["ImageScreening:Publish:Container"]);
        var client = new ReviewClient(host.Host, adminKey);
        var cat = await File.ReadAllBytesAsync(Path.Combine(ImageHost.Samples, "chelsea.png"));
        var promptId = await client.ScreenAsync("nude photo of Scarlett Johansson", userId: "user-9", policy: "mature");
        await host.Incoming.GetBlobClient("jobs/9/out.png").UploadAsync(new BinaryData(cat), new BlobUploadOptions
        {
            Metadata = new Dictionary<string, string> { [QuarantineMetadata.PromptVerdictId] = promptId },
        });

        var first = await host.Service.ScreenAsync(host.Incoming.Name, "jobs/9/out.png", CancellationToken.None);

        Assert.Equal((Decision.Block, ImageAction.Quarantined), (first.Decision, first.Action));
        Assert.False(await published.ExistsAsync() && await published.GetBlobsAsync().AnyAsync());

        var released = await client.PostJsonAsync($"api/review/items/{first.ReceiptId}/release", """{"reason":"the cat is not a person"}""");
        Assert.Equal($"{host.Incoming.Name}/jobs/9/out.png", released.GetProperty("releasedTo").GetString());

        // The trigger fires for the copy put back into staging: recognised as released, allowed, published.
        var again = await host.Service.ScreenAsync(host.Incoming.Name, "jobs/9/out.png", CancellationToken.None);
        var replay = await host.Service.ScreenAsync(host.Incoming.Name, "jobs/9/out.png", CancellationToken.None);

        Assert.Equal((Decision.Allow, ImageAction.Published), (again.Decision, again.Action));
        Assert.Contains(replay.Status, new[] { BlobScreeningStatus.Duplicate, BlobScreeningStatus.Gone });
        var copy = Assert.Single(await published.GetBlobsAsync(new GetBlobsOptions { Traits = BlobTraits.Metadata | BlobTraits.Tags }).ToListAsync());
        Assert.Equal("jobs/9/out.png", copy.Name);
        Assert.Equal(cat, (await published.GetBlobClient(copy.Name).DownloadContentAsync()).Value.Content.ToArray());
        Assert.Equal(again.ReceiptId, copy.Metadata[QuarantineMetadata.ReceiptId]);
        Assert.Equal("allow", (await published.GetBlobClient(copy.Name).GetTagsAsync()).Value.Tags[ScreenedTags.Decision]);
        Assert.False(await host.Incoming.GetBlobClient("jobs/9/out.png").ExistsAsync());
    }

    [Theory]
    [InlineData("ImageScreening:IncomingContainer")]
    [InlineData("ImageScreening:QuarantineContainer")]
    public async Task Options_PublishedContainerSameAsStagingOrQuarantine_RefusedAtStart(string clash)
    {
        var settings = PublishSettings(extra: new Dictionary<string, string?> { [clash] = "clash-container" });
        settings["ImageScreening:Publish:Container"] = "clash-container";

        var ex = await Assert.ThrowsAnyAsync<Microsoft.Extensions.Options.OptionsValidationException>(() => RunningHost.StartAsync(azurite.ConnectionString, new Dictionary<string, string?>(settings) { ["ImageScreening:Enabled"] = "true" }));

        Assert.Contains("Publish:Container", ex.Message, StringComparison.Ordinal);
    }

    private static async Task<int> HandledAsync(ImageHost host)
    {
        try
        {
            return (await host.VerdictRowsAsync()).Count(r => r.GetString("Action") is "Published" or "Quarantined");
        }
        catch (Azure.RequestFailedException ex) when (ex.Status == 404)
        {
            return 0; // the verdict table is created with the first verdict
        }
    }

    /// <summary>
    /// Exactly one published copy (byte-identical, receipt in metadata and tags, decision allow), the staging blob gone
    /// (or kept), nothing of it in quarantine, and one verdict row saying Published.
    /// </summary>
    private static async Task AssertPublishedOnceAsync(ImageHost host, BlobContainerClient published, string name, byte[] content, string step, bool stagingKept)
    {
        var copies = await published.GetBlobsAsync(new GetBlobsOptions { Prefix = name }).ToListAsync();
        var copy = Assert.Single(copies);
        Assert.Equal(name, copy.Name);
        var blob = published.GetBlobClient(name);
        Assert.Equal(content, (await blob.DownloadContentAsync()).Value.Content.ToArray());
        var row = Assert.Single(await host.VerdictRowsAsync(), r => r.GetString("BlobName") == name);
        Assert.Equal((nameof(ImageAction.Published), "allow"), (row.GetString("Action"), row.GetString("Decision")));
        var tags = (await blob.GetTagsAsync()).Value.Tags;
        Assert.Equal("allow", tags[ScreenedTags.Decision]);
        Assert.Equal(row.RowKey, tags[ScreenedTags.Receipt]);
        Assert.Equal(row.RowKey, (await blob.GetPropertiesAsync()).Value.Metadata[QuarantineMetadata.ReceiptId]);
        Assert.Equal(stagingKept, (bool)await host.Incoming.GetBlobClient(name).ExistsAsync());
        if (stagingKept)
        {
            Assert.Equal(content, (await host.Incoming.GetBlobClient(name).DownloadContentAsync()).Value.Content.ToArray());
        }

        Assert.False(await host.Quarantine.ExistsAsync() && await host.Quarantine.GetBlobsAsync().AnyAsync(b => b.Name.EndsWith(name, StringComparison.Ordinal)), $"{step}: an allowed image was copied to quarantine");
    }
}
