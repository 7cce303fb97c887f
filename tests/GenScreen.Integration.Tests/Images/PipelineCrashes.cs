using Azure.Core;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using GenScreen.Integration.Tests.Fixtures;
using GenScreen.Storage.Images;

namespace GenScreen.Integration.Tests.Images;

/// <summary>How one delivery dies: the process abandoned at a step, or storage unreachable right after it.</summary>
public enum Crash
{
    /// <summary>The pipeline's token is cancelled at the step and it never runs another line (a host shutdown or kill: no catch block runs).</summary>
    Abandoned,

    /// <summary>Right after the step every storage request is reset by a proxy in front of Azurite (as if Azurite were killed).</summary>
    StorageDown,
}

/// <summary>
/// Crashes of one delivery for the quarantine, tagging and publish tests (<see cref="CrashSafetyTests"/>,
/// <see cref="PublishModeTests"/>), then the re-delivery by a restarted process.
/// </summary>
internal static class PipelineCrashes
{
    public static Task CrashAtAsync(Crash crash, AzuriteFixture azurite, ImageHost host, string name, ImageStep step) => crash switch
    {
        Crash.Abandoned => AbandonAtAsync(azurite, host, name, step),
        Crash.StorageDown => StorageDownAtAsync(azurite, host, name, step),
        _ => throw new ArgumentOutOfRangeException(nameof(crash)),
    };

    public static async Task AbandonAtAsync(AzuriteFixture azurite, ImageHost host, string name, ImageStep step)
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

    public static async Task StorageDownAtAsync(AzuriteFixture azurite, ImageHost host, string name, ImageStep step)
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

    public static async Task<BlobScreeningOutcome> RedeliverAsync(AzuriteFixture azurite, ImageHost host, string name)
    {
        var restarted = FreshPipeline.Create(host, new BlobServiceClient(azurite.ConnectionString), new TableServiceClient(azurite.ConnectionString));
        var outcome = await restarted.ScreenAsync(host.Incoming.Name, name, CancellationToken.None);
        var again = await restarted.ScreenAsync(host.Incoming.Name, name, CancellationToken.None);
        Assert.Contains(again.Status, new[] { BlobScreeningStatus.Duplicate, BlobScreeningStatus.Gone });
        return outcome;
    }
}
