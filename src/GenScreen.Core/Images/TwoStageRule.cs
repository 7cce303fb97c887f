using GenScreen.Core.Configuration;

namespace GenScreen.Core.Images;

/// <summary>
/// How the two NSFW stages combine, per frame (docs/images.md, "Two stages"). The first stage (MobileNetV2, every
/// frame) flags a frame when its sexual severity is at least <see cref="ImageThresholds.SecondStageAtSeverity"/>
/// (default 4: what <c>strict</c> would block). A flagged frame is classified again by the second stage (InceptionV3, the stronger model), and
/// the second stage's scores stand for that frame: a frame both stages score explicit stays explicit (blocked as
/// before), a first-stage-only hit is cleared, and a frame the second stage scores worse than the first counts worse.
/// A frame the first stage does not flag keeps its first-stage scores (severity 0: nothing to decide).
/// </summary>
public static class TwoStageRule
{
    /// <summary>Whether first-stage scores send the frame to the second stage under thresholds <paramref name="t"/>.</summary>
    public static bool Flags(double porn, double hentai, double sexy, ImageThresholds t)
    {
        ArgumentNullException.ThrowIfNull(t);
        return ImageRules.SexualSeverity(Math.Max(porn, hentai), sexy, t) >= t.SecondStageAtSeverity;
    }

    /// <summary>The scores that decide one frame: the second stage's when it ran (the frame was flagged), else the first's.</summary>
    public static ImageClassScores Decide(ImageClassScores firstStage, ImageClassScores? secondStage)
    {
        ArgumentNullException.ThrowIfNull(firstStage);
        return secondStage ?? firstStage;
    }
}
