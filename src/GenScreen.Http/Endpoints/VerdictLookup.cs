using GenScreen.Http.Problems;
using GenScreen.Storage.Verdicts;

namespace GenScreen.Http.Endpoints;

/// <summary>Reads a stored verdict by id for the GET routes; a malformed or unknown id is a 404 problem.</summary>
internal static class VerdictLookup
{
    public static async Task<(StoredPromptVerdict? Verdict, Problem? Problem)> FindAsync(IPromptVerdictStore store, string id, CancellationToken cancellationToken)
    {
        if (!VerdictIds.IsValid(id))
        {
            return (null, NotFound($"'{id}' is not a verdict id: ids are 32 lower-case hex digits."));
        }

        var stored = await store.GetAsync(id, cancellationToken).ConfigureAwait(false);
        return stored is null
            ? (null, NotFound($"No verdict with id '{id}' is stored (it may still be in the retry backlog if the write was deferred)."))
            : (stored, null);
    }

    private static Problem NotFound(string detail) => new(404, ProblemTypes.NotFound, "Verdict not found.", detail);
}
