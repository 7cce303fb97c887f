using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace GenScreen.Http.Results;

/// <summary>A 200 JSON answer written straight to the response pipe by <paramref name="write"/>.</summary>
public sealed class JsonBodyResult(Action<Utf8JsonWriter> write) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.StatusCode = 200;
        httpContext.Response.ContentType = "application/json; charset=utf-8";
        await using var writer = new Utf8JsonWriter(httpContext.Response.BodyWriter);
        write(writer);
        await writer.FlushAsync(httpContext.RequestAborted).ConfigureAwait(false);
    }
}
