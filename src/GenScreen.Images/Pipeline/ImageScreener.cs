using System.Diagnostics;
using System.Security.Cryptography;
using GenScreen.Core.Configuration;
using GenScreen.Core.Detectors;
using GenScreen.Core.Images;
using GenScreen.Core.Policies;
using GenScreen.Core.Prompts;
using GenScreen.Core.Verdicts;
using GenScreen.Images.Decoding;
using GenScreen.Images.Nsfw;
using Microsoft.Extensions.Options;

namespace GenScreen.Images.Pipeline;

/// <summary>
/// Decode → detect → decide for one image (<see cref="IImageScreener"/>): safe decoding with limits checked
/// before decoding, the NSFW classifier on every screened frame (max per class: a single explicit frame
/// decides an animation), then <see cref="ImageRules"/> with the correlated prompt's signals.
/// </summary>
public sealed class ImageScreener(NsfwClassifier classifier, PromptScreener prompts, IOptions<ImageScreeningOptions> options, IEnumerable<IImageDetector> detectors) : IImageScreener
{
    private readonly IImageDetector[] _detectors = [.. detectors];

    // An unknown ImageScreening:Policy is a configuration error: fail at start-up, not on the first image.
    private readonly ScreeningPolicy _configuredPolicy = ImagePolicyChoice.Resolve(prompts, null, options.Value.Policy, null).Policy;

    /// <summary>The operator's image policy (<c>ImageScreening:Policy</c>, else the screening default).</summary>
    public string ConfiguredPolicy => _configuredPolicy.Name;

    /// <summary>Without external detectors (CLI, benchmarks).</summary>
    public ImageScreener(NsfwClassifier classifier, PromptScreener prompts, IOptions<ImageScreeningOptions> options)
        : this(classifier, prompts, options, [])
    {
    }

    public async Task<ImageScreenResult> ScreenAsync(ImageScreenRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        // Decoding and inference are CPU-bound: run off the caller's thread, once.
        var (result, firstFrame) = await Task.Run(() => ScreenLocally(request, cancellationToken), cancellationToken).ConfigureAwait(false);
        if (_detectors.Length == 0 || firstFrame is null || result.Facts.Scores is null)
        {
            return result;
        }

        var png = DetectorImage.Encode(firstFrame);
        var external = await Task.WhenAll(_detectors.Select(d => d.AnalyzeAsync(png, cancellationToken))).ConfigureAwait(false);
        prompts.TryGetPolicy(result.Verdict.Policy, out var policy);
        var policyNote = result.Verdict.Reasons.FirstOrDefault(r => r.Code == ImagePolicyChoice.RequestIgnored);
        var verdict = WithNote(ImageRules.Decide(result.Facts.Scores, request.CorrelatedPrompt, policy, options.Value.Thresholds, result.Verdict.PolicyVersion, external, request.PromptUnavailable), policyNote);
        return result with { Verdict = verdict };
    }

    public ImageScreenResult Screen(ImageScreenRequest request, CancellationToken cancellationToken) => ScreenLocally(request, cancellationToken).Screened;

    private (ImageScreenResult Screened, DecodedFrame? FirstFrame) ScreenLocally(ImageScreenRequest request, CancellationToken cancellationToken)
    {
        var o = options.Value;
        var sha = Convert.ToHexStringLower(SHA256.HashData(request.Content.Span));
        var (policy, policyNote) = ImagePolicyChoice.Resolve(prompts, request.Policy, o.Policy, request.RequestedPolicy);
        var policyVersion = $"{prompts.PolicyVersion}+{classifier.ModelVersion}";

        var decodeStarted = Stopwatch.GetTimestamp();
        var decoded = SafeImageDecoder.Decode(request.Content, request.ContentType, request.Name, Limits(o), cancellationToken);
        var decodeMs = Stopwatch.GetElapsedTime(decodeStarted).TotalMilliseconds;
        if (!decoded.Succeeded)
        {
            var verdict = WithNote(ImageRules.Unscreened(decoded.FailureReason!, decoded.Message, policy.Name, policyVersion), policyNote);
            return (new ImageScreenResult(verdict, new ImageFacts(sha, request.Content.Length, decoded.Width, decoded.Height, FormatName(decoded), decoded.FrameCount, 0, decoded.DeclaredFormatMismatch, null, decodeMs, 0)), null);
        }

        var inferStarted = Stopwatch.GetTimestamp();
        var frames = decoded.Frames.Select(f => new NsfwImage(f.Rgb, f.Width, f.Height)).ToList();
        var scores = Max(classifier.Classify(frames));
        var inferMs = Stopwatch.GetElapsedTime(inferStarted).TotalMilliseconds;

        var decided = WithNote(ImageRules.Decide(scores, request.CorrelatedPrompt, policy, o.Thresholds, policyVersion, [], request.PromptUnavailable), policyNote);
        var facts = new ImageFacts(sha, request.Content.Length, decoded.Width, decoded.Height, FormatName(decoded), decoded.FrameCount, decoded.FramesScreened, decoded.DeclaredFormatMismatch, scores, decodeMs, inferMs);
        return (new ImageScreenResult(decided, facts), decoded.Frames[0]);
    }

    private static ImageVerdict WithNote(ImageVerdict verdict, VerdictReason? note) =>
        note is null ? verdict : verdict with { Reasons = [.. verdict.Reasons, note] };

    private static ImageDecodeLimits Limits(ImageScreeningOptions o) => new()
    {
        MaxBytes = o.MaxBytes,
        MaxPixels = o.MaxPixels,
        MaxFrames = o.MaxFrames,
        MaxDecodeTime = o.DecodeTimeout,
    };

    private static string? FormatName(ImageDecodeResult decoded) =>
        decoded.DetectedFormat.ToString().ToLowerInvariant() is "unknown" ? null : decoded.DetectedFormat.ToString().ToLowerInvariant();

    private static ImageClassScores Max(IReadOnlyList<NsfwScores> frames) => new(
        frames.Max(f => f.Drawing),
        frames.Max(f => f.Hentai),
        frames.Max(f => f.Neutral),
        frames.Max(f => f.Porn),
        frames.Max(f => f.Sexy),
        frames[0].ModelVersion);
}
