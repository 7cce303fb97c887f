using System.Diagnostics;
using GenScreen.Core.Configuration;
using GenScreen.Core.Prompts;
using GenScreen.Core.Verdicts;
using GenScreen.Http.Contracts;
using GenScreen.Http.Problems;
using GenScreen.Http.Results;
using GenScreen.Storage.Reports;
using GenScreen.Storage.Strikes;
using GenScreen.Storage.Verdicts;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GenScreen.Http.Endpoints;

/// <summary>
/// <c>POST /api/screen/prompt</c>: validate, screen, record, answer. The decision is returned even when
/// the verdict table is down (the write is then deferred and the response says so).
/// </summary>
public sealed partial class ScreenPromptHandler(
    PromptScreeningService screening,
    IPromptVerdictStore store,
    VerdictIdGenerator ids,
    IOptions<ScreeningOptions> screeningOptions,
    IOptions<VerdictStoreOptions> storeOptions,
    TimeProvider time,
    ILogger<ScreenPromptHandler> logger,
    ReportLedger? reports = null,
    StrikeLedger? strikes = null)
{
    public async Task<IResult> HandleAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (body, bodyProblem) = await RequestBodyReader.ReadJsonAsync(request, cancellationToken).ConfigureAwait(false);
        if (bodyProblem is not null)
        {
            return new ProblemResult(bodyProblem);
        }

        if (!PromptRequestParser.TryParse(body, screeningOptions.Value.MaxPromptLength, screening.Screener.IsKnownPolicy, screening.Screener.PolicyNames, out var req, out var problem))
        {
            return new ProblemResult(problem);
        }

        var started = Stopwatch.GetTimestamp();
        var verdict = await screening.ScreenAsync(req.Prompt, req.NegativePrompt, req.Policy, req.Mode, cancellationToken).ConfigureAwait(false);
        var screenMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;

        var stored = Record(req, verdict) with { ScreenMilliseconds = screenMs };
        var write = await store.SaveAsync(stored, cancellationToken).ConfigureAwait(false);
        switch (write.Outcome)
        {
            case VerdictWriteOutcome.Replayed:
                // A retry: the report and the strike are idempotent by verdict id, so asking again repairs a first
                // attempt that stopped between recording the verdict and queueing or counting it.
                var replayed = write.Existing!;
                await QueueReportAsync(replayed, cancellationToken).ConfigureAwait(false);
                return new VerdictResult(replayed, write.Outcome, screenMs, VerdictView.Screening) { AdditionalFields = await EscalateAsync(replayed, cancellationToken).ConfigureAwait(false) };
            case VerdictWriteOutcome.Conflict:
                // Never the stored decision: it answered other inputs (another policy may have allowed what this one blocks).
                var fields = write.ConflictingFields ?? [];
                return new ProblemResult(new Problem(409, ProblemTypes.RequestIdConflict, "Request id already used.",
                    $"requestId '{req.RequestId}' was already screened with a different {string.Join(", ", fields)} (verdict {write.Existing!.VerdictId}). " +
                    "A retry must repeat the request exactly; use a new requestId for a new prompt, negative prompt, policy or mode.",
                    fields.ToDictionary(f => f, f => new[] { $"'{f}' differs from the first request with this requestId." }, StringComparer.Ordinal)));
            case VerdictWriteOutcome.Dropped:
                LogDropped(logger, stored.VerdictId);
                break;
        }

        LogScreened(logger, stored.VerdictId, verdict.Decision, verdict.Policy, write.Outcome);
        await QueueReportAsync(stored, cancellationToken).ConfigureAwait(false);
        return new VerdictResult(stored, write.Outcome, screenMs, VerdictView.Screening) { AdditionalFields = await EscalateAsync(stored, cancellationToken).ConfigureAwait(false) };
    }

    /// <summary>
    /// A reportable block goes on the reports queue. A queue outage does not fail the screening answer: the verdict
    /// still reads as <c>needsReport</c> to moderators, and a retry of the request queues it.
    /// </summary>
    private async Task QueueReportAsync(StoredPromptVerdict stored, CancellationToken cancellationToken)
    {
        if (reports is null || ReportMessages.For(stored) is not { } message)
        {
            return;
        }

        try
        {
            // Bounded like the verdict write: while the ledger table or the queue is unreachable the SDK's own retries
            // would hold the answer for minutes; the report is repaired by a retried request or found by moderators.
            using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            budget.CancelAfter(storeOptions.Value.WriteTimeout);
            await reports.EnsureQueuedAsync(message, budget.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogReportNotQueued(logger, stored.VerdictId, ex);
        }
    }

    /// <summary>
    /// With a user id: a block is a strike, and the strikes in the window decide <c>escalation</c>. Left out of the
    /// answer (never guessed as "none") when the strike table cannot be reached.
    /// </summary>
    private async Task<Action<System.Text.Json.Utf8JsonWriter>?> EscalateAsync(StoredPromptVerdict stored, CancellationToken cancellationToken)
    {
        if (strikes is null || stored.UserId is not { Length: > 0 } userId)
        {
            return null;
        }

        try
        {
            if (stored.Verdict.Decision == Decision.Block)
            {
                var reason = stored.Verdict.Reasons.Count > 0 ? stored.Verdict.Reasons[0].Code : null;
                await strikes.RecordAsync(userId, stored.VerdictId, "prompt", stored.ScreenedAt, reason, cancellationToken).ConfigureAwait(false);
            }

            return ModerationFields.Escalation(await strikes.GetEscalationAsync(userId, cancellationToken).ConfigureAwait(false));
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogStrikesUnavailable(logger, stored.VerdictId, ex);
            return null;
        }
    }

    private StoredPromptVerdict Record(PromptScreeningRequest req, PromptVerdict verdict)
    {
        var retain = storeOptions.Value.RetainPromptText switch
        {
            PromptRetention.Always => true,
            PromptRetention.NonAllow => verdict.Decision != Decision.Allow,
            _ => false,
        };
        return new StoredPromptVerdict(
            req.RequestId is null ? store.NewVerdictId() : ids.ForRequest(req.UserId, req.RequestId),
            verdict,
            PromptHash.Of(req.Prompt),
            req.NegativePrompt is null ? null : PromptHash.Of(req.NegativePrompt),
            req.Prompt.Length,
            retain ? req.Prompt : null,
            retain ? req.NegativePrompt : null,
            req.RequestId,
            req.UserId,
            req.Model,
            time.GetUtcNow());
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Screened prompt {VerdictId} as {Decision} under {Policy}; storage {Storage}")]
    private static partial void LogScreened(ILogger logger, string verdictId, Decision decision, string policy, VerdictWriteOutcome storage);

    [LoggerMessage(Level = LogLevel.Error, Message = "Verdict {VerdictId} was NOT recorded: the table is unreachable and the retry backlog is full")]
    private static partial void LogDropped(ILogger logger, string verdictId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Reportable verdict {VerdictId} was NOT queued for reporting; it still shows as needsReport")]
    private static partial void LogReportNotQueued(ILogger logger, string verdictId, Exception ex);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Strikes for verdict {VerdictId} could not be recorded or read; escalation left out of the answer")]
    private static partial void LogStrikesUnavailable(ILogger logger, string verdictId, Exception ex);
}
