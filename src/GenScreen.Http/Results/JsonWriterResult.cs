using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace GenScreen.Http.Results;

/// <summary>A JSON response written straight to the response pipe by <paramref name="write"/>.</summary>
public sealed class JsonWriterResult(Action<Utf8JsonWriter> write, int status = 200) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.StatusCode = status;
        httpContext.Response.ContentType = "application/json; charset=utf-8";
        // Moderation data (prompts, user ids) never sits in a shared cache.
        httpContext.Response.Headers.CacheControl = "no-store";
        await using var writer = new Utf8JsonWriter(httpContext.Response.BodyWriter);
        write(writer);
        await writer.FlushAsync(httpContext.RequestAborted).ConfigureAwait(false);
    }
}
