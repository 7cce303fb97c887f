using GenScreen.Http.Problems;
using GenScreen.Http.Results;
using GenScreen.Http.Security;
using GenScreen.Core.Verdicts;
using GenScreen.Storage.Reports;
using GenScreen.Storage.Review;
using GenScreen.Storage.Verdicts;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace GenScreen.Http.Endpoints.Review;

/// <summary>
/// The queue's read routes, admins only (the admin check comes before anything is read, so a non-admin learns nothing,
/// not even whether an id exists): list, one item with history and audit, its quarantined image (a proxy: containers
/// stay private), and the audit trail.
/// </summary>
/// <param name="reports">The report ledger (null when reports are off): the reportable items' "needs report" state.</param>
public sealed class ReviewReadHandler(ReviewReader reader, ReviewActions actions, IAdminAuthorization admin, IOptions<ReviewOptions> options, TimeProvider time, ReportLedger? reports = null)
{
    /// <summary>
    /// The report status of each reportable item (a block for sexual content involving minors): "needs report" until
    /// someone marks it reported (docs/reports.md). Point reads of the ledger, for reportable items only (rare).
    /// </summary>
    private async Task<IReadOnlyDictionary<string, ReportLedgerEntry?>> ReportsAsync(IEnumerable<ReviewItem> items, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, ReportLedgerEntry?>(StringComparer.Ordinal);
        foreach (var item in items.Where(i => ReportRule.Requires(i.Decision, i.Categories, i.Reasons)))
        {
            result[item.VerdictId] = reports is null ? null : await reports.GetAsync(item.VerdictId, cancellationToken).ConfigureAwait(false);
        }

        return result;
    }

    public async Task<IResult> ListAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (Denied(request) is { } denied)
        {
            return denied;
        }

        var (query, continuation, problem) = ReviewQueryParser.Parse(request.Query, time.GetUtcNow(), options.Value, reader.Index.Shards);
        if (problem is not null)
        {
            return new ProblemResult(problem);
        }

        var page = await reader.ListAsync(query!, continuation, cancellationToken).ConfigureAwait(false);
        var reportStates = await ReportsAsync(page.Items, cancellationToken).ConfigureAwait(false);
        return new JsonWriterResult(w => ReviewJson.WritePage(w, page, reportStates));
    }

    public async Task<IResult> GetAsync(HttpRequest request, string verdictId, CancellationToken cancellationToken)
    {
        if (Denied(request) is { } denied)
        {
            return denied;
        }

        if (await reader.GetAsync(verdictId, cancellationToken).ConfigureAwait(false) is not { } item)
        {
            return NotFound(verdictId);
        }

        var history = reader.HistoryAsync(verdictId, cancellationToken);
        var audit = reader.AuditAsync(verdictId, cancellationToken);
        var (h, a) = (await history.ConfigureAwait(false), await audit.ConfigureAwait(false));
        var reportStates = await ReportsAsync([item], cancellationToken).ConfigureAwait(false);
        return new JsonWriterResult(w => ReviewJson.WriteDetail(w, item, h, a, reportStates));
    }

    public async Task<IResult> GetImageAsync(HttpRequest request, string verdictId, CancellationToken cancellationToken)
    {
        if (Denied(request) is { } denied)
        {
            return denied;
        }

        if (await reader.GetAsync(verdictId, cancellationToken).ConfigureAwait(false) is not { } item)
        {
            return NotFound(verdictId);
        }

        if (await actions.OpenImageAsync(item, cancellationToken).ConfigureAwait(false) is not { } download)
        {
            return new ProblemResult(new Problem(404, ProblemTypes.NotFound, "No image to show.",
                $"Verdict {verdictId} has no quarantined image ({(item.Image is null ? "it is a prompt verdict" : $"status {item.State.Status}, action {item.Image.Action}{(item.State.EvidencePurgedAt is null ? "" : ", evidence purged")}")})."));
        }

        return new QuarantinedImageResult(download);
    }

    public async Task<IResult> AuditAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (Denied(request) is { } denied)
        {
            return denied;
        }

        var ids = request.Query["verdictId"];
        if (ids.Count != 1 || !VerdictIds.IsValid(ids[0]))
        {
            return new ProblemResult(new Problem(400, ProblemTypes.Validation, "Invalid audit query.", "Give one 'verdictId' (32 lower-case hex digits).",
                new Dictionary<string, string[]> { ["verdictId"] = ["Required once: a verdict id (32 lower-case hex digits)."] }));
        }

        var audit = await reader.AuditAsync(ids[0]!, cancellationToken).ConfigureAwait(false);
        return new JsonWriterResult(w =>
        {
            w.WriteStartObject();
            w.WriteString("verdictId", ids[0]);
            ReviewJson.WriteAuditArray(w, "audit", audit);
            w.WriteEndObject();
        });
    }

    private ProblemResult? Denied(HttpRequest request)
    {
        var decision = admin.Authorize(request);
        return decision.IsGranted ? null : new ProblemResult(decision.Problem!);
    }

    internal static ProblemResult NotFound(string verdictId) => new(new Problem(404, ProblemTypes.NotFound, "Verdict not found.",
        VerdictIds.IsValid(verdictId) ? $"No verdict with id '{verdictId}' is stored." : $"'{verdictId}' is not a verdict id: ids are 32 lower-case hex digits."));
}
