using GenScreen.Images.Faces;

namespace GenScreen.Images.People;

/// <summary>
/// <see cref="IFaceLocator"/> on the face analyzer: every face large enough to judge (it has its 68 landmarks) with its
/// recognition crop. Faces too small to judge are not offered for recognition (their descriptors are unreliable).
/// </summary>
public sealed class FaceAnalyzerLocator(FaceAnalyzer analyzer) : IFaceLocator
{
    public IReadOnlyList<LocatedFace> Locate(ReadOnlyMemory<byte> rgb24, int width, int height) =>
        Recognizable(analyzer.Analyze(rgb24, width, height), width, height).Select(f => f.Located).ToList();

    /// <summary>The analyzed faces that carry 68 landmarks, with their recognition crops, in the analysis's order.</summary>
    public static IEnumerable<(int Index, LocatedFace Located)> Recognizable(FaceAnalysis analysis, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        for (var i = 0; i < analysis.Faces.Count; i++)
        {
            var face = analysis.Faces[i];
            if (face.Landmarks.Count != FaceRecognitionCrop.LandmarkCount)
            {
                continue;
            }

            var points = face.Landmarks.Select(p => (p.X, p.Y)).ToArray();
            yield return (i, new LocatedFace(face.Signal.Box, face.Signal.DetectorConfidence, FaceRecognitionCrop.FromLandmarks68(points, width, height)));
        }
    }
}
