using GenScreen.Functions.Adapters;
using GenScreen.Http.Endpoints;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace GenScreen.Functions.Triggers;

/// <summary>
/// <c>GET /api/moderation/verdicts/{id}</c>: the full stored record, for admins. Anonymous at the Functions
/// level on purpose: the gate is the handler's admin check (an Entra ID app role through App Service
/// authentication), which runs before any read and fails closed when authentication is off. A function
/// key on top would only spread the screening key to moderators without adding a check.
/// (The route avoids the "admin/" prefix, which the Functions host reserves.)
/// </summary>
public sealed class GetVerdictRecordFunction(GetVerdictRecordHandler handler)
{
    [Function("GetVerdictRecord")]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "moderation/verdicts/{id}")] HttpRequest request,
        string id,
        CancellationToken cancellationToken) =>
        handler.HandleAsync(request, id, cancellationToken).AsActionResult();
}
