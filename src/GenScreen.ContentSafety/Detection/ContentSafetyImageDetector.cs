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
public sealed class ContentSafetyImageDetector(ContentSafetyClient client, IOptions<ContentSafetyOptions> options, TimeProvider time, ILogger<ContentSafetyImageDetector> logger) : IImageDetector
{
    public string Name => ContentSafetyPromptDetector.DetectorName;

    public Task<DetectorResult> AnalyzeAsync(ReadOnlyMemory<byte> png, CancellationToken cancellationToken) =>
        ContentSafetyCall.RunAsync(options.Value, time, logger, "image", async ct =>
        {
            var response = await client.AnalyzeImageAsync(BinaryData.FromBytes(png), ct).ConfigureAwait(false);
            var categories = new List<CategorySeverity>(4);
            foreach (var c in response.Value.CategoriesAnalysis)
            {
                if (Enum.TryParse<HarmCategory>(c.Category.ToString(), ignoreCase: true, out var category) && c.Severity is { } severity)
                {
                    categories.Add(new CategorySeverity(category, severity));
                }
            }

            return new DetectorResult(Name, categories, []);
        }, cancellationToken);
}
