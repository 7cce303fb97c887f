using Azure;
using GenScreen.Core.Detectors;
using Microsoft.Extensions.Logging;

namespace GenScreen.ContentSafety.Detection;

/// <summary>
/// What every Content Safety detector call shares: one time budget for the whole call (the client's timeout
/// is per attempt, retries come on top), and any service failure (HTTP error, timeout, broken connection)
/// recorded on the verdict with the configured failure mode, never thrown.
/// </summary>
internal static partial class ContentSafetyCall
{
    public static async Task<DetectorResult> RunAsync(ContentSafetyOptions options, TimeProvider time, ILogger logger, string what, Func<CancellationToken, Task<DetectorResult>> call, CancellationToken cancellationToken)
    {
        // On the host's clock, like the client's own per-attempt timeout, so both can be driven by a fake one.
        using var limit = new CancellationTokenSource(options.Timeout * (options.MaxRetries + 1), time);
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, limit.Token);
        try
        {
            return await call(budget.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            var failClosed = options.FailureMode == ContentSafetyFailureMode.FailClosedToReview;
            var cause = ex is RequestFailedException rfe ? $"status {rfe.Status}, {rfe.ErrorCode ?? "no error code"}" : ex is OperationCanceledException ? "timed out" : ex.GetType().Name;
            LogUnavailable(logger, what, cause, options.FailureMode, ex);
            return DetectorResult.Unavailable(
                ContentSafetyPromptDetector.DetectorName,
                failClosed ? "detector.unavailable" : "detector.skipped",
                $"Azure AI Content Safety ({what}) was unavailable ({cause}); failure mode {options.FailureMode}: " +
                (failClosed ? "held for review." : "decided by GenScreen alone."),
                failClosed);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Azure AI Content Safety {What} unavailable ({Cause}); failure mode {FailureMode}")]
    private static partial void LogUnavailable(ILogger logger, string what, string cause, ContentSafetyFailureMode failureMode, Exception ex);
}
