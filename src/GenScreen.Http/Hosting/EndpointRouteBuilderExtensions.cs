using GenScreen.Http.Endpoints;
using GenScreen.Http.Endpoints.Review;
using GenScreen.Http.Health;
using GenScreen.Http.OpenApi;
using GenScreen.Http.Problems;
using GenScreen.Http.Review.Page;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GenScreen.Http.Hosting;

/// <summary>The Functions app's routes on plain ASP.NET Core, calling the very same handlers.</summary>
public static class EndpointRouteBuilderExtensions
{
    public static IEndpointRouteBuilder MapGenScreen(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/screen/prompt", (HttpRequest request, ScreenPromptHandler handler, CancellationToken ct) => handler.HandleAsync(request, ct));
        endpoints.MapGet("/api/verdicts/{id}", (string id, GetVerdictHandler handler, CancellationToken ct) => handler.HandleAsync(id, ct));
        endpoints.MapGet("/api/moderation/verdicts/{id}", (HttpRequest request, string id, GetVerdictRecordHandler handler, CancellationToken ct) => handler.HandleAsync(request, id, ct));
        endpoints.MapPost("/api/screen/image", (HttpRequest request, CancellationToken ct) =>
            request.HttpContext.RequestServices.GetService<ScreenImageHandler>() is { } handler ? handler.HandleAsync(request, ct) : ImageScreeningDisabled());
        endpoints.MapGet("/api/moderation/image-verdicts/{id}", (HttpRequest request, string id, CancellationToken ct) =>
            request.HttpContext.RequestServices.GetService<GetImageVerdictRecordHandler>() is { } handler ? handler.HandleAsync(request, id, ct) : ImageScreeningDisabled());
        endpoints.MapPost("/api/moderation/reports/{id}/reported", (HttpRequest request, string id, MarkReportedHandler handler, CancellationToken ct) => handler.HandleAsync(request, id, ct));
        endpoints.MapGet("/api/moderation/strikes/{userId}", (HttpRequest request, string userId, StrikesHandler handler, CancellationToken ct) => handler.ShowAsync(request, userId, ct));
        endpoints.MapPost("/api/moderation/strikes/{userId}/clear", (HttpRequest request, string userId, StrikesHandler handler, CancellationToken ct) => handler.ClearAsync(request, userId, ct));
        endpoints.MapGet("/api/health", (HealthHandler handler, CancellationToken ct) => handler.HandleAsync(ct));
        endpoints.MapGet("/api/openapi.json", (OpenApiHandler handler) => handler.HandleAsync());
        // The review page: static files, no data (the same route in both hosts, as the OpenAPI document describes).
        endpoints.MapGet("/api/review/ui/{**path}", (HttpRequest request, string? path, ReviewPageHandler handler) => handler.Handle(request, path));
        endpoints.MapGenScreenReview();
        return endpoints;
    }

    /// <summary>The moderators' routes (docs/api.md#review-routes); admin-only, checked by the handlers.</summary>
    public static IEndpointRouteBuilder MapGenScreenReview(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/review/items", (HttpRequest request, CancellationToken ct) =>
            Read(request, h => h.ListAsync(request, ct)));
        endpoints.MapGet("/api/review/items/{verdictId}", (HttpRequest request, string verdictId, CancellationToken ct) =>
            Read(request, h => h.GetAsync(request, verdictId, ct)));
        endpoints.MapGet("/api/review/items/{verdictId}/image", (HttpRequest request, string verdictId, CancellationToken ct) =>
            Read(request, h => h.GetImageAsync(request, verdictId, ct)));
        endpoints.MapGet("/api/review/audit", (HttpRequest request, CancellationToken ct) =>
            Read(request, h => h.AuditAsync(request, ct)));
        endpoints.MapPost("/api/review/items/{verdictId}/release", (HttpRequest request, string verdictId, CancellationToken ct) =>
            Act(request, h => h.ReleaseAsync(request, verdictId, ct)));
        endpoints.MapPost("/api/review/items/{verdictId}/confirm", (HttpRequest request, string verdictId, CancellationToken ct) =>
            Act(request, h => h.ConfirmAsync(request, verdictId, ct)));
        endpoints.MapPost("/api/review/purge", (HttpRequest request, CancellationToken ct) =>
            Act(request, h => h.PurgeAsync(request, ct)));
        return endpoints;
    }

    private static Task<IResult> Read(HttpRequest request, Func<ReviewReadHandler, Task<IResult>> handle) =>
        request.HttpContext.RequestServices.GetService<ReviewReadHandler>() is { } handler ? handle(handler) : ReviewDisabled();

    private static Task<IResult> Act(HttpRequest request, Func<ReviewActionHandler, Task<IResult>> handle) =>
        request.HttpContext.RequestServices.GetService<ReviewActionHandler>() is { } handler ? handle(handler) : ReviewDisabled();

    /// <summary>Without recorded verdicts (<c>VerdictStore:Enabled=false</c>) there is nothing to review.</summary>
    public static Task<IResult> ReviewDisabled() => Task.FromResult<IResult>(new ProblemResult(new Problem(404, ProblemTypes.NotFound,
        "Review is not available on this host.", "This host records no verdicts (VerdictStore:Enabled=false), so there is no queue.")));

    /// <summary>The image routes exist only where the image pipeline is hosted (<c>ImageScreening:Enabled</c>).</summary>
    public static Task<IResult> ImageScreeningDisabled() => Task.FromResult<IResult>(new ProblemResult(new Problem(404, ProblemTypes.ImageScreeningDisabled,
        "Image screening is not enabled on this host.", "This host serves prompts only (ImageScreening:Enabled=false or VerdictStore:Enabled=false).")));
}
