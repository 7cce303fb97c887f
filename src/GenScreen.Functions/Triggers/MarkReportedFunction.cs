using GenScreen.Functions.Adapters;
using GenScreen.Http.Endpoints;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace GenScreen.Functions.Triggers;

/// <summary>
/// <c>POST /api/moderation/reports/{id}/reported</c>: a moderator filed the report of a reportable verdict. Anonymous for
/// the Functions host for the reason <see cref="GetVerdictRecordFunction"/> gives: the handler's admin check is the gate.
/// </summary>
public sealed class MarkReportedFunction(MarkReportedHandler handler)
{
    [Function("MarkReported")]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "moderation/reports/{id}/reported")] HttpRequest request,
        string id,
        CancellationToken cancellationToken) =>
        handler.HandleAsync(request, id, cancellationToken).AsActionResult();
}
