using GenScreen.Images.Decoding;
using GenScreen.Images.Faces;

namespace GenScreen.Images.Pipeline;

/// <summary>
/// Adds to what the face analyzer found, on the same frame, before the rules see it: the protected-people matcher sets
/// <see cref="GenScreen.Core.Images.Faces.FaceSignal.Match"/> on faces of enrolled people. Registered in DI; every
/// registered enricher runs, in registration order, on every analysed frame (<see cref="FaceStage"/>).
/// </summary>
public interface IFaceAnalysisEnricher
{
    FaceAnalysis Enrich(FaceAnalysis analysis, DecodedFrame frame);
}
