using GenScreen.Functions.Adapters;
using GenScreen.Http.Endpoints;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace GenScreen.Functions.Triggers;

/// <summary>
/// <c>GET /api/moderation/image-verdicts/{id}</c>: an image verdict with its facts and faces, for admins. Anonymous for the
/// Functions host for the reason <see cref="GetVerdictRecordFunction"/> gives: the handler's admin check is the gate.
/// </summary>
public sealed class GetImageVerdictRecordFunction(GetImageVerdictRecordHandler handler)
{
    [Function("GetImageVerdictRecord")]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "moderation/image-verdicts/{id}")] HttpRequest request,
        string id,
        CancellationToken cancellationToken) =>
        handler.HandleAsync(request, id, cancellationToken).AsActionResult();
}
