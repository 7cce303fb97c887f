using GenScreen.Images.Models;

namespace GenScreen.Images.Faces;

/// <summary>The three face model files, located and hash-checked (<see cref="FaceModelInfo"/>, MODEL.md).</summary>
public sealed record FaceModelFiles(ModelFile Detector, ModelFile Landmarks, ModelFile Age)
{
    /// <summary>Checks the three files; a missing one is a <see cref="FileNotFoundException"/>, an altered one a <see cref="ModelIntegrityException"/>.</summary>
    public static FaceModelFiles Locate(string? detectorPath, string? landmarksPath, string? agePath) =>
        new(ModelFileVerifier.Locate(FaceModelInfo.Detector, detectorPath),
            ModelFileVerifier.Locate(FaceModelInfo.Landmarks, landmarksPath),
            ModelFileVerifier.Locate(FaceModelInfo.Age, agePath));

    /// <summary>The three files in one directory under their recorded names (e.g. <c>models/</c> beside the app).</summary>
    public static FaceModelFiles InDirectory(string directory) =>
        Locate(Path.Combine(directory, FaceModelInfo.DetectorFileName), Path.Combine(directory, FaceModelInfo.LandmarksFileName), Path.Combine(directory, FaceModelInfo.AgeFileName));
}
