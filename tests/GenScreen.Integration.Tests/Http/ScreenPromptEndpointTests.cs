using System.Net;
using System.Text.Json;
using Azure.Data.Tables;
using GenScreen.Integration.Tests.Fixtures;

namespace GenScreen.Integration.Tests.Http;

/// <summary>POST /api/screen/prompt and GET /api/verdicts/{id} through the local host, against real Azurite.</summary>
[Collection(AzuriteCollectionDefinition.Name)]
public sealed class ScreenPromptEndpointTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task ScreenPrompt_BenignPrompt_AllowsAndStoresVerdictWithoutText()
    {
        await using var host = await RunningHost.StartAsync(azurite.ConnectionString);

        using var response = await host.PostJsonAsync("""{"prompt":"(masterpiece:1.2), a lighthouse at sunset","userId":"u1","model":"sdxl"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("stored", response.Headers.GetValues("GenScreen-Storage").Single());
        Assert.StartsWith("screen;dur=", response.Headers.GetValues("Server-Timing").Single(), StringComparison.Ordinal);
        var verdict = await JsonAssert.ReadAsync(response);
        Assert.Equal("allow", verdict.GetProperty("decision").GetString());
        Assert.Equal("mature", verdict.GetProperty("policy").GetString());
        Assert.Equal(7, verdict.GetProperty("categories").GetArrayLength());

        var row = await ReadRowAsync(host, verdict.GetProperty("verdictId").GetString()!);
        Assert.Equal("allow", row.GetString("Decision"));
        Assert.Equal(verdict.GetProperty("policyVersion").GetString(), row.GetString("PolicyVersion"));
        Assert.Equal(64, row.GetString("PromptSha256")!.Length);
        Assert.Null(row.GetString("Prompt")); // privacy default: no text for allow verdicts
        Assert.Equal("u1", row.GetString("UserId"));
        Assert.Equal("sdxl", row.GetString("Model"));
    }

    [Fact]
    public async Task ScreenPrompt_BlockedPrompt_StoresTextAndTheAdminRouteReturnsIt()
    {
        var adminKey = RunningHost.NewKey();
        await using var host = await RunningHost.StartAsync(azurite.ConnectionString, new Dictionary<string, string?> { ["Admin:ApiKey"] = adminKey });

        using var response = await host.PostJsonAsync("""{"prompt":"little girl, nude","policy":"mature"}""");
        var verdict = await JsonAssert.ReadAsync(response);
        var id = verdict.GetProperty("verdictId").GetString();
        using var get = await host.GetAsync($"api/moderation/verdicts/{id}", new Dictionary<string, string> { ["GenScreen-Admin-Key"] = adminKey });
        var stored = await JsonAssert.ReadAsync(get);

        Assert.Equal("block", verdict.GetProperty("decision").GetString());
        Assert.Contains(verdict.GetProperty("reasons").EnumerateArray(), r => r.GetProperty("code").GetString() == "minors.sexual");
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal("block", stored.GetProperty("decision").GetString());
        Assert.Equal("little girl, nude", stored.GetProperty("prompt").GetString());
        Assert.Equal(verdict.GetProperty("reasons").GetRawText(), stored.GetProperty("reasons").GetRawText());
    }

    [Fact]
    public async Task ScreenPrompt_RetentionNever_StoresNoTextEvenWhenBlocked()
    {
        await using var host = await RunningHost.StartAsync(azurite.ConnectionString, new Dictionary<string, string?> { ["VerdictStore:RetainPromptText"] = "Never" });

        using var response = await host.PostJsonAsync("""{"prompt":"little girl, nude"}""");
        var verdict = await JsonAssert.ReadAsync(response);
        var row = await ReadRowAsync(host, verdict.GetProperty("verdictId").GetString()!);

        Assert.Equal("block", row.GetString("Decision"));
        Assert.Null(row.GetString("Prompt"));
    }

    [Fact]
    public async Task ScreenPrompt_SameRequestIdTwice_ReplaysOneStoredVerdict()
    {
        await using var host = await RunningHost.StartAsync(azurite.ConnectionString);
        const string body = """{"prompt":"portrait of a woman, nude","policy":"strict","requestId":"req-42","userId":"gen-7"}""";

        using var first = await host.PostJsonAsync(body);
        using var second = await host.PostJsonAsync(body);
        var a = await JsonAssert.ReadAsync(first);
        var b = await JsonAssert.ReadAsync(second);

        Assert.Equal("stored", first.Headers.GetValues("GenScreen-Storage").Single());
        Assert.Equal("replayed", second.Headers.GetValues("GenScreen-Storage").Single());
        Assert.Equal(a.GetProperty("verdictId").GetString(), b.GetProperty("verdictId").GetString());
        Assert.Equal(a.GetProperty("decision").GetString(), b.GetProperty("decision").GetString());
        var rows = new TableClient(azurite.ConnectionString, host.TableName).QueryAsync<TableEntity>();
        Assert.Equal(1, await rows.CountAsync());
    }

    [Fact]
    public async Task ScreenPrompt_SameRequestIdDifferentPrompt_Returns409Problem()
    {
        await using var host = await RunningHost.StartAsync(azurite.ConnectionString);

        using var first = await host.PostJsonAsync("""{"prompt":"a red fox","requestId":"dup"}""");
        using var second = await host.PostJsonAsync("""{"prompt":"a blue fox","requestId":"dup"}""");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var problem = await JsonAssert.ProblemAsync(second, 409, "urn:genscreen:problem:request-id-conflict");
        Assert.Contains("dup", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScreenPrompt_SameRequestIdFromDifferentUsers_AreDistinctVerdicts()
    {
        await using var host = await RunningHost.StartAsync(azurite.ConnectionString);

        using var first = await host.PostJsonAsync("""{"prompt":"a red fox","requestId":"r1","userId":"a"}""");
        using var second = await host.PostJsonAsync("""{"prompt":"a blue fox","requestId":"r1","userId":"b"}""");

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.NotEqual((await JsonAssert.ReadAsync(first)).GetProperty("verdictId").GetString(), (await JsonAssert.ReadAsync(second)).GetProperty("verdictId").GetString());
    }

    [Theory]
    [InlineData("api/verdicts/0123456789abcdef0123456789abcdef")]
    [InlineData("api/verdicts/not-a-verdict-id")]
    [InlineData("api/moderation/verdicts/0123456789abcdef0123456789abcdef")]
    [InlineData("api/moderation/verdicts/not-a-verdict-id")]
    public async Task GetVerdict_UnknownOrMalformedId_Returns404Problem(string path)
    {
        var adminKey = RunningHost.NewKey();
        await using var host = await RunningHost.StartAsync(azurite.ConnectionString, new Dictionary<string, string?> { ["Admin:ApiKey"] = adminKey });

        using var response = await host.GetAsync(path, new Dictionary<string, string> { ["GenScreen-Admin-Key"] = adminKey });

        await JsonAssert.ProblemAsync(response, 404, "urn:genscreen:problem:not-found");
    }

    private async Task<TableEntity> ReadRowAsync(RunningHost host, string verdictId)
    {
        var table = new TableClient(azurite.ConnectionString, host.TableName);
        var response = await table.GetEntityAsync<TableEntity>(verdictId[..2], verdictId);
        return response.Value;
    }
}
