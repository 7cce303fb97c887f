using GenScreen.Images.Faces;

namespace GenScreen.ModelImport.FaceApi;

/// <summary>The clone's face models (<see cref="ImportedModelCache"/> each), imported from node_modules/@vladmandic/face-api on first use.</summary>
public static class FaceModelCache
{
    public static ImportedModelSpec Detector { get; } = FaceApiModelImporter.Spec(FaceApiModel.SsdMobilenetV1);

    public static ImportedModelSpec TinyDetector { get; } = FaceApiModelImporter.Spec(FaceApiModel.TinyFaceDetector);

    public static ImportedModelSpec Landmarks { get; } = FaceApiModelImporter.Spec(FaceApiModel.FaceLandmark68);

    public static ImportedModelSpec Age { get; } = FaceApiModelImporter.Spec(FaceApiModel.AgeGender);

    /// <summary>The three checked files (the detector of <paramref name="detector"/>) in the clone's cache (<c>artifacts/models</c>), importing any that are missing or stale.</summary>
    public static FaceModelFiles EnsureFiles(string? repositoryRoot = null, Action<string>? log = null, FaceDetectorKind detector = FaceDetectorKind.Ssd)
    {
        ImportedModelCacheOptions Options() => new() { RepositoryRoot = repositoryRoot };
        return new FaceModelFiles(
            new ImportedModelCache(detector == FaceDetectorKind.Tiny ? TinyDetector : Detector, Options(), log).GetModel(),
            new ImportedModelCache(Landmarks, Options(), log).GetModel(),
            new ImportedModelCache(Age, Options(), log).GetModel(),
            detector);
    }
}
