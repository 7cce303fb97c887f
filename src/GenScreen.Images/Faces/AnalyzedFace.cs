using GenScreen.Core.Images.Faces;

namespace GenScreen.Images.Faces;

/// <summary>
/// One face as the analyzer saw it: the Core <see cref="Signal"/> (what rules and storage use) plus the geometry
/// behind it, for diagnostics, parity tests and the recognition net.
/// </summary>
public sealed record AnalyzedFace(
    FaceSignal Signal,
    FaceRect Detection,
    FaceRect? AlignedRect,
    IReadOnlyList<FacePoint> Landmarks,
    AlignedFace? Aligned);
