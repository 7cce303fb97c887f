using GenScreen.Http.Problems;
using GenScreen.Http.Results;
using GenScreen.Http.Security;
using GenScreen.Core.Verdicts;
using GenScreen.Storage.Reports;
using GenScreen.Storage.Images;
using GenScreen.Storage.Verdicts;
using Microsoft.AspNetCore.Http;

namespace GenScreen.Http.Endpoints;

/// <summary>
/// <c>GET /api/moderation/image-verdicts/{id}</c>: an image verdict row (an API verdict id or a blob receipt) with its
/// facts and faces, for admins only; the admin check comes before the lookup, as for prompt verdicts.
/// </summary>
public sealed class GetImageVerdictRecordHandler(ImageVerdictStore store, IAdminAuthorization admin, ReportLedger? reports = null)
{
    public async Task<IResult> HandleAsync(HttpRequest request, string id, CancellationToken cancellationToken)
    {
        var decision = admin.Authorize(request);
        if (!decision.IsGranted)
        {
            return new ProblemResult(decision.Problem!);
        }

        if (!VerdictIds.IsValid(id))
        {
            return new ProblemResult(NotFound($"'{id}' is not an image verdict id: ids are 32 lower-case hex digits."));
        }

        if (await store.GetAsync(id, cancellationToken).ConfigureAwait(false) is not { } row)
        {
            return new ProblemResult(NotFound($"No image verdict with id '{id}' is stored."));
        }

        var v = row.Record.Verdict;
        var reportable = ReportRule.Requires(v.Decision, v.Categories, v.Reasons);
        var entry = reportable && reports is not null ? await reports.GetAsync(row.Record.ReceiptId, cancellationToken).ConfigureAwait(false) : null;
        return new ImageVerdictResult(row.Record, storage: null, screenMilliseconds: null, fullRecord: true) { AdditionalFields = ModerationFields.ReportStatus(reportable, entry) };
    }

    private static Problem NotFound(string detail) => new(404, ProblemTypes.NotFound, "Image verdict not found.", detail);
}
