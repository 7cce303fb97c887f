using System.Net;
using System.Text.RegularExpressions;
using GenScreen.Http.Review.Page;
using GenScreen.Integration.Tests.Fixtures;

namespace GenScreen.Integration.Tests.Review;

/// <summary>
/// The review page's static shell as the local host serves it (the Functions trigger calls the same handler): every
/// file with the locking-down headers, without any credential and without any secret, and nothing a CSP of
/// <c>script-src 'self'</c> would have to allow inline.
/// </summary>
[Collection(AzuriteCollectionDefinition.Name)]
public sealed partial class ReviewPageServingTests(AzuriteFixture azurite)
{
    private static readonly string AdminKey = RunningHost.NewKey();

    [Theory]
    [InlineData("api/review/ui/", "text/html")]
    [InlineData("api/review/ui/index.html", "text/html")]
    [InlineData("api/review/ui/review.css", "text/css")]
    [InlineData("api/review/ui/js/app.js", "text/javascript")]
    [InlineData("api/review/ui/js/api.js", "text/javascript")]
    public async Task Get_PageFile_IsServedAnonymouslyWithTheLockedDownHeaders(string path, string mediaType)
    {
        await using var host = await StartAsync();

        using var response = await host.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(ReviewPageHandler.ContentSecurityPolicy, string.Join(";", response.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.DoesNotContain(AdminKey, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_PageFileAgainWithItsETag_IsNotModified()
    {
        await using var host = await StartAsync();
        using var first = await host.GetAsync("api/review/ui/js/app.js");
        var etag = first.Headers.ETag!.Tag;

        using var second = await host.GetAsync("api/review/ui/js/app.js", new Dictionary<string, string> { ["If-None-Match"] = etag });

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("api/review/ui/nothing.js")]
    [InlineData("api/review/ui/js/")]
    [InlineData("api/review/ui/GenScreen.Http.dll")]
    public async Task Get_FileNotInThePage_Is404ProblemDetails(string path)
    {
        await using var host = await StartAsync();

        using var response = await host.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Theory]
    [InlineData("api/review/ui")]
    public async Task Get_PageWithoutTrailingSlash_RedirectsToThePage(string path)
    {
        await using var host = await StartAsync();
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = host.Client.BaseAddress };

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(ReviewPageHandler.BasePath, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public void Assets_HaveNoInlineCodeNoInlineStyleAndNothingFromAnotherOrigin()
    {
        var assets = new ReviewPageAssets();
        var names = assets.Names.Order(StringComparer.Ordinal).ToList();
        Assert.Contains("index.html", names);
        Assert.Contains("js/app.js", names);

        foreach (var name in names)
        {
            // SVG's namespace name is an identifier, never fetched.
            var text = System.Text.Encoding.UTF8.GetString(assets.Find(name)!.Content).Replace("xmlns=\"http://www.w3.org/2000/svg\"", "", StringComparison.Ordinal);
            Assert.False(AbsoluteUrl().IsMatch(text), $"{name} refers to another origin: {AbsoluteUrl().Match(text).Value}");
            if (name.EndsWith(".html", StringComparison.Ordinal))
            {
                Assert.False(InlineScript().IsMatch(text), $"{name} has an inline script");
                Assert.False(InlineHandlerOrStyle().IsMatch(text), $"{name} has an inline handler or style: {InlineHandlerOrStyle().Match(text).Value}");
            }

            if (name.EndsWith(".js", StringComparison.Ordinal))
            {
                // Data reaches the DOM as text, never as markup (a prompt is user input).
                Assert.DoesNotContain("innerHTML", text, StringComparison.Ordinal);
                Assert.DoesNotContain("eval(", text, StringComparison.Ordinal);
            }
        }
    }

    private Task<RunningHost> StartAsync() =>
        RunningHost.StartAsync(azurite.ConnectionString, new Dictionary<string, string?> { ["Admin:ApiKey"] = AdminKey });

    [GeneratedRegex(@"\b(?:https?:)?//[a-z0-9.-]+\.[a-z]{2,}", RegexOptions.IgnoreCase)]
    private static partial Regex AbsoluteUrl();

    [GeneratedRegex(@"<script(?![^>]*\bsrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex(@"<[^>]+\s(?:on[a-z]+|style)\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex InlineHandlerOrStyle();
}
