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
    private readonly IFaceAnalysisEnricher[] _enrichers = [];

    /// <param name="enrichers">Run on each analysis in order (e.g. protected-person matching).</param>
    public FaceStage(FaceAnalyzer analyzer, IEnumerable<IFaceAnalysisEnricher>? enrichers = null)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        _analyzer = analyzer;
        _enrichers = [.. enrichers ?? []];
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
        if (_analyzer is null)
        {
            return FaceFacts.NotSearched;
        }

        var analysis = _analyzer.Analyze(frame);
        foreach (var enricher in _enrichers)
        {
            analysis = enricher.Enrich(analysis, frame);
        }

        return analysis.ToFacts();
    }
}
