using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace GenScreen.Http.Problems;

/// <summary>Writes a <see cref="Problem"/> as <c>application/problem+json</c>.</summary>
public sealed class ProblemResult(Problem problem) : IResult
{
    public Problem Problem { get; } = problem;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        response.StatusCode = Problem.Status;
        response.ContentType = "application/problem+json";
        await using var writer = new Utf8JsonWriter(response.BodyWriter);
        writer.WriteStartObject();
        writer.WriteString("type", Problem.Type);
        writer.WriteString("title", Problem.Title);
        writer.WriteNumber("status", Problem.Status);
        writer.WriteString("detail", Problem.Detail);
        writer.WriteString("instance", httpContext.Request.Path.Value);
        writer.WriteString("traceId", httpContext.TraceIdentifier);
        if (Problem.Errors is { Count: > 0 } errors)
        {
            writer.WriteStartObject("errors");
            foreach (var (field, messages) in errors)
            {
                writer.WriteStartArray(field);
                foreach (var m in messages)
                {
                    writer.WriteStringValue(m);
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        await writer.FlushAsync(httpContext.RequestAborted).ConfigureAwait(false);
    }
}
