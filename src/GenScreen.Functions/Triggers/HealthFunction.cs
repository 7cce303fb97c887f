using GenScreen.Functions.Adapters;
using GenScreen.Http.Health;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace GenScreen.Functions.Triggers;

/// <summary>
/// <c>GET /api/health</c>: 503 while this instance refuses to screen (decodes stuck in native code), for a
/// platform health probe or an availability alert. Anonymous: a probe carries no function key, and the body holds
/// only counters.
/// </summary>
public sealed class HealthFunction(HealthHandler handler)
{
    [Function("Health")]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest request,
        CancellationToken cancellationToken) =>
        handler.HandleAsync(cancellationToken).AsActionResult();
}
