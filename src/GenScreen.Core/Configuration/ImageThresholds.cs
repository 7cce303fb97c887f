using System.ComponentModel.DataAnnotations;

namespace GenScreen.Core.Configuration;

/// <summary>
/// From classifier probabilities to severities (docs/images.md). Explicit = max(Porn, Hentai).
/// Sexual 6 when explicit ≥ <see cref="ExplicitHigh"/>, 4 when ≥ <see cref="ExplicitMedium"/>, 2 when
/// explicit ≥ <see cref="ExplicitLow"/> or Sexy ≥ <see cref="SuggestiveAt"/>. Per-class thresholds add
/// operator rules (e.g. review every image that is mostly Drawing on a photo-only service).
/// </summary>
public sealed class ImageThresholds
{
    [Range(0.0, 1.0)]
    public double ExplicitHigh { get; set; } = 0.70;

    [Range(0.0, 1.0)]
    public double ExplicitMedium { get; set; } = 0.40;

    [Range(0.0, 1.0)]
    public double ExplicitLow { get; set; } = 0.20;

    [Range(0.0, 1.0)]
    public double SuggestiveAt { get; set; } = 0.60;

    /// <summary>
    /// Sexual severity (by the first stage, MobileNetV2) at which a frame goes to the second stage (InceptionV3), whose
    /// scores then decide it. 4 (default): every frame <c>strict</c> would block; 2 also re-examines suggestive frames
    /// (more second-stage runs); 6 only the most explicit ones.
    /// </summary>
    [Range(1, 6)]
    public int SecondStageAtSeverity { get; set; } = 4;

    /// <summary>Class name → probability at or above which the image is blocked.</summary>
    public Dictionary<string, double> BlockClassesAt { get; set; } = [];

    /// <summary>Class name → probability at or above which the image is reviewed.</summary>
    public Dictionary<string, double> ReviewClassesAt { get; set; } = [];
}
