using Azure.Data.Tables;
using GenScreen.Integration.Tests.Fixtures;
using GenScreen.Integration.Tests.Http;
using GenScreen.Storage.Images;

namespace GenScreen.Integration.Tests.Images;

/// <summary>
/// The whole local host (image pipeline and prompt verdict writes) talks to Azurite through <see cref="FaultProxy"/>:
/// every third request gets a 503, a reset before or after storage executed it, a stall past the client's timeout,
/// or a slow answer. With the production retry options the SDK's retries absorb them: every delivery succeeds,
/// every image ends tagged or quarantined exactly once, every prompt verdict is stored exactly once.
/// </summary>
[Collection(AzuriteCollectionDefinition.Name)]
public sealed class FaultProxyPipelineTests(AzuriteFixture azurite)
{
    private static readonly TimeSpan Manual = TimeSpan.FromMinutes(10);

    [Fact]
    public async Task ImagesAndPrompts_ThroughInjectedFaults_RetriesSucceedNothingLostOrMovedTwice()
    {
        var schedule = FaultProxy.Cycle(3, ProxyFault.ServiceUnavailable, ProxyFault.DropBeforeForward, ProxyFault.DropAfterForward, ProxyFault.Stall, ProxyFault.Slow);
        await using var blobProxy = new FaultProxy(azurite.Azurite.BlobPort, schedule);
        await using var tableProxy = new FaultProxy(azurite.Azurite.TablePort, schedule);
        var routed = FaultProxy.Route(azurite.ConnectionString, blobProxy, tableProxy);
        await using var host = await ImageHost.StartAsync(routed, Manual, new Dictionary<string, string?> { ["ImageScreening:Thresholds:BlockClassesAt:Drawing"] = "0.5" }, observe: azurite.ConnectionString);
        var files = new Dictionary<string, string> { ["cat.png"] = "chelsea.png", ["coffee.png"] = "coffee.png", ["art-1.png"] = "green_palette.png", ["art-2.png"] = "green_palette.png" };
        var allowed = new[] { "cat.png", "coffee.png" };
        var blocked = new[] { "art-1.png", "art-2.png" };
        var samples = allowed.Concat(blocked).ToArray();
        foreach (var sample in samples)
        {
            await host.UploadAsync($"up/{sample}", await File.ReadAllBytesAsync(Path.Combine(ImageHost.Samples, files[sample])));
        }

        var outcomes = new List<BlobScreeningOutcome>();
        foreach (var sample in samples)
        {
            outcomes.Add(await host.Service.ScreenAsync(host.Incoming.Name, $"up/{sample}", CancellationToken.None));
        }

        var verdictIds = new List<string>();
        for (var i = 0; i < 12; i++)
        {
            using var response = await host.Host.PostJsonAsync($$"""{"prompt":"a lighthouse at dusk, study {{i}}","requestId":"fault-{{i}}"}""");
            Assert.Equal(200, (int)response.StatusCode);
            verdictIds.Add((await JsonAssert.ReadAsync(response)).GetProperty("verdictId").GetString()!);
        }

        // Every delivery arrives again (at-least-once): nothing is screened or moved twice.
        var replays = new List<BlobScreeningOutcome>();
        foreach (var sample in samples)
        {
            replays.Add(await host.Service.ScreenAsync(host.Incoming.Name, $"up/{sample}", CancellationToken.None));
        }

        Assert.All(outcomes.Take(allowed.Length), o => Assert.Equal(ImageAction.Tagged, o.Action));
        Assert.All(outcomes.Skip(allowed.Length), o => Assert.Equal(ImageAction.Quarantined, o.Action));
        Assert.All(replays, o => Assert.Contains(o.Status, new[] { BlobScreeningStatus.Duplicate, BlobScreeningStatus.Gone }));
        var rows = await host.VerdictRowsAsync();
        Assert.Equal(samples.Select(s => $"up/{s}").Order(), rows.Select(r => r.GetString("BlobName")).Order());
        var quarantined = await host.Quarantine.GetBlobsAsync().ToListAsync();
        Assert.Equal(blocked.Select(s => $"{host.Incoming.Name}/up/{s}"), quarantined.Select(b => b.Name));
        Assert.Equal(allowed.Select(s => $"up/{s}").Order(), (await host.Incoming.GetBlobsAsync().ToListAsync()).Select(b => b.Name).Order());
        foreach (var sample in allowed)
        {
            Assert.Equal("allow", (await host.Incoming.GetBlobClient($"up/{sample}").GetTagsAsync()).Value.Tags[ScreenedTags.Decision]);
        }

        // Prompt verdicts: stored exactly once each (a write deferred by a stall lands later: waited for, not timed).
        var prompts = new TableClient(azurite.ConnectionString, host.Host.TableName);
        var stored = await Eventually.GetAsync(async () =>
        {
            var found = await prompts.QueryAsync<TableEntity>(e => true).Select(e => e.RowKey).ToListAsync();
            return verdictIds.All(found.Contains) ? found : null;
        }, "every prompt verdict row");
        Assert.Equal(verdictIds.Order(), stored.Where(verdictIds.Contains).Order());
        Assert.Equal(verdictIds.Count, stored.Count(verdictIds.Contains));

        foreach (var fault in Enum.GetValues<ProxyFault>().Where(f => f != ProxyFault.None))
        {
            Assert.True(blobProxy.Injected(fault) + tableProxy.Injected(fault) > 0, $"no {fault} was injected");
        }
    }
}
