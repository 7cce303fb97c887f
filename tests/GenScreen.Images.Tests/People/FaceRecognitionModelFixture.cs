using GenScreen.LocalDev;
using GenScreen.Images.Faces;
using GenScreen.Images.Models;
using GenScreen.ModelImport.FaceApi;
using GenScreen.ModelImport.FaceRecognition;
using GenScreen.Images.People;

namespace GenScreen.Images.Tests.People;

/// <summary>One recognition model (imported into the artifacts cache on first use) and one embedder for the group.</summary>
public sealed class FaceRecognitionModelFixture : IDisposable
{
    public FaceRecognitionModelFixture()
    {
        RepositoryRoot = GenScreen.LocalDev.RepositoryRoot.TryFind() ?? throw new InvalidOperationException("Run the tests inside the GenScreen clone.");
        Model = FaceApiRecognitionModelImporter.EnsureFile(RepositoryRoot);
        Embedder = new FaceEmbedder(Model);
        Analyzer = new FaceAnalyzer(FaceModelCache.EnsureFiles(RepositoryRoot));
    }

    /// <summary>The face analyzer (detector + landmarks) that finds the faces to recognise.</summary>
    public FaceAnalyzer Analyzer { get; }

    public string RepositoryRoot { get; }

    public ModelFile Model { get; }

    public FaceEmbedder Embedder { get; }

    /// <summary>face-api, tfjs (with its wasm backend) and pngjs for the node reference.</summary>
    public void EnsureNodeModules() =>
        NpmCi.EnsureInstalled(
            RepositoryRoot,
            ["node_modules/@vladmandic/face-api/package.json", "node_modules/@tensorflow/tfjs/package.json", "node_modules/@tensorflow/tfjs-backend-wasm/package.json", "node_modules/pngjs/package.json"],
            TimeSpan.FromMinutes(10),
            log: null);

    public void Dispose()
    {
        Embedder.Dispose();
        Analyzer.Dispose();
    }
}

/// <summary>Test classes sharing the recognition model; they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class FaceRecognitionModelGroup : ICollectionFixture<FaceRecognitionModelFixture>
{
    public const string Name = "Face recognition model";
}
