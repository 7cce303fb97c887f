using System.Diagnostics;
using System.Security.Cryptography;
using Azure;
using GenScreen.Core.Configuration;
using GenScreen.Core.Images;
using GenScreen.Core.Prompts;
using GenScreen.Core.Verdicts;
using GenScreen.Http.Contracts;
using GenScreen.Http.Problems;
using GenScreen.Http.Results;
using GenScreen.Storage.Images;
using GenScreen.Storage.Reports;
using GenScreen.Storage.Verdicts;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GenScreen.Http.Endpoints;

/// <summary>
/// <c>POST /api/screen/image</c>: screens one image synchronously with the blob pipeline's screener (same decoder,
/// models and rules, <see cref="IImageScreener"/>), records the verdict in the image verdict table and answers it. A
/// generator calls it on the photo a user uploads before img2img or inpainting (<c>purpose=init-image</c>), or on an
/// image it generated when it does not upload to the screened container (<c>purpose=generated</c>).
/// </summary>
/// <remarks>
/// Idempotent: the verdict id is a keyed HMAC of the image's SHA-256 and every input that decides it
/// (<see cref="VerdictIdGenerator.ForImage"/>), so the same request again returns the stored verdict
/// (<c>GenScreen-Storage: replayed</c>) without screening again. A named prompt verdict that is unknown (or unreadable)
/// is the blob path's <c>image.prompt-unavailable</c>: held for review, not a 404, because the prompt's own write may
/// still be deferred; a retry once it is stored is screened anew (availability is part of the id). With protected
/// people loaded (<c>People:Enabled</c>), the enrolled set's change marker is part of the id too: the same request
/// after an enrolment or a removal is screened anew, never answered from before it.
/// </remarks>
public sealed partial class ScreenImageHandler(
    IImageScreener screener,
    PromptScreener prompts,
    ImageVerdictStore verdicts,
    IPromptVerdictStore promptVerdicts,
    VerdictIdGenerator ids,
    IOptions<ImageScreeningOptions> options,
    TimeProvider time,
    ILogger<ScreenImageHandler> logger,
    ReportLedger? reports = null,
    GenScreen.Images.People.ProtectedPersonMatcher? people = null)
{
    public async Task<IResult> HandleAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var o = options.Value;
        var (upload, bodyProblem) = await ImageRequestReader.ReadAsync(request, o.MaxBytes, cancellationToken).ConfigureAwait(false);
        if (bodyProblem is not null)
        {
            return new ProblemResult(bodyProblem);
        }

        if (!ImageRequestParser.TryParse(upload!.Fields, prompts.IsKnownPolicy, prompts.PolicyNames, out var req, out var problem))
        {
            return new ProblemResult(problem);
        }

        var started = Stopwatch.GetTimestamp();
        var (prompt, promptUnavailable) = await CorrelatedPrompt.ReadAsync(promptVerdicts, req.PromptVerdictId, logger, cancellationToken).ConfigureAwait(false);
        var policy = ImagePolicyChoice.Resolve(prompts, req.Policy, o.Policy, null).Policy.Name;
        var sha = Convert.ToHexStringLower(SHA256.HashData(upload.Content.Span));
        // Who is enrolled decides too (real-person.sexual), and it changes at run time: an answer recorded before an
        // enrolment or a removal must not be replayed after it, so the loaded snapshot's marker is part of the id.
        var peopleState = people?.SnapshotMarker is { } marker ? Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(marker)))[..32] : null;
        var verdictId = ids.ForImage(sha, ImagePurposes.Of(req.Purpose), policy, req.PromptVerdictId, promptAvailable: !promptUnavailable, peopleState);

        if (await TryReadAsync(verdictId, cancellationToken).ConfigureAwait(false) is { } earlier)
        {
            return new ImageVerdictResult(earlier, "replayed", null, fullRecord: false);
        }

        ImageScreenResult result;
        try
        {
            result = await screener.ScreenAsync(
                new ImageScreenRequest(upload.Content, upload.ContentType, upload.FileName, req.Policy, prompt?.Verdict, PromptUnavailable: promptUnavailable, Purpose: req.Purpose),
                cancellationToken).ConfigureAwait(false);
        }
        catch (ImageScreeningUnavailableException ex)
        {
            // Says nothing about the image: nothing is decided or recorded, and the caller retries (never treats it as allowed).
            request.HttpContext.Response.Headers.RetryAfter = "5";
            return new ProblemResult(new Problem(503, ProblemTypes.ScreeningUnavailable, "Image screening is unavailable on this instance.",
                $"{ex.Message} Retry later; the image was not screened and must not be used meanwhile."));
        }

        var screenMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var record = new ImageVerdictRecord(verdictId, "", "", "", result.Verdict, result.Facts, req.PromptVerdictId, ImageAction.Answered, Attempts: 1, time.GetUtcNow(), screenMs)
        {
            Purpose = req.Purpose,
            FaceCount = result.Facts.Faces?.Faces.Count,
        };

        string storage;
        try
        {
            if (await verdicts.TryAddAsync(record, cancellationToken).ConfigureAwait(false) is null
                && await TryReadAsync(verdictId, cancellationToken).ConfigureAwait(false) is { } concurrent)
            {
                // The same request screened at the same time by another call: both answer the first one recorded.
                return new ImageVerdictResult(concurrent, "replayed", screenMs, fullRecord: false);
            }

            storage = "stored";
            await QueueReportAsync(record, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is RequestFailedException or HttpRequestException or TimeoutException && !cancellationToken.IsCancellationRequested)
        {
            // The decision is still the caller's to act on (a block stays a block); the row is not written.
            LogNotRecorded(logger, verdictId, ex);
            storage = "failed";
        }

        LogScreened(logger, verdictId, result.Verdict.Decision, result.Verdict.Policy, req.Purpose);
        return new ImageVerdictResult(record, storage, screenMs, fullRecord: false);
    }

    /// <summary>A reportable block goes on the reports queue; a queue outage leaves it "needs report" and is logged, the answer stands.</summary>
    private async Task QueueReportAsync(ImageVerdictRecord record, CancellationToken cancellationToken)
    {
        if (reports is null || ReportMessages.For(record) is not { } message)
        {
            return;
        }

        try
        {
            await reports.EnsureQueuedAsync(message, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogReportNotQueued(logger, record.ReceiptId, ex);
        }
    }

    private async Task<ImageVerdictRecord?> TryReadAsync(string verdictId, CancellationToken cancellationToken)
    {
        try
        {
            return (await verdicts.GetAsync(verdictId, cancellationToken).ConfigureAwait(false))?.Record;
        }
        catch (Exception ex) when (ex is RequestFailedException or HttpRequestException or TimeoutException && !cancellationToken.IsCancellationRequested)
        {
            return null; // screened again rather than refused: the table being down must not stop screening
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Screened image {VerdictId} ({Purpose}) as {Decision} under {Policy}")]
    private static partial void LogScreened(ILogger logger, string verdictId, Decision decision, string policy, ImagePurpose purpose);

    [LoggerMessage(Level = LogLevel.Error, Message = "Image verdict {VerdictId} was NOT recorded: the table write failed; the verdict was still returned")]
    private static partial void LogNotRecorded(ILogger logger, string verdictId, Exception ex);

    [LoggerMessage(Level = LogLevel.Error, Message = "Reportable image verdict {VerdictId} was NOT queued for reporting; it still shows as needsReport")]
    private static partial void LogReportNotQueued(ILogger logger, string verdictId, Exception ex);
}
