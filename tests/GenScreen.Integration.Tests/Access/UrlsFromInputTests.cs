using System.Net;
using System.Text;
using System.Text.Json;
using Azure.Storage.Blobs.Models;
using GenScreen.Integration.Tests.Fixtures;
using GenScreen.Integration.Tests.Images;
using GenScreen.Integration.Tests.Reports;
using GenScreen.Integration.Tests.Review;
using GenScreen.Storage.Images;

namespace GenScreen.Integration.Tests.Access;

/// <summary>
/// GenScreen never fetches a URL taken from input (docs/reliability.md, "Access"). URLs of every scheme (http, https,
/// protocol-relative, file, UNC-like, ftp) pointing at a loopback listener are planted in every input the local host
/// and the blob pipeline read: prompt fields, request fields and query parameters, multipart file names, blob names,
/// blob metadata, content type and index tags, PNG text and XMP chunks, JPEG EXIF and XMP, a blob whose bytes are a
/// URL, review reasons and report fields. Everything is screened and acted on; the listener sees no connection.
/// </summary>
[Collection(AzuriteCollectionDefinition.Name)]
public sealed class UrlsFromInputTests(AzuriteFixture azurite)
{
    private static readonly TimeSpan Manual = TimeSpan.FromMinutes(10);

    [Fact]
    public async Task UrlsInEveryInput_ThroughTheLocalHostAndThePipeline_AreNeverFetched()
    {
        await using var trap = new LoopbackTrap();
        var urls = trap.Urls;
        var all = string.Join(' ', urls);
        var adminKey = RunningHost.NewKey();
        var queue = new ReportQueue(azurite.ConnectionString);
        var settings = queue.Settings(ReviewClient.Settings(adminKey, new Dictionary<string, string?> { ["ImageScreening:Thresholds:BlockClassesAt:Drawing"] = "0.5" }));
        await using var host = await ImageHost.StartAsync(azurite.ConnectionString, Manual, settings);
        var client = new ReviewClient(host.Host, adminKey);
        var statuses = new List<HttpStatusCode>();

        // Prompts: every text field, allowed and blocked.
        foreach (var url in urls)
        {
            var fields = JsonSerializer.Serialize(new { prompt = $"a lighthouse at dawn, reference image {url}", negativePrompt = url, userId = "u-urls", requestId = Guid.NewGuid().ToString() });
            using var response = await host.Host.PostJsonAsync(fields);
            statuses.Add(response.StatusCode);
        }

        using (var blocked = await host.Host.PostJsonAsync(JsonSerializer.Serialize(new { prompt = $"nude photo of Scarlett Johansson from {all}", userId = all })))
        {
            statuses.Add(blocked.StatusCode);
        }

        // Images with URLs in their metadata, through the image endpoint (raw, with URL query fields; multipart with URL fields and file name).
        var png = MetadataImages.PngWithText(await File.ReadAllBytesAsync(Path.Combine(ImageHost.Samples, "chelsea.png")), urls);
        var jpeg = MetadataImages.JpegWithText(await File.ReadAllBytesAsync(Path.Combine(ImageHost.Samples, "rocket.jpg")), urls);
        foreach (var url in urls)
        {
            var query = $"?purpose=generated&policy=mature&promptVerdictId={Uri.EscapeDataString(url)}&url={Uri.EscapeDataString(url)}";
            using var raw = await ImageEndpointClient.PostRawAsync(host.Host, png, query);
            using var plain = await ImageEndpointClient.PostRawAsync(host.Host, jpeg, "?purpose=generated", "image/jpeg");
            using var multipart = await ImageEndpointClient.PostMultipartAsync(host.Host, png, new Dictionary<string, string> { ["purpose"] = "generated", ["imageUrl"] = url, ["url"] = url }, fileName: url);
            using var urlOnly = await ImageEndpointClient.PostMultipartAsync(host.Host, null, new Dictionary<string, string> { ["purpose"] = "generated", ["image"] = url, ["imageUrl"] = url });
            using var urlAsBytes = await ImageEndpointClient.PostRawAsync(host.Host, Encoding.UTF8.GetBytes(url), "?purpose=generated", "text/uri-list");
            statuses.AddRange([raw.StatusCode, plain.StatusCode, multipart.StatusCode, urlOnly.StatusCode, urlAsBytes.StatusCode]);
        }

        // The blob pipeline: URL-shaped names, metadata, content type and index tags; URLs in PNG and JPEG metadata;
        // a blob whose bytes are a URL; a blocked drawing (quarantined) for the review and report fields below.
        var drawing = await File.ReadAllBytesAsync(Path.Combine(ImageHost.Samples, "green_palette.png"));
        var uploads = new List<string>();
        for (var i = 0; i < urls.Count; i++)
        {
            var url = urls[i];
            var name = $"{i}/{url}";
            var blob = host.Incoming.GetBlobClient(name);
            await blob.UploadAsync(new BinaryData(i % 2 == 0 ? png : jpeg), new BlobUploadOptions
            {
                Metadata = new Dictionary<string, string>
                {
                    [QuarantineMetadata.PromptVerdictId] = Uri.EscapeDataString(url),
                    [QuarantineMetadata.Policy] = Uri.EscapeDataString(url),
                    ["source_url"] = Uri.EscapeDataString(url),
                },
                HttpHeaders = new BlobHttpHeaders { ContentType = "text/uri-list", ContentDisposition = $"attachment; filename=\"{Uri.EscapeDataString(url)}\"" },
                Tags = new Dictionary<string, string> { ["src"] = TagSafe(url) },
            });
            uploads.Add(name);
        }

        await host.UploadAsync("url-bytes.png", Encoding.UTF8.GetBytes(all));
        await host.UploadAsync("drawing.png", drawing, new Dictionary<string, string> { ["source_url"] = Uri.EscapeDataString(urls[0]) });
        var outcomes = new List<BlobScreeningOutcome>();
        foreach (var name in uploads.Append("url-bytes.png").Append("drawing.png"))
        {
            outcomes.Add(await host.Service.ScreenAsync(host.Incoming.Name, name, CancellationToken.None));
        }

        // Review reasons and report fields carrying URLs.
        var quarantined = outcomes.Where(o => o.Action == ImageAction.Quarantined).Select(o => o.ReceiptId!).ToList();
        Assert.True(quarantined.Count >= 2, "the blocked drawing and the URL bytes are quarantined");
        using (var confirm = await client.PostAsync($"api/review/items/{quarantined[0]}/confirm", JsonSerializer.Serialize(new { reason = $"see {all}", category = "Sexual" })))
        using (var release = await client.PostAsync($"api/review/items/{quarantined[1]}/release", JsonSerializer.Serialize(new { reason = $"checked against {all}" })))
        using (var reported = await client.PostAsync($"api/moderation/reports/{quarantined[0]}/reported", JsonSerializer.Serialize(new { by = urls[0], reference = urls[1], note = all })))
        using (var search = await client.GetAsync($"api/review/items?userId={Uri.EscapeDataString(urls[0])}"))
        {
            statuses.AddRange([confirm.StatusCode, release.StatusCode, reported.StatusCode, search.StatusCode]);
        }

        // Everything was handled (screened, or refused with a clear 4xx), and nothing connected to the listener.
        Assert.All(statuses, s => Assert.True((int)s < 500, $"answered {(int)s}"));
        Assert.Contains(HttpStatusCode.OK, statuses);
        Assert.All(outcomes, o => Assert.True(o.Action is ImageAction.Tagged or ImageAction.Quarantined, $"{o.Status} {o.Action}"));
        Assert.Equal(0, trap.Connections);

        // The listener does count: one fetch of a planted URL is seen (so the zero above can fail).
        await AssertTrapCountsAsync(trap);
    }

    [Fact]
    public async Task LoopbackTrap_CountsAFetchOfAPlantedUrl()
    {
        await using var trap = new LoopbackTrap();

        await AssertTrapCountsAsync(trap);
    }

    private static async Task AssertTrapCountsAsync(LoopbackTrap trap)
    {
        using var control = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var before = trap.Connections;
        await Assert.ThrowsAnyAsync<Exception>(() => control.GetAsync(new Uri(trap.Urls[0])));
        await Eventually.GetAsync(() => Task.FromResult(trap.Connections > before ? "seen" : null), $"the control fetch reaching the listener on port {trap.Port} (connections: {trap.Connections})");
    }

    /// <summary>Index tag values allow letters, digits, space and <c>+ - . / : = _</c>.</summary>
    private static string TagSafe(string url) => ScreenedTags.Sanitize(url);
}
