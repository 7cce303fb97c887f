using GenScreen.Http.Problems;
using GenScreen.Http.Results;
using GenScreen.Http.Security;
using GenScreen.Core.Verdicts;
using GenScreen.Storage.Reports;
using GenScreen.Storage.Verdicts;
using Microsoft.AspNetCore.Http;

namespace GenScreen.Http.Endpoints;

/// <summary>
/// <c>GET /api/moderation/verdicts/{id}</c>: the full stored record (retained prompt text, prompt hash,
/// userId) for admins only. The admin check comes before the lookup, so a non-admin learns nothing,
/// not even whether the id exists.
/// </summary>
public sealed class GetVerdictRecordHandler(IPromptVerdictStore store, IAdminAuthorization admin, ReportLedger? reports = null)
{
    public async Task<IResult> HandleAsync(HttpRequest request, string id, CancellationToken cancellationToken)
    {
        var decision = admin.Authorize(request);
        if (!decision.IsGranted)
        {
            return new ProblemResult(decision.Problem!);
        }

        var (stored, problem) = await VerdictLookup.FindAsync(store, id, cancellationToken).ConfigureAwait(false);
        if (stored is null)
        {
            return new ProblemResult(problem!);
        }

        var v = stored.Verdict;
        var reportable = ReportRule.Requires(v.Decision, v.Categories, v.Reasons);
        var entry = reportable && reports is not null ? await reports.GetAsync(stored.VerdictId, cancellationToken).ConfigureAwait(false) : null;
        return new VerdictResult(stored, storage: null, screenMilliseconds: null, VerdictView.FullRecord) { AdditionalFields = ModerationFields.ReportStatus(reportable, entry) };
    }
}
