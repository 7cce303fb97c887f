using Azure;

namespace GenScreen.ContentSafety.Tests;

/// <summary>Key header vs. Entra ID bearer token, and endpoint rules that keep credentials off clear text.</summary>
public sealed class AuthenticationContractTests
{
    [Fact]
    public async Task AnalyzeTextAsync_TokenCredential_SendsBearerTokenForCognitiveServicesScope()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(https: true);
        server.Enqueue(ScriptedResponse.Json(200, WireExamples.AnalyzeTextResponse));
        string token = "token-" + Guid.NewGuid().ToString("N");
        var credential = new RecordingTokenCredential(token);
        var client = new ContentSafetyClient(server.Endpoint, credential, TestClients.FastRetries(https: true));

        await client.AnalyzeTextAsync("x");

        RecordedRequest request = server.SingleRequest();
        Assert.Equal("Bearer " + token, request.Header("Authorization"));
        Assert.Null(request.Header("Ocp-Apim-Subscription-Key"));
        string[] scopes = Assert.Single(credential.RequestedScopes);
        Assert.Equal(["https://cognitiveservices.azure.com/.default"], scopes);
    }

    [Fact]
    public async Task GetTextBlocklistAsync_TokenCredential_SendsBearerToken()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(https: true);
        server.Enqueue(ScriptedResponse.Json(200, WireExamples.BlocklistResponse));
        var credential = new RecordingTokenCredential("blocklist-token");
        var client = new BlocklistClient(server.Endpoint, credential, TestClients.FastRetries(https: true));

        await client.GetTextBlocklistAsync("TestBlocklist");

        Assert.Equal("Bearer blocklist-token", server.SingleRequest().Header("Authorization"));
    }

    [Fact]
    public async Task AnalyzeTextAsync_TokenCredentialOverPlainHttp_NeverSendsToken()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync();
        var client = new ContentSafetyClient(server.Endpoint, new RecordingTokenCredential("secret-token"), TestClients.FastRetries());

        await Assert.ThrowsAnyAsync<Exception>(() => client.AnalyzeTextAsync("x"));

        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task AnalyzeTextAsync_RotatedKey_SendsNewKeyWithoutNewClient()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync();
        server.Enqueue(ScriptedResponse.Json(200, WireExamples.AnalyzeTextResponse), ScriptedResponse.Json(200, WireExamples.AnalyzeTextResponse));
        var credential = new AzureKeyCredential("first-key");
        var client = new ContentSafetyClient(server.Endpoint, credential, TestClients.FastRetries());

        await client.AnalyzeTextAsync("x");
        credential.Update("second-key");
        await client.AnalyzeTextAsync("x");

        Assert.Equal(["first-key", "second-key"], server.Requests.Select(r => r.Header("Ocp-Apim-Subscription-Key")));
    }

    [Theory]
    [InlineData("http://contoso.cognitiveservices.azure.com")]
    [InlineData("ftp://127.0.0.1")]
    [InlineData("https://contoso.cognitiveservices.azure.com/?x=1")]
    public void Constructor_UnsafeEndpoint_ThrowsArgumentException(string endpoint)
    {
        Assert.Throws<ArgumentException>(() => new ContentSafetyClient(new Uri(endpoint), new AzureKeyCredential("k")));
        Assert.Throws<ArgumentException>(() => new BlocklistClient(new Uri(endpoint), new AzureKeyCredential("k")));
    }

    [Fact]
    public async Task AnalyzeTextAsync_EndpointWithTrailingSlashAndBasePath_KeepsBasePath()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync();
        server.Enqueue(ScriptedResponse.Json(200, WireExamples.AnalyzeTextResponse));
        var client = new ContentSafetyClient(new Uri(server.Endpoint, "/gateway/"), new AzureKeyCredential("k"), TestClients.FastRetries());

        await client.AnalyzeTextAsync("x");

        Assert.Equal("/gateway/contentsafety/text:analyze", server.SingleRequest().Path);
    }
}
