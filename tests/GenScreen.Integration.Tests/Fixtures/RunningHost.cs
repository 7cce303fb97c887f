using System.Net.Http.Headers;
using System.Text;
using GenScreen.LocalHost;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GenScreen.Integration.Tests.Fixtures;

/// <summary>The local host (same handlers as the Functions app) on a free loopback port, with its own table.</summary>
public sealed class RunningHost : IAsyncDisposable
{
    private RunningHost(WebApplication app, HttpClient client, string tableName)
    {
        App = app;
        Client = client;
        TableName = tableName;
    }

    public WebApplication App { get; }

    public HttpClient Client { get; }

    public string TableName { get; }

    /// <param name="logs">Receives every log entry of the host from start-up on, at every level (log privacy tests).</param>
    public static async Task<RunningHost> StartAsync(string storageConnection, IDictionary<string, string?>? extra = null, ILoggerProvider? logs = null)
    {
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["GenScreenStorage"] = storageConnection,
            ["VerdictStore:TableName"] = AzuriteFixture.UniqueTableName(),
            ["VerdictStore:IdKey"] = NewKey(), // a test that restarts a host passes the same key (and table) again
            ["ImageScreening:Enabled"] = "false", // prompt tests; image tests turn it on
            // MobileNetV2 alone: the image tests need a real image the local model scores explicit, and offline only
            // the first stage does that (the retina photograph); the second stage has its own tests (TwoStageHostTests).
            ["ImageScreening:SecondStage"] = "false",
            // Each host its own deferred-write journal: the default path is per table and endpoint, and two hosts on one
            // table at once (restart tests overlap them) may not share one (docs/reliability.md#durable-verdict-writes).
            ["VerdictStore:JournalPath"] = Path.Combine(Path.GetTempPath(), "genscreen-test-journals", $"{Guid.NewGuid():N}.journal"),
        };
        foreach (var (k, v) in extra ?? new Dictionary<string, string?>())
        {
            settings[k] = v;
        }

        var app = LocalWebHost.Build("http://127.0.0.1:0", settings, logs is null ? LogLevel.Warning : LogLevel.Trace);
        if (logs is not null)
        {
            app.Services.GetRequiredService<ILoggerFactory>().AddProvider(logs);
        }
        try
        {
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync(); // e.g. options validation refused the settings
            throw;
        }

        var client = new HttpClient { BaseAddress = app.BoundAddress() };
        return new RunningHost(app, client, settings["VerdictStore:TableName"]!);
    }

    /// <summary>A fresh random secret of the kind <c>openssl rand -base64 32</c> makes (44 characters).</summary>
    public static string NewKey() => Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

    public Task<HttpResponseMessage> PostJsonAsync(string json, string contentType = "application/json")
    {
        var content = new StringContent(json, Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return Client.PostAsync(new Uri("api/screen/prompt", UriKind.Relative), content);
    }

    public async Task<HttpResponseMessage> GetAsync(string path, IDictionary<string, string>? headers = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return await Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
