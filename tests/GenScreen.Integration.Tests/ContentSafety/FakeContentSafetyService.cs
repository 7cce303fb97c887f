using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace GenScreen.Integration.Tests.ContentSafety;

/// <summary>
/// A loopback stand-in for Azure AI Content Safety (the real service cannot be reached here): it checks each
/// text:analyze request against the documented contract (path, api-version, key header, JSON body) and
/// answers with the scripted documented response.
/// </summary>
public sealed class FakeContentSafetyService : IAsyncDisposable
{
    public const string Key = "test-key-not-a-secret";
    private readonly WebApplication _app;

    private FakeContentSafetyService(WebApplication app) => _app = app;

    /// <summary>Status and JSON body to answer with; (status, body, delay).</summary>
    public Func<(int Status, string Body, TimeSpan Delay)> Respond { get; set; } = () => (200, Analysis(0, 0, 0, 0), TimeSpan.Zero);

    public List<string> ContractViolations { get; } = [];

    public int Requests { get; private set; }

    /// <summary>Image requests: the decoded bytes of each image:analyze call's <c>image.content</c>.</summary>
    public List<byte[]> Images { get; } = [];

    /// <summary>Scripted image:analyze answer (documented shape: categoriesAnalysis only).</summary>
    public Func<string> RespondToImage { get; set; } = () => """{"categoriesAnalysis":[{"category":"Hate","severity":0},{"category":"SelfHarm","severity":0},{"category":"Sexual","severity":0},{"category":"Violence","severity":0}]}""";

    public Uri Endpoint => new(_app.Urls.First());

    public static async Task<FakeContentSafetyService> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeContentSafetyService(app);
        app.MapPost("/contentsafety/text:analyze", fake.HandleAsync);
        app.MapPost("/contentsafety/image:analyze", fake.HandleImageAsync);
        await app.StartAsync();
        return fake;
    }

    public static string Analysis(int hate, int selfHarm, int sexual, int violence, string? blocklistMatch = null) =>
        $$"""
        {"blocklistsMatch":[{{(blocklistMatch is null ? "" : $$"""{"blocklistName":"genscreen-terms","blocklistItemId":"c1f3","blocklistItemText":"{{blocklistMatch}}"}""")}}],
         "categoriesAnalysis":[{"category":"Hate","severity":{{hate}}},{"category":"SelfHarm","severity":{{selfHarm}}},{"category":"Sexual","severity":{{sexual}}},{"category":"Violence","severity":{{violence}}}]}
        """;

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        Requests++;
        Check(context.Request.Query["api-version"] == "2024-09-01", "api-version must be 2024-09-01");
        Check(context.Request.Headers["Ocp-Apim-Subscription-Key"] == Key, "Ocp-Apim-Subscription-Key missing or wrong");
        Check(context.Request.ContentType?.StartsWith("application/json", StringComparison.Ordinal) == true, "Content-Type must be application/json");
        using var body = await JsonDocument.ParseAsync(context.Request.Body);
        Check(body.RootElement.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String, "body needs a string 'text'");

        var (status, json, delay) = Respond();
        if (delay > TimeSpan.Zero)
        {
            await Task.Delay(delay, context.RequestAborted);
        }

        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        if (status >= 400)
        {
            context.Response.Headers["x-ms-error-code"] = "InternalError";
        }

        await context.Response.WriteAsync(json);
    }

    private async Task HandleImageAsync(HttpContext context)
    {
        Check(context.Request.Query["api-version"] == "2024-09-01", "api-version must be 2024-09-01");
        Check(context.Request.Headers["Ocp-Apim-Subscription-Key"] == Key, "Ocp-Apim-Subscription-Key missing or wrong");
        using var body = await JsonDocument.ParseAsync(context.Request.Body);
        if (body.RootElement.TryGetProperty("image", out var image) && image.TryGetProperty("content", out var content))
        {
            Images.Add(content.GetBytesFromBase64());
            Check(!image.TryGetProperty("blobUrl", out _), "image must have content or blobUrl, not both");
        }
        else
        {
            ContractViolations.Add("body needs image.content (base64)");
        }

        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(RespondToImage());
    }

    private void Check(bool condition, string violation)
    {
        if (!condition)
        {
            ContractViolations.Add(violation);
        }
    }
}
