using GenScreen.Core.Configuration;
using GenScreen.Core.Images;
using GenScreen.Images.Decoding;
using GenScreen.Images.Nsfw;

namespace GenScreen.Images.Pipeline;

/// <summary>
/// Classifies every frame as the decoder produces it (on the decode thread): the image's scores are the max per
/// class over all frames, so one explicit frame anywhere decides an animation. A frame the first stage flags
/// (<see cref="TwoStageRule"/>) is classified again by the second stage, whose scores then stand for that
/// frame; the first stage's own maxima are kept as evidence. Keeps the worst frame (highest explicit score, then
/// Sexy; the first on a tie) for external detectors, which see one frame per image.
/// Inference time (both stages) is measured on <paramref name="time"/>, the clock of the decode budget it is part of.
/// With <paramref name="secondStageDecides"/> false (<see cref="TwoStageRule.ScoresCanChangeDecision"/>: no score could
/// change this image's decision) flagged frames keep their first-stage scores and are only counted.
/// </summary>
internal sealed class FrameScorer(NsfwClassifier classifier, NsfwSecondStage secondStage, bool secondStageDecides, ImageThresholds thresholds, bool keepWorstFrame, TimeProvider time) : IFrameSink
{
    private readonly ClassMaxima _deciding = new();
    private readonly ClassMaxima _firstStage = new();
    private (float Explicit, float Sexy) _worst = (-1, -1);
    private long _inferenceTicks;

    public int FramesScored { get; private set; }

    /// <summary>Frames the first stage flagged and the second stage classified.</summary>
    public int SecondStageFrames { get; private set; }

    /// <summary>Frames the first stage flagged that the second stage did not classify because it could not change the decision.</summary>
    public int FlaggedNotSent { get; private set; }

    /// <summary>Index in the file of the worst frame; -1 before any frame.</summary>
    public int WorstFrameIndex { get; private set; } = -1;

    /// <summary>The worst frame's pixels; only when asked to keep it, and valid once decoding has ended.</summary>
    public DecodedFrame? WorstFrame { get; private set; }

    public TimeSpan InferenceTime => time.GetElapsedTime(0, _inferenceTicks);

    public bool Accept(DecodedFrame frame)
    {
        var started = time.GetTimestamp();
        var first = ToScores(classifier.Classify(frame.Rgb.Span, frame.Width, frame.Height));
        ImageClassScores? secondScores = null;
        if (secondStage.Classifier is { } second && TwoStageRule.Flags(first.Porn, first.Hentai, first.Sexy, thresholds))
        {
            if (secondStageDecides)
            {
                secondScores = ToScores(second.Classify(frame.Rgb.Span, frame.Width, frame.Height));
                SecondStageFrames++;
            }
            else
            {
                FlaggedNotSent++;
            }
        }

        _inferenceTicks += time.GetTimestamp() - started;
        FramesScored++;
        _firstStage.Add(first);
        var s = TwoStageRule.Decide(first, secondScores);
        _deciding.Add(s);

        var key = ((float)Math.Max(s.Porn, s.Hentai), (float)s.Sexy);
        if (key.CompareTo(_worst) <= 0)
        {
            return false;
        }

        _worst = key;
        WorstFrameIndex = frame.Index;
        WorstFrame = keepWorstFrame ? frame : null;
        return keepWorstFrame;
    }

    public ImageClassScores Scores()
    {
        if (SecondStageFrames == 0)
        {
            return _deciding.ToScores(classifier.ModelVersion);
        }

        return _deciding.ToScores($"{classifier.ModelVersion}>{secondStage.Classifier!.ModelVersion}") with
        {
            FirstStage = _firstStage.ToScores(classifier.ModelVersion),
            SecondStageFrames = SecondStageFrames,
        };
    }

    private static ImageClassScores ToScores(NsfwScores s) => new(s.Drawing, s.Hentai, s.Neutral, s.Porn, s.Sexy, s.ModelVersion);

    private sealed class ClassMaxima
    {
        private double _drawing;
        private double _hentai;
        private double _neutral;
        private double _porn;
        private double _sexy;

        public void Add(ImageClassScores s)
        {
            _drawing = Math.Max(_drawing, s.Drawing);
            _hentai = Math.Max(_hentai, s.Hentai);
            _neutral = Math.Max(_neutral, s.Neutral);
            _porn = Math.Max(_porn, s.Porn);
            _sexy = Math.Max(_sexy, s.Sexy);
        }

        public ImageClassScores ToScores(string modelVersion) => new(_drawing, _hentai, _neutral, _porn, _sexy, modelVersion);
    }
}
