using System.Diagnostics;
using GenScreen.Core.Configuration;
using GenScreen.Core.Prompts;
using GenScreen.Core.Verdicts;
using GenScreen.Http.Contracts;
using GenScreen.Http.Problems;
using GenScreen.Http.Results;
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
    ILogger<ScreenPromptHandler> logger)
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

        var stored = Record(req, verdict);
        var write = await store.SaveAsync(stored, cancellationToken).ConfigureAwait(false);
        switch (write.Outcome)
        {
            case VerdictWriteOutcome.Replayed:
                return new VerdictResult(write.Existing!, write.Outcome, screenMs, VerdictView.Screening);
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
        return new VerdictResult(stored, write.Outcome, screenMs, VerdictView.Screening);
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
            req.RequestId is null ? VerdictIds.NewRandom() : ids.ForRequest(req.UserId, req.RequestId),
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
}
