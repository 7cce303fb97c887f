using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace GenScreen.ContentSafety.Tests;

/// <summary>
/// A Kestrel server on 127.0.0.1 (free port) standing in for Azure AI Content Safety: it records each
/// request as it arrived on the wire (with its arrival time on the given clock, a fake one in timing tests) and
/// replays scripted responses in order. An unscripted request gets a 599 so a test never passes by accident.
/// </summary>
internal sealed class LoopbackServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ScriptedResponse> _responses = new();
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly TimeProvider _clock;
    private readonly long _started;

    private LoopbackServer(WebApplication app, TimeProvider clock)
    {
        _app = app;
        _clock = clock;
        _started = clock.GetTimestamp();
    }

    public Uri Endpoint { get; private set; } = null!;

    public IReadOnlyList<RecordedRequest> Requests => _requests.ToArray();

    public static async Task<LoopbackServer> StartAsync(bool https = false, TimeProvider? clock = null)
    {
        WebApplicationBuilder builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen =>
        {
            if (https)
            {
                listen.UseHttps(TestCertificate.Certificate);
            }
        }));
        WebApplication app = builder.Build();
        var server = new LoopbackServer(app, clock ?? TimeProvider.System);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        server.Endpoint = new Uri(address);
        return server;
    }

    public LoopbackServer Enqueue(params ScriptedResponse[] responses)
    {
        foreach (ScriptedResponse response in responses)
        {
            _responses.Enqueue(response);
        }

        return this;
    }

    public RecordedRequest SingleRequest() => Assert.Single(Requests);

    /// <summary>Waits (in real time, for an event that must come) until <paramref name="count"/> requests have arrived.</summary>
    public async Task WaitForRequestsAsync(int count)
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (_requests.Count < count)
        {
            Assert.False(patience.IsCancellationRequested, $"{count} request(s) expected, {_requests.Count} arrived");
            await Task.Delay(5, CancellationToken.None);
        }
    }

    public async ValueTask DisposeAsync()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await _app.StopAsync(stop.Token);
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        HttpRequest request = context.Request;
        using var reader = new StreamReader(request.Body);
        string body = await reader.ReadToEndAsync(context.RequestAborted);
        _requests.Enqueue(new RecordedRequest(
            request.Method,
            context.Features.Get<IHttpRequestFeature>()!.RawTarget,
            request.Path.Value ?? string.Empty,
            request.Query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.Ordinal),
            request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            body,
            _clock.GetElapsedTime(_started)));

        if (!_responses.TryDequeue(out ScriptedResponse? scripted))
        {
            context.Response.StatusCode = 599;
            return;
        }

        if (scripted.NeverAnswers)
        {
            try
            {
                await Task.Delay(Timeout.Infinite, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        context.Response.StatusCode = scripted.Status;
        foreach ((string name, string value) in scripted.Headers)
        {
            context.Response.Headers[name] = value;
        }

        if (scripted.Body is not null)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(scripted.Body, context.RequestAborted);
        }
    }
}
