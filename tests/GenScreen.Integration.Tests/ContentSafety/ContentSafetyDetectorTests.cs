using GenScreen.Integration.Tests.Fixtures;
using GenScreen.Integration.Tests.Http;

namespace GenScreen.Integration.Tests.ContentSafety;

/// <summary>Azure AI Content Safety as a prompt detector, end to end through the HTTP handler, against a loopback service speaking the documented contract.</summary>
[Collection(AzuriteCollectionDefinition.Name)]
public sealed class ContentSafetyDetectorTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task ScreenPrompt_ServiceReportsSexual6_StrictBlocksWithDetectorEvidence()
    {
        await using var service = await FakeContentSafetyService.StartAsync();
        service.Respond = () => (200, FakeContentSafetyService.Analysis(0, 0, 6, 0), TimeSpan.Zero);
        await using var host = await StartHostAsync(service, "FailClosedToReview");

        using var response = await host.PostJsonAsync("""{"prompt":"a tasteful photo of a lighthouse","policy":"strict"}""");
        var verdict = await JsonAssert.ReadAsync(response);

        Assert.Empty(service.ContractViolations);
        Assert.Equal(1, service.Requests);
        Assert.Equal("block", verdict.GetProperty("decision").GetString());
        Assert.Contains(verdict.GetProperty("reasons").EnumerateArray(), r => r.GetProperty("code").GetString() == "term.sexual" && r.GetProperty("term").GetString() == "content-safety");
        Assert.Contains(verdict.GetProperty("categories").EnumerateArray(), c => c.GetProperty("category").GetString() == "Sexual" && c.GetProperty("severity").GetInt32() == 6);
    }

    [Fact]
    public async Task ScreenPrompt_ServiceSexualPlusLexiconMinor_BlocksUnderMatureAsMinorsSexual()
    {
        await using var service = await FakeContentSafetyService.StartAsync();
        service.Respond = () => (200, FakeContentSafetyService.Analysis(0, 0, 4, 0), TimeSpan.Zero);
        await using var host = await StartHostAsync(service, "FailClosedToReview");

        using var response = await host.PostJsonAsync("""{"prompt":"a child on a bed, soft light","policy":"mature"}""");
        var verdict = await JsonAssert.ReadAsync(response);

        Assert.Equal("block", verdict.GetProperty("decision").GetString());
        Assert.Contains(verdict.GetProperty("reasons").EnumerateArray(), r => r.GetProperty("code").GetString() == "minors.sexual");
    }

    [Fact]
    public async Task ScreenPrompt_BlocklistHit_Blocks()
    {
        await using var service = await FakeContentSafetyService.StartAsync();
        service.Respond = () => (200, FakeContentSafetyService.Analysis(0, 0, 0, 0, blocklistMatch: "forbidden brand"), TimeSpan.Zero);
        await using var host = await StartHostAsync(service, "FailClosedToReview");

        using var response = await host.PostJsonAsync("""{"prompt":"a forbidden brand logo","policy":"mature"}""");
        var verdict = await JsonAssert.ReadAsync(response);

        Assert.Equal("block", verdict.GetProperty("decision").GetString());
        var reason = Assert.Single(verdict.GetProperty("reasons").EnumerateArray(), r => r.GetProperty("code").GetString() == "content-safety.blocklist");
        Assert.Equal("forbidden brand", reason.GetProperty("term").GetString());
    }

    [Theory]
    [InlineData("FailClosedToReview", "review", "detector.unavailable")]
    [InlineData("LocalOnly", "allow", "detector.skipped")]
    public async Task ScreenPrompt_ServiceFailing_AppliesFailureModeAndRecordsIt(string failureMode, string decision, string code)
    {
        await using var service = await FakeContentSafetyService.StartAsync();
        service.Respond = () => (500, """{"error":{"code":"InternalError","message":"boom"}}""", TimeSpan.Zero);
        // A 500 comes back at once; the generous timeout only keeps a loaded machine from timing the call out before
        // its retry is sent (seen at load 34 with one second), which would hide the retry this test is about.
        await using var host = await StartHostAsync(service, failureMode, timeout: "00:00:10");

        using var response = await host.PostJsonAsync("""{"prompt":"a red fox in the snow"}""");
        var verdict = await JsonAssert.ReadAsync(response);

        Assert.Equal(decision, verdict.GetProperty("decision").GetString());
        Assert.Contains(verdict.GetProperty("reasons").EnumerateArray(), r => r.GetProperty("code").GetString() == code);
        Assert.True(service.Requests > 1, "a 500 is retried by the Azure.Core pipeline");
    }

    [Fact]
    public async Task ScreenPrompt_ServiceTooSlow_TimesOutAndFailsClosedToReview()
    {
        await using var service = await FakeContentSafetyService.StartAsync();
        service.Respond = () => (200, FakeContentSafetyService.Analysis(0, 0, 0, 0), TimeSpan.FromSeconds(30));
        await using var host = await StartHostAsync(service, "FailClosedToReview");

        using var response = await host.PostJsonAsync("""{"prompt":"a red fox in the snow"}""");
        var verdict = await JsonAssert.ReadAsync(response);

        Assert.Equal("review", verdict.GetProperty("decision").GetString());
        Assert.Contains(verdict.GetProperty("reasons").EnumerateArray(), r => r.GetProperty("code").GetString() == "detector.unavailable");
    }

    private Task<RunningHost> StartHostAsync(FakeContentSafetyService service, string failureMode, string timeout = "00:00:01") =>
        RunningHost.StartAsync(azurite.ConnectionString, new Dictionary<string, string?>
        {
            ["ContentSafety:Endpoint"] = service.Endpoint.ToString(),
            ["ContentSafety:ApiKey"] = FakeContentSafetyService.Key,
            ["ContentSafety:FailureMode"] = failureMode,
            ["ContentSafety:Timeout"] = timeout,
            ["ContentSafety:MaxRetries"] = "1",
        });
}
