using GenScreen.Http.Problems;
using GenScreen.Http.Results;
using GenScreen.Storage.Verdicts;
using Microsoft.AspNetCore.Http;

namespace GenScreen.Http.Endpoints;

/// <summary><c>GET /api/verdicts/{id}</c>: a stored prompt verdict, or 404 problem details.</summary>
public sealed class GetVerdictHandler(IPromptVerdictStore store)
{
    public async Task<IResult> HandleAsync(string id, CancellationToken cancellationToken)
    {
        var stored = VerdictIds.IsValid(id) ? await store.GetAsync(id, cancellationToken).ConfigureAwait(false) : null;
        return stored is null
            ? new ProblemResult(new Problem(404, ProblemTypes.NotFound, "Verdict not found.",
                VerdictIds.IsValid(id)
                    ? $"No verdict with id '{id}' is stored (it may still be in the retry backlog if the write was deferred)."
                    : $"'{id}' is not a verdict id: ids are 32 lower-case hex digits."))
            : new VerdictResult(stored, storage: null, screenMilliseconds: null, includeRecord: true);
    }
}
