using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using GenScreen.Integration.Tests.ContentSafety;
using GenScreen.Integration.Tests.Fixtures;
using GenScreen.Integration.Tests.Images;
using GenScreen.Integration.Tests.Review;
using GenScreen.Integration.Tests.Telemetry;
using GenScreen.Storage.Images;

namespace GenScreen.Integration.Tests.Access;

/// <summary>
/// No secrets, prompt text or image bytes in logs or telemetry (docs/reliability.md, "Access"). A representative run of
/// the local host, configured with a storage connection string holding an AccountKey, an admin key and a Content Safety
/// key, called with a function key (header and <c>?code=</c>): prompts allowed and blocked, images allowed, blocked and
/// unscreenable through the endpoint and the blob pipeline, review actions, and errors (bad requests, a wrong admin
/// key, Content Safety failing, storage unreachable for a prompt write and an image delivery). Every log entry at every
/// level (message, structured values, scopes, exceptions), every GenScreen metric tag and every activity (name, tags,
/// events) is captured and scanned for each secret, each prompt word and the image bytes.
/// </summary>
[Collection(AzuriteCollectionDefinition.Name)]
public sealed class SecretsInLogsTests(AzuriteFixture azurite)
{
    private static readonly TimeSpan Manual = TimeSpan.FromMinutes(10);

    // Words no other test uses, so a hit can only come from this run.
    private const string BlockedPrompt = "little girl Vormelquist Ashgrove, nude";
    private const string AllowedPrompt = "Pellucidor windmill beside a frozen lake";
    private const string FailingPrompt = "Brackenfold harbour at dusk";

