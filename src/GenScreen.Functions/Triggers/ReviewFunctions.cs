using GenScreen.Functions.Adapters;
using GenScreen.Http.Endpoints.Review;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace GenScreen.Functions.Triggers;

/// <summary>
/// The moderators' routes (<c>/api/review/…</c>, docs/api.md#review-routes). Anonymous for the Functions host for the
/// reason <see cref="GetVerdictRecordFunction"/> gives: each handler's admin check (Entra app role through App Service
/// authentication) is the gate, runs before any read, and fails closed; a function key grants nothing here.
/// </summary>
public sealed class ReviewFunctions(ReviewReadHandler read, ReviewActionHandler act)
{
    [Function("ReviewList")]
    public Task<IActionResult> List(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "review/items")] HttpRequest request, CancellationToken cancellationToken) =>
        read.ListAsync(request, cancellationToken).AsActionResult();

    [Function("ReviewItem")]
    public Task<IActionResult> Item(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "review/items/{verdictId}")] HttpRequest request, string verdictId, CancellationToken cancellationToken) =>
        read.GetAsync(request, verdictId, cancellationToken).AsActionResult();

    [Function("ReviewImage")]
    public Task<IActionResult> Image(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "review/items/{verdictId}/image")] HttpRequest request, string verdictId, CancellationToken cancellationToken) =>
        read.GetImageAsync(request, verdictId, cancellationToken).AsActionResult();

    [Function("ReviewAudit")]
    public Task<IActionResult> Audit(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "review/audit")] HttpRequest request, CancellationToken cancellationToken) =>
        read.AuditAsync(request, cancellationToken).AsActionResult();

    [Function("ReviewRelease")]
    public Task<IActionResult> Release(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "review/items/{verdictId}/release")] HttpRequest request, string verdictId, CancellationToken cancellationToken) =>
        act.ReleaseAsync(request, verdictId, cancellationToken).AsActionResult();

    [Function("ReviewConfirm")]
    public Task<IActionResult> Confirm(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "review/items/{verdictId}/confirm")] HttpRequest request, string verdictId, CancellationToken cancellationToken) =>
        act.ConfirmAsync(request, verdictId, cancellationToken).AsActionResult();

    [Function("ReviewPurge")]
    public Task<IActionResult> Purge(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "review/purge")] HttpRequest request, CancellationToken cancellationToken) =>
        act.PurgeAsync(request, cancellationToken).AsActionResult();
}
