using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GenScreen.Http.Health;

/// <summary>Writes a health report: <c>{"status":"healthy","checks":{"image-screening":{"status":…,"description":…,"data":{…}}}}</c>.</summary>
public sealed class HealthResult(HealthReport report) : IResult
{
    public HealthReport Report { get; } = report;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        response.StatusCode = Report.Status == HealthStatus.Unhealthy ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK;
        response.ContentType = "application/json; charset=utf-8";
        response.Headers.CacheControl = "no-store";
        await using var writer = new Utf8JsonWriter(response.BodyWriter);
        writer.WriteStartObject();
        writer.WriteString("status", Name(Report.Status));
        writer.WriteStartObject("checks");
        foreach (var (name, entry) in Report.Entries)
        {
            writer.WriteStartObject(name);
            writer.WriteString("status", Name(entry.Status));
            if (entry.Description is { } description)
            {
                writer.WriteString("description", description);
            }

            writer.WriteStartObject("data");
            foreach (var (key, value) in entry.Data)
            {
                writer.WriteString(key, Convert.ToString(value, CultureInfo.InvariantCulture));
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
        await writer.FlushAsync(httpContext.RequestAborted).ConfigureAwait(false);
    }

    private static string Name(HealthStatus status) => status.ToString().ToLowerInvariant();
}
