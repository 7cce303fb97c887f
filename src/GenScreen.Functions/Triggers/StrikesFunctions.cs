using GenScreen.Functions.Adapters;
using GenScreen.Http.Endpoints;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace GenScreen.Functions.Triggers;

/// <summary>
/// A user's strikes (<c>GET /api/moderation/strikes/{userId}</c>) and their audited clear
/// (<c>POST /api/moderation/strikes/{userId}/clear</c>). Anonymous for the Functions host for the reason
/// <see cref="GetVerdictRecordFunction"/> gives: the handler's admin check is the gate.
/// </summary>
public sealed class StrikesFunctions(StrikesHandler handler)
{
    [Function("GetStrikes")]
    public Task<IActionResult> Show(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "moderation/strikes/{userId}")] HttpRequest request,
        string userId,
        CancellationToken cancellationToken) =>
        handler.ShowAsync(request, userId, cancellationToken).AsActionResult();

    [Function("ClearStrikes")]
    public Task<IActionResult> Clear(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "moderation/strikes/{userId}/clear")] HttpRequest request,
        string userId,
        CancellationToken cancellationToken) =>
        handler.ClearAsync(request, userId, cancellationToken).AsActionResult();
}
