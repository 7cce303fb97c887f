using GenScreen.Images.Pipeline;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GenScreen.Http.Health;

/// <summary>
/// Unhealthy when too many image decodes are stuck in native code (<see cref="ImageScreeningGate.IsSaturated"/>):
/// the instance refuses to screen until they end, and a platform probing <c>/api/health</c> should replace it.
/// Degraded while some are stuck but fewer than the bound.
/// </summary>
public sealed class ImageScreeningHealthCheck(ImageScreeningGate gate) : IHealthCheck
{
    public const string Name = "image-screening";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var abandoned = ImageScreeningGate.AbandonedDecodes;
        var data = new Dictionary<string, object>
        {
            ["abandonedDecodes"] = abandoned,
            ["maxAbandonedDecodes"] = gate.MaxAbandonedDecodes,
            ["concurrentScreenings"] = gate.Capacity,
            ["screeningsInProgress"] = gate.InUse,
            ["screeningsWaiting"] = gate.Waiting,
        };
        var result = gate.IsSaturated
            ? HealthCheckResult.Unhealthy($"{abandoned} image decode(s) stuck in native code (limit {gate.MaxAbandonedDecodes}): screening is refused until they end; recycle this instance.", data: data)
            : abandoned > 0
                ? HealthCheckResult.Degraded($"{abandoned} image decode(s) still running past their time budget.", data: data)
                : HealthCheckResult.Healthy("Image screening is accepting work.", data);
        return Task.FromResult(result);
    }
}
