using System.Security.Cryptography;
using GenScreen.Core.Configuration;
using GenScreen.Core.Detectors;
using GenScreen.Core.HashBanks;
using GenScreen.Core.Images;
using GenScreen.Core.Images.Faces;
using GenScreen.Core.Policies;
using GenScreen.Core.Prompts;
using GenScreen.Core.Telemetry;
using GenScreen.Core.Verdicts;
using GenScreen.Images.Decoding;
using GenScreen.Images.Hashing;
using GenScreen.Images.Nsfw;
using Microsoft.Extensions.Options;

namespace GenScreen.Images.Pipeline;

/// <summary>
/// Decode → detect → decide for one image (<see cref="IImageScreener"/>): safe decoding with limits checked
/// before decoding, the NSFW classifier on every frame as it is decoded (max per class: a single explicit frame
/// decides an animation; frames the first stage flags go on to the second stage, <see cref="NsfwSecondStage"/>), faces (apparent
/// age, protected-person matches) and external detectors on the worst frame, then <see cref="ImageRules"/> with the correlated
/// prompt's signals, and last the hash banks. Faces are searched on the worst frame rather than every frame: it is the frame whose
/// Sexual severity the rules combine with the faces, and the cost stays one face analysis per image (limit: a face only on
/// other frames of an animation is not seen). Admission goes through <see cref="ImageScreeningGate"/>, so memory stays bounded whatever
/// the callers' concurrency. The decode budget (which covers classifying the frames) and the decode and inference
/// times in <see cref="ImageFacts"/> are measured on the screener's <see cref="TimeProvider"/>.
/// </summary>
public sealed class ImageScreener : IImageScreener
{
    private readonly NsfwClassifier _classifier;
    private readonly NsfwSecondStage _secondStage;
    private readonly PromptScreener _prompts;
    private readonly IOptions<ImageScreeningOptions> _options;
    private readonly IImageDetector[] _detectors;
    private readonly ImageScreeningGate _gate;
    private readonly TimeProvider _time;
    private readonly IHashBankSource? _banks;
    private readonly FaceStage _faces;

    // An unknown ImageScreening:Policy is a configuration error: fail at start-up, not on the first image.
    private readonly ScreeningPolicy _configuredPolicy;

