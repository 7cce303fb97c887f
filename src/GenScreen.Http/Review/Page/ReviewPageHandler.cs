using GenScreen.Http.Problems;
using Microsoft.AspNetCore.Http;

namespace GenScreen.Http.Review.Page;

/// <summary>
/// <c>GET /api/review/ui/{*path}</c>: the moderators' review page (static shell only). Anonymous on purpose: the
/// files hold no data and no secret; every piece of data comes from the admin-only JSON API (<c>/api/review/items…</c>),
/// which checks each call. The headers lock the page down: a Content-Security-Policy with no inline script or style
/// and nothing from another origin, no framing, no referrer, no sniffing.
/// </summary>
public sealed class ReviewPageHandler(ReviewPageAssets assets)
{
    /// <summary>The page's address in both hosts (the Functions route prefix <c>api</c> included).</summary>
    public const string BasePath = "/api/review/ui/";

    /// <summary>
    /// Same-origin scripts, styles, API calls and images only; images also from <c>blob:</c> URLs (thumbnails are
    /// fetched with the admin credential and shown from memory, never linked). No inline code, no plugins, no forms
    /// posting elsewhere, no framing (click-jacking an approve button).
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' blob:; connect-src 'self'; " +
        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public IResult Handle(HttpRequest request, string? path)
    {
        ArgumentNullException.ThrowIfNull(request);

        // "/api/review/ui" without the slash: relative module imports would resolve against /api/review/.
        if (string.IsNullOrEmpty(path) && !(request.Path.Value ?? string.Empty).EndsWith('/'))
        {
            return Microsoft.AspNetCore.Http.Results.Redirect(BasePath, permanent: false);
        }

        var asset = assets.Find(path);
        if (asset is null)
        {
            return new ProblemResult(new Problem(404, ProblemTypes.NotFound, "No such file.", "The review page has no file at this path."));
        }

        return new AssetResult(asset, request.Headers.IfNoneMatch.ToString());
    }

    private sealed class AssetResult(ReviewPageAsset asset, string ifNoneMatch) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            var response = httpContext.Response;
            var headers = response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            // Revalidate every time: a deployment changes the page at once, and the ETag keeps it cheap.
            headers.CacheControl = "no-cache";
            headers.ETag = asset.ETag;
            if (ifNoneMatch.Split(',', StringSplitOptions.TrimEntries).Contains(asset.ETag, StringComparer.Ordinal))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                return Task.CompletedTask;
            }

            response.StatusCode = StatusCodes.Status200OK;
            response.ContentType = asset.ContentType;
            response.ContentLength = asset.Content.Length;
            return response.Body.WriteAsync(asset.Content, httpContext.RequestAborted).AsTask();
        }
    }
}
