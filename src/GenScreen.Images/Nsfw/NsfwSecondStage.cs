using GenScreen.Core.Configuration;
using GenScreen.Core.Images;

namespace GenScreen.Images.Nsfw;

/// <summary>
/// The second NSFW stage: nsfwjs's InceptionV3 (299×299, about 19× MobileNetV2's work) on the frames the first stage
/// (MobileNetV2) flags, and only on those, so the common path costs what MobileNetV2 costs; how the stages combine
/// is <see cref="TwoStageRule"/> (docs/images.md, "Two stages"). One instance per process,
/// holding one ONNX Runtime session; <see cref="Disabled"/> when <c>ImageScreening:SecondStage</c> is off.
/// </summary>
public sealed class NsfwSecondStage : IDisposable
{
    public NsfwSecondStage(NsfwClassifier classifier)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        if (classifier.Kind.InputSize == NsfwModelSpec.MobileNetV2.InputSize && classifier.Kind.ModelName == NsfwModelSpec.MobileNetV2.ModelName)
        {
            throw new ArgumentException("The second stage must be another model than the first (MobileNetV2).", nameof(classifier));
        }

        Classifier = classifier;
    }

    private NsfwSecondStage()
    {
    }

    /// <summary>No second stage: the first stage's scores decide every frame, as before the second stage existed.</summary>
    public static NsfwSecondStage Disabled { get; } = new();

    /// <summary>The InceptionV3 classifier; null when disabled.</summary>
    public NsfwClassifier? Classifier { get; }

    public bool Enabled => Classifier is not null;

    /// <summary>Whether the first stage's scores for a frame send it to the second stage under thresholds <paramref name="t"/>.</summary>
    public static bool Flags(NsfwScores firstStage, ImageThresholds t)
    {
        ArgumentNullException.ThrowIfNull(firstStage);
        return TwoStageRule.Flags(firstStage.Porn, firstStage.Hentai, firstStage.Sexy, t);
    }

    public void Dispose() => Classifier?.Dispose();
}
