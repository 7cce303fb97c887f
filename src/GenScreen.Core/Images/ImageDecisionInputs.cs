using GenScreen.Core.Detectors;
using GenScreen.Core.Images.Faces;
using GenScreen.Core.Verdicts;

namespace GenScreen.Core.Images;

/// <summary>Every signal <see cref="ImageRules"/> decides an image on.</summary>
/// <param name="Scores">The NSFW classifier's probabilities (max over screened frames).</param>
public sealed record ImageDecisionInputs(ImageClassScores Scores)
{
    /// <summary>The verdict of the prompt that generated (or, for an init image, will transform) the image.</summary>
    public PromptVerdict? Prompt { get; init; }

    /// <summary>A prompt verdict was named but could not be read: fail closed to review.</summary>
    public bool PromptUnavailable { get; init; }

    /// <summary>External detectors' results (Azure AI Content Safety), merged per category before the rules run.</summary>
    public IReadOnlyList<DetectorResult> External { get; init; } = [];

    /// <summary>What the face models found; null when no face analysis is configured.</summary>
    public FaceFacts? Faces { get; init; }

    public ImagePurpose Purpose { get; init; }
}
