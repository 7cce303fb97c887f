using GenScreen.Core.Images;
using GenScreen.Images.Decoding;
using GenScreen.Images.Nsfw;

namespace GenScreen.Images.Pipeline;

/// <summary>
/// Classifies every frame as the decoder produces it (on the decode thread): the image's scores are the max per
/// class over all frames, so one explicit frame anywhere decides an animation. Keeps the worst frame (highest
/// explicit score, then Sexy; the first on a tie) for external detectors, which see one frame per image.
/// Inference time is measured on <paramref name="time"/>, the clock of the decode budget it is part of.
/// </summary>
internal sealed class FrameScorer(NsfwClassifier classifier, bool keepWorstFrame, TimeProvider time) : IFrameSink
{
    private float _drawing;
    private float _hentai;
    private float _neutral;
    private float _porn;
    private float _sexy;
    private (float Explicit, float Sexy) _worst = (-1, -1);
    private long _inferenceTicks;

    public int FramesScored { get; private set; }

    /// <summary>Index in the file of the worst frame; -1 before any frame.</summary>
    public int WorstFrameIndex { get; private set; } = -1;

    /// <summary>The worst frame's pixels; only when asked to keep it, and valid once decoding has ended.</summary>
    public DecodedFrame? WorstFrame { get; private set; }

    public TimeSpan InferenceTime => time.GetElapsedTime(0, _inferenceTicks);

    public bool Accept(DecodedFrame frame)
    {
        var started = time.GetTimestamp();
        var s = classifier.Classify(frame.Rgb.Span, frame.Width, frame.Height);
        _inferenceTicks += time.GetTimestamp() - started;
        FramesScored++;
        _drawing = Math.Max(_drawing, s.Drawing);
        _hentai = Math.Max(_hentai, s.Hentai);
        _neutral = Math.Max(_neutral, s.Neutral);
        _porn = Math.Max(_porn, s.Porn);
        _sexy = Math.Max(_sexy, s.Sexy);

        var key = (Math.Max(s.Porn, s.Hentai), s.Sexy);
        if (key.CompareTo(_worst) <= 0)
        {
            return false;
        }

        _worst = key;
        WorstFrameIndex = frame.Index;
        WorstFrame = keepWorstFrame ? frame : null;
        return keepWorstFrame;
    }

    public ImageClassScores Scores() => new(_drawing, _hentai, _neutral, _porn, _sexy, classifier.ModelVersion);
}
