using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GenScreen.ContentSafety.Tests;

/// <summary>AddContentSafety(IConfiguration): binding, validation, conditional singleton registration.</summary>
public sealed class ServiceCollectionExtensionsTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void AddContentSafety_NoEndpoint_RegistersOptionsButNoClients(string? endpoint)
    {
        using ServiceProvider provider = Build(new() { ["ContentSafety:Endpoint"] = endpoint });

        Assert.Null(provider.GetService<ContentSafetyClient>());
        Assert.Null(provider.GetService<BlocklistClient>());
        Assert.False(provider.GetRequiredService<IOptions<ContentSafetyOptions>>().Value.IsEnabled);
    }

    [Fact]
    public async Task AddContentSafety_EndpointAndKey_RegistersSingletonThatSendsKey()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync();
        server.Enqueue(ScriptedResponse.Json(200, WireExamples.AnalyzeTextResponse));
        string key = TestClients.NewKey();
        using ServiceProvider provider = Build(new()
        {
            ["ContentSafety:Endpoint"] = server.Endpoint.AbsoluteUri,
            ["ContentSafety:ApiKey"] = key,
        });

        ContentSafetyClient client = provider.GetRequiredService<ContentSafetyClient>();
        await client.AnalyzeTextAsync("x");

        Assert.Same(client, provider.GetRequiredService<ContentSafetyClient>());
        Assert.NotNull(provider.GetService<BlocklistClient>());
        Assert.Equal(key, server.SingleRequest().Header("Ocp-Apim-Subscription-Key"));
    }

    [Fact]
    public async Task AddContentSafety_ConfiguredTimeoutAndRetries_AreAppliedToClient()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync();
        server.Enqueue(ScriptedResponse.NoAnswer(), ScriptedResponse.NoAnswer());
        var clock = new TestClock(); // the container's TimeProvider is the clients' clock
        using ServiceProvider provider = Build(
            new()
            {
                ["ContentSafety:Endpoint"] = server.Endpoint.AbsoluteUri,
                ["ContentSafety:ApiKey"] = "k",
                ["ContentSafety:Timeout"] = "00:00:01",
                ["ContentSafety:MaxRetries"] = "1",
            },
            clock: clock);

        Task<Azure.Response<AnalyzeTextResult>> call = provider.GetRequiredService<ContentSafetyClient>().AnalyzeTextAsync("x");
        await server.WaitForRequestsAsync(1);
        Assert.Equal(TimeSpan.FromSeconds(1), await clock.WaitForTimerAsync(1)); // Timeout is the attempt's network timeout
        clock.Advance(TimeSpan.FromSeconds(1));
        clock.Advance(await clock.WaitForTimerAsync(2)); // the backoff before the one retry
        await server.WaitForRequestsAsync(2);
        Assert.Equal(TimeSpan.FromSeconds(1), await clock.WaitForTimerAsync(3));
        clock.Advance(TimeSpan.FromSeconds(1));
        var ex = await Assert.ThrowsAsync<Azure.RequestFailedException>(() => call);

        Assert.Equal("ClientTimeout", ex.ErrorCode);
        Assert.True(2 == server.Requests.Count, ex.ToString());
    }

    [Fact]
    public void AddContentSafety_NoKey_UsesEntraIdAndLogsIdentityButNoSecret()
    {
        var logs = new ListLoggerProvider();
        using ServiceProvider provider = Build(
            new()
            {
                ["ContentSafety:Endpoint"] = "https://contoso.cognitiveservices.azure.com/",
                ["ContentSafety:ManagedIdentityClientId"] = "11111111-2222-3333-4444-555555555555",
            },
            logs);

        Assert.NotNull(provider.GetRequiredService<ContentSafetyClient>());

        string line = Assert.Single(logs.Lines, l => l.Contains("Content Safety", StringComparison.Ordinal));
        Assert.Contains("Entra ID", line, StringComparison.Ordinal);
        Assert.Contains("11111111-2222-3333-4444-555555555555", line, StringComparison.Ordinal);
    }

    [Fact]
    public void AddContentSafety_ApiKey_IsNeverLogged()
    {
        var logs = new ListLoggerProvider();
        string key = TestClients.NewKey();
        using ServiceProvider provider = Build(
            new() { ["ContentSafety:Endpoint"] = "https://contoso.cognitiveservices.azure.com/", ["ContentSafety:ApiKey"] = key },
            logs);

        provider.GetRequiredService<ContentSafetyClient>();

        Assert.Contains(logs.Lines, l => l.Contains("api-key", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, l => l.Contains(key, StringComparison.Ordinal));
    }

    [Fact]
    public void AddContentSafety_ListsAndEnums_AreBound()
    {
        using ServiceProvider provider = Build(new()
        {
            ["ContentSafety:BlocklistNames:0"] = "GenScreenTerms",
            ["ContentSafety:BlocklistNames:1"] = "Brands",
            ["ContentSafety:Categories:0"] = "Sexual",
            ["ContentSafety:FailureMode"] = "LocalOnly",
            ["ContentSafety:HaltOnBlocklistHit"] = "true",
            ["ContentSafety:Timeout"] = "00:00:02",
        });

        ContentSafetyOptions options = provider.GetRequiredService<IOptions<ContentSafetyOptions>>().Value;

        Assert.Equal(["GenScreenTerms", "Brands"], options.BlocklistNames);
        Assert.Equal(["Sexual"], options.Categories);
        Assert.Equal(ContentSafetyFailureMode.LocalOnly, options.FailureMode);
        Assert.True(options.HaltOnBlocklistHit);
        Assert.Equal(TimeSpan.FromSeconds(2), options.Timeout);
    }

    [Fact]
    public void AddContentSafety_InvalidSection_FailsValidationWhenResolved()
    {
        using ServiceProvider provider = Build(new()
        {
            ["ContentSafety:Endpoint"] = "http://contoso.cognitiveservices.azure.com",
            ["ContentSafety:ApiKey"] = "k",
            ["ContentSafety:Categories:0"] = "Gore",
        });

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<ContentSafetyClient>());

        Assert.Contains(ex.Failures, f => f.Contains("https", StringComparison.Ordinal));
        Assert.Contains(ex.Failures, f => f.Contains("Gore", StringComparison.Ordinal));
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings, ListLoggerProvider? logs = null, TimeProvider? clock = null)
    {
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        if (clock is not null)
        {
            services.AddSingleton<TimeProvider>(clock);
        }

        services.AddLogging(builder =>
        {
            if (logs is not null)
            {
                builder.AddProvider(logs);
            }
        });
        services.AddContentSafety(configuration);
        return services.BuildServiceProvider();
    }
}
