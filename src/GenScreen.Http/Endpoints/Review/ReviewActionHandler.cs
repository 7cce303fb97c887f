using GenScreen.Http.Problems;
using GenScreen.Http.Results;
using GenScreen.Http.Security;
using GenScreen.Storage.Review;
using GenScreen.Storage.Verdicts;
using Microsoft.AspNetCore.Http;

namespace GenScreen.Http.Endpoints.Review;

/// <summary>
/// The accountable actions, admins only: release, confirm, purge. The operator recorded in the audit row comes from
/// the request (<see cref="IOperatorIdentity"/>), never from the body.
/// </summary>
public sealed class ReviewActionHandler(ReviewActions actions, IAdminAuthorization admin, IOperatorIdentity identity)
{
    public Task<IResult> ReleaseAsync(HttpRequest request, string verdictId, CancellationToken cancellationToken) =>
        ActAsync(request, verdictId, allowCategory: false, (body, by) => actions.ReleaseAsync(verdictId, by, body.Reason, cancellationToken), cancellationToken);

    public Task<IResult> ConfirmAsync(HttpRequest request, string verdictId, CancellationToken cancellationToken) =>
        ActAsync(request, verdictId, allowCategory: true, (body, by) => actions.ConfirmAsync(verdictId, by, body.Reason, body.Category, cancellationToken), cancellationToken);

    /// <summary><c>POST /api/review/purge</c>: a dry run unless the body says <c>"execute": true</c> (then a reason is required).</summary>
    public async Task<IResult> PurgeAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var decision = admin.Authorize(request);
        if (!decision.IsGranted)
        {
            return new ProblemResult(decision.Problem!);
        }

        var (body, problem) = await ReviewActionBody.ReadAsync(request, allowCategory: false, allowExecute: true, cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            return new ProblemResult(problem);
        }

        var report = await actions.PurgeAsync(identity.OperatorOf(request), body!.Reason, body.Execute, cancellationToken).ConfigureAwait(false);
        return new JsonWriterResult(w => ReviewJson.WritePurge(w, report));
    }

    private async Task<IResult> ActAsync(HttpRequest request, string verdictId, bool allowCategory, Func<ReviewActionBody, ReviewOperator, Task<ReviewActionResult>> act, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var decision = admin.Authorize(request);
        if (!decision.IsGranted)
        {
            return new ProblemResult(decision.Problem!);
        }

        if (!VerdictIds.IsValid(verdictId))
        {
            return ReviewReadHandler.NotFound(verdictId);
        }

        var (body, problem) = await ReviewActionBody.ReadAsync(request, allowCategory, allowExecute: false, cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            return new ProblemResult(problem);
        }

        try
        {
            var result = await act(body!, identity.OperatorOf(request)).ConfigureAwait(false);
            return new JsonWriterResult(w => ReviewJson.WriteActionResult(w, result));
        }
        catch (ReviewException ex)
        {
            return new ProblemResult(ex.Error switch
            {
                ReviewError.NotFound => new Problem(404, ProblemTypes.NotFound, "Verdict not found.", ex.Message),
                ReviewError.Conflict => new Problem(409, ProblemTypes.ReviewConflict, "The action does not fit the verdict's state.", ex.Message),
                _ => new Problem(400, ProblemTypes.Validation, "Invalid review action.", ex.Message),
            });
        }
    }
}
