using System.Net;
using System.Text.Json;
using GenScreen.Integration.Tests.Fixtures;
using GenScreen.Integration.Tests.Http;
using GenScreen.Storage.Images;

namespace GenScreen.Integration.Tests.Images;

/// <summary>
/// <c>POST /api/screen/image</c> through the local host on Azurite, with the real decoder and NSFW model: real photos,
/// the same rules as the blob pipeline, verdicts stored in the image verdict table, bad input as problem details.
/// </summary>
[Collection(AzuriteCollectionDefinition.Name)]
public sealed class ScreenImageEndpointTests(AzuriteFixture azurite)
{
    private static readonly TimeSpan Manual = TimeSpan.FromMinutes(10);
    private static readonly string AdminKey = RunningHost.NewKey();

    private static Task<ImageHost> StartAsync(AzuriteFixture azurite, Dictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?> { ["Admin:ApiKey"] = AdminKey };
        foreach (var (k, v) in extra ?? [])
        {
            settings[k] = v;
        }

        return ImageHost.StartAsync(azurite.ConnectionString, Manual, settings);
    }

    private static byte[] Sample(string name) => File.ReadAllBytes(Path.Combine(ImageHost.Samples, name));

    [Fact]
    public async Task RealPhoto_Generated_IsAllowedUnderMature_StoredAndReadableByAdmins()
    {
        await using var host = await StartAsync(azurite);
        var photo = Sample("chelsea.png");

        using var response = await ImageEndpointClient.PostRawAsync(host.Host, photo, "?purpose=generated&policy=mature");
        var verdict = await JsonAssert.ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("stored", response.Headers.GetValues("GenScreen-Storage").Single());
        Assert.Equal("allow", verdict.GetProperty("decision").GetString());
        Assert.Equal("mature", verdict.GetProperty("policy").GetString());
        Assert.Equal("generated", verdict.GetProperty("purpose").GetString());
        Assert.Equal(451, verdict.GetProperty("image").GetProperty("width").GetInt32());
        Assert.Equal("png", verdict.GetProperty("image").GetProperty("format").GetString());
        Assert.True(verdict.GetProperty("image").GetProperty("scores").GetProperty("Neutral").GetDouble() > 0.5);
        var id = verdict.GetProperty("verdictId").GetString()!;
        var row = Assert.Single(await host.VerdictRowsAsync());
        Assert.Equal(id, row.RowKey);
        Assert.Equal(nameof(ImageAction.Answered), row.GetString("Action"));
        Assert.Equal("generated", row.GetString("Purpose"));

        using var admin = await host.Host.GetAsync($"api/moderation/image-verdicts/{id}", new Dictionary<string, string> { ["GenScreen-Admin-Key"] = AdminKey });
        var record = await JsonAssert.ReadAsync(admin);
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
        Assert.Equal("allow", record.GetProperty("decision").GetString());
        Assert.Equal(nameof(ImageAction.Answered), record.GetProperty("action").GetString());
        Assert.Equal(verdict.GetProperty("image").GetProperty("sha256").GetString(), record.GetProperty("image").GetProperty("sha256").GetString());

        using var anonymous = await host.Host.GetAsync($"api/moderation/image-verdicts/{id}");
        await JsonAssert.ProblemAsync(anonymous, 401, "urn:genscreen:problem:unauthorized");
    }

    [Fact]
    public async Task SameImageAndInputs_Twice_ReplaysTheSameVerdict_RawOrMultipart()
    {
        await using var host = await StartAsync(azurite);
        var photo = Sample("coffee.png");

        using var first = await ImageEndpointClient.PostRawAsync(host.Host, photo, "?purpose=init-image");
        using var again = await ImageEndpointClient.PostMultipartAsync(host.Host, photo, new Dictionary<string, string> { ["purpose"] = "init-image" });
        using var stricter = await ImageEndpointClient.PostRawAsync(host.Host, photo, "?purpose=init-image&policy=strict");
        var firstId = (await JsonAssert.ReadAsync(first)).GetProperty("verdictId").GetString();
        var againId = (await JsonAssert.ReadAsync(again)).GetProperty("verdictId").GetString();
        var stricterId = (await JsonAssert.ReadAsync(stricter)).GetProperty("verdictId").GetString();

        Assert.Equal("stored", first.Headers.GetValues("GenScreen-Storage").Single());
        Assert.Equal("replayed", again.Headers.GetValues("GenScreen-Storage").Single());
        Assert.Equal(firstId, againId);
        Assert.NotEqual(firstId, stricterId); // another policy is another verdict
        Assert.Equal(2, (await host.VerdictRowsAsync()).Count);
    }

