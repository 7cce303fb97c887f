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
    private readonly Lazy<NsfwClassifier> _inceptionV3;

    public NsfwModelFixture()
    {
        RepositoryRoot = GenScreen.LocalDev.RepositoryRoot.TryFind() ?? throw new InvalidOperationException("Run the tests inside the GenScreen clone.");
        Model = new NsfwModelCache(new NsfwModelCacheOptions { RepositoryRoot = RepositoryRoot }).GetModel();
        Classifier = new NsfwClassifier(Model);
        // The second stage (90 MB, a few seconds to import and load) only for the tests that use it.
        _inceptionV3 = new Lazy<NsfwClassifier>(() => new NsfwClassifier(InceptionV3Model));
    }

    /// <summary>The second stage's model file, imported into the artifacts cache on first use.</summary>
    public NsfwModelFile InceptionV3Model =>
        new NsfwModelCache(new NsfwModelCacheOptions { RepositoryRoot = RepositoryRoot, Model = NsfwModelSpec.InceptionV3 }).GetModel();

    /// <summary>The second stage's classifier, one session for every test of the group.</summary>
    public NsfwClassifier InceptionV3 => _inceptionV3.Value;

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

    public void Dispose()
    {
        Classifier.Dispose();
        if (_inceptionV3.IsValueCreated)
        {
            _inceptionV3.Value.Dispose();
        }
    }
}
