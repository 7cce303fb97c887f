using GenScreen.Http.Problems;
using GenScreen.Http.Results;
using GenScreen.Storage.Verdicts;
using Microsoft.AspNetCore.Http;

namespace GenScreen.Http.Endpoints;

/// <summary>
/// <c>GET /api/verdicts/{id}</c>: a stored prompt verdict for any caller that may screen, without what
/// identifies the prompt or its author (<see cref="VerdictView.Summary"/>); the full record is
/// <see cref="GetVerdictRecordHandler"/>'s, for admins. Or 404 problem details.
/// </summary>
public sealed class GetVerdictHandler(IPromptVerdictStore store)
{
    public async Task<IResult> HandleAsync(string id, CancellationToken cancellationToken)
    {
        var (stored, problem) = await VerdictLookup.FindAsync(store, id, cancellationToken).ConfigureAwait(false);
        return stored is null
            ? new ProblemResult(problem!)
            : new VerdictResult(stored, storage: null, screenMilliseconds: null, VerdictView.Summary);
    }
}
