using Azure;

namespace GenScreen.ContentSafety.Tests;

/// <summary>Documented error bodies and the retry behaviour of the Azure.Core pipeline.</summary>
public sealed class RetryAndErrorContractTests : LoopbackContractTest
{
    [Fact]
    public async Task AnalyzeTextAsync_400ErrorBodyWithoutHeader_ExposesBodyErrorCode()
    {
        Server.Enqueue(ScriptedResponse.Error(400, "InvalidRequestBody", "The request body is invalid.", withErrorCodeHeader: false));

        var ex = await Assert.ThrowsAsync<RequestFailedException>(() => TestClients.Analysis(Server, Key).AnalyzeTextAsync("x"));

        Assert.Equal(400, ex.Status);
        Assert.Equal("InvalidRequestBody", ex.ErrorCode);
        Assert.Contains("The request body is invalid.", ex.Message, StringComparison.Ordinal);
        Assert.Single(Server.Requests);
    }

    [Fact]
    public async Task AnalyzeTextAsync_404WithErrorCodeHeader_ExposesErrorCode()
    {
        Server.Enqueue(ScriptedResponse.Error(404, "ResourceNotFound", "Blocklist not found."));

        var ex = await Assert.ThrowsAsync<RequestFailedException>(() => TestClients.Analysis(Server, Key).AnalyzeTextAsync("x"));

        Assert.Equal(404, ex.Status);
        Assert.Equal("ResourceNotFound", ex.ErrorCode);
    }

    [Fact]
    public async Task AnalyzeTextAsync_401_ThrowsWithoutRetrying()
    {
        Server.Enqueue(ScriptedResponse.Json(401, WireExamples.Unauthorized), ScriptedResponse.Json(200, WireExamples.AnalyzeTextResponse));

        var ex = await Assert.ThrowsAsync<RequestFailedException>(() => TestClients.Analysis(Server, Key).AnalyzeTextAsync("x"));

        Assert.Equal(401, ex.Status);
        Assert.Equal("401", ex.ErrorCode);
        Assert.Single(Server.Requests);
    }

    [Fact]
    public async Task AnalyzeTextAsync_429WithRetryAfter_WaitsThatLongThenSucceeds()
    {
        // Client backoff is 10 ms (±20%) here, so a wait of a second can only come from Retry-After. The client waits on
        // the test's fake clock (timer 1 is the attempt's network timeout, timer 2 the wait before the retry), and
        // the server stamps arrivals on the same clock.
        Server.Enqueue(
            ScriptedResponse.Error(429, "TooManyRequests", "Rate limit exceeded.").WithHeader("Retry-After", "1"),
            ScriptedResponse.Json(200, WireExamples.AnalyzeTextResponse));

        Task<Response<AnalyzeTextResult>> call = TestClients.Analysis(Server, Key, TestClients.FastRetries(clock: Clock)).AnalyzeTextAsync("x");
        TimeSpan wait = await Clock.WaitForTimerAsync(2);
        Assert.Single(Server.Requests); // nothing is retried before that wait is over
        Clock.Advance(wait);
        Response<AnalyzeTextResult> response = await call;

        Assert.Equal(200, response.GetRawResponse().Status);
        IReadOnlyList<RecordedRequest> requests = Server.Requests;
        Assert.Equal(2, requests.Count);
        TimeSpan gap = requests[1].ReceivedAt - requests[0].ReceivedAt;
        Assert.True(gap >= TimeSpan.FromSeconds(1), $"retried after {gap.TotalMilliseconds} ms, expected >= 1000 ms (Retry-After: 1)");
        Assert.Equal(TimeSpan.FromSeconds(1), wait);
        Assert.Equal(Key, requests[1].Header("Ocp-Apim-Subscription-Key"));
        Assert.Equal(requests[0].Header("User-Agent"), requests[1].Header("User-Agent")); // headers are not repeated on a retry
    }

