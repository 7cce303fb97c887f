using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using GenScreen.Integration.Tests.Fixtures;
using GenScreen.LocalHost;
using GenScreen.Storage.Images;
using Microsoft.Extensions.DependencyInjection;

namespace GenScreen.Integration.Tests.Images;

/// <summary>
/// What blob delivery really looks like (Event Grid and blob triggers are at-least-once and unordered): blobs created
/// empty and then written, a host restart that re-delivers everything, events out of order or twice at once, and a
/// blob that keeps failing. One verdict per blob version; nothing moved twice; nothing retried forever.
/// </summary>
[Collection(AzuriteCollectionDefinition.Name)]
public sealed class DeliveryTests(AzuriteFixture azurite)
{
    private static readonly Dictionary<string, string?> BlockDrawings = new() { ["ImageScreening:Thresholds:BlockClassesAt:Drawing"] = "0.5" };
    private static readonly TimeSpan Manual = TimeSpan.FromMinutes(10);

    [Fact]
    public async Task EmptyThenWritten_EmptyVersionIsNoVerdictAndTheWrittenOneDecides()
    {
        await using var host = await ImageHost.StartAsync(azurite.ConnectionString, Manual, BlockDrawings);
        var drawing = await File.ReadAllBytesAsync(Path.Combine(ImageHost.Samples, "green_palette.png"));
        await host.UploadAsync("late.png", []); // BlobCreated #1: zero bytes

        var first = await host.Service.ScreenAsync(host.Incoming.Name, "late.png", CancellationToken.None);

        Assert.Equal(BlobScreeningStatus.AwaitingContent, first.Status);
        Assert.True(await host.Incoming.GetBlobClient("late.png").ExistsAsync()); // not moved: the writer can still write it
        Assert.False(await host.Quarantine.ExistsAsync() && await host.Quarantine.GetBlobsAsync().AnyAsync());
        Assert.Empty(await RowsOrNoneAsync(host));

        await host.UploadAsync("late.png", drawing); // BlobCreated #2: the content
        var second = await host.Service.ScreenAsync(host.Incoming.Name, "late.png", CancellationToken.None);
        var lateFirst = await host.Service.ScreenAsync(host.Incoming.Name, "late.png", CancellationToken.None); // #1 re-delivered late

        Assert.Equal(BlobScreeningStatus.Screened, second.Status);
        Assert.Equal(ImageAction.Quarantined, second.Action);
        Assert.Equal(BlobScreeningStatus.Gone, lateFirst.Status);
        var row = Assert.Single(await host.VerdictRowsAsync());
        Assert.Equal(BlobPipelineTests.Sha256(drawing), row.GetString("ContentSha256"));
        Assert.DoesNotContain("\"empty\"", row.GetString("Reasons"), StringComparison.Ordinal);
        var copy = Assert.Single(await host.Quarantine.GetBlobsAsync().ToListAsync());
        Assert.Equal(drawing, (await host.Quarantine.GetBlobClient(copy.Name).DownloadContentAsync()).Value.Content.ToArray());
    }

    [Fact]
    public async Task EmptyThenWritten_FirstEventHandledAfterTheWrite_ScreensTheContentOnce()
    {
        await using var host = await ImageHost.StartAsync(azurite.ConnectionString, Manual, BlockDrawings);
        var photo = await File.ReadAllBytesAsync(Path.Combine(ImageHost.Samples, "chelsea.png"));
        await host.UploadAsync("slow.png", []);
        await host.UploadAsync("slow.png", photo);

        var first = await host.Service.ScreenAsync(host.Incoming.Name, "slow.png", CancellationToken.None); // event #1, late
        var second = await host.Service.ScreenAsync(host.Incoming.Name, "slow.png", CancellationToken.None); // event #2

        Assert.Equal(ImageAction.Tagged, first.Action);
        Assert.Equal(BlobScreeningStatus.Duplicate, second.Status);
        var row = Assert.Single(await host.VerdictRowsAsync());
        Assert.Equal(BlobPipelineTests.Sha256(photo), row.GetString("ContentSha256"));
    }

