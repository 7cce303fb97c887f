using GenScreen.Functions.Adapters;
using GenScreen.Http.Endpoints;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace GenScreen.Functions.Triggers;

/// <summary><c>GET /api/verdicts/{id}</c>: a stored verdict, without prompt text, prompt hash or userId (those are admin-only: <see cref="GetVerdictRecordFunction"/>).</summary>
public sealed class GetVerdictFunction(GetVerdictHandler handler)
{
    [Function("GetVerdict")]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "verdicts/{id}")] HttpRequest request,
        string id,
        CancellationToken cancellationToken) =>
        handler.HandleAsync(id, cancellationToken).AsActionResult();
}
