using GenScreen.Functions.Adapters;
using GenScreen.Http.Review.Page;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace GenScreen.Functions.Triggers;

/// <summary>
/// <c>GET /api/review/ui/{*path}</c>: the review page's static files. Anonymous for the host: the files hold no data
/// or secret, and every data call the page makes goes to the admin-only review API, which checks App Service
/// authentication itself (docs/review-page.md).
/// </summary>
public sealed class ReviewPageFunction(ReviewPageHandler handler)
{
    [Function("ReviewPage")]
    public IActionResult Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "review/ui/{*path}")] HttpRequest request,
        string? path) =>
        new ResultActionResult(handler.Handle(request, path));
}
