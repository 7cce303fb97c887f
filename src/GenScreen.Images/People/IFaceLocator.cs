namespace GenScreen.Images.People;

/// <summary>
/// Finds faces for recognition: the face analyzer (detector + 68 landmarks) implements it. For each face it returns
/// the detector box and the recognition crop (<see cref="FaceRecognitionCrop.FromLandmarks68"/>).
/// </summary>
public interface IFaceLocator
{
    IReadOnlyList<LocatedFace> Locate(ReadOnlyMemory<byte> rgb24, int width, int height);
}
