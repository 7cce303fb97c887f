using System.Diagnostics;
using GenScreen.Core.Detectors;
using GenScreen.Core.Telemetry;
using GenScreen.Core.Verdicts;

namespace GenScreen.Core.Prompts;

/// <summary>
/// Screens a prompt with GenScreen's rules and any configured external detectors (run concurrently),
/// merging their signals before the rules decide. With no detectors configured it is the synchronous
/// screener, with no extra cost.
/// </summary>
public sealed class PromptScreeningService(PromptScreener screener, IEnumerable<IPromptDetector> detectors)
{
    private readonly IPromptDetector[] _detectors = [.. detectors];
    private PromptScreener _screener = screener;

    /// <summary>The screener in force; replaced (never mutated) when enrolled people's names change.</summary>
    public PromptScreener Screener => Volatile.Read(ref _screener);

    /// <summary>Swaps in a screener built with other lexicons (People/EnrolledNames); requests already running finish on the old one.</summary>
    public void ReplaceScreener(PromptScreener replacement)
    {
        ArgumentNullException.ThrowIfNull(replacement);
        Volatile.Write(ref _screener, replacement);
    }

    public bool HasDetectors => _detectors.Length > 0;

    public ValueTask<PromptVerdict> ScreenAsync(string prompt, string? negativePrompt, string? policy, CancellationToken cancellationToken) =>
        ScreenAsync(prompt, negativePrompt, policy, GenerationMode.Txt2Img, cancellationToken);

    public ValueTask<PromptVerdict> ScreenAsync(string prompt, string? negativePrompt, string? policy, GenerationMode mode, CancellationToken cancellationToken)
    {
        if (_detectors.Length == 0)
        {
            var started = Stopwatch.GetTimestamp();
            return ValueTask.FromResult(Recorded(Screener.Screen(prompt, negativePrompt, policy, mode), started));
        }

        return new ValueTask<PromptVerdict>(ScreenWithDetectorsAsync(prompt, negativePrompt, policy, mode, cancellationToken));
    }

    private async Task<PromptVerdict> ScreenWithDetectorsAsync(string prompt, string? negativePrompt, string? policy, GenerationMode mode, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var results = await Task.WhenAll(_detectors.Select(d => d.AnalyzeAsync(prompt, cancellationToken))).ConfigureAwait(false);
        return Recorded(Screener.Screen(prompt, negativePrompt, policy, results, mode), started);
    }

    /// <summary>The prompt stage's time (detectors included) and the decision, on the GenScreen meter.</summary>
    private static PromptVerdict Recorded(PromptVerdict verdict, long started)
    {
        GenScreenMetrics.RecordStage(GenScreenMetrics.Stages.Prompt, Stopwatch.GetElapsedTime(started).TotalMilliseconds, "prompt");
        GenScreenMetrics.RecordScreened("prompt", verdict.Decision, verdict.Categories);
        return verdict;
    }
}
