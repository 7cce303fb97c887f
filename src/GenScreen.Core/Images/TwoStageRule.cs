using GenScreen.Core.Configuration;
using GenScreen.Core.Policies;
using GenScreen.Core.Verdicts;

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

    /// <summary>
    /// Whether the classifier's scores can change this image's decision given every other signal in
    /// <paramref name="inputs"/> (its scores are ignored): the second stage then runs where it decides, and only there
    /// (docs/images.md, "Where the second stage decides"). Decided by probing: the rules read the scores only through
    /// the Sexual severity (0, 2, 4, 6, by <paramref name="t"/>) and whether the image looks drawn (by
    /// <paramref name="faceRules"/>), so one probe per severity, drawn or not, meets every branch. If all probes get one
    /// decision, no score can give another (e.g. <c>mature</c> without prompt, face or operator signals, or a blocked
    /// prompt under any policy). Operator class thresholds read any class score: then the scores always can.
    /// </summary>
    public static bool ScoresCanChangeDecision(ImageDecisionInputs inputs, ScreeningPolicy policy, ImageThresholds t, FaceRuleOptions faceRules)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(t);
        if (t.BlockClassesAt.Count > 0 || t.ReviewClassesAt.Count > 0)
        {
            return true;
        }

        Decision? seen = null;
        foreach (var probe in Probes(t, faceRules))
        {
            var decision = ImageRules.Decide(inputs with { Scores = probe }, policy, t, faceRules, "probe").Decision;
            if (seen is { } first && first != decision)
            {
                return true;
            }

            seen = decision;
        }

        return false;
    }

    /// <summary>Scores at each Sexual severity's lower bound (explicit and suggestive), drawn and not.</summary>
    private static IEnumerable<ImageClassScores> Probes(ImageThresholds t, FaceRuleOptions faceRules)
    {
        foreach (var drawing in (double[])[0.0, faceRules.DrawnAt])
        {
            foreach (var explicitScore in (double[])[0.0, t.ExplicitLow, t.ExplicitMedium, t.ExplicitHigh])
            {
                foreach (var sexy in (double[])[0.0, t.SuggestiveAt])
                {
                    yield return new ImageClassScores(drawing, 0.0, 0.0, explicitScore, sexy, "probe");
                }
            }
        }
    }
}
