using System.Net;
using Azure.Data.Tables;
using GenScreen.Integration.Tests.Fixtures;

namespace GenScreen.Integration.Tests.Http;

/// <summary>
/// Issue 14, item 5: a reused requestId is a replay only when everything that decides the verdict matches
/// (prompt, negative prompt, resolved policy); anything else is a 409, never the stored decision.
/// </summary>
[Collection(AzuriteCollectionDefinition.Name)]
public sealed class RequestIdReplayTests(AzuriteFixture azurite)
{
    private const string AdultNude = "artistic nude portrait of an adult woman";

    [Fact]
    public async Task ScreenPrompt_SameRequestIdMatureThenStrict_Returns409NotTheStoredAllow()
    {
        await using var host = await RunningHost.StartAsync(azurite.ConnectionString);

        using var mature = await host.PostJsonAsync($$"""{"prompt":"{{AdultNude}}","policy":"mature","requestId":"job-1","userId":"u1"}""");
        using var strict = await host.PostJsonAsync($$"""{"prompt":"{{AdultNude}}","policy":"strict","requestId":"job-1","userId":"u1"}""");

        Assert.Equal("allow", (await JsonAssert.ReadAsync(mature)).GetProperty("decision").GetString());
        var problem = await JsonAssert.ProblemAsync(strict, 409, "urn:genscreen:problem:request-id-conflict");
        Assert.False(problem.TryGetProperty("decision", out _));
        Assert.Equal(["policy"], problem.GetProperty("errors").EnumerateObject().Select(p => p.Name));
        Assert.Contains("job-1", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var rows = await new TableClient(azurite.ConnectionString, host.TableName).QueryAsync<TableEntity>().ToListAsync();
        Assert.Equal("mature", Assert.Single(rows).GetString("Policy")); // the first verdict is kept as it was
    }

    [Fact]
    public async Task ScreenPrompt_SameRequestIdDifferentNegativePrompt_Returns409NamingIt()
    {
        await using var host = await RunningHost.StartAsync(azurite.ConnectionString);

        using var first = await host.PostJsonAsync("""{"prompt":"a red fox","negativePrompt":"blurry","requestId":"neg-1"}""");
        using var second = await host.PostJsonAsync("""{"prompt":"a red fox","requestId":"neg-1"}""");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var problem = await JsonAssert.ProblemAsync(second, 409, "urn:genscreen:problem:request-id-conflict");
        Assert.Equal(["negativePrompt"], problem.GetProperty("errors").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task ScreenPrompt_SameRequestIdAfterDefaultPolicyChange_Returns409()
    {
        // The policy that counts is the one the verdict was decided under, default included: the same body
        // sent after the default moved from mature to strict must not get the mature allow back.
        var key = RunningHost.NewKey();
        var table = AzuriteFixture.UniqueTableName();
        const string body = $$"""{"prompt":"{{AdultNude}}","requestId":"job-2"}""";
        HttpStatusCode firstStatus;
        await using (var matureHost = await RunningHost.StartAsync(azurite.ConnectionString, Settings(key, table, "mature")))
        {
            using var first = await matureHost.PostJsonAsync(body);
            firstStatus = first.StatusCode;
            Assert.Equal("allow", (await JsonAssert.ReadAsync(first)).GetProperty("decision").GetString());
        }

        await using var strictHost = await RunningHost.StartAsync(azurite.ConnectionString, Settings(key, table, "strict"));
        using var second = await strictHost.PostJsonAsync(body);

        Assert.Equal(HttpStatusCode.OK, firstStatus);
        await JsonAssert.ProblemAsync(second, 409, "urn:genscreen:problem:request-id-conflict");
    }

    [Fact]
    public async Task ScreenPrompt_ExplicitPolicyEqualToTheDefault_IsAReplay()
    {
        await using var host = await RunningHost.StartAsync(azurite.ConnectionString, new Dictionary<string, string?> { ["Screening:DefaultPolicy"] = "strict" });

        using var first = await host.PostJsonAsync($$"""{"prompt":"{{AdultNude}}","requestId":"job-3"}""");
        using var second = await host.PostJsonAsync($$"""{"prompt":"{{AdultNude}}","policy":"strict","requestId":"job-3"}""");

        Assert.Equal("stored", first.Headers.GetValues("GenScreen-Storage").Single());
        Assert.Equal("replayed", second.Headers.GetValues("GenScreen-Storage").Single());
        Assert.Equal("block", (await JsonAssert.ReadAsync(second)).GetProperty("decision").GetString());
    }

    private static Dictionary<string, string?> Settings(string key, string table, string defaultPolicy) => new()
    {
        ["VerdictStore:IdKey"] = key,
        ["VerdictStore:TableName"] = table,
        ["Screening:DefaultPolicy"] = defaultPolicy,
    };
}
