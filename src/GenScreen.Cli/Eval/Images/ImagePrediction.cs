using GenScreen.Core.Configuration;
using GenScreen.Core.Images;
using GenScreen.Core.Images.Faces;

namespace GenScreen.Cli.Eval.Images;

/// <summary>
/// The class the screener's signals point to, for per-class precision and recall, in this order: a face matching an
/// enrolled person → protected-person; a face in the possible-minor band (apparent age under
/// <see cref="FaceRuleOptions.PossibleMinorUnder"/>) → minor; Sexual severity ≥ 4 → explicit; a face judged adult →
/// adult; otherwise (no face, or only faces too small to judge) → benign. An image that could not be screened is
/// predicted explicit: it is blocked like one.
/// </summary>
internal static class ImagePrediction
{
    public static ImageLabel Of(ImageFacts facts, ImageScreeningOptions options)
    {
        if (facts.Scores is not { } scores)
        {
            return ImageLabel.Explicit;
        }

        var faces = facts.Faces?.Faces ?? [];
        if (faces.Any(f => f.Match is not null))
        {
            return ImageLabel.ProtectedPerson;
        }

        var bands = faces.Select(f => FaceAgeBands.Of(f, options.Faces)).ToList();
        if (bands.Any(b => b is FaceAgeBand.PossibleMinor or FaceAgeBand.LikelyMinor))
        {
            return ImageLabel.Minor;
        }

        if (ImageRules.SexualSeverity(scores, options.Thresholds) >= 4)
        {
            return ImageLabel.Explicit;
        }

        return bands.Contains(FaceAgeBand.Adult) ? ImageLabel.Adult : ImageLabel.Benign;
    }
}
