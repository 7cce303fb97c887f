using GenScreen.Images.Models;

namespace GenScreen.Images.Faces;

/// <summary>The three face model files, each found or imported by its own <see cref="ImportedModelStore"/>.</summary>
public sealed class FaceModelStore
{
    public FaceModelStore(ImportedModelStoreOptions? detector = null, ImportedModelStoreOptions? landmarks = null, ImportedModelStoreOptions? age = null, Action<string>? log = null)
    {
        Detector = new ImportedModelStore(FaceModelInfo.Detector, detector, log);
        Landmarks = new ImportedModelStore(FaceModelInfo.Landmarks, landmarks, log);
        Age = new ImportedModelStore(FaceModelInfo.Age, age, log);
    }

    /// <summary>The usual case: one repository root (or none: found above the current directory) for all three.</summary>
    public static FaceModelStore ForRepository(string? repositoryRoot, Action<string>? log = null) =>
        new(new() { RepositoryRoot = repositoryRoot }, new() { RepositoryRoot = repositoryRoot }, new() { RepositoryRoot = repositoryRoot }, log);

    public ImportedModelStore Detector { get; }

    public ImportedModelStore Landmarks { get; }

    public ImportedModelStore Age { get; }
}
