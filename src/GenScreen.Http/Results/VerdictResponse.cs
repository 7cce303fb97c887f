using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace GenScreen.Http.Results;

/// <summary>
/// The status and headers of a verdict answer, shared by <see cref="VerdictResult"/> and <see cref="ImageVerdictResult"/> (session
/// 45, i16-tidy53: each wrote them out): 200, JSON, <c>GenScreen-Storage</c> when the store said how it went, <c>Server-Timing</c>
/// when the screening was timed.
/// </summary>
internal static class VerdictResponse
{
    public static HttpResponse Start(HttpContext httpContext, string? storage, double? screenMilliseconds)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        response.StatusCode = 200;
        response.ContentType = "application/json; charset=utf-8";
        if (storage is not null)
        {
            response.Headers["GenScreen-Storage"] = storage;
        }

        if (screenMilliseconds is { } ms)
        {
            response.Headers["Server-Timing"] = "screen;dur=" + ms.ToString("0.###", CultureInfo.InvariantCulture);
        }

        return response;
    }
}
