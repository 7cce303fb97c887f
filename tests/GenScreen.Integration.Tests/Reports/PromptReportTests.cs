using System.Net;
using System.Net.Http.Headers;
using System.Text;
using GenScreen.Integration.Tests.Fixtures;
using GenScreen.Integration.Tests.Http;
using GenScreen.Storage.Reports;

namespace GenScreen.Integration.Tests.Reports;

/// <summary>
/// A prompt blocked for <c>minors.sexual</c> puts exactly one message on the reports queue (ids and metadata only),
/// shows as <c>needsReport</c> to admins until marked reported; other blocks put nothing there. Real Azurite.
/// </summary>
[Collection(AzuriteCollectionDefinition.Name)]
public sealed class PromptReportTests(AzuriteFixture azurite)
{
    private const string MinorsPrompt = "little girl, nude";
    private readonly string _adminKey = RunningHost.NewKey();

    [Fact]
    public async Task MinorsSexualBlock_RetriedTwice_QueuesExactlyOneMessageWithoutPromptText()
    {
        var queue = new ReportQueue(azurite.ConnectionString);
        await using var host = await RunningHost.StartAsync(azurite.ConnectionString, queue.Settings());
        const string body = """{"prompt":"little girl, nude","policy":"mature","requestId":"r-1","userId":"u-report"}""";

        using var first = await host.PostJsonAsync(body);
        using var retry = await host.PostJsonAsync(body); // the client's retry: same verdict, replayed
        var verdict = await JsonAssert.ReadAsync(first);
        var id = verdict.GetProperty("verdictId").GetString()!;
        var messages = await queue.MessagesAsync();

        Assert.Equal("block", verdict.GetProperty("decision").GetString());
        Assert.Equal("replayed", retry.Headers.GetValues("GenScreen-Storage").Single());
        var (text, message) = Assert.Single(messages);
        Assert.Equal(id, message.VerdictId);
        Assert.Equal(ReportMessage.PromptKind, message.Kind);
        Assert.Contains("minors.sexual", message.Reasons);
        Assert.Equal("u-report", message.UserId);
        Assert.Equal(64, message.PromptSha256!.Length);
        Assert.DoesNotContain("girl", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("nude", text, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("""{"prompt":"portrait of a woman, nude","policy":"strict"}""", "block")]
    [InlineData("""{"prompt":"a lighthouse at sunset"}""", "allow")]
    public async Task OtherVerdicts_QueueNothing(string body, string decision)
    {
        var queue = new ReportQueue(azurite.ConnectionString);
        await using var host = await RunningHost.StartAsync(azurite.ConnectionString, queue.Settings());

        using var response = await host.PostJsonAsync(body);

        Assert.Equal(decision, (await JsonAssert.ReadAsync(response)).GetProperty("decision").GetString());
        Assert.Empty(await queue.MessagesAsync());
    }

    [Fact]
    public async Task NeedsReport_ShownUntilMarkedReported_ThenTheFirstFilingIsKept()
    {
        var queue = new ReportQueue(azurite.ConnectionString);
        await using var host = await RunningHost.StartAsync(azurite.ConnectionString, queue.Settings(new() { ["Admin:ApiKey"] = _adminKey }));
        using var screened = await host.PostJsonAsync($$"""{"prompt":"{{MinorsPrompt}}"}""");
        var id = (await JsonAssert.ReadAsync(screened)).GetProperty("verdictId").GetString()!;

        var before = await JsonAssert.ReadAsync(await GetRecordAsync(host, id));
        using var mark = await PostAdminAsync(host, $"api/moderation/reports/{id}/reported", """{"by":"mod-ana","reference":"CT-2026-001","note":"filed"}""");
        var marked = await JsonAssert.ReadAsync(mark);
        using var again = await PostAdminAsync(host, $"api/moderation/reports/{id}/reported", """{"by":"mod-bo","reference":"CT-other"}""");
        var after = await JsonAssert.ReadAsync(await GetRecordAsync(host, id));

        Assert.True(before.GetProperty("needsReport").GetBoolean());
        Assert.True(before.GetProperty("report").TryGetProperty("queuedAt", out _));
        Assert.Equal(HttpStatusCode.OK, mark.StatusCode);
        Assert.False(marked.GetProperty("alreadyReported").GetBoolean());
        Assert.True((await JsonAssert.ReadAsync(again)).GetProperty("alreadyReported").GetBoolean());
        Assert.False(after.GetProperty("needsReport").GetBoolean());
        Assert.Equal("mod-ana", after.GetProperty("report").GetProperty("reportedBy").GetString());
        Assert.Equal("CT-2026-001", after.GetProperty("report").GetProperty("reference").GetString());
    }

    [Fact]
    public async Task MarkReported_BadInput_ClearProblems()
    {
        var queue = new ReportQueue(azurite.ConnectionString);
        await using var host = await RunningHost.StartAsync(azurite.ConnectionString, queue.Settings(new() { ["Admin:ApiKey"] = _adminKey }));
        using var allowed = await host.PostJsonAsync("""{"prompt":"a lighthouse at sunset"}""");
        var allowedId = (await JsonAssert.ReadAsync(allowed)).GetProperty("verdictId").GetString()!;
        var unknown = new string('c', 32);

        using var notReportable = await PostAdminAsync(host, $"api/moderation/reports/{allowedId}/reported", """{"by":"mod-ana"}""");
        using var missing = await PostAdminAsync(host, $"api/moderation/reports/{unknown}/reported", """{"by":"mod-ana"}""");
        using var malformed = await PostAdminAsync(host, "api/moderation/reports/not-an-id/reported", """{"by":"mod-ana"}""");
        using var noBy = await PostAdminAsync(host, $"api/moderation/reports/{allowedId}/reported", """{"reference":"x"}""");
        using var anonymous = await PostAsync(host, $"api/moderation/reports/{allowedId}/reported", """{"by":"mod-ana"}""", adminKey: null);
        using var wrongKey = await PostAsync(host, $"api/moderation/reports/{allowedId}/reported", """{"by":"mod-ana"}""", adminKey: RunningHost.NewKey());
        var allowedRecord = await JsonAssert.ReadAsync(await GetRecordAsync(host, allowedId));

        Assert.Equal(HttpStatusCode.Conflict, notReportable.StatusCode);
        Assert.Equal("urn:genscreen:problem:not-reportable", (await JsonAssert.ReadAsync(notReportable)).GetProperty("type").GetString());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, malformed.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noBy.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.True(wrongKey.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden);
        Assert.False(allowedRecord.GetProperty("needsReport").GetBoolean());
        Assert.False(allowedRecord.TryGetProperty("report", out _));
    }

    private Task<HttpResponseMessage> GetRecordAsync(RunningHost host, string id) =>
        host.GetAsync($"api/moderation/verdicts/{id}", new Dictionary<string, string> { ["GenScreen-Admin-Key"] = _adminKey });

    private Task<HttpResponseMessage> PostAdminAsync(RunningHost host, string path, string json) => PostAsync(host, path, json, _adminKey);

    internal static Task<HttpResponseMessage> PostAsync(RunningHost host, string path, string json, string? adminKey)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = new StringContent(json, Encoding.UTF8) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (adminKey is not null)
        {
            request.Headers.Add("GenScreen-Admin-Key", adminKey);
        }

        return host.Client.SendAsync(request);
    }
}
