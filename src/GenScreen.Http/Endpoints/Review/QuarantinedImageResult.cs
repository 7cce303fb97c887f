using Azure.Storage.Blobs.Models;
using Microsoft.AspNetCore.Http;

namespace GenScreen.Http.Endpoints.Review;

/// <summary>
/// Streams a quarantined image to an admin: never cached, never sniffed into something else, never a download link
/// anyone else could follow (the bytes pass through this authorized request only).
/// </summary>
public sealed class QuarantinedImageResult(BlobDownloadStreamingResult download) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        await using var content = download.Content;
        var response = httpContext.Response;
        response.StatusCode = 200;
        var type = download.Details.ContentType;
        response.ContentType = type is { Length: > 0 } && type.StartsWith("image/", StringComparison.OrdinalIgnoreCase) ? type : "application/octet-stream";
        response.ContentLength = download.Details.ContentLength;
        response.Headers.CacheControl = "no-store";
        response.Headers["X-Content-Type-Options"] = "nosniff";
        response.Headers["Content-Security-Policy"] = "default-src 'none'; sandbox";
        await content.CopyToAsync(response.Body, httpContext.RequestAborted).ConfigureAwait(false);
    }
}