    [Fact]
    public async Task CorruptImage_IsBlockedAsUnscreenable_AndStored()
    {
        await using var host = await StartAsync(azurite);
        var photo = Sample("chelsea.png");

        using var response = await ImageEndpointClient.PostRawAsync(host.Host, photo[..(photo.Length / 2)], "?purpose=generated&policy=mature");
        var verdict = await JsonAssert.ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("block", verdict.GetProperty("decision").GetString());
        var reason = verdict.GetProperty("reasons").EnumerateArray().Single(r => r.GetProperty("code").GetString() == "image.unscreenable");
        Assert.Equal("truncated", reason.GetProperty("term").GetString());
        Assert.Equal("block", Assert.Single(await host.VerdictRowsAsync()).GetString("Decision"));
    }

    [Fact]
    public async Task SexualPrompt_CorrelatedByVerdictId_BlocksLikeTheBlobPath()
    {
        // skimage's retina photograph scores Porn ≈ 0.86 (Sexual 6) with no explicit imagery; with a prompt about a child, blocked.
        await using var host = await StartAsync(azurite);
        using var prompt = await host.Host.PostJsonAsync("""{"prompt":"a child at the eye doctor, close-up photo","policy":"mature"}""");
        var promptId = (await JsonAssert.ReadAsync(prompt)).GetProperty("verdictId").GetString()!;
        var image = Sample("microaneurysms.png");

        using var alone = await ImageEndpointClient.PostRawAsync(host.Host, image, "?purpose=generated&policy=mature");
        using var correlated = await ImageEndpointClient.PostRawAsync(host.Host, image, $"?purpose=generated&policy=mature&promptVerdictId={promptId}");
        var verdict = await JsonAssert.ReadAsync(correlated);

        Assert.Equal("allow", (await JsonAssert.ReadAsync(alone)).GetProperty("decision").GetString());
        Assert.Equal("block", verdict.GetProperty("decision").GetString());
        Assert.Equal(promptId, verdict.GetProperty("promptVerdictId").GetString());
        Assert.Contains(verdict.GetProperty("reasons").EnumerateArray(), r => r.GetProperty("code").GetString() == "minors.sexual");
    }

    [Fact]
    public async Task UnknownPromptVerdictId_IsHeldForReview_AsPromptUnavailable()
    {
        await using var host = await StartAsync(azurite);

        using var response = await ImageEndpointClient.PostRawAsync(host.Host, Sample("chelsea.png"), $"?purpose=init-image&policy=mature&promptVerdictId={new string('a', 32)}");
        var verdict = await JsonAssert.ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("review", verdict.GetProperty("decision").GetString());
        Assert.Contains(verdict.GetProperty("reasons").EnumerateArray(), r => r.GetProperty("code").GetString() == "image.prompt-unavailable");
    }