    [Fact]
    public async Task HostRestart_RedeliversEverything_ReceiptsHoldNothingScreenedOrMovedTwice()
    {
        var settings = new Dictionary<string, string?>(BlockDrawings)
        {
            ["ImageScreening:IncomingContainer"] = $"in-restart-{Guid.NewGuid():N}"[..30],
            ["ImageScreening:QuarantineContainer"] = $"q-restart-{Guid.NewGuid():N}"[..30],
            ["ImageScreening:VerdictTable"] = $"ImgRestart{Guid.NewGuid():N}"[..30],
        };
        var photo = await File.ReadAllBytesAsync(Path.Combine(ImageHost.Samples, "chelsea.png"));
        var coffee = await File.ReadAllBytesAsync(Path.Combine(ImageHost.Samples, "coffee.png"));
        var drawing = await File.ReadAllBytesAsync(Path.Combine(ImageHost.Samples, "green_palette.png"));
        string[] names = ["a/cat.png", "b/coffee.png", "c/art.png"];
        List<Azure.Data.Tables.TableEntity> before;
        await using (var first = await ImageHost.StartAsync(azurite.ConnectionString, Manual, settings))
        {
            await first.UploadAsync(names[0], photo);
            await first.UploadAsync(names[1], coffee);
            await first.UploadAsync(names[2], drawing);
            foreach (var name in names)
            {
                await first.Service.ScreenAsync(first.Incoming.Name, name, CancellationToken.None);
            }

            before = await first.VerdictRowsAsync();
        }

        // The restarted host's watcher lists the container (tagged blobs have new ETags) and delivers all it finds;
        // Event Grid would re-deliver the original events too: both are replayed here.
        await using var second = await ImageHost.StartAsync(azurite.ConnectionString, Manual, settings);
        var watcher = second.Host.App.Services.GetRequiredService<BlobWatcher>();
        await watcher.PassAsync(second.Incoming, CancellationToken.None);
        var replayed = new List<BlobScreeningOutcome>();
        foreach (var name in names)
        {
            replayed.Add(await second.Service.ScreenAsync(second.Incoming.Name, name, CancellationToken.None));
        }

        Assert.Equal(3, before.Count);
        Assert.Equal([BlobScreeningStatus.Duplicate, BlobScreeningStatus.Duplicate, BlobScreeningStatus.Gone], replayed.Select(o => o.Status));
        var after = await second.VerdictRowsAsync();
        Assert.Equal(before.Select(r => (r.RowKey, r.GetString("Action"), r.GetDateTimeOffset("ScreenedAt"))).Order(), after.Select(r => (r.RowKey, r.GetString("Action"), r.GetDateTimeOffset("ScreenedAt"))).Order());
        Assert.Single(await second.Quarantine.GetBlobsAsync().ToListAsync());
        Assert.Equal(2, (await second.Incoming.GetBlobsAsync().ToListAsync()).Count);
    }

    [Fact]
    public async Task OutOfOrder_EventForVersion2BeforeVersion1_OnlyTheCurrentVersionDecidesOnce()
    {
        await using var host = await ImageHost.StartAsync(azurite.ConnectionString, Manual, BlockDrawings);
        var photo = await File.ReadAllBytesAsync(Path.Combine(ImageHost.Samples, "chelsea.png"));
        var drawing = await File.ReadAllBytesAsync(Path.Combine(ImageHost.Samples, "green_palette.png"));
        await host.UploadAsync("v.png", photo);   // version 1 (allowed on its own)
        await host.UploadAsync("v.png", drawing); // version 2 (blocked)

        var event2 = await host.Service.ScreenAsync(host.Incoming.Name, "v.png", CancellationToken.None);
        var event1 = await host.Service.ScreenAsync(host.Incoming.Name, "v.png", CancellationToken.None);

        Assert.Equal(ImageAction.Quarantined, event2.Action);
        Assert.Equal(BlobScreeningStatus.Gone, event1.Status); // a stale event never resurrects or re-moves anything
        var row = Assert.Single(await host.VerdictRowsAsync());
        Assert.Equal(BlobPipelineTests.Sha256(drawing), row.GetString("ContentSha256"));
        Assert.Single(await host.Quarantine.GetBlobsAsync().ToListAsync());
    }

    [Fact]
    public async Task OutOfOrder_StaleEventAfterOverwrite_ScreensTheNewVersionNotTheOldAgain()
    {
        await using var host = await ImageHost.StartAsync(azurite.ConnectionString, Manual, BlockDrawings);
        var photo = await File.ReadAllBytesAsync(Path.Combine(ImageHost.Samples, "chelsea.png"));
        var coffee = await File.ReadAllBytesAsync(Path.Combine(ImageHost.Samples, "coffee.png"));
        await host.UploadAsync("w.png", photo);
        var v1 = await host.Service.ScreenAsync(host.Incoming.Name, "w.png", CancellationToken.None);
        await host.UploadAsync("w.png", coffee);

        var staleV1 = await host.Service.ScreenAsync(host.Incoming.Name, "w.png", CancellationToken.None); // v1's event again
        var v2 = await host.Service.ScreenAsync(host.Incoming.Name, "w.png", CancellationToken.None);

        Assert.Equal(ImageAction.Tagged, v1.Action);
        Assert.Equal(BlobScreeningStatus.Screened, staleV1.Status); // it reads the current version: v2 is screened now
        Assert.Equal(BlobScreeningStatus.Duplicate, v2.Status);
        Assert.Equal(2, (await host.VerdictRowsAsync()).Count); // one per version, none twice
        Assert.Equal("allow", (await host.Incoming.GetBlobClient("w.png").GetTagsAsync()).Value.Tags[ScreenedTags.Decision]);
    }

