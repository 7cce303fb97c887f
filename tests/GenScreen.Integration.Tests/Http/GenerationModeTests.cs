using System.Net;
using Azure.Data.Tables;
using GenScreen.Integration.Tests.Fixtures;

namespace GenScreen.Integration.Tests.Http;

/// <summary>The request's <c>mode</c> (txt2img, img2img, inpaint) and the steering fields, through the local host on real Azurite.</summary>
[Collection(AzuriteCollectionDefinition.Name)]
public sealed class GenerationModeTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task ScreenPrompt_UndressWithImg2Img_BlocksAsNudifyAndStoresMode()
    {
        await using var host = await RunningHost.StartAsync(azurite.ConnectionString);

        using var response = await host.PostJsonAsync("""{"prompt":"undress her, realistic skin","mode":"img2img","policy":"mature"}""");
        var verdict = await JsonAssert.ReadAsync(response);
        var row = await new TableClient(azurite.ConnectionString, host.TableName)
            .GetEntityAsync<TableEntity>(verdict.GetProperty("verdictId").GetString()![..2], verdict.GetProperty("verdictId").GetString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("block", verdict.GetProperty("decision").GetString());
        Assert.Equal("img2img", verdict.GetProperty("mode").GetString());
        Assert.Contains(verdict.GetProperty("reasons").EnumerateArray(), r => r.GetProperty("code").GetString() == "real-person.nudify");
        Assert.Equal("img2img", row.Value.GetString("Mode"));
    }

    [Fact]
    public async Task ScreenPrompt_UndressWithoutMode_IsTxt2ImgAndAllowedUnderMature()
    {
        await using var host = await RunningHost.StartAsync(azurite.ConnectionString);

        using var response = await host.PostJsonAsync("""{"prompt":"Tifa Lockhart undressing, anime"}""");
        var verdict = await JsonAssert.ReadAsync(response);

        Assert.Equal("allow", verdict.GetProperty("decision").GetString());
        Assert.Equal("txt2img", verdict.GetProperty("mode").GetString());
    }

    [Fact]
    public async Task ScreenPrompt_UnknownMode_Returns400WithModeError()
    {
        await using var host = await RunningHost.StartAsync(azurite.ConnectionString);

        using var response = await host.PostJsonAsync("""{"prompt":"a cat","mode":"video"}""");

        var problem = await JsonAssert.ProblemAsync(response, 400, "urn:genscreen:problem:validation");
        Assert.Contains("img2img", problem.GetProperty("errors").GetProperty("mode")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScreenPrompt_SameRequestIdOtherMode_Returns409NotTheStoredDecision()
    {
        await using var host = await RunningHost.StartAsync(azurite.ConnectionString);

        using var first = await host.PostJsonAsync("""{"prompt":"remove her clothes","requestId":"mode-1","mode":"txt2img"}""");
        using var second = await host.PostJsonAsync("""{"prompt":"remove her clothes","requestId":"mode-1","mode":"inpaint"}""");
        using var third = await host.PostJsonAsync("""{"prompt":"remove her clothes","requestId":"mode-1","mode":"txt2img"}""");

        Assert.Equal("allow", (await JsonAssert.ReadAsync(first)).GetProperty("decision").GetString());
        await JsonAssert.ProblemAsync(second, 409, "urn:genscreen:problem:request-id-conflict");
        Assert.Equal("replayed", third.Headers.GetValues("GenScreen-Storage").Single());
    }

    [Fact]
    public async Task ScreenPrompt_AllowedPromptWithPeople_CarriesSteeringAndReplaysIt()
    {
        await using var host = await RunningHost.StartAsync(azurite.ConnectionString, new Dictionary<string, string?>
        {
            ["Screening:Steering:NegativeEmbedding"] = "ng_minors_v2",
        });
        const string body = """{"prompt":"portrait of a woman on a beach, topless","requestId":"steer-1"}""";

        using var first = await host.PostJsonAsync(body);
        using var replay = await host.PostJsonAsync(body);
        var a = await JsonAssert.ReadAsync(first);
        var b = await JsonAssert.ReadAsync(replay);

        Assert.Equal("allow", a.GetProperty("decision").GetString());
        Assert.Contains(a.GetProperty("negativePromptAdditions").EnumerateArray(), t => t.GetString() == "child");
        Assert.Equal("ng_minors_v2", a.GetProperty("negativeEmbedding").GetString());
        Assert.Equal("replayed", replay.Headers.GetValues("GenScreen-Storage").Single());
        Assert.Equal(a.GetProperty("negativePromptAdditions").GetRawText(), b.GetProperty("negativePromptAdditions").GetRawText());
        Assert.Equal("ng_minors_v2", b.GetProperty("negativeEmbedding").GetString());
    }
}
