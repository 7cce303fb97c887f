using GenScreen.Http.Endpoints;
using GenScreen.Http.Health;
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
        endpoints.MapGet("/api/health", (HealthHandler handler, CancellationToken ct) => handler.HandleAsync(ct));
        return endpoints;
    }
}
