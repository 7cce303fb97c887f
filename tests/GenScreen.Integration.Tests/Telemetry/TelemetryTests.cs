using System.Net;
using System.Text;
using GenScreen.Core.Telemetry;
using GenScreen.Integration.Tests.Fixtures;
using GenScreen.Integration.Tests.Images;

namespace GenScreen.Integration.Tests.Telemetry;

/// <summary>
/// Issue 11, telemetry: real screening runs on the local host (Azurite, the real models) record on the GenScreen meter
/// (screened items by decision and category, per-stage latency, quarantine moves, failures, queue depth), and no log
/// entry, at any level, carries the prompt text or the image bytes.
/// </summary>
[Collection(AzuriteCollectionDefinition.Name)]
public sealed class TelemetryTests(AzuriteFixture azurite)
{
    private static readonly TimeSpan Manual = TimeSpan.FromMinutes(10);

    // Words no other test uses, so a hit can only come from this run.
    private const string Prompt = "little girl Quillfeather Zanzibarine, nude";
    private const string NegativePrompt = "Marmalisk Oberwyndle, lowres";
    private const string AllowedPrompt = "Thornquist lighthouse on a cliff at dawn";

    [Fact]
    public async Task ScreeningRun_RecordsScreenedItemsStagesQuarantineMovesFailuresAndQueueDepth()
    {
        using var recorder = new MeasurementRecorder();
        await using var host = await ImageHost.StartAsync(azurite.ConnectionString, Manual);

        using var prompt = await host.Host.PostJsonAsync($$"""{"prompt":"{{Prompt}}"}""");
        using var image = await ImageEndpointClient.PostRawAsync(host.Host, Photo(), "?purpose=generated&policy=mature");
        await host.UploadAsync("broken.png", Corrupt());
        await host.Service.ScreenAsync(host.Incoming.Name, "broken.png", CancellationToken.None);
        recorder.Observe();

        Assert.Equal(HttpStatusCode.OK, prompt.StatusCode);
        Assert.Equal(HttpStatusCode.OK, image.StatusCode);
        Assert.NotEmpty(recorder.Of("genscreen.screened", ("genscreen.kind", "prompt"), ("genscreen.decision", "block"), ("genscreen.category", "SexualMinors")));
        Assert.NotEmpty(recorder.Of("genscreen.screened", ("genscreen.kind", "image"), ("genscreen.decision", "allow")));
        // The unscreenable file: blocked (fail closed), counted as a decode failure, moved to quarantine.
        Assert.NotEmpty(recorder.Of("genscreen.screened", ("genscreen.kind", "image"), ("genscreen.decision", "block")));
        Assert.NotEmpty(recorder.Of("genscreen.failures", ("genscreen.stage", "decode")));
        Assert.NotEmpty(recorder.Of("genscreen.quarantine.moves", ("genscreen.outcome", "moved")));
        foreach (var (stage, kind) in new[]
        {
            (GenScreenMetrics.Stages.Prompt, "prompt"), (GenScreenMetrics.Stages.StorageWrite, "prompt"),
            (GenScreenMetrics.Stages.Decode, "image"), (GenScreenMetrics.Stages.Nsfw, "image"), (GenScreenMetrics.Stages.Faces, "image"),
            (GenScreenMetrics.Stages.Hashing, "image"), (GenScreenMetrics.Stages.StorageWrite, "image"), (GenScreenMetrics.Stages.QuarantineMove, "image"),
        })
        {
            var durations = recorder.Of("genscreen.stage.duration", ("genscreen.stage", stage), ("genscreen.kind", kind));
            Assert.True(durations.Count > 0, $"no {stage} duration for {kind}");
            Assert.All(durations, d => Assert.True(d >= 0, $"{stage}: {d} ms"));
        }

        // The deferred-write backlog of the running host (empty: Azurite answered every write).
        Assert.Contains(0d, recorder.Of("genscreen.queue.depth", ("genscreen.queue", "verdict-retry")));
    }

    [Fact]
    public async Task Logs_AcrossPromptAndImageScreening_NeverContainPromptTextOrImageBytes()
    {
        var logs = new CapturingLoggerProvider();
        var photo = Photo();
        var corrupt = Corrupt();
        await using (var host = await ImageHost.StartAsync(azurite.ConnectionString, Manual, logs: logs))
        {
            using var blocked = await host.Host.PostJsonAsync($$"""{"prompt":"{{Prompt}}","negativePrompt":"{{NegativePrompt}}","userId":"u-1","requestId":"r-1"}""");
            using var allowed = await host.Host.PostJsonAsync($$"""{"prompt":"{{AllowedPrompt}}"}""");
            using var conflict = await host.Host.PostJsonAsync($$"""{"prompt":"{{AllowedPrompt}}","userId":"u-1","requestId":"r-1"}""");
            using var raw = await ImageEndpointClient.PostRawAsync(host.Host, photo, "?purpose=init-image&policy=strict");
            using var multipart = await ImageEndpointClient.PostMultipartAsync(host.Host, corrupt, new Dictionary<string, string> { ["purpose"] = "generated" });
            await host.UploadAsync("photo.png", photo);
            await host.UploadAsync("broken.png", corrupt);
            await host.Service.ScreenAsync(host.Incoming.Name, "photo.png", CancellationToken.None);
            await host.Service.ScreenAsync(host.Incoming.Name, "broken.png", CancellationToken.None);

            Assert.Equal(HttpStatusCode.OK, blocked.StatusCode);
            Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
            Assert.Equal(HttpStatusCode.OK, raw.StatusCode);
            Assert.Equal(HttpStatusCode.OK, multipart.StatusCode);
        }

        var text = string.Join('\n', logs.Entries);
        Assert.Contains("Screened prompt", text, StringComparison.Ordinal); // the capture saw the handlers' logs
        foreach (var word in new[] { "Quillfeather", "Zanzibarine", "Marmalisk", "Oberwyndle", "Thornquist" })
        {
            Assert.False(text.Contains(word, StringComparison.OrdinalIgnoreCase), $"a log entry contains the prompt word '{word}'");
        }

        foreach (var bytes in new[] { photo, corrupt })
        {
            foreach (var leak in Encodings(bytes))
            {
                Assert.False(text.Contains(leak, StringComparison.OrdinalIgnoreCase), $"a log entry contains image bytes ({leak[..12]}…)");
            }
        }
    }

    private static byte[] Photo() => File.ReadAllBytes(Path.Combine(ImageHost.Samples, "chelsea.png"));

    /// <summary>A PNG signature, then bytes no decoder accepts: unscreenable, blocked and quarantined.</summary>
    private static byte[] Corrupt()
    {
        var bytes = new byte[4096];
        new Random(11).NextBytes(bytes);
        byte[] signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
        signature.CopyTo(bytes, 0);
        return bytes;
    }

    /// <summary>How bytes could show up in a log: Base64 of the whole file, hex of a window, the raw bytes read as text.</summary>
    private static IEnumerable<string> Encodings(byte[] bytes)
    {
        var base64 = Convert.ToBase64String(bytes);
        foreach (var offset in new[] { 400, 1200, 2000 })
        {
            yield return base64.Substring(offset, 32);
            yield return Convert.ToHexString(bytes, offset, 16);
            yield return Encoding.Latin1.GetString(bytes, offset, 24);
        }
    }
}
