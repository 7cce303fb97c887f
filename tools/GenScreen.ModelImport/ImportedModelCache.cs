using System.Security.Cryptography;
using GenScreen.Images.Models;
using GenScreen.LocalDev;

namespace GenScreen.ModelImport;

/// <summary>
/// The clone's copy of one imported model, created on first use (tooling; the generalisation of <see cref="NsfwModelCache"/>,
/// used for the face models): a configured <see cref="ImportedModelCacheOptions.ModelPath"/> is handed to the run-time
/// <see cref="ModelFileVerifier"/>; otherwise the cache file (<c>&lt;repo&gt;/artifacts/models/&lt;file&gt;</c>, git-ignored) is
/// used, and when it is missing or stale the model is imported from <c>node_modules</c> (running <c>npm ci</c> if needed)
/// and checked before it is written. Resolution runs once per instance and is thread-safe; a failure is not cached.
/// Files are written to a temporary name and renamed, so concurrent processes never see a partial model.
/// </summary>
public sealed class ImportedModelCache
{
    private readonly ImportedModelSpec _spec;
    private readonly ImportedModelCacheOptions _options;
    private readonly Action<string>? _log;
    private readonly Lock _gate = new();
    private ModelFile? _model;

    public ImportedModelCache(ImportedModelSpec spec, ImportedModelCacheOptions? options = null, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(spec);
        _spec = spec;
        _options = options ?? new ImportedModelCacheOptions();
        _log = log;
    }

    /// <summary>Returns the checked model file, importing it the first time if necessary.</summary>
    public ModelFile GetModel()
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

    private ModelFile Resolve()
    {
        var identity = _spec.Identity;
        if (_options.ModelPath is { } configured)
        {
            return ModelFileVerifier.Locate(identity, configured);
        }

        string? root = null;
        var cachePath = Path.GetFullPath(Path.Combine(_options.CacheDirectory ?? Path.Combine(Root(ref root), "artifacts", "models"), identity.FileName));
        if (File.Exists(cachePath))
        {
            var sha = ModelFileVerifier.HashFile(cachePath);
            if (string.Equals(sha, identity.Sha256, StringComparison.OrdinalIgnoreCase))
            {
                return new ModelFile(cachePath, sha);
            }

            if (!_options.AllowImport)
            {
                ModelFileVerifier.ThrowIfMismatch(identity, cachePath, sha, identity.Sha256);
            }

            _log?.Invoke($"Cached {identity.DisplayName} model {cachePath} has SHA-256 {sha}, expected {identity.Sha256}; importing it again.");
        }
        else if (!_options.AllowImport)
        {
            throw new FileNotFoundException($"No {identity.DisplayName} model at {cachePath} and importing is disabled.", cachePath);
        }

        return Import(Root(ref root), cachePath);
    }

    private ModelFile Import(string root, string cachePath)
    {
        var identity = _spec.Identity;
        var package = Path.Combine(root, "node_modules", _spec.PackageName);
        NpmCi.EnsureInstalled(
            root,
            [Path.Combine("node_modules", _spec.PackageName, "package.json"), .. _spec.RequiredPackageFiles.Select(f => Path.Combine("node_modules", _spec.PackageName, f))],
            _options.NpmCiTimeout,
            _log);

        _log?.Invoke($"Importing the {identity.DisplayName} model from {package} to {cachePath}...");
        var bytes = _spec.Import(package);
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (!string.Equals(sha, identity.Sha256, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidDataException(
                $"Importing {package} produced a {identity.DisplayName} ONNX file with SHA-256 {sha}, expected {identity.Sha256}. " +
                $"Either node_modules/{_spec.PackageName} is not the pinned version or the importer changed; update {identity.ModelDoc} and the recorded hash only after re-running the parity test.");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(cachePath)!);
        var temp = $"{cachePath}.{Guid.NewGuid():N}.tmp";
        File.WriteAllBytes(temp, bytes);
        File.Move(temp, cachePath, overwrite: true);
        return new ModelFile(cachePath, sha);
    }

    private string Root(ref string? root) =>
        root ??= _options.RepositoryRoot ?? RepositoryRoot.TryFind()
            ?? throw new InvalidOperationException($"No {_spec.Identity.DisplayName} model file is configured and the GenScreen repository (Functions.sln + package.json) was not found to import one; configure the model path.");
}
