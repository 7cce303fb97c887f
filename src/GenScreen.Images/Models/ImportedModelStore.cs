using System.Security.Cryptography;
using GenScreen.Core.LocalDev;

namespace GenScreen.Images.Models;

/// <summary>
/// Locates one imported ONNX model, creating it on first use (the generalisation of the NSFW model's store): a
/// configured <see cref="ImportedModelStoreOptions.ModelPath"/> wins and must have the recorded hash; otherwise the
/// cache file (<c>&lt;repo&gt;/artifacts/models/&lt;file&gt;</c>, git-ignored) is used, and when it is missing or stale the model is
/// imported from <c>node_modules</c> (running <c>npm ci</c> if needed) and checked before it is written. Resolution runs
/// once per store and is thread-safe; a failure is not cached. Files are written to a temporary name and renamed, so
/// concurrent processes never see a partial model.
/// </summary>
public sealed class ImportedModelStore
{
    private readonly ImportedModelSpec _spec;
    private readonly ImportedModelStoreOptions _options;
    private readonly Action<string>? _log;
    private readonly Lock _gate = new();
    private ModelFile? _model;

    public ImportedModelStore(ImportedModelSpec spec, ImportedModelStoreOptions? options = null, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(spec);
        _spec = spec;
        _options = options ?? new ImportedModelStoreOptions();
        _log = log;
    }

    public ImportedModelSpec Spec => _spec;

    /// <summary>The SHA-256 every copy must have: the option's override, else the spec's recorded hash.</summary>
    public string ExpectedSha256
    {
        get
        {
            var expected = _options.ExpectedSha256 ?? _spec.Sha256;
            return expected is { Length: 64 } && expected.All(char.IsAsciiHexDigit)
                ? expected
                : throw new InvalidOperationException($"The expected SHA-256 of the {_spec.DisplayName} model must be 64 hex digits, not '{expected}'.");
        }
    }

    /// <summary>Returns the model file, importing it the first time if necessary.</summary>
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

    /// <summary>Reads <paramref name="file"/>, checks its bytes against <see cref="ExpectedSha256"/> and returns them: the bytes checked are the bytes a session is built from.</summary>
    public byte[] ReadVerified(ModelFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var bytes = File.ReadAllBytes(file.Path);
        ModelIntegrityException.ThrowIfMismatch(_spec, file.Path, Convert.ToHexStringLower(SHA256.HashData(bytes)), ExpectedSha256);
        return bytes;
    }

    private ModelFile Resolve()
    {
        var expected = ExpectedSha256;
        if (_options.ModelPath is { } configured)
        {
            // A configured (deployed) model is used as is or not at all: a missing or altered file must stop the host.
            var path = Path.GetFullPath(configured);
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"The configured {_spec.DisplayName} model {path} does not exist.", path);
            }

            var sha = HashFile(path);
            ModelIntegrityException.ThrowIfMismatch(_spec, path, sha, expected);
            return new ModelFile(path, sha);
        }

        string? root = null;
        var cacheDirectory = _options.CacheDirectory ?? Path.Combine(Root(ref root), "artifacts", "models");
        var cachePath = Path.GetFullPath(Path.Combine(cacheDirectory, _spec.FileName));
        if (File.Exists(cachePath))
        {
            var sha = HashFile(cachePath);
            if (string.Equals(sha, expected, StringComparison.OrdinalIgnoreCase))
            {
                return new ModelFile(cachePath, sha);
            }

            if (!_options.AllowImport)
            {
                ModelIntegrityException.ThrowIfMismatch(_spec, cachePath, sha, expected);
            }

            _log?.Invoke($"Cached {_spec.DisplayName} model {cachePath} has SHA-256 {sha}, expected {expected}; importing it again.");
        }
        else if (!_options.AllowImport)
        {
            throw new FileNotFoundException($"No {_spec.DisplayName} model at {cachePath} and importing is disabled.", cachePath);
        }

        return Import(Root(ref root), cachePath, expected);
    }

    private ModelFile Import(string root, string cachePath, string expected)
    {
        var package = Path.Combine(root, "node_modules", _spec.PackageName);
        NpmCi.EnsureInstalled(
            root,
            [Path.Combine("node_modules", _spec.PackageName, "package.json"), .. _spec.RequiredPackageFiles.Select(f => Path.Combine("node_modules", _spec.PackageName, f))],
            _options.NpmCiTimeout,
            _log);

        _log?.Invoke($"Importing the {_spec.DisplayName} model from {package} to {cachePath}...");
        var bytes = _spec.Import(package);
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (!string.Equals(sha, expected, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidDataException(
                $"Importing {package} produced a {_spec.DisplayName} ONNX file with SHA-256 {sha}, expected {expected}. " +
                $"Either node_modules/{_spec.PackageName} is not the pinned version or the importer changed; update {_spec.ModelDoc} and the recorded hash only after re-running the parity test.");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(cachePath)!);
        var temp = $"{cachePath}.{Guid.NewGuid():N}.tmp";
        File.WriteAllBytes(temp, bytes);
        File.Move(temp, cachePath, overwrite: true);
        return new ModelFile(cachePath, sha);
    }

    private string Root(ref string? root) =>
        root ??= _options.RepositoryRoot ?? RepositoryRoot.TryFind()
            ?? throw new InvalidOperationException($"No {_spec.DisplayName} model file is configured and the GenScreen repository (Functions.sln + package.json) was not found to import one; configure the model path.");

    private static string HashFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