    [Fact]
    public async Task AnalyzeTextAsync_429WithoutRetryAfter_RetriesWithClientBackoff()
    {
        Server.Enqueue(
            ScriptedResponse.Error(429, "TooManyRequests", "Rate limit exceeded."),
            ScriptedResponse.Json(200, WireExamples.AnalyzeTextResponse));

        Task<Response<AnalyzeTextResult>> call = TestClients.Analysis(Server, Key, TestClients.FastRetries(clock: Clock)).AnalyzeTextAsync("x");
        TimeSpan wait = await Clock.WaitForTimerAsync(2);
        Clock.Advance(wait);
        await call;

        IReadOnlyList<RecordedRequest> requests = Server.Requests;
        Assert.Equal(2, requests.Count);
        Assert.InRange(wait, TimeSpan.FromMilliseconds(8), TimeSpan.FromMilliseconds(12)); // the client's fixed 10 ms backoff, ±20% jitter
        Assert.True(requests[1].ReceivedAt - requests[0].ReceivedAt < TimeSpan.FromMilliseconds(900));
    }

    [Fact]
    public async Task AnalyzeTextAsync_429OnEveryTry_ThrowsTooManyRequestsAfterMaxRetries()
    {
        for (int i = 0; i < 3; i++)
        {
            Server.Enqueue(ScriptedResponse.Error(429, "TooManyRequests", "Rate limit exceeded."));
        }

        var ex = await Assert.ThrowsAsync<RequestFailedException>(() =>
            TestClients.Analysis(Server, Key, TestClients.FastRetries(maxRetries: 2)).AnalyzeTextAsync("x"));

        Assert.Equal(429, ex.Status);
        Assert.Equal("TooManyRequests", ex.ErrorCode);
        Assert.Equal(3, Server.Requests.Count);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task AnalyzeText_500ThenSuccess_RetriesAndReturnsResult(bool async)
    {
        Server.Enqueue(
            ScriptedResponse.Error(500, "InternalError", "Unexpected."),
            ScriptedResponse.Json(200, WireExamples.AnalyzeTextResponse));
        ContentSafetyClient client = TestClients.Analysis(Server, Key);

        Response<AnalyzeTextResult> response = async ? await client.AnalyzeTextAsync("x") : client.AnalyzeText("x");

        Assert.Equal(4, response.Value.CategoriesAnalysis.Count);
        Assert.Equal(2, Server.Requests.Count);
        Assert.Equal(Server.Requests[0].Body, Server.Requests[1].Body);
    }

    [Fact]
    public async Task AnalyzeTextAsync_500OnEveryTry_ThrowsInternalErrorAfterMaxRetries()
    {
        for (int i = 0; i < 4; i++)
        {
            Server.Enqueue(ScriptedResponse.Error(500, "InternalError", "Unexpected."));
        }

        var ex = await Assert.ThrowsAsync<RequestFailedException>(() =>
            TestClients.Analysis(Server, Key, TestClients.FastRetries(maxRetries: 3)).AnalyzeTextAsync("x"));

        Assert.Equal(500, ex.Status);
        Assert.Equal("InternalError", ex.ErrorCode);
        Assert.Equal(4, Server.Requests.Count);
    }

    [Fact]
    public async Task AnalyzeTextAsync_503ServerBusyThenSuccess_Retries()
    {
        Server.Enqueue(
            ScriptedResponse.Error(503, "ServerBusy", "Busy."),
            ScriptedResponse.Json(200, WireExamples.AnalyzeTextResponse));

        await TestClients.Analysis(Server, Key).AnalyzeTextAsync("x");

        Assert.Equal(2, Server.Requests.Count);
    }

    [Fact]
    public async Task AnalyzeTextAsync_UnreachableEndpoint_ThrowsRequestFailedException()
    {
        Uri endpoint = Server.Endpoint;
        await Server.DisposeAsync();
        Server = await LoopbackServer.StartAsync();
        var client = new ContentSafetyClient(endpoint, new AzureKeyCredential(Key), TestClients.FastRetries(maxRetries: 1));

        var ex = await Assert.ThrowsAsync<RequestFailedException>(() => client.AnalyzeTextAsync("x"));

        Assert.Equal(0, ex.Status);
    }
}