    [Fact]
    public async Task BadRequests_AreProblemDetails_AndNothingIsStored()
    {
        await using var host = await StartAsync(azurite, new() { ["ImageScreening:MaxBytes"] = "300000" });
        var photo = Sample("chelsea.png"); // 240,512 bytes: under the limit

        var noPurpose = await JsonAssert.ProblemAsync(await ImageEndpointClient.PostRawAsync(host.Host, photo, "?policy=mature"), 400, "urn:genscreen:problem:validation");
        Assert.True(noPurpose.GetProperty("errors").TryGetProperty("purpose", out _));
        var badPurpose = await JsonAssert.ProblemAsync(await ImageEndpointClient.PostRawAsync(host.Host, photo, "?purpose=thumbnail"), 400, "urn:genscreen:problem:validation");
        Assert.Contains("generated, init-image", badPurpose.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await JsonAssert.ProblemAsync(await ImageEndpointClient.PostRawAsync(host.Host, photo, "?purpose=generated", "application/json"), 415, "urn:genscreen:problem:unsupported-media-type");
        await JsonAssert.ProblemAsync(await ImageEndpointClient.PostRawAsync(host.Host, photo, "?purpose=generated", "text/plain"), 415, "urn:genscreen:problem:unsupported-media-type");
        await JsonAssert.ProblemAsync(await ImageEndpointClient.PostRawAsync(host.Host, [], "?purpose=generated"), 400, "urn:genscreen:problem:validation");
        await JsonAssert.ProblemAsync(await ImageEndpointClient.PostRawAsync(host.Host, photo, "?purpose=generated&policy=lenient"), 400, "urn:genscreen:problem:unknown-policy");
        await JsonAssert.ProblemAsync(await ImageEndpointClient.PostRawAsync(host.Host, photo, "?purpose=generated&promptVerdictId=123"), 400, "urn:genscreen:problem:validation");
        await JsonAssert.ProblemAsync(await ImageEndpointClient.PostRawAsync(host.Host, photo, "?purpose=generated&purpose=init-image"), 400, "urn:genscreen:problem:duplicate-property");
        var twice = await JsonAssert.ProblemAsync(await ImageEndpointClient.PostMultipartAsync(host.Host, photo, new Dictionary<string, string> { ["purpose"] = "generated" }, "?purpose=init-image"), 400, "urn:genscreen:problem:duplicate-property");
        Assert.True(twice.GetProperty("errors").TryGetProperty("purpose", out _));
        await JsonAssert.ProblemAsync(await ImageEndpointClient.PostMultipartAsync(host.Host, null, new Dictionary<string, string> { ["purpose"] = "generated" }), 400, "urn:genscreen:problem:validation");

        Assert.Empty(await RowsAsync(host));
    }

    [Fact]
    public async Task TooLargeImage_Is413_ByContentLengthAndWhileReadingAChunkedBody()
    {
        await using var host = await StartAsync(azurite, new() { ["ImageScreening:MaxBytes"] = "300000" });
        var big = Sample("coffee.png"); // 466,706 bytes

        var declared = await JsonAssert.ProblemAsync(await ImageEndpointClient.PostRawAsync(host.Host, big, "?purpose=generated"), 413, "urn:genscreen:problem:body-too-large");
        Assert.Contains("300,000", declared.GetProperty("detail").GetString(), StringComparison.Ordinal);
        using var chunked = new StreamContent(new MemoryStream(big));
        chunked.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("image/png");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("api/screen/image?purpose=generated", UriKind.Relative)) { Content = chunked };
        request.Headers.TransferEncodingChunked = true;
        await JsonAssert.ProblemAsync(await host.Host.Client.SendAsync(request), 413, "urn:genscreen:problem:body-too-large");
        await JsonAssert.ProblemAsync(await ImageEndpointClient.PostMultipartAsync(host.Host, big, new Dictionary<string, string> { ["purpose"] = "generated" }), 413, "urn:genscreen:problem:body-too-large");

        Assert.Empty(await RowsAsync(host));
    }

    [Fact]
    public async Task PromptOnlyHost_ImageRoute_IsAProblemNotA500()
    {
        await using var host = await RunningHost.StartAsync(azurite.ConnectionString);

        await JsonAssert.ProblemAsync(await ImageEndpointClient.PostRawAsync(host, Sample("chelsea.png"), "?purpose=generated"), 404, "urn:genscreen:problem:image-screening-disabled");
    }

    /// <summary>The verdict rows; none when the table was never created (nothing was ever written).</summary>
    private static async Task<List<Azure.Data.Tables.TableEntity>> RowsAsync(ImageHost host)
    {
        try
        {
            return await host.VerdictRowsAsync();
        }
        catch (Azure.RequestFailedException ex) when (ex.Status == 404)
        {
            return [];
        }
    }

    internal static JsonElement Reason(JsonElement verdict, string code) =>
        verdict.GetProperty("reasons").EnumerateArray().Single(r => r.GetProperty("code").GetString() == code);
}
