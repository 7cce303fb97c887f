using GenScreen.Images.Faces;
using GenScreen.Images.Models;

namespace GenScreen.ModelImport.FaceApi;

/// <summary>The clone's face models (<see cref="ImportedModelCache"/> each), imported from node_modules/@vladmandic/face-api on first use.</summary>
public static class FaceModelCache
{
    public static ImportedModelSpec Detector { get; } = FaceApiModelImporter.Spec(FaceApiModel.SsdMobilenetV1);

    public static ImportedModelSpec TinyDetector { get; } = FaceApiModelImporter.Spec(FaceApiModel.TinyFaceDetector);

    public static ImportedModelSpec Landmarks { get; } = FaceApiModelImporter.Spec(FaceApiModel.FaceLandmark68);

    public static ImportedModelSpec Age { get; } = FaceApiModelImporter.Spec(FaceApiModel.AgeGender);

    /// <summary>The three checked files (the detector of <paramref name="detector"/>) in the clone's cache (<c>artifacts/models</c>), importing any that are missing or stale.</summary>
    public static FaceModelFiles EnsureFiles(string? repositoryRoot = null, Action<string>? log = null, FaceDetectorKind detector = FaceDetectorKind.Ssd) =>
        new(EnsureDetector(detector, repositoryRoot, log),
            Ensure(Landmarks, repositoryRoot, log),
            Ensure(Age, repositoryRoot, log),
            detector);

    /// <summary>One detector's checked file in the clone's cache (e.g. to ship both without checking the other nets twice).</summary>
    public static ModelFile EnsureDetector(FaceDetectorKind detector, string? repositoryRoot = null, Action<string>? log = null) =>
        Ensure(detector == FaceDetectorKind.Tiny ? TinyDetector : Detector, repositoryRoot, log);

    private static ModelFile Ensure(ImportedModelSpec spec, string? repositoryRoot, Action<string>? log) =>
        new ImportedModelCache(spec, new ImportedModelCacheOptions { RepositoryRoot = repositoryRoot }, log).GetModel();
}
