using System.Net;
using System.Text.Json;
using GenScreen.Core.Images;
using GenScreen.Images.Decoding;
using GenScreen.Images.Pipeline;
using GenScreen.Integration.Tests.Fixtures;
using GenScreen.Storage.Images;
using Microsoft.Extensions.DependencyInjection;

namespace GenScreen.Integration.Tests.Images;

/// <summary>
/// Resource bounds in the blob pipeline: screenings go through the in-process limiter, and decodes stuck in
/// native code past the configured bound make the instance refuse work (retried later, never allowed) and report
/// itself unhealthy on <c>/api/health</c>. A stuck native call is simulated by the decoder's test stall.
/// </summary>
[Collection(AzuriteCollectionDefinition.Name)]
public sealed class ScreeningCapacityTests(AzuriteFixture azurite)
{
    private static readonly TimeSpan Manual = TimeSpan.FromMinutes(10);

    [Fact]
    public async Task ScreenAsync_LimiterFull_TheBlobWaitsForASlot()
    {
        await using var host = await ImageHost.StartAsync(azurite.ConnectionString, Manual, new Dictionary<string, string?> { ["ImageScreening:MaxConcurrentScreenings"] = "1" });
        var gate = host.Host.App.Services.GetRequiredService<ImageScreeningGate>();
        await host.UploadAsync("cat.png", await File.ReadAllBytesAsync(Path.Combine(ImageHost.Samples, "chelsea.png")));
        var held = await gate.EnterAsync(CancellationToken.None);

        var screening = host.Service.ScreenAsync(host.Incoming.Name, "cat.png", CancellationToken.None);

        Assert.Equal(1, gate.Capacity);
        Assert.True(SpinWait.SpinUntil(() => gate.Waiting == 1, TimeSpan.FromSeconds(60)), "the screening never asked the limiter for a slot");
        Assert.False(screening.IsCompleted);
        held.Dispose();
        Assert.Equal(BlobScreeningStatus.Screened, (await screening).Status);
        // The decode thread gives the slot back when it ends, which may be just after the verdict is returned.
        Assert.True(SpinWait.SpinUntil(() => gate.InUse == 0, TimeSpan.FromSeconds(60)), "the screening's slot was never released");
    }

    [Fact]
    public async Task Health_DecodesStuckPastTheBound_UnhealthyAndBlobsRetriedLaterNotDecided()
    {
        await using var host = await ImageHost.StartAsync(azurite.ConnectionString, Manual, new Dictionary<string, string?> { ["ImageScreening:MaxAbandonedDecodes"] = "1" });
        var photo = await File.ReadAllBytesAsync(Path.Combine(ImageHost.Samples, "chelsea.png"));
        var blob = await host.UploadAsync("cat.png", photo);
        Assert.Equal(HttpStatusCode.OK, (await host.Host.Client.GetAsync(new Uri("api/health", UriKind.Relative))).StatusCode);
        using var stall = new ManualResetEventSlim();
        try
        {
            var stuck = SafeImageDecoder.Decode(photo, null, null, new ImageDecodeLimits { MaxDecodeTime = TimeSpan.FromMilliseconds(1), DecodeThreadStallForTests = stall.Wait }, CancellationToken.None);
            Assert.Equal(DecodeFailureReason.DecodeTimeout, stuck.FailureReason);

            using var health = await host.Host.Client.GetAsync(new Uri("api/health", UriKind.Relative));
            Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
            using var report = JsonDocument.Parse(await health.Content.ReadAsStringAsync());
            Assert.Equal("unhealthy", report.RootElement.GetProperty("status").GetString());
            Assert.Equal("1", report.RootElement.GetProperty("checks").GetProperty("image-screening").GetProperty("data").GetProperty("abandonedDecodes").GetString());

            await Assert.ThrowsAsync<ImageScreeningUnavailableException>(() => host.Service.ScreenAsync(host.Incoming.Name, "cat.png", CancellationToken.None));
            Assert.Empty(await host.Table.QueryAsync<Azure.Data.Tables.TableEntity>(e => true).ToListAsync()); // no verdict, no attempt held against the blob
            Assert.True(await blob.ExistsAsync());
            Assert.Empty((await blob.GetTagsAsync()).Value.Tags); // untagged: not served as screened
        }
        finally
        {
            stall.Set();
        }

        Assert.True(SpinWait.SpinUntil(() => SafeImageDecoder.AbandonedDecodes == 0, TimeSpan.FromSeconds(30)));
        Assert.Equal(HttpStatusCode.OK, (await host.Host.Client.GetAsync(new Uri("api/health", UriKind.Relative))).StatusCode);
        var retried = await host.Service.ScreenAsync(host.Incoming.Name, "cat.png", CancellationToken.None);
        Assert.Equal((BlobScreeningStatus.Screened, ImageAction.Tagged), (retried.Status, retried.Action));
    }
}