    /// <param name="faces">Face analysis on the worst frame (<see cref="FaceStage.Off"/>: none).</param>
    /// <param name="banks">Known-image banks (PDQ); null or disabled: images are not hashed.</param>
    public ImageScreener(NsfwClassifier classifier, NsfwSecondStage secondStage, PromptScreener prompts, IOptions<ImageScreeningOptions> options, IEnumerable<IImageDetector> detectors, ImageScreeningGate gate, TimeProvider time, FaceStage faces, IHashBankSource? banks = null)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(secondStage);
        ArgumentNullException.ThrowIfNull(faces);
        _faces = faces;
        _classifier = classifier;
        _secondStage = secondStage;
        _prompts = prompts;
        _options = options;
        _detectors = [.. detectors];
        _gate = gate;
        _time = time;
        _banks = banks is { Options.Enabled: true } ? banks : null;
        _configuredPolicy = ImagePolicyChoice.Resolve(prompts, null, options.Value.Policy, null).Policy;
    }

    /// <summary>One stage only (MobileNetV2 decides every frame): tests of the pipeline that do not need the second model.</summary>
    public ImageScreener(NsfwClassifier classifier, PromptScreener prompts, IOptions<ImageScreeningOptions> options, IEnumerable<IImageDetector> detectors, ImageScreeningGate gate, TimeProvider time)
        : this(classifier, NsfwSecondStage.Disabled, prompts, options, detectors, gate, time, FaceStage.Off)
    {
    }

    /// <summary>Without external detectors (CLI, benchmarks), with a gate of its own sized from memory, on the system clock.</summary>
    public ImageScreener(NsfwClassifier classifier, NsfwSecondStage secondStage, PromptScreener prompts, IOptions<ImageScreeningOptions> options)
        : this(classifier, secondStage, prompts, options, [], new ImageScreeningGate(options, []), TimeProvider.System, FaceStage.Off)
    {
    }

    /// <summary>One stage, without external detectors, with a gate of its own, on the system clock.</summary>
    public ImageScreener(NsfwClassifier classifier, PromptScreener prompts, IOptions<ImageScreeningOptions> options)
        : this(classifier, NsfwSecondStage.Disabled, prompts, options)
    {
    }

    /// <summary>One stage, with face analysis (pipeline tests of the face rules).</summary>
    public ImageScreener(NsfwClassifier classifier, PromptScreener prompts, IOptions<ImageScreeningOptions> options, IEnumerable<IImageDetector> detectors, ImageScreeningGate gate, TimeProvider time, FaceStage faces)
        : this(classifier, NsfwSecondStage.Disabled, prompts, options, detectors, gate, time, faces)
    {
    }

    /// <summary>Both stages and faces, without external detectors, with a gate of its own, on the system clock (the CLI).</summary>
    public ImageScreener(NsfwClassifier classifier, NsfwSecondStage secondStage, PromptScreener prompts, IOptions<ImageScreeningOptions> options, FaceStage faces, IHashBankSource? banks = null)
        : this(classifier, secondStage, prompts, options, [], new ImageScreeningGate(options, [], faces), TimeProvider.System, faces, banks)
    {
    }

    /// <summary>The operator's image policy (<c>ImageScreening:Policy</c>, else the screening default).</summary>
    public string ConfiguredPolicy => _configuredPolicy.Name;

    public async Task<ImageScreenResult> ScreenAsync(ImageScreenRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var permit = await _gate.EnterAsync(cancellationToken).ConfigureAwait(false);
        // Decoding and inference are CPU-bound: run off the caller's thread, once.
        var (result, worstFrame, matches) = await Task.Run(() => ScreenLocally(request, permit, cancellationToken), cancellationToken).ConfigureAwait(false);
        if (_detectors.Length == 0 || worstFrame is null || result.Facts.Scores is null)
        {
            return Counted(WithCropEntries(result, worstFrame));
        }

        // Re-encoded while the slot is held (it is the last big allocation); the network calls need no slot.
        var png = DetectorImage.Encode(worstFrame);
        permit.Dispose();
        var external = await Task.WhenAll(_detectors.Select(d => d.AnalyzeAsync(png, cancellationToken))).ConfigureAwait(false);
        _prompts.TryGetPolicy(result.Verdict.Policy, out var policy);
        var policyNote = result.Verdict.Reasons.FirstOrDefault(r => r.Code == ImagePolicyChoice.RequestIgnored);
        var notSent = result.Verdict.Reasons.FirstOrDefault(r => r.Code == ImageRules.SecondStageNotRun);
        var verdict = ApplyBanks(WithNote(WithNote(Decide(request, result.Facts, policy, result.Verdict.PolicyVersion, external), notSent), policyNote), matches);
        return Counted(WithCropEntries(result with { Verdict = verdict }, worstFrame));
    }

    /// <summary>Synchronous, without external detectors (the CLI).</summary>
    public ImageScreenResult Screen(ImageScreenRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var permit = _gate.Enter(cancellationToken);
        var (screened, worstFrame, _) = ScreenLocally(request, permit, cancellationToken);
        return Counted(WithCropEntries(screened, worstFrame));
    }

    /// <summary>The tag value for image stages and items on the GenScreen meter.</summary>
    private const string Kind = "image";

    /// <summary>Counts the final decision (after external detectors and banks) on the GenScreen meter.</summary>
    private static ImageScreenResult Counted(ImageScreenResult result)
    {
        GenScreenMetrics.RecordScreened(Kind, result.Verdict.Decision, result.Verdict.Categories);
        return result;
    }

    /// <param name="secondStageOnEveryFlaggedFrame">
    /// The second pass of <see cref="SecondStageDeferred"/>: the faces found made the scores matter, so the image is screened
    /// again with the second stage on every frame the first stage flags, exactly as if it had never been deferred.
    /// </param>
    private (ImageScreenResult Screened, DecodedFrame? WorstFrame, HashBankMatches Matches) ScreenLocally(ImageScreenRequest request, ScreeningPermit permit, CancellationToken cancellationToken, bool secondStageOnEveryFlaggedFrame = false)
    {
        var o = _options.Value;
        var sha = Convert.ToHexStringLower(SHA256.HashData(request.Content.Span));
        var (policy, policyNote) = ImagePolicyChoice.Resolve(_prompts, request.Policy, o.Policy, request.RequestedPolicy);
        var policyVersion = _secondStage.Classifier is { } second
            ? $"{_prompts.PolicyVersion}+{_classifier.ModelVersion}+{second.ModelVersion}"
            : $"{_prompts.PolicyVersion}+{_classifier.ModelVersion}";

        var started = _time.GetTimestamp();
        // The second stage runs only where its scores can change the decision (docs/images.md, "Where the second stage
        // decides"). Faces are not known yet: when they are analysed, what they find is checked once they are (below).
        var secondStageDecides = _secondStage.Enabled
            && (secondStageOnEveryFlaggedFrame || TwoStageRule.ScoresCanChangeDecision(SignalsBesideScores(request, faces: null), policy, o.Thresholds, o.Faces));
        var scorer = new FrameScorer(_classifier, _secondStage, secondStageDecides, o.Thresholds, keepWorstFrame: _detectors.Length > 0 || _faces.Enabled || CropEntriesOn, _time);
        // Every frame is hashed from the pixels the classifier reads (no second decode) when banks are configured.
        var hashing = _banks is null ? null : new HashingFrameSink(scorer, _time);
        // The slot stays taken until the decode thread has really ended, even if it outlives this call (timeout).
        // The budget runs on the screener's clock and includes the scorer's classification of every frame.
        var decoded = SafeImageDecoder.Decode(request.Content.Span, request.ContentType, request.Name, Limits(o), (IFrameSink?)hashing ?? scorer, _time, cancellationToken, permit.Hold());
        var inferMs = scorer.InferenceTime.TotalMilliseconds;
        var decodeMs = _time.GetElapsedTime(started).TotalMilliseconds - inferMs;
        var hashMs = hashing?.Elapsed.TotalMilliseconds ?? 0;
        GenScreenMetrics.RecordStage(GenScreenMetrics.Stages.Decode, decodeMs - hashMs, Kind);
        GenScreenMetrics.RecordStage(GenScreenMetrics.Stages.Nsfw, inferMs, Kind);
        if (!decoded.Succeeded)
        {
            // Fail closed (the verdict blocks), and count it: a rise in unscreenable images is worth an alert.
            GenScreenMetrics.RecordFailure(GenScreenMetrics.Stages.Decode, decoded.FailureReason);
            var verdict = WithNote(ImageRules.Unscreened(decoded.FailureReason, decoded.Message, policy.Name, policyVersion), policyNote);
            return (new ImageScreenResult(verdict, new ImageFacts(sha, request.Content.Length, decoded.Width, decoded.Height, FormatName(decoded), decoded.FrameCount, 0, decoded.DeclaredFormatMismatch, null, decodeMs, 0)), null, HashBankMatches.None);
        }

        var scores = scorer.Scores();
        var matchStarted = _time.GetTimestamp();
        var matches = hashing is null ? HashBankMatches.None : _banks!.Current.Match(hashing.Hashes, _banks.Options.MinQuality);
        if (hashing is not null)
        {
            GenScreenMetrics.RecordStage(GenScreenMetrics.Stages.Hashing, hashMs + _time.GetElapsedTime(matchStarted).TotalMilliseconds, Kind);
        }

        // Faces on the worst frame only: the frame that decides the Sexual severity, one analysis per image (class remarks).
        FaceFacts? faces = null;
        if (_faces.Enabled && scorer.WorstFrame is { } worst)
        {
            var faceStarted = _time.GetTimestamp();
            faces = _faces.Analyze(worst);
            var facesMs = _time.GetElapsedTime(faceStarted).TotalMilliseconds;
            inferMs += facesMs;
            GenScreenMetrics.RecordStage(GenScreenMetrics.Stages.Faces, facesMs, Kind);
        }

        if (SecondStageDeferred(scorer, faces, request, policy, o))
        {
            return ScreenLocally(request, permit, cancellationToken, secondStageOnEveryFlaggedFrame: true);
        }

        var facts = new ImageFacts(sha, request.Content.Length, decoded.Width, decoded.Height, FormatName(decoded), decoded.FrameCount, decoded.FramesScreened, decoded.DeclaredFormatMismatch, scores, decodeMs, inferMs, faces)
        {
            Pdq = hashing?.Recorded(scorer.WorstFrameIndex),
        };
        var notSent = SecondStageNotRun(scorer.FlaggedNotSent, policy.Name);
        var decided = ApplyBanks(WithNote(WithNote(Decide(request, facts, policy, policyVersion, []), notSent), policyNote), matches);
        return (new ImageScreenResult(decided, facts), scorer.WorstFrame, matches);
    }

    /// <summary>
    /// Whether flagged frames were left to the first stage while the faces found make the scores matter (a likely or
    /// possible minor, a protected-person match, an init image with a face): then the image must be screened again with
    /// the second stage. Most images with flagged frames under <c>mature</c> have no such face, and are not.
    /// </summary>
    private static bool SecondStageDeferred(FrameScorer scorer, FaceFacts? faces, ImageScreenRequest request, ScreeningPolicy policy, ImageScreeningOptions o) =>
        scorer.FlaggedNotSent > 0 && faces is { Searched: true }
        && TwoStageRule.ScoresCanChangeDecision(SignalsBesideScores(request, faces), policy, o.Thresholds, o.Faces);

    /// <summary>Every signal the rules read besides the classifier's scores (a placeholder the probes replace).</summary>
    private static ImageDecisionInputs SignalsBesideScores(ImageScreenRequest request, FaceFacts? faces) =>
        new(new ImageClassScores(0, 0, 0, 0, 0, "probe"))
        {
            Prompt = request.CorrelatedPrompt,
            PromptUnavailable = request.PromptUnavailable,
            Faces = faces,
            Purpose = request.Purpose,
        };

    private bool CropEntriesOn => _banks?.Options is { BankQuarantinedBlocks: true, BankCropEntries: true };

    /// <summary>
    /// An image blocked by the rules (not by a bank match, which is already covered) may be quarantined and banked:
    /// its worst frame's canonical crops are hashed now, while the frame is at hand, so the banker can store them.
    /// Only blocked images pay for it (27 more PDQs of the frame).
    /// </summary>
    private ImageScreenResult WithCropEntries(ImageScreenResult result, DecodedFrame? worstFrame)
    {
        if (!CropEntriesOn || worstFrame is null || result.Verdict.Decision != Decision.Block || result.Facts.Pdq is not { } pdq
            || pdq.Quality < _banks!.Options.MinQuality || pdq.Frame != worstFrame.Index || result.Verdict.Reasons.Any(r => r.Code == HashBankRules.Match))
        {
            return result;
        }

        var crops = PdqCrops.Hashes(worstFrame.Rgb.Span, worstFrame.Width, worstFrame.Height, _banks.Options.MinQuality);
        return result with { Facts = result.Facts with { Pdq = pdq with { Crops = crops } } };
    }

    /// <summary>Bank matches decide last: a block-bank match blocks whatever the other rules said (<see cref="HashBankRules"/>).</summary>
    private ImageVerdict ApplyBanks(ImageVerdict verdict, HashBankMatches matches) =>
        _banks is null ? verdict : HashBankRules.Apply(verdict, matches, _banks.Options);

    private ImageVerdict Decide(ImageScreenRequest request, ImageFacts facts, ScreeningPolicy policy, string policyVersion, IReadOnlyList<DetectorResult> external)
    {
        var inputs = new ImageDecisionInputs(facts.Scores!)
        {
            Prompt = request.CorrelatedPrompt,
            PromptUnavailable = request.PromptUnavailable,
            External = external,
            Faces = facts.Faces,
            Purpose = request.Purpose,
        };
        return ImageRules.Decide(inputs, policy, _options.Value.Thresholds, _options.Value.Faces, policyVersion);
    }

    /// <summary>Evidence that flagged frames kept their first-stage scores: the Sexual severity recorded is the first stage's.</summary>
    private static VerdictReason? SecondStageNotRun(int flaggedNotSent, string policy) =>
        flaggedNotSent == 0 ? null : new VerdictReason(ImageRules.SecondStageNotRun,
            $"The first stage flagged {flaggedNotSent} frame(s); the second stage was not run because its scores could not change the decision under {policy} with this prompt: the Sexual severity recorded is the first stage's.");

    private static ImageVerdict WithNote(ImageVerdict verdict, VerdictReason? note) =>
        note is null ? verdict : verdict with { Reasons = [.. verdict.Reasons, note] };

    private ImageDecodeLimits Limits(ImageScreeningOptions o) => new()
    {
        MaxBytes = o.MaxBytes,
        MaxPixels = o.MaxPixels,
        MaxFrames = o.MaxFrames,
        MaxTotalPixels = o.MaxTotalPixels,
        MaxDecodeTime = o.DecodeTimeout,
        MaxAbandonedDecodes = _gate.MaxAbandonedDecodes,
    };

    private static string? FormatName(ImageDecodeResult decoded) =>
        decoded.DetectedFormat.ToString().ToLowerInvariant() is "unknown" ? null : decoded.DetectedFormat.ToString().ToLowerInvariant();
}
