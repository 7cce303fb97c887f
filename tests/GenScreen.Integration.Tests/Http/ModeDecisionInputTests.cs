using GenScreen.Integration.Tests.Fixtures;

namespace GenScreen.Integration.Tests.Http;

/// <summary>
/// The request <c>mode</c> (people side) beside issue 14's bypass fixes: it is one of the decision inputs a
/// request-id replay compares (the 409 names it), and a second <c>mode</c> in the body is refused like any
/// other duplicate, so "inpaint" followed by "txt2img" cannot pick the mode that allows undressing.
/// </summary>
[Collection(AzuriteCollectionDefinition.Name)]
public sealed class ModeDecisionInputTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task ScreenPrompt_DuplicateMode_Returns400NamingMode()
    {
        await using var host = await RunningHost.StartAsync(azurite.ConnectionString);

        using var response = await host.PostJsonAsync("""{"prompt":"remove her clothes","mode":"inpaint","mode":"txt2img"}""");

        var problem = await JsonAssert.ProblemAsync(response, 400, "urn:genscreen:problem:duplicate-property");
        Assert.Equal(["mode"], problem.GetProperty("errors").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task ScreenPrompt_SameRequestIdOtherModeOnly_Returns409NamingOnlyMode()
    {
        await using var host = await RunningHost.StartAsync(azurite.ConnectionString);

        using var first = await host.PostJsonAsync("""{"prompt":"remove her clothes","requestId":"mode-fields-1","policy":"mature","mode":"txt2img"}""");
        using var second = await host.PostJsonAsync("""{"prompt":"remove her clothes","requestId":"mode-fields-1","policy":"mature","mode":"img2img"}""");

        Assert.Equal("allow", (await JsonAssert.ReadAsync(first)).GetProperty("decision").GetString());
        var problem = await JsonAssert.ProblemAsync(second, 409, "urn:genscreen:problem:request-id-conflict");
        Assert.Equal(["mode"], problem.GetProperty("errors").EnumerateObject().Select(p => p.Name));
        Assert.Contains("mode", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
