using System.Text.Json;
using GenScreen.Core.Verdicts;
using GenScreen.Http.Contracts;
using GenScreen.Http.Problems;
using GenScreen.Http.Results;
using GenScreen.Http.Security;
using GenScreen.Storage.Images;
using GenScreen.Storage.Reports;
using GenScreen.Storage.Verdicts;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace GenScreen.Http.Endpoints;

/// <summary>
/// <c>POST /api/moderation/reports/{id}/reported</c> (admin): a person filed the report of a reportable verdict (prompt
/// or image). Body <c>{"by": "...", "reference": "CyberTipline report number", "note": "..."}</c>; <c>by</c> is required.
/// The verdict then no longer shows <c>needsReport</c>. Marking twice keeps the first filing (answered with
/// <c>alreadyReported: true</c>).
/// </summary>
public sealed class MarkReportedHandler(IPromptVerdictStore prompts, IAdminAuthorization admin, IServiceProvider services, ReportLedger? reports = null)
{
    public async Task<IResult> HandleAsync(HttpRequest request, string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var decision = admin.Authorize(request);
        if (!decision.IsGranted)
        {
            return new ProblemResult(decision.Problem!);
        }

        if (reports is null)
        {
            return new ProblemResult(new Problem(404, ProblemTypes.FeatureDisabled, "Reports are not enabled on this host.", "Reports:Enabled is false or verdicts are not recorded."));
        }

        var (body, bodyProblem) = await RequestBodyReader.ReadJsonAsync(request, cancellationToken).ConfigureAwait(false);
        if (bodyProblem is not null)
        {
            return new ProblemResult(bodyProblem);
        }

        if (!OperatorActionBody.TryParse(body, ["by"], ["reference", "note"], out var fields, out var problem))
        {
            return new ProblemResult(problem);
        }

        if (!VerdictIds.IsValid(id))
        {
            return new ProblemResult(NotFound($"'{id}' is not a verdict id: ids are 32 lower-case hex digits."));
        }

        var (kind, reportable) = await FindAsync(id, cancellationToken).ConfigureAwait(false);
        if (kind is null)
        {
            return new ProblemResult(NotFound($"No prompt or image verdict with id '{id}' is stored."));
        }

        if (!reportable)
        {
            return new ProblemResult(new Problem(409, ProblemTypes.NotReportable, "This verdict does not need a report.",
                $"Verdict '{id}' is not a block for sexual content involving minors (docs/reports.md), so there is nothing to mark."));
        }

        var (entry, already) = await reports.MarkReportedAsync(id, kind, fields["by"]!, fields["reference"], fields["note"], cancellationToken).ConfigureAwait(false);
        return new JsonBodyResult(w =>
        {
            w.WriteStartObject();
            w.WriteString("verdictId", id);
            w.WriteString("kind", kind);
            w.WriteBoolean("alreadyReported", already);
            ModerationFields.ReportStatus(reportable: true, entry)(w);
            w.WriteEndObject();
        });
    }

    private async Task<(string? Kind, bool Reportable)> FindAsync(string id, CancellationToken cancellationToken)
    {
        if (await prompts.GetAsync(id, cancellationToken).ConfigureAwait(false) is { } prompt)
        {
            return (ReportMessage.PromptKind, ReportRule.Requires(prompt.Verdict.Decision, prompt.Verdict.Categories, prompt.Verdict.Reasons));
        }

        // Image verdicts exist only where the image pipeline is hosted.
        if (services.GetService<ImageVerdictStore>() is { } images && await images.GetAsync(id, cancellationToken).ConfigureAwait(false) is { } row)
        {
            var v = row.Record.Verdict;
            return (ReportMessage.ImageKind, ReportRule.Requires(v.Decision, v.Categories, v.Reasons));
        }

        return (null, false);
    }

    private static Problem NotFound(string detail) => new(404, ProblemTypes.NotFound, "Verdict not found.", detail);
}
