using GenScreen.Integration.Tests.Fixtures;

namespace GenScreen.Integration.Tests.Http;

/// <summary>Every malformed request gets RFC 9457 problem details a developer can act on, and nothing is stored.</summary>
[Collection(AzuriteCollectionDefinition.Name)]
public sealed class BadInputTests(AzuriteFixture azurite)
{
    [Theory]
    [InlineData("{\"prompt\": \"a cat\"", "invalid-json")]
    [InlineData("not json at all", "invalid-json")]
    [InlineData("", "invalid-json")]
    [InlineData("[\"a cat\"]", "invalid-json")]
    [InlineData("\"a cat\"", "invalid-json")]
    [InlineData("{}", "validation")]
    [InlineData("{\"prompt\": null}", "validation")]
    [InlineData("{\"prompt\": \"\"}", "validation")]
    [InlineData("{\"prompt\": \"   \"}", "validation")]
    [InlineData("{\"prompt\": 42}", "validation")]
    [InlineData("{\"prompt\": [\"a\"]}", "validation")]
    [InlineData("{\"prompt\": \"a cat\", \"negativePrompt\": 7}", "validation")]
    [InlineData("{\"prompt\": \"a cat\", \"policy\": true}", "validation")]
    [InlineData("{\"prompt\": \"a cat\", \"requestId\": \"\"}", "validation")]
    [InlineData("{\"prompt\": \"a cat\", \"policy\": \"lenient\"}", "unknown-policy")]
    public async Task ScreenPrompt_MalformedBody_Returns400Problem(string body, string problemType)
    {
        await using var host = await RunningHost.StartAsync(azurite.ConnectionString);

        using var response = await host.PostJsonAsync(body);

        await JsonAssert.ProblemAsync(response, 400, "urn:genscreen:problem:" + problemType);
    }

    [Fact]
    public async Task ScreenPrompt_WrongTypes_ReportsEachFieldAtOnce()
    {
        await using var host = await RunningHost.StartAsync(azurite.ConnectionString);

        using var response = await host.PostJsonAsync("""{"prompt": 1, "negativePrompt": {}, "userId": false}""");

        var problem = await JsonAssert.ProblemAsync(response, 400, "urn:genscreen:problem:validation");
        var errors = problem.GetProperty("errors");
        Assert.Contains("must be a string", errors.GetProperty("prompt")[0].GetString(), StringComparison.Ordinal);
        Assert.True(errors.TryGetProperty("negativePrompt", out _));
        Assert.True(errors.TryGetProperty("userId", out _));
    }

    [Fact]
    public async Task ScreenPrompt_PromptOver10000Characters_Returns400WithLimit()
    {
        await using var host = await RunningHost.StartAsync(azurite.ConnectionString);

        using var response = await host.PostJsonAsync($$"""{"prompt": "{{new string('a', 10_001)}}"}""");

        var problem = await JsonAssert.ProblemAsync(response, 400, "urn:genscreen:problem:validation");
        Assert.Contains("10,000", problem.GetProperty("errors").GetProperty("prompt")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScreenPrompt_PromptOfExactly10000Characters_IsScreened()
    {
        await using var host = await RunningHost.StartAsync(azurite.ConnectionString);

        using var response = await host.PostJsonAsync($$"""{"prompt": "{{string.Concat(Enumerable.Repeat("cat ", 2_500))}}"}""");

        Assert.Equal(200, (int)response.StatusCode);
    }

    [Fact]
    public async Task ScreenPrompt_BodyOver64KiB_Returns413()
    {
        await using var host = await RunningHost.StartAsync(azurite.ConnectionString);

        using var response = await host.PostJsonAsync($$"""{"prompt": "a cat", "pad": "{{new string('x', 70_000)}}"}""");

        await JsonAssert.ProblemAsync(response, 413, "urn:genscreen:problem:body-too-large");
    }

    [Fact]
    public async Task ScreenPrompt_ChunkedBodyOver64KiB_Returns413()
    {
        await using var host = await RunningHost.StartAsync(azurite.ConnectionString);
        var payload = System.Text.Encoding.UTF8.GetBytes($$"""{"prompt": "a cat", "pad": "{{new string('x', 70_000)}}"}""");
        using var content = new StreamContent(new MemoryStream(payload)); // no Content-Length: sent chunked
        content.Headers.ContentType = new("application/json");

        using var response = await host.Client.PostAsync(new Uri("api/screen/prompt", UriKind.Relative), content);

        await JsonAssert.ProblemAsync(response, 413, "urn:genscreen:problem:body-too-large");
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/xml")]
    public async Task ScreenPrompt_WrongContentType_Returns415(string contentType)
    {
        await using var host = await RunningHost.StartAsync(azurite.ConnectionString);

        using var response = await host.PostJsonAsync("""{"prompt":"a cat"}""", contentType);

        await JsonAssert.ProblemAsync(response, 415, "urn:genscreen:problem:unsupported-media-type");
    }

    [Fact]
    public async Task ScreenPrompt_JsonWithCharset_IsAccepted()
    {
        await using var host = await RunningHost.StartAsync(azurite.ConnectionString);

        using var response = await host.PostJsonAsync("""{"prompt":"a cat"}""", "application/json; charset=utf-8");

        Assert.Equal(200, (int)response.StatusCode);
    }
}
