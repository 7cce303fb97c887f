using GenScreen.Core.Images.Faces;
using GenScreen.Images.Decoding;
using GenScreen.Images.Faces;

namespace GenScreen.Images.Pipeline;

/// <summary>
/// Face analysis as a stage of <see cref="ImageScreener"/>: on (the <see cref="FaceAnalyzer"/> of this process, when
/// <c>Faces:Enabled</c>) or off (no face models loaded, <see cref="ImageFacts.Faces"/> stays null). Faces are searched
/// on one frame per image, the worst one by the NSFW model (for a still image, the image), so the cost is one analysis
/// per image however many frames an animation has: the SSD detector on a 512×512 resize, then landmarks and age on
/// each face large enough to judge (docs/performance.md).
/// </summary>
public sealed class FaceStage
{
    private readonly FaceAnalyzer? _analyzer;

    public FaceStage(FaceAnalyzer analyzer)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        _analyzer = analyzer;
    }

    private FaceStage()
    {
    }

    /// <summary>No face analysis: verdicts are decided without faces and record none.</summary>
    public static FaceStage Off { get; } = new();

    public bool Enabled => _analyzer is not null;

    /// <summary>The faces of <paramref name="frame"/> as the rules and storage read them.</summary>
    public FaceFacts Analyze(DecodedFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        return _analyzer is null ? FaceFacts.NotSearched : _analyzer.Analyze(frame).ToFacts();
    }
}
