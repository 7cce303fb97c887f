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
public sealed class ContentSafetyPromptDetector(ContentSafetyClient client, IOptions<ContentSafetyOptions> options, TimeProvider time, ILogger<ContentSafetyPromptDetector> logger) : IPromptDetector
{
    public const string DetectorName = "content-safety";

    public string Name => DetectorName;

    public Task<DetectorResult> AnalyzeAsync(string prompt, CancellationToken cancellationToken) =>
        ContentSafetyCall.RunAsync(options.Value, time, logger, "text", async ct =>
        {
            var response = await client.AnalyzeTextAsync(options.Value.CreateAnalyzeTextOptions(prompt), ct).ConfigureAwait(false);
            return ToResult(response.Value);
        }, cancellationToken);

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
}
