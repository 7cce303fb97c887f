using GenScreen.LocalDev;
using GenScreen.Images.Nsfw;
using GenScreen.ModelImport;

namespace GenScreen.Images.Tests.Nsfw;

/// <summary>
/// One classifier for every test class in the <see cref="NsfwModelGroup"/>: the model is imported into the repository's
/// artifacts cache on first use (as the app does on a clean clone) and the ONNX Runtime session is created once.
/// </summary>
public sealed class NsfwModelFixture : IDisposable
{
    public NsfwModelFixture()
    {
        RepositoryRoot = GenScreen.LocalDev.RepositoryRoot.TryFind() ?? throw new InvalidOperationException("Run the tests inside the GenScreen clone.");
        Model = new NsfwModelCache(new NsfwModelCacheOptions { RepositoryRoot = RepositoryRoot }).GetModel();
        Classifier = new NsfwClassifier(Model);
    }

    public string RepositoryRoot { get; }

    public NsfwModelFile Model { get; }

    public NsfwClassifier Classifier { get; }

    /// <summary>Installs nsfwjs, tfjs and pngjs (npm ci) when node_modules lacks them; the cached model alone does not need them.</summary>
    public void EnsureNodeModules() =>
        NpmCi.EnsureInstalled(
            RepositoryRoot,
            ["node_modules/nsfwjs/package.json", "node_modules/@tensorflow/tfjs/package.json", "node_modules/pngjs/package.json"],
            TimeSpan.FromMinutes(10),
            log: null);

    public void Dispose() => Classifier.Dispose();
}
