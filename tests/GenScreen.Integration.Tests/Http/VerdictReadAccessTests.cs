using System.Net;
using System.Text;
using System.Text.Json;
using GenScreen.Integration.Tests.Fixtures;

namespace GenScreen.Integration.Tests.Http;

/// <summary>
/// Issue 14, item 10 (reading): GET /api/verdicts/{id} shows any caller the verdict but never the prompt
/// text, its hash or the userId; the full record is GET /api/moderation/verdicts/{id}, for admins only
/// (locally: Admin:ApiKey in GenScreen-Admin-Key; a platform principal header is not trusted here).
/// </summary>
[Collection(AzuriteCollectionDefinition.Name)]
public sealed class VerdictReadAccessTests(AzuriteFixture azurite)
{
    private const string Prompt = "little girl, nude";
    private const string Negative = "lowres, watermark";
    private const string UserId = "user-4711";

    private static readonly string AdminKey = RunningHost.NewKey();

    [Fact]
    public async Task GetVerdict_OrdinaryCaller_GetsTheVerdictWithoutPromptTextHashOrUserId()
    {
        await using var host = await StartAsync();
        var id = await ScreenAsync(host);

        using var response = await host.GetAsync($"api/verdicts/{id}");
        var body = await response.Content.ReadAsStringAsync();
        using var verdict = JsonDocument.Parse(body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("block", verdict.RootElement.GetProperty("decision").GetString());
        Assert.Equal(Prompt.Length, verdict.RootElement.GetProperty("promptLength").GetInt32());
        foreach (var hidden in new[] { "prompt", "negativePrompt", "promptSha256", "negativePromptSha256", "userId" })
        {
            Assert.False(verdict.RootElement.TryGetProperty(hidden, out _), hidden);
        }

        AssertLeaksNothing(body);
    }

    [Fact]
    public async Task GetVerdictRecord_Admin_GetsTheFullRecord()
    {
        await using var host = await StartAsync();
        var id = await ScreenAsync(host);

        using var response = await host.GetAsync($"api/moderation/verdicts/{id}", new Dictionary<string, string> { ["GenScreen-Admin-Key"] = AdminKey });
        var record = await JsonAssert.ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Prompt, record.GetProperty("prompt").GetString());
        Assert.Equal(Negative, record.GetProperty("negativePrompt").GetString());
        Assert.Equal(UserId, record.GetProperty("userId").GetString());
        Assert.Equal(64, record.GetProperty("promptSha256").GetString()!.Length);
    }

    [Fact]
    public async Task GetVerdictRecord_AnonymousCaller_Gets401AndNoData()
    {
        await using var host = await StartAsync();
        var id = await ScreenAsync(host);

        using var response = await host.GetAsync($"api/moderation/verdicts/{id}");

        await JsonAssert.ProblemAsync(response, 401, "urn:genscreen:problem:unauthorized");
        AssertLeaksNothing(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task GetVerdictRecord_WrongKey_Gets403AndNoData()
    {
        await using var host = await StartAsync();
        var id = await ScreenAsync(host);

        using var response = await host.GetAsync($"api/moderation/verdicts/{id}", new Dictionary<string, string> { ["GenScreen-Admin-Key"] = RunningHost.NewKey() });

        await JsonAssert.ProblemAsync(response, 403, "urn:genscreen:problem:forbidden");
        AssertLeaksNothing(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task GetVerdictRecord_ForgedAppServicePrincipalWithAdminRole_IsNotTrustedLocally()
    {
        await using var host = await StartAsync(new Dictionary<string, string?> { ["WEBSITE_AUTH_ENABLED"] = "True" });
        var id = await ScreenAsync(host);
        var forged = Convert.ToBase64String(Encoding.UTF8.GetBytes(
            """{"auth_typ":"aad","claims":[{"typ":"roles","val":"GenScreen.Admin"}],"name_typ":"name","role_typ":"roles"}"""));

        using var response = await host.GetAsync($"api/moderation/verdicts/{id}", new Dictionary<string, string> { ["X-MS-CLIENT-PRINCIPAL"] = forged });

        await JsonAssert.ProblemAsync(response, 401, "urn:genscreen:problem:unauthorized");
        AssertLeaksNothing(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task GetVerdictRecord_HostWithoutAdminKey_IsClosedToEveryKey()
    {
        await using var host = await RunningHost.StartAsync(azurite.ConnectionString);
        var id = await ScreenAsync(host);

        using var response = await host.GetAsync($"api/moderation/verdicts/{id}", new Dictionary<string, string> { ["GenScreen-Admin-Key"] = AdminKey });

        await JsonAssert.ProblemAsync(response, 403, "urn:genscreen:problem:forbidden");
    }

    [Fact]
    public async Task GetVerdictRecord_NonAdminAndUnknownId_Gets401NotA404()
    {
        // The admin check comes first: a non-admin cannot even probe which ids exist.
        await using var host = await StartAsync();

        using var response = await host.GetAsync("api/moderation/verdicts/0123456789abcdef0123456789abcdef");

        await JsonAssert.ProblemAsync(response, 401, "urn:genscreen:problem:unauthorized");
    }

    private Task<RunningHost> StartAsync(IDictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?> { ["Admin:ApiKey"] = AdminKey };
        foreach (var (k, v) in extra ?? new Dictionary<string, string?>())
        {
            settings[k] = v;
        }

        return RunningHost.StartAsync(azurite.ConnectionString, settings);
    }

    /// <summary>Screens a blocked prompt (so its text is retained) with a user id; returns the verdict id.</summary>
    private static async Task<string> ScreenAsync(RunningHost host)
    {
        using var response = await host.PostJsonAsync($$"""{"prompt":"{{Prompt}}","negativePrompt":"{{Negative}}","requestId":"read-1","userId":"{{UserId}}"}""");
        var verdict = await JsonAssert.ReadAsync(response);
        Assert.Equal("block", verdict.GetProperty("decision").GetString());
        return verdict.GetProperty("verdictId").GetString()!;
    }

    private static void AssertLeaksNothing(string body)
    {
        Assert.DoesNotContain(Prompt, body, StringComparison.Ordinal);
        Assert.DoesNotContain(Negative, body, StringComparison.Ordinal);
        Assert.DoesNotContain(UserId, body, StringComparison.Ordinal);
    }
}