    [Fact]
    public async Task RepresentativeRun_LogsAndTelemetry_ContainNoSecretPromptTextOrImageBytes()
    {
        var logs = new CapturingLoggerProvider();
        using var recorder = new MeasurementRecorder();
        using var activities = new ActivityCapture();
        var adminKey = RunningHost.NewKey();
        var functionKey = RunningHost.NewKey();
        var accountKey = AccountKeyOf(azurite.ConnectionString);
        var photo = await File.ReadAllBytesAsync(Path.Combine(ImageHost.Samples, "chelsea.png"));
        var drawing = await File.ReadAllBytesAsync(Path.Combine(ImageHost.Samples, "green_palette.png"));
        var corrupt = Corrupt();

        await using var contentSafety = await FakeContentSafetyService.StartAsync();
        await using var blobProxy = new FaultProxy(azurite.Azurite.BlobPort, _ => ProxyFault.None);
        await using var tableProxy = new FaultProxy(azurite.Azurite.TablePort, _ => ProxyFault.None);
        var routed = FaultProxy.Route(azurite.ConnectionString, blobProxy, tableProxy);
        Assert.Contains(accountKey, routed, StringComparison.Ordinal); // the host is configured with the key
        var settings = ReviewClient.Settings(adminKey, new Dictionary<string, string?>
        {
            ["ContentSafety:Endpoint"] = contentSafety.Endpoint.ToString(),
            ["ContentSafety:ApiKey"] = FakeContentSafetyService.Key,
            ["ContentSafety:Timeout"] = "00:00:01",
            ["ContentSafety:MaxRetries"] = "0",
            ["ImageScreening:Thresholds:BlockClassesAt:Drawing"] = "0.5",
            ["VerdictStore:WriteTimeout"] = "00:00:01",
        });
        var statuses = new List<(string What, HttpStatusCode Status)>();
        await using (var host = await ImageHost.StartAsync(routed, Manual, settings, observe: azurite.ConnectionString, logs: logs))
        {
            var client = new ReviewClient(host.Host, adminKey);
            var withFunctionKey = new Dictionary<string, string> { ["x-functions-key"] = functionKey };
            async Task Prompt(string what, string json)
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"api/screen/prompt?code={Uri.EscapeDataString(functionKey)}", UriKind.Relative))
                {
                    Content = new StringContent(json, Encoding.UTF8, "application/json"),
                };
                request.Headers.Add("x-functions-key", functionKey);
                using var response = await host.Host.Client.SendAsync(request);
                statuses.Add((what, response.StatusCode));
            }

            // Prompts: allowed, blocked, a replay conflict, bad requests, Content Safety failing.
            await Prompt("allowed", JsonSerializer.Serialize(new { prompt = AllowedPrompt, userId = "u-secrets", requestId = "r-1" }));
            await Prompt("blocked", JsonSerializer.Serialize(new { prompt = BlockedPrompt, negativePrompt = AllowedPrompt, userId = "u-secrets" }));
            await Prompt("conflict", JsonSerializer.Serialize(new { prompt = BlockedPrompt, userId = "u-secrets", requestId = "r-1" }));
            await Prompt("bad json", "{\"prompt\":\"" + AllowedPrompt + "\",");
            await Prompt("bad field", JsonSerializer.Serialize(new { prompt = AllowedPrompt, policy = BlockedPrompt }));
            contentSafety.Respond = () => (500, """{"error":{"code":"InternalError","message":"down"}}""", TimeSpan.Zero);
            await Prompt("content safety down", JsonSerializer.Serialize(new { prompt = AllowedPrompt + " again" }));
            contentSafety.Respond = () => (200, FakeContentSafetyService.Analysis(0, 0, 0, 0), TimeSpan.Zero);

            // Images through the endpoint: allowed, unscreenable.
            using (var raw = await ImageEndpointClient.PostRawAsync(host.Host, photo, "?purpose=generated&policy=mature"))
            using (var broken = await ImageEndpointClient.PostRawAsync(host.Host, corrupt, "?purpose=generated"))
            {
                statuses.Add(("image endpoint", raw.StatusCode));
                statuses.Add(("image endpoint, corrupt", broken.StatusCode));
            }

            // The blob pipeline: allowed (tagged), blocked (quarantined), unscreenable (quarantined).
            await host.UploadAsync("secrets/photo.png", photo);
            await host.UploadAsync("secrets/drawing.png", drawing);
            await host.UploadAsync("secrets/broken.png", corrupt);
            var photoOutcome = await host.Service.ScreenAsync(host.Incoming.Name, "secrets/photo.png", CancellationToken.None);
            var drawingOutcome = await host.Service.ScreenAsync(host.Incoming.Name, "secrets/drawing.png", CancellationToken.None);
            var brokenOutcome = await host.Service.ScreenAsync(host.Incoming.Name, "secrets/broken.png", CancellationToken.None);
            Assert.Equal((ImageAction.Tagged, ImageAction.Quarantined, ImageAction.Quarantined), (photoOutcome.Action, drawingOutcome.Action, brokenOutcome.Action));

            // Review actions, and an admin call with a wrong key.
            using (var confirm = await client.PostAsync($"api/review/items/{drawingOutcome.ReceiptId}/confirm", """{"reason":"a drawing we do not want","category":"Sexual"}"""))
            using (var release = await client.PostAsync($"api/review/items/{brokenOutcome.ReceiptId}/release", """{"reason":"not a violation"}"""))
            using (var wrong = await client.GetAsync("api/review/items", new Dictionary<string, string> { ["GenScreen-Admin-Key"] = RunningHost.NewKey() }))
            using (var anonymous = await client.GetAsync("api/review/items", withFunctionKey))
            {
                statuses.AddRange([("confirm", confirm.StatusCode), ("release", release.StatusCode), ("wrong admin key", wrong.StatusCode), ("function key on an admin route", anonymous.StatusCode)]);
            }

            // Storage unreachable: a prompt write is deferred, an image delivery fails as a storage fault.
            await host.UploadAsync("secrets/later.png", photo);
            blobProxy.IsDown = true;
            tableProxy.IsDown = true;
            await Prompt("storage down", JsonSerializer.Serialize(new { prompt = FailingPrompt }));
            await Assert.ThrowsAnyAsync<Exception>(() => host.Service.ScreenAsync(host.Incoming.Name, "secrets/later.png", CancellationToken.None));
            blobProxy.IsDown = false;
            tableProxy.IsDown = false;
        }

        recorder.Observe();
        Assert.Contains(statuses, s => s.What == "blocked" && s.Status == HttpStatusCode.OK);
        Assert.Contains(statuses, s => s.What == "bad json" && s.Status == HttpStatusCode.BadRequest);
        Assert.Contains(statuses, s => s.What == "wrong admin key" && s.Status == HttpStatusCode.Forbidden);
        Assert.True(contentSafety.Requests > 0, "Content Safety was called with its key");

        var text = string.Join('\n', logs.Entries);
        var telemetry = string.Join('\n', recorder.Measurements.SelectMany(m => m.Tags.Select(t => $"{m.Instrument} {t.Key}={t.Value}")).Concat(activities.Describe()));
        Assert.Contains("Screened prompt", text, StringComparison.Ordinal); // the capture saw the handlers' logs
        Assert.Contains("secrets/drawing.png", text, StringComparison.Ordinal); // the pipeline's logs
        Assert.Contains("Storage", text, StringComparison.OrdinalIgnoreCase); // and the storage faults
        Assert.NotEmpty(recorder.Measurements);
        var secrets = new Dictionary<string, string>
        {
            ["storage account key"] = accountKey,
            ["admin key"] = adminKey,
            ["function key"] = functionKey,
            ["Content Safety key"] = FakeContentSafetyService.Key,
        };
        foreach (var (what, secret) in secrets)
        {
            foreach (var form in Forms(secret))
            {
                Assert.False(text.Contains(form, StringComparison.Ordinal), $"a log entry contains the {what}");
                Assert.False(telemetry.Contains(form, StringComparison.Ordinal), $"telemetry contains the {what}");
            }
        }

        foreach (var word in new[] { "Vormelquist", "Ashgrove", "Pellucidor", "Brackenfold" })
        {
            Assert.False(text.Contains(word, StringComparison.OrdinalIgnoreCase), $"a log entry contains the prompt word '{word}'");
            Assert.False(telemetry.Contains(word, StringComparison.OrdinalIgnoreCase), $"telemetry contains the prompt word '{word}'");
        }

        foreach (var bytes in new[] { photo, drawing, corrupt })
        {
            foreach (var leak in ByteForms(bytes))
            {
                Assert.False(text.Contains(leak, StringComparison.OrdinalIgnoreCase), $"a log entry contains image bytes ({leak[..8]}…)");
                Assert.False(telemetry.Contains(leak, StringComparison.OrdinalIgnoreCase), $"telemetry contains image bytes ({leak[..8]}…)");
            }
        }
    }

    private static string AccountKeyOf(string connectionString) =>
        connectionString.Split(';').Select(p => p.Split('=', 2)).Single(p => p[0] == "AccountKey")[1];

    /// <summary>A secret as it could appear: verbatim, URL-escaped, or a long enough piece of it.</summary>
    private static IEnumerable<string> Forms(string secret)
    {
        yield return secret;
        yield return Uri.EscapeDataString(secret);
        yield return secret[..16];
        yield return secret[^16..];
    }

    private static IEnumerable<string> ByteForms(byte[] bytes)
    {
        var base64 = Convert.ToBase64String(bytes);
        foreach (var at in new[] { 0.2, 0.5, 0.75 })
        {
            // Windows inside the file (past its header, which is the same in every PNG), whatever its size.
            yield return base64.Substring((int)(base64.Length * at), 32);
            yield return Convert.ToHexString(bytes, (int)(bytes.Length * at), 16);
            yield return Encoding.Latin1.GetString(bytes, (int)(bytes.Length * at), 24);
        }
    }

    /// <summary>A PNG signature, then bytes no decoder accepts: unscreenable, blocked and quarantined.</summary>
    private static byte[] Corrupt()
    {
        var bytes = new byte[4096];
        new Random(23).NextBytes(bytes);
        byte[] signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
        signature.CopyTo(bytes, 0);
        return bytes;
    }

    /// <summary>Every activity of every source (Azure SDK, HTTP, GenScreen) with its tags and events.</summary>
    private sealed class ActivityCapture : IDisposable
    {
        private readonly ActivityListener _listener;
        private readonly ConcurrentQueue<string> _seen = new();

        public ActivityCapture()
        {
            _listener = new ActivityListener
            {
                ShouldListenTo = _ => true,
                Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
                ActivityStopped = a => _seen.Enqueue(
                    $"{a.Source.Name} {a.DisplayName} {a.StatusDescription} " +
                    string.Join(' ', a.TagObjects.Select(t => $"{t.Key}={t.Value}")) + " " +
                    string.Join(' ', a.Events.SelectMany(e => e.Tags.Select(t => $"{e.Name}:{t.Key}={t.Value}")))),
            };
            ActivitySource.AddActivityListener(_listener);
        }

        public string[] Describe() => [.. _seen];

        public void Dispose() => _listener.Dispose();
    }
}
