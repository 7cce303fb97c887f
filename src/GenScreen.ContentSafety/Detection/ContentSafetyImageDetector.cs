using GenScreen.Core.Detectors;
using GenScreen.Core.Verdicts;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GenScreen.ContentSafety.Detection;

/// <summary>
/// Azure AI Content Safety image:analyze as an image detector: its severities merge with the NSFW model's
/// before the image rules decide; an unreachable or slow service is recorded with the configured failure
/// mode, exactly as for prompts. (Microsoft documents that the service does not detect child exploitation:
/// GenScreen's own rules keep that job.)
/// </summary>
public sealed partial class ContentSafetyImageDetector(ContentSafetyClient client, IOptions<ContentSafetyOptions> options, ILogger<ContentSafetyImageDetector> logger) : IImageDetector
{
    public string Name => ContentSafetyPromptDetector.DetectorName;

    public async Task<DetectorResult> AnalyzeAsync(ReadOnlyMemory<byte> png, CancellationToken cancellationToken)
    {
        var o = options.Value;
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(o.Timeout * (o.MaxRetries + 1));
        try
        {
            var response = await client.AnalyzeImageAsync(BinaryData.FromBytes(png), budget.Token).ConfigureAwait(false);
            var categories = response.Value.CategoriesAnalysis
                .Where(c => c.Severity is not null && Enum.TryParse<HarmCategory>(c.Category.ToString(), ignoreCase: true, out _))
                .Select(c => new CategorySeverity(Enum.Parse<HarmCategory>(c.Category.ToString(), ignoreCase: true), c.Severity!.Value))
                .ToList();
            return new DetectorResult(Name, categories, []);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            var failClosed = o.FailureMode == ContentSafetyFailureMode.FailClosedToReview;
            LogUnavailable(logger, o.FailureMode, ex);
            return DetectorResult.Unavailable(
                Name,
                failClosed ? "detector.unavailable" : "detector.skipped",
                $"Azure AI Content Safety (image) was unavailable ({ex.GetType().Name}); failure mode {o.FailureMode}: " +
                (failClosed ? "held for review." : "decided by GenScreen's model alone."),
                failClosed);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Azure AI Content Safety image analysis unavailable; failure mode {FailureMode}")]
    private static partial void LogUnavailable(ILogger logger, ContentSafetyFailureMode failureMode, Exception ex);
}