    [Theory]
    [InlineData("green_palette.png", ImageAction.Quarantined)]
    [InlineData("chelsea.png", ImageAction.Tagged)]
    public async Task SameEventTwiceConcurrently_OneVerdictOneAction(string sample, ImageAction expected)
    {
        await using var host = await ImageHost.StartAsync(azurite.ConnectionString, Manual, BlockDrawings);
        var bytes = await File.ReadAllBytesAsync(Path.Combine(ImageHost.Samples, sample));
        await host.UploadAsync("twice.png", bytes);
        // Two instances (no shared memory), as two workers that both got the event.
        var a = FreshPipeline.Create(host, new BlobServiceClient(azurite.ConnectionString), new Azure.Data.Tables.TableServiceClient(azurite.ConnectionString));
        var b = FreshPipeline.Create(host, new BlobServiceClient(azurite.ConnectionString), new Azure.Data.Tables.TableServiceClient(azurite.ConnectionString));

        var outcomes = await Task.WhenAll(
            Task.Run(() => a.ScreenAsync(host.Incoming.Name, "twice.png", CancellationToken.None)),
            Task.Run(() => b.ScreenAsync(host.Incoming.Name, "twice.png", CancellationToken.None)));

        Assert.Contains(outcomes, o => o.Status is BlobScreeningStatus.Screened && o.Action == expected);
        var row = Assert.Single(await host.VerdictRowsAsync());
        Assert.Equal(expected.ToString(), row.GetString("Action"));
        var attempts = await host.Table.QueryAsync<Azure.Data.Tables.TableEntity>(e => true).Where(e => e.RowKey.EndsWith("-attempts", StringComparison.Ordinal)).ToListAsync();
        Assert.Empty(attempts); // the race is not a failure held against the image
        if (expected == ImageAction.Quarantined)
        {
            Assert.Equal(bytes, (await host.Quarantine.GetBlobClient(Assert.Single(await host.Quarantine.GetBlobsAsync().ToListAsync()).Name).DownloadContentAsync()).Value.Content.ToArray());
            Assert.False(await host.Incoming.GetBlobClient("twice.png").ExistsAsync());
        }
        else
        {
            Assert.Equal(bytes, (await host.Incoming.GetBlobClient("twice.png").DownloadContentAsync()).Value.Content.ToArray());
        }
    }

    [Fact]
    public async Task SameViolatingEventToFourWorkers_OneQuarantinedCopyPerImage()
    {
        // Four workers racing on each of four images: every copy lands at the one primary path (a worker that
        // finds another's pending copy of the same verdict follows it, never a second, versioned path).
        await using var host = await ImageHost.StartAsync(azurite.ConnectionString, Manual, BlockDrawings);
        var bytes = await File.ReadAllBytesAsync(Path.Combine(ImageHost.Samples, "green_palette.png"));
        var names = Enumerable.Range(0, 4).Select(i => $"race-{i}.png").ToArray();
        foreach (var name in names)
        {
            await host.UploadAsync(name, bytes);
        }

        var workers = Enumerable.Range(0, 4).Select(_ => FreshPipeline.Create(host, new BlobServiceClient(azurite.ConnectionString), new Azure.Data.Tables.TableServiceClient(azurite.ConnectionString))).ToArray();
        foreach (var name in names)
        {
            await Task.WhenAll(workers.Select(w => Task.Run(() => w.ScreenAsync(host.Incoming.Name, name, CancellationToken.None))));
        }

        var quarantined = (await host.Quarantine.GetBlobsAsync().ToListAsync()).Select(b => b.Name).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(names.Select(n => $"{host.Incoming.Name}/{n}").Order(StringComparer.Ordinal), quarantined);
        Assert.Empty(await host.Incoming.GetBlobsAsync().ToListAsync());
        Assert.Equal(names.Length, (await host.VerdictRowsAsync()).Count);
    }

    private static async Task<List<Azure.Data.Tables.TableEntity>> RowsOrNoneAsync(ImageHost host)
    {
        try
        {
            return await host.VerdictRowsAsync();
        }
        catch (Azure.RequestFailedException ex) when (ex.Status == 404)
        {
            return []; // the table was never needed
        }
    }
}
