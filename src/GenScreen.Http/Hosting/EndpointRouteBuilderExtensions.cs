using GenScreen.Http.Endpoints;
using GenScreen.Http.Health;
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
        // The review page: static files, no data; /review is a short alias on the local host.
        endpoints.MapGet("/api/review/ui/{**path}", (HttpRequest request, string? path, ReviewPageHandler handler) => handler.Handle(request, path));
        endpoints.MapGet("/review", () => Results.Redirect(ReviewPageHandler.BasePath));
        endpoints.MapGet("/api/health", (HealthHandler handler, CancellationToken ct) => handler.HandleAsync(ct));
        return endpoints;
    }

    /// <summary>The image routes exist only where the image pipeline is hosted (<c>ImageScreening:Enabled</c>).</summary>
    public static Task<IResult> ImageScreeningDisabled() => Task.FromResult<IResult>(new ProblemResult(new Problem(404, ProblemTypes.ImageScreeningDisabled,
        "Image screening is not enabled on this host.", "This host serves prompts only (ImageScreening:Enabled=false or VerdictStore:Enabled=false).")));
}
