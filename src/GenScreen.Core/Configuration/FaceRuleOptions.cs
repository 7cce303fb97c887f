using System.ComponentModel.DataAnnotations;

namespace GenScreen.Core.Configuration;

/// <summary>
/// Configuration section <c>ImageScreening:Faces</c>: how the face models' signals are read by the rules
/// (docs/images.md#faces-and-apparent-age). Apparent age is a model's estimate from the pixels, calibrated on photographs
/// of adults; these thresholds are screening bands, never a claim about anyone's real age. A band rather than one
/// cut-off because youthful adults read 16–19 and a single "18" misfires both ways. Which faces are too small to judge
/// is the analyzer's one setting (<c>Faces:MinFaceSize</c>): such faces carry no apparent age and no age rule applies.
/// </summary>
public sealed class FaceRuleOptions : IValidatableObject
{
    /// <summary>Apparent age (years) under which a face is a <em>possible minor</em>: with nudity (Sexual ≥ 4) blocked, with suggestive content (2) reviewed.</summary>
    [Range(1.0, 100.0)]
    public double PossibleMinorUnder { get; set; } = 21;

    /// <summary>Apparent age (years) under which a face is a <em>likely minor</em>: with any sexual or suggestive signal (image or prompt, ≥ 2) blocked.</summary>
    [Range(1.0, 100.0)]
    public double LikelyMinorUnder { get; set; } = 16;

    /// <summary>
    /// max(Drawing, Hentai) at or above which an image counts as drawn, not a photograph: the face models (trained on
    /// photographs) say nothing reliable about drawn faces, the verdict says so when none was found, and an init image
    /// that is drawn is not treated as a photo of a real person.
    /// </summary>
    [Range(0.0, 1.0)]
    public double DrawnAt { get; set; } = 0.5;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (LikelyMinorUnder > PossibleMinorUnder)
        {
            yield return new ValidationResult(
                $"ImageScreening:Faces:LikelyMinorUnder ({LikelyMinorUnder}) must not exceed PossibleMinorUnder ({PossibleMinorUnder}): a likely minor is also a possible one.",
                [nameof(LikelyMinorUnder), nameof(PossibleMinorUnder)]);
        }
    }
}
