using GenScreen.Images.Models;

namespace GenScreen.Images.Faces;

/// <summary>
/// The three face model files, located and hash-checked (<see cref="FaceModelInfo"/>, MODEL.md): the detector of
/// <see cref="DetectorKind"/>, the landmark net and ageGenderNet.
/// </summary>
public sealed record FaceModelFiles(ModelFile Detector, ModelFile Landmarks, ModelFile Age, FaceDetectorKind DetectorKind = FaceDetectorKind.Ssd)
{
    /// <summary>Checks the three files; a missing one is a <see cref="FileNotFoundException"/>, an altered one a <see cref="ModelIntegrityException"/>.</summary>
    public static FaceModelFiles Locate(string? detectorPath, string? landmarksPath, string? agePath, FaceDetectorKind detector = FaceDetectorKind.Ssd) =>
        new(ModelFileVerifier.Locate(FaceModelInfo.DetectorIdentity(detector), detectorPath),
            ModelFileVerifier.Locate(FaceModelInfo.Landmarks, landmarksPath),
            ModelFileVerifier.Locate(FaceModelInfo.Age, agePath),
            detector);

    /// <summary>The three files in one directory under their recorded names (e.g. <c>models/</c> beside the app).</summary>
    public static FaceModelFiles InDirectory(string directory, FaceDetectorKind detector = FaceDetectorKind.Ssd) =>
        Locate(Path.Combine(directory, FaceModelInfo.DetectorIdentity(detector).FileName), Path.Combine(directory, FaceModelInfo.LandmarksFileName), Path.Combine(directory, FaceModelInfo.AgeFileName), detector);
}
