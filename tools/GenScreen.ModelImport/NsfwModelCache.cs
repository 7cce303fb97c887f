using System.Security.Cryptography;
using GenScreen.Images.Nsfw;
using GenScreen.LocalDev;

namespace GenScreen.ModelImport;

/// <summary>
/// The clone's NSFW model, created on first use (tooling for the CLI, the tests, the benchmarks and the Functions build;
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
        new NsfwModelCache(new NsfwModelCacheOptions { RepositoryRoot = repositoryRoot }, log).GetModel().Path;

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
        var expected = NsfwModelStore.CheckExpectedSha256(_options.ExpectedSha256);
        if (_options.ModelPath is { } configured)
        {
            // A configured (deployed) model is the run-time store's business: used as is or not at all.
            return new NsfwModelStore(new NsfwModelStoreOptions { ModelPath = configured, ExpectedSha256 = expected }).GetModel();
        }

        string? root = null;
        var cachePath = Path.GetFullPath(_options.CachePath ?? Path.Combine(Root(ref root), "artifacts", "models", NsfwModelInfo.FileName));
        if (File.Exists(cachePath))
        {
            var sha = NsfwModelStore.HashFile(cachePath);
            if (string.Equals(sha, expected, StringComparison.OrdinalIgnoreCase))
            {
                return new NsfwModelFile(cachePath, sha);
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

        return Import(Root(ref root), cachePath, expected);
    }

    private NsfwModelFile Import(string root, string cachePath, string expected)
    {
        var package = Path.Combine(root, "node_modules", NsfwModelInfo.PackageName);
        NpmCi.EnsureInstalled(
            root,
            [Path.Combine("node_modules", NsfwModelInfo.PackageName, "package.json"), Path.Combine("node_modules", NsfwModelInfo.PackageName, NsfwjsModelImporter.ModelDirectory, "model.min.js")],
            _options.NpmCiTimeout,
            _log);

        _log?.Invoke($"Importing the NSFW model from {package} to {cachePath}...");
        var bytes = NsfwjsModelImporter.ImportMobileNetV2(package);
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
        return new NsfwModelFile(Path.GetFullPath(cachePath), sha);
    }

    private string Root(ref string? root) =>
        root ??= _options.RepositoryRoot ?? RepositoryRoot.TryFind()
            ?? throw new InvalidOperationException("No NSFW model file is configured and the GenScreen repository (Functions.sln + package.json) was not found to import one; set ModelPath.");
}
