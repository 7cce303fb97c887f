using System.Net;
using GenScreen.Integration.Tests.Fixtures;
using GenScreen.Integration.Tests.Http;
using GenScreen.Integration.Tests.Reports;
using Microsoft.Extensions.Options;

namespace GenScreen.Integration.Tests.Strikes;

/// <summary><c>escalation</c> in POST /api/screen/prompt, and the admin strike routes, through the local host on real Azurite.</summary>
[Collection(AzuriteCollectionDefinition.Name)]
public sealed class StrikesEndpointTests(AzuriteFixture azurite)
{
    private readonly string _adminKey = RunningHost.NewKey();

    private Task<RunningHost> StartAsync(Dictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?> { ["Strikes:TableName"] = AzuriteFixture.UniqueTableName(), ["Admin:ApiKey"] = _adminKey };
        foreach (var (k, v) in extra ?? [])
        {
            settings[k] = v;
        }

        return RunningHost.StartAsync(azurite.ConnectionString, settings);
    }

    [Fact]
    public async Task PromptResponse_EscalationRisesWithBlocks_OnlyWhenAUserIdIsGiven()
    {
        await using var host = await StartAsync();
        var escalations = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            using var blocked = await host.PostJsonAsync($$"""{"prompt":"portrait of a woman, nude","policy":"strict","userId":"offender-1","requestId":"r{{i}}"}""");
            escalations.Add((await JsonAssert.ReadAsync(blocked)).GetProperty("escalation").GetString()!);
        }

        using var replay = await host.PostJsonAsync("""{"prompt":"portrait of a woman, nude","policy":"strict","userId":"offender-1","requestId":"r2"}""");
        using var allowed = await host.PostJsonAsync("""{"prompt":"a lighthouse at sunset","userId":"offender-1"}""");
        using var otherUser = await host.PostJsonAsync("""{"prompt":"a lighthouse at sunset","userId":"someone-else"}""");
        using var anonymous = await host.PostJsonAsync("""{"prompt":"portrait of a woman, nude","policy":"strict"}""");

        Assert.Equal(["none", "none", "warn"], escalations);
        Assert.Equal("warn", (await JsonAssert.ReadAsync(replay)).GetProperty("escalation").GetString()); // a replay is not a fourth strike
        Assert.Equal("warn", (await JsonAssert.ReadAsync(allowed)).GetProperty("escalation").GetString());
        Assert.Equal("none", (await JsonAssert.ReadAsync(otherUser)).GetProperty("escalation").GetString());
        Assert.False((await JsonAssert.ReadAsync(anonymous)).TryGetProperty("escalation", out _));
        var show = await JsonAssert.ReadAsync(await host.GetAsync("api/moderation/strikes/offender-1", new Dictionary<string, string> { ["GenScreen-Admin-Key"] = _adminKey }));
        Assert.Equal(3, show.GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task AdminRoutes_ShowClearAudited_AndRefuseNonAdmins()
    {
        await using var host = await StartAsync(new() { ["Strikes:WarnAt"] = "1", ["Strikes:ReviewAt"] = "2", ["Strikes:MuteAt"] = "3" });
        using var blocked = await host.PostJsonAsync("""{"prompt":"portrait of a woman, nude","policy":"strict","userId":"user@example"}""");
        Assert.Equal("warn", (await JsonAssert.ReadAsync(blocked)).GetProperty("escalation").GetString());
        var admin = new Dictionary<string, string> { ["GenScreen-Admin-Key"] = _adminKey };

        using var noReason = await PromptReportTests.PostAsync(host, "api/moderation/strikes/user@example/clear", """{"by":"mod-ana"}""", _adminKey);
        using var anonymousShow = await host.GetAsync("api/moderation/strikes/user@example");
        using var anonymousClear = await PromptReportTests.PostAsync(host, "api/moderation/strikes/user@example/clear", """{"by":"x","reason":"y"}""", adminKey: null);
        using var clear = await PromptReportTests.PostAsync(host, "api/moderation/strikes/user@example/clear", """{"by":"mod-ana","reason":"false positive: medical"}""", _adminKey);
        var cleared = await JsonAssert.ReadAsync(clear);
        var after = await JsonAssert.ReadAsync(await host.GetAsync("api/moderation/strikes/user@example", admin));

        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymousShow.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymousClear.StatusCode);
        Assert.Equal(HttpStatusCode.OK, clear.StatusCode);
        Assert.Equal(1, cleared.GetProperty("cleared").GetProperty("strikesCleared").GetInt32());
        Assert.Equal("warn", cleared.GetProperty("cleared").GetProperty("escalationBefore").GetString());
        Assert.Equal(0, after.GetProperty("count").GetInt32());
        Assert.Equal("none", after.GetProperty("escalation").GetString());
        var audit = Assert.Single(after.GetProperty("clearances").EnumerateArray());
        Assert.Equal("mod-ana", audit.GetProperty("by").GetString());
        Assert.Equal("false positive: medical", audit.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Host_ThresholdsThatDoNotRise_RefuseToStart()
    {
        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => StartAsync(new() { ["Strikes:WarnAt"] = "5", ["Strikes:ReviewAt"] = "5" }));

        Assert.Contains("thresholds must rise", ex.Message, StringComparison.Ordinal);
    }
}
