using GenScreen.Http.Contracts;
using GenScreen.Http.Problems;
using GenScreen.Http.Results;
using GenScreen.Http.Security;
using GenScreen.Storage.Strikes;
using Microsoft.AspNetCore.Http;

namespace GenScreen.Http.Endpoints;

/// <summary>
/// Repeat offenders, for admins: <c>GET /api/moderation/strikes/{userId}</c> (strikes in the window, escalation,
/// past clears) and <c>POST /api/moderation/strikes/{userId}/clear</c> with <c>{"by": "...", "reason": "..."}</c>
/// (both required: every clear is an audit row). See docs/strikes.md.
/// </summary>
public sealed class StrikesHandler(IAdminAuthorization admin, StrikeLedger? strikes = null)
{
    public const int MaxUserIdLength = 256;

    public async Task<IResult> ShowAsync(HttpRequest request, string userId, CancellationToken cancellationToken)
    {
        if (Refuse(request, userId) is { } refused)
        {
            return refused;
        }

        var summary = await strikes!.GetSummaryAsync(userId, cancellationToken).ConfigureAwait(false);
        var clearances = await strikes.ClearancesAsync(userId, cancellationToken).ConfigureAwait(false);
        return new JsonBodyResult(w => StrikeJson.Write(w, summary, strikes.Options, clearances));
    }

    public async Task<IResult> ClearAsync(HttpRequest request, string userId, CancellationToken cancellationToken)
    {
        if (Refuse(request, userId) is { } refused)
        {
            return refused;
        }

        var (body, bodyProblem) = await RequestBodyReader.ReadJsonAsync(request, cancellationToken).ConfigureAwait(false);
        if (bodyProblem is not null)
        {
            return new ProblemResult(bodyProblem);
        }

        if (!OperatorActionBody.TryParse(body, ["by", "reason"], [], out var fields, out var problem))
        {
            return new ProblemResult(problem);
        }

        var clearance = await strikes!.ClearAsync(userId, fields["by"]!, fields["reason"]!, cancellationToken).ConfigureAwait(false);
        return new JsonBodyResult(w =>
        {
            w.WriteStartObject();
            w.WriteString("userId", userId);
            w.WritePropertyName("cleared");
            StrikeJson.WriteClearance(w, clearance);
            w.WriteEndObject();
        });
    }

    /// <summary>The admin check first (a non-admin learns nothing), then whether strikes are kept here, then the id.</summary>
    private ProblemResult? Refuse(HttpRequest request, string userId)
    {
        ArgumentNullException.ThrowIfNull(request);
        var decision = admin.Authorize(request);
        if (!decision.IsGranted)
        {
            return new ProblemResult(decision.Problem!);
        }

        if (strikes is null)
        {
            return new ProblemResult(new Problem(404, ProblemTypes.FeatureDisabled, "Strikes are not enabled on this host.", "Strikes:Enabled is false or verdicts are not recorded."));
        }

        return string.IsNullOrWhiteSpace(userId) || userId.Length > MaxUserIdLength
            ? new ProblemResult(new Problem(400, ProblemTypes.Validation, "Invalid user id.", $"A user id is 1-{MaxUserIdLength} characters."))
            : null;
    }
}
