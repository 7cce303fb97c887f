using Azure;
using GenScreen.Core.Detectors;
using GenScreen.Core.Verdicts;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GenScreen.ContentSafety.Detection;

/// <summary>
/// Azure AI Content Safety as a prompt detector: text:analyze severities become signals (merged with the
/// lexicon's before the rules decide), blocklist hits become block reasons, and an unreachable or slow
/// service is recorded on the verdict with the configured failure mode (fail closed to review, or local only).
/// </summary>
public sealed partial class ContentSafetyPromptDetector(ContentSafetyClient client, IOptions<ContentSafetyOptions> options, ILogger<ContentSafetyPromptDetector> logger) : IPromptDetector
{
    public const string DetectorName = "content-safety";

    public string Name => DetectorName;

    public async Task<DetectorResult> AnalyzeAsync(string prompt, CancellationToken cancellationToken)
    {
        var o = options.Value;
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        // Timeout is per attempt inside the client; this bounds the whole call, retries included.
        budget.CancelAfter(o.Timeout * (o.MaxRetries + 1));
        try
        {
            var response = await client.AnalyzeTextAsync(o.CreateAnalyzeTextOptions(prompt), budget.Token).ConfigureAwait(false);
            return ToResult(response.Value);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // Any failure of the remote service (HTTP error, timeout, broken connection) is recorded, never thrown.
            var failClosed = o.FailureMode == ContentSafetyFailureMode.FailClosedToReview;
            var what = ex is RequestFailedException rfe ? $"status {rfe.Status}, {rfe.ErrorCode ?? "no error code"}" : "timed out";
            LogUnavailable(logger, what, o.FailureMode, ex);
            return DetectorResult.Unavailable(
                DetectorName,
                failClosed ? "detector.unavailable" : "detector.skipped",
                $"Azure AI Content Safety was unavailable ({what}); failure mode {o.FailureMode}: " +
                (failClosed ? "held for review." : "decided by GenScreen's rules alone."),
                failClosed);
        }
    }

    private static DetectorResult ToResult(AnalyzeTextResult result)
    {
        var categories = new List<CategorySeverity>(4);
        foreach (var c in result.CategoriesAnalysis)
        {
            if (Enum.TryParse<HarmCategory>(c.Category.ToString(), ignoreCase: true, out var category) && c.Severity is { } severity)
            {
                categories.Add(new CategorySeverity(category, severity));
            }
        }

        var reasons = result.BlocklistsMatch
            .Select(m => new VerdictReason("content-safety.blocklist", $"Matched item {m.BlocklistItemId} of blocklist '{m.BlocklistName}'.", m.BlocklistItemText))
            .ToList();
        return new DetectorResult(DetectorName, categories, reasons, reasons.Count > 0 ? Decision.Block : Decision.Allow);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Azure AI Content Safety unavailable ({What}); failure mode {FailureMode}")]
    private static partial void LogUnavailable(ILogger logger, string what, ContentSafetyFailureMode failureMode, Exception ex);
}
