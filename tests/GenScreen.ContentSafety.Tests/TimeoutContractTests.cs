using System.Diagnostics;
using Azure;

namespace GenScreen.ContentSafety.Tests;

/// <summary>Per-try network timeout and caller cancellation.</summary>
public sealed class TimeoutContractTests : LoopbackContractTest
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task AnalyzeText_ServerSlowerThanNetworkTimeout_ThrowsClientTimeoutAfterRetries(bool async)
    {
        var slow = new ScriptedResponse(200, WireExamples.AnalyzeTextResponse) { Delay = TimeSpan.FromSeconds(10) };
        Server.Enqueue(slow, slow);
        ContentSafetyClient client = TestClients.Analysis(Server, Key, TestClients.FastRetries(maxRetries: 1, networkTimeout: TimeSpan.FromSeconds(1)));
        var stopwatch = Stopwatch.StartNew();

        var ex = await Assert.ThrowsAsync<RequestFailedException>(async () =>
        {
            _ = async ? await client.AnalyzeTextAsync("x") : client.AnalyzeText("x");
        });

        Assert.Equal("ClientTimeout", ex.ErrorCode);
        Assert.Equal(0, ex.Status);
        Assert.Equal(2, Server.Requests.Count);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(8), $"took {stopwatch.Elapsed}");
    }

    [Fact]
    public async Task AnalyzeTextAsync_SlowFirstTryThenFastRetry_Succeeds()
    {
        Server.Enqueue(
            new ScriptedResponse(200, WireExamples.AnalyzeTextResponse) { Delay = TimeSpan.FromSeconds(10) },
            ScriptedResponse.Json(200, WireExamples.AnalyzeTextResponse));
        ContentSafetyClient client = TestClients.Analysis(Server, Key, TestClients.FastRetries(maxRetries: 1, networkTimeout: TimeSpan.FromSeconds(1.5)));

        Response<AnalyzeTextResult> response = await client.AnalyzeTextAsync("x");

        Assert.Equal(200, response.GetRawResponse().Status);
        Assert.Equal(2, Server.Requests.Count);
    }

    [Fact]
    public async Task AnalyzeTextAsync_CallerCancels_ThrowsOperationCanceledWithoutRetry()
    {
        Server.Enqueue(
            new ScriptedResponse(200, WireExamples.AnalyzeTextResponse) { Delay = TimeSpan.FromSeconds(10) },
            ScriptedResponse.Json(200, WireExamples.AnalyzeTextResponse));
        ContentSafetyClient client = TestClients.Analysis(Server, Key, TestClients.FastRetries(maxRetries: 3));
        using var cancellation = new CancellationTokenSource();
        var stopwatch = Stopwatch.StartNew();

        Task call = client.AnalyzeTextAsync("x", cancellation.Token);
        await WaitForRequestsAsync(1);
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(8), $"took {stopwatch.Elapsed}");
        await Task.Delay(200);
        Assert.Single(Server.Requests);
    }

    private async Task WaitForRequestsAsync(int count)
    {
        // Cancel only once the request is on the server, so the test does not depend on machine speed.
        var deadline = Stopwatch.StartNew();
        while (Server.Requests.Count < count)
        {
            Assert.True(deadline.Elapsed < TimeSpan.FromSeconds(10), "the request never reached the server");
            await Task.Delay(10);
        }
    }
}
