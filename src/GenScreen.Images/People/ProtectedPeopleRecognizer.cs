using GenScreen.Core.Images.Faces;
using GenScreen.Images.Decoding;
using GenScreen.Images.Faces;
using GenScreen.Images.Pipeline;

namespace GenScreen.Images.People;

/// <summary>
/// The per-image service the pipeline calls after face analysis: computes each recognizable face's descriptor and fills
/// <see cref="FaceSignal.Match"/> when it is an enrolled protected person. With nobody enrolled it does nothing (no
/// descriptor is computed, so the image path pays nothing for the feature until it is used).
/// </summary>
public sealed class ProtectedPeopleRecognizer(FaceEmbedder embedder, ProtectedPersonMatcher matcher) : IFaceAnalysisEnricher
{
    /// <summary>The analysis with <see cref="FaceSignal.Match"/> set on every face that matches an enrolled person.</summary>
    public FaceAnalysis AddMatches(FaceAnalysis analysis, ReadOnlySpan<byte> rgb24, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        if (matcher.DescriptorCount == 0)
        {
            return analysis;
        }

        var faces = analysis.Faces.ToArray();
        var changed = false;
        foreach (var (index, located) in FaceAnalyzerLocator.Recognizable(analysis, width, height))
        {
            if (MatchFace(rgb24, width, height, located.RecognitionCrop) is { } match)
            {
                faces[index] = faces[index] with { Signal = faces[index].Signal with { Match = match } };
                changed = true;
            }
        }

        return changed ? analysis with { Faces = faces } : analysis;
    }

    /// <summary>The same for a decoded frame: the shape of the pipeline's face-analysis enricher hook (faces-rules' IFaceAnalysisEnricher.Enrich).</summary>
    public FaceAnalysis Enrich(FaceAnalysis analysis, DecodedFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        return AddMatches(analysis, frame.Rgb.Span, frame.Width, frame.Height);
    }

    /// <summary>The enrolled person whose descriptor is within the threshold of this face's, or null.</summary>
    public ProtectedPersonMatch? MatchFace(ReadOnlySpan<byte> rgb24, int width, int height, FaceBox recognitionCrop) =>
        matcher.Match(embedder.Embed(rgb24, width, height, recognitionCrop));
}
