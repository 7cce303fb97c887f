using GenScreen.Core.Images.Faces;

namespace GenScreen.Images.Faces;

/// <summary>The faces found in one frame, highest detector score first, and the version of the three models.</summary>
public sealed record FaceAnalysis(IReadOnlyList<AnalyzedFace> Faces, string ModelVersion)
{
    /// <summary>The Core contract: searched, one <see cref="FaceSignal"/> per face.</summary>
    public FaceFacts ToFacts() => new(true, [.. Faces.Select(f => f.Signal)], ModelVersion);
}
