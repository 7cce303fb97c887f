using Azure;

namespace GenScreen.ContentSafety.Tests;

/// <summary>
/// Per-try network timeout and caller cancellation. The server never answers these requests, and the client's
/// timeouts run on the test's fake clock: an attempt ends exactly when the test moves time past its timeout (or
/// cancels), never because the machine happened to be fast or slow.
/// </summary>
public sealed class TimeoutContractTests : LoopbackContractTest
{
    // TestClients.FastRetries: a fixed 10 ms delay, which Azure.Core's delay strategy jitters by ±20%.
    private static readonly TimeSpan MinBackoff = TimeSpan.FromMilliseconds(8);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromMilliseconds(12);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task AnalyzeText_ServerSlowerThanNetworkTimeout_ThrowsClientTimeoutAfterRetries(bool async)
    {
        Server.Enqueue(ScriptedResponse.NoAnswer(), ScriptedResponse.NoAnswer());
        ContentSafetyClient client = TestClients.Analysis(Server, Key, TestClients.FastRetries(maxRetries: 1, networkTimeout: TimeSpan.FromSeconds(1), clock: Clock));

        Task<Response<AnalyzeTextResult>> call = async ? client.AnalyzeTextAsync("x") : Task.Run(() => client.AnalyzeText("x"));

        await Server.WaitForRequestsAsync(1);
        Assert.Equal(TimeSpan.FromSeconds(1), await Clock.WaitForTimerAsync(1)); // attempt 1 waits its network timeout
        Clock.Advance(TimeSpan.FromSeconds(1));
        TimeSpan backoff = await Clock.WaitForTimerAsync(2); // then the client's backoff
        Assert.InRange(backoff, MinBackoff, MaxBackoff);
        Clock.Advance(backoff);
        await Server.WaitForRequestsAsync(2);
        Assert.Equal(TimeSpan.FromSeconds(1), await Clock.WaitForTimerAsync(3)); // attempt 2, same timeout
        Assert.False(call.IsCompleted, "gave up before the last attempt's timeout");
        Clock.Advance(TimeSpan.FromSeconds(1));
        var ex = await Assert.ThrowsAsync<RequestFailedException>(() => call);

        Assert.Equal("ClientTimeout", ex.ErrorCode);
        Assert.Equal(0, ex.Status);
        Assert.Equal(2, Server.Requests.Count);
        Assert.Equal(3, Clock.Timers.Count); // no third attempt was scheduled
    }

    [Fact]
    public async Task AnalyzeTextAsync_SlowFirstTryThenFastRetry_Succeeds()
    {
        Server.Enqueue(ScriptedResponse.NoAnswer(), ScriptedResponse.Json(200, WireExamples.AnalyzeTextResponse));
        ContentSafetyClient client = TestClients.Analysis(Server, Key, TestClients.FastRetries(maxRetries: 1, networkTimeout: TimeSpan.FromSeconds(1.5), clock: Clock));

        Task<Response<AnalyzeTextResult>> call = client.AnalyzeTextAsync("x");
        await Server.WaitForRequestsAsync(1);
        Assert.Equal(TimeSpan.FromSeconds(1.5), await Clock.WaitForTimerAsync(1));
        Clock.Advance(TimeSpan.FromSeconds(1.5));
        Clock.Advance(await Clock.WaitForTimerAsync(2)); // the backoff; the retry's own timeout never runs out
        Response<AnalyzeTextResult> response = await call;

        Assert.Equal(200, response.GetRawResponse().Status);
        Assert.Equal(2, Server.Requests.Count);
    }

    [Fact]
    public async Task AnalyzeTextAsync_CallerCancels_ThrowsOperationCanceledWithoutRetry()
    {
        Server.Enqueue(ScriptedResponse.NoAnswer(), ScriptedResponse.Json(200, WireExamples.AnalyzeTextResponse));
        ContentSafetyClient client = TestClients.Analysis(Server, Key, TestClients.FastRetries(maxRetries: 3, clock: Clock));
        using var cancellation = new CancellationTokenSource();

        Task call = client.AnalyzeTextAsync("x", cancellation.Token);
        await Server.WaitForRequestsAsync(1); // cancel only once the request is on the server
        await cancellation.CancelAsync();

        // The server never answers and the clock never moves: only the cancellation can end the call.
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.Single(Clock.Timers); // attempt 1's timeout only: no wait before a retry, so no retry
        Assert.Single(Server.Requests);
    }
}
