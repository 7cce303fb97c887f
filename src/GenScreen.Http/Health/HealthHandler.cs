using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GenScreen.Http.Health;

/// <summary><c>GET /api/health</c>: 200 when healthy or degraded, 503 when unhealthy, with every check's status and data.</summary>
public sealed class HealthHandler(HealthCheckService health)
{
    public async Task<IResult> HandleAsync(CancellationToken cancellationToken) =>
        new HealthResult(await health.CheckHealthAsync(cancellationToken).ConfigureAwait(false));
}
