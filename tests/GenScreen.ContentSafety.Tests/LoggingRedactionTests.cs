using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using Azure.Core.Diagnostics;

namespace GenScreen.ContentSafety.Tests;

/// <summary>Azure.Core's request logging must never carry the key (the header is not on its allow-list).</summary>
public sealed class LoggingRedactionTests
{
    [Fact]
    public async Task AnalyzeTextAsync_VerboseAzureLogging_RedactsSubscriptionKey()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync();
        server.Enqueue(ScriptedResponse.Json(200, WireExamples.AnalyzeTextResponse));
        string key = TestClients.NewKey();
        var lines = new ConcurrentQueue<string>();
        using (new AzureEventSourceListener((_, message) => lines.Enqueue(message), EventLevel.Verbose))
        {
            await TestClients.Analysis(server, key).AnalyzeTextAsync("x");
        }

        Assert.Contains(lines, l => l.Contains("Ocp-Apim-Subscription-Key:REDACTED", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(lines, l => l.Contains(key, StringComparison.Ordinal));
        Assert.Equal(key, server.SingleRequest().Header("Ocp-Apim-Subscription-Key"));
    }
}
