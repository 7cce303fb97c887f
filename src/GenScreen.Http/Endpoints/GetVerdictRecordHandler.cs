using GenScreen.Http.Problems;
using GenScreen.Http.Results;
using GenScreen.Http.Security;
using GenScreen.Storage.Verdicts;
using Microsoft.AspNetCore.Http;

namespace GenScreen.Http.Endpoints;

/// <summary>
/// <c>GET /api/moderation/verdicts/{id}</c>: the full stored record (retained prompt text, prompt hash,
/// userId) for admins only. The admin check comes before the lookup, so a non-admin learns nothing,
/// not even whether the id exists.
/// </summary>
public sealed class GetVerdictRecordHandler(IPromptVerdictStore store, IAdminAuthorization admin)
{
    public async Task<IResult> HandleAsync(HttpRequest request, string id, CancellationToken cancellationToken)
    {
        var decision = admin.Authorize(request);
        if (!decision.IsGranted)
        {
            return new ProblemResult(decision.Problem!);
        }

        var (stored, problem) = await VerdictLookup.FindAsync(store, id, cancellationToken).ConfigureAwait(false);
        return stored is null
            ? new ProblemResult(problem!)
            : new VerdictResult(stored, storage: null, screenMilliseconds: null, VerdictView.FullRecord);
    }
}
