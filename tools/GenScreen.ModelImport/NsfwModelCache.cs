using System.Security.Cryptography;
using GenScreen.Images.Nsfw;
using GenScreen.LocalDev;
using GenScreen.ModelImport.Quantization;

namespace GenScreen.ModelImport;

/// <summary>
/// The clone's NSFW model (either stage, <see cref="NsfwModelCacheOptions.Model"/>), created on first use (tooling for the CLI, the tests, the benchmarks and the Functions build;
/// never part of the app): a configured <see cref="NsfwModelCacheOptions.ModelPath"/> wins and is checked by the run-time
/// <see cref="NsfwModelStore"/>; otherwise the cache file (default <c>&lt;repo&gt;/artifacts/models/nsfw_mobilenet_v2.onnx</c>,
/// git-ignored) is used, and when it is missing or stale it is imported from <c>&lt;repo&gt;/node_modules/nsfwjs</c> (running
/// <c>npm ci</c> if needed), so a clean clone produces the model on first run. Every file is checked against the expected
/// SHA-256 (<see cref="NsfwModelInfo.Sha256"/>, recorded in MODEL.md): a configured file that differs is refused
/// (<see cref="NsfwModelIntegrityException"/>), a stale cache is re-imported, and an import is checked before it is written.
/// Resolution runs once per instance and is thread-safe; a failure is not cached, so a later call retries. Files are
/// written to a temporary name and renamed, so concurrent processes never see a partial model.
/// </summary>
public sealed class NsfwModelCache
{
    private readonly NsfwModelCacheOptions _options;
    private readonly Action<string>? _log;
    private readonly Lock _gate = new();
    private NsfwModelFile? _model;

    public NsfwModelCache(NsfwModelCacheOptions? options = null, Action<string>? log = null)
    {
        _options = options ?? new NsfwModelCacheOptions();
        _log = log;
    }

    /// <summary>The path of the checked model in the clone's cache, importing it first when needed.</summary>
    public static string EnsureFile(string? repositoryRoot = null, Action<string>? log = null) =>
        EnsureFile(NsfwModelSpec.MobileNetV2, repositoryRoot, log);

    /// <summary>The path of the checked <paramref name="model"/> in the clone's cache, importing it first when needed.</summary>
    public static string EnsureFile(NsfwModelSpec model, string? repositoryRoot = null, Action<string>? log = null) =>
        new NsfwModelCache(new NsfwModelCacheOptions { RepositoryRoot = repositoryRoot, Model = model }, log).GetModel().Path;

    /// <summary>Returns the model file, importing it the first time if necessary.</summary>
    public NsfwModelFile GetModel()
    {
        if (Volatile.Read(ref _model) is { } model)
        {
            return model;
        }

        lock (_gate)
        {
            _model ??= Resolve();
            return _model;
        }
    }

    private NsfwModelFile Resolve()
    {
        var spec = _options.Model;
        var expected = NsfwModelStore.CheckExpectedSha256(_options.ExpectedSha256 ?? spec.Sha256);
        if (_options.ModelPath is { } configured)
        {
            // A configured (deployed) model is the run-time store's business: used as is or not at all.
            return new NsfwModelStore(new NsfwModelStoreOptions { ModelPath = configured, ExpectedSha256 = expected, Model = spec }).GetModel();
        }

        string? root = null;
        var cachePath = Path.GetFullPath(_options.CachePath ?? Path.Combine(Root(ref root), "artifacts", "models", spec.FileName));
        if (File.Exists(cachePath))
        {
            var sha = NsfwModelStore.HashFile(cachePath);
            if (string.Equals(sha, expected, StringComparison.OrdinalIgnoreCase))
            {
                return new NsfwModelFile(cachePath, sha, spec);
            }

            if (!_options.AllowImport)
            {
                throw new NsfwModelIntegrityException(cachePath, sha, expected);
            }

            _log?.Invoke($"Cached NSFW model {cachePath} has SHA-256 {sha}, expected {expected}; importing it again.");
        }

        if (!_options.AllowImport)
        {
            throw new FileNotFoundException($"No NSFW model at {cachePath} and importing is disabled.", cachePath);
        }

        return Import(Root(ref root), cachePath, expected, spec);
    }

    private NsfwModelFile Import(string root, string cachePath, string expected, NsfwModelSpec spec)
    {
        var package = Path.Combine(root, "node_modules", NsfwModelInfo.PackageName);
        NpmCi.EnsureInstalled(
            root,
            [Path.Combine("node_modules", NsfwModelInfo.PackageName, "package.json"), Path.Combine("node_modules", NsfwModelInfo.PackageName, spec.PackageDirectory, "model.min.js"),
                // The int8 model is calibrated on face-api's demo photos (Quantization/CalibrationImages).
                .. (spec.IsInt8 ? CalibrationImages.Files.Select(f => Path.Combine("node_modules", CalibrationImages.PackageName, f)) : [])],
            _options.NpmCiTimeout,
            _log);

        _log?.Invoke($"Importing the NSFW model from {package} to {cachePath}...");
        var bytes = spec == NsfwModelSpec.InceptionV3 ? NsfwjsModelImporter.ImportInceptionV3(package)
            : spec == NsfwModelSpec.InceptionV3Int8 ? NsfwjsModelImporter.ImportInceptionV3Int8(package)
            : spec == NsfwModelSpec.MobileNetV2Int8 ? NsfwjsModelImporter.ImportMobileNetV2Int8(package)
            : NsfwjsModelImporter.ImportMobileNetV2(package);
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (!string.Equals(sha, expected, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidDataException(
                $"Importing {package} produced an ONNX file with SHA-256 {sha}, expected {expected}. " +
                "Either node_modules/nsfwjs is not the pinned version or the importer changed; update MODEL.md and NsfwModelInfo.Sha256 only after re-running the parity test.");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(cachePath))!);
        var temp = $"{cachePath}.{Guid.NewGuid():N}.tmp";
        File.WriteAllBytes(temp, bytes);
        File.Move(temp, cachePath, overwrite: true);
        return new NsfwModelFile(Path.GetFullPath(cachePath), sha, spec);
    }

    private string Root(ref string? root) =>
        root ??= _options.RepositoryRoot ?? RepositoryRoot.TryFind()
            ?? throw new InvalidOperationException("No NSFW model file is configured and the GenScreen repository (Functions.sln + package.json) was not found to import one; set ModelPath.");
}
