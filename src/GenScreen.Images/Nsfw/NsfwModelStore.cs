using GenScreen.Core.LocalDev;
using System.Security.Cryptography;

namespace GenScreen.Images.Nsfw;

/// <summary>
/// Locates the NSFW ONNX model, creating it on first use: a configured <see cref="NsfwModelStoreOptions.ModelPath"/> wins;
/// otherwise the cache file (default <c>&lt;repo&gt;/artifacts/models/nsfw_mobilenet_v2.onnx</c>, git-ignored) is used,
/// and when it is missing or stale it is imported from <c>&lt;repo&gt;/node_modules/nsfwjs</c> (running <c>npm ci</c> if
/// needed), so a clean clone produces the model on first run. Every file is checked against the expected SHA-256
/// (<see cref="NsfwModelInfo.Sha256"/>, recorded in MODEL.md): a configured file that differs is refused
/// (<see cref="NsfwModelIntegrityException"/>), a stale cache is re-imported, and an import is checked before it is written. Resolution runs once per store and is thread-safe; a failure is not cached, so a later
/// call retries. Files are written to a temporary name and renamed, so concurrent processes never see a partial model.
/// </summary>
public sealed class NsfwModelStore
{
    private readonly NsfwModelStoreOptions _options;
    private readonly Action<string>? _log;
    private readonly Lock _gate = new();
    private NsfwModelFile? _model;

    public NsfwModelStore(NsfwModelStoreOptions? options = null, Action<string>? log = null)
    {
        _options = options ?? new NsfwModelStoreOptions();
        _log = log;
    }

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
        var expected = ExpectedSha256();
        if (_options.ModelPath is { } configured)
        {
            // A configured (deployed) model is used as is or not at all: a missing or altered file must stop the
            // host, not be replaced by something else found elsewhere.
            if (!File.Exists(configured))
            {
                throw new FileNotFoundException($"The configured NSFW model {Path.GetFullPath(configured)} does not exist.", configured);
            }

            var path = Path.GetFullPath(configured);
            var sha = HashFile(path);
            NsfwModelIntegrityException.ThrowIfMismatch(path, sha, expected);
            return new NsfwModelFile(path, sha, _options.Model);
        }

        string? root = null;
        var cachePath = Path.GetFullPath(_options.CachePath ?? Path.Combine(Root(ref root), "artifacts", "models", _options.Model.FileName));
        if (File.Exists(cachePath))
        {
            var sha = HashFile(cachePath);
            if (string.Equals(sha, expected, StringComparison.OrdinalIgnoreCase))
            {
                return new NsfwModelFile(cachePath, sha, _options.Model);
            }

            if (!_options.AllowImport)
            {
                NsfwModelIntegrityException.ThrowIfMismatch(cachePath, sha, expected);
            }

            _log?.Invoke($"Cached NSFW model {cachePath} has SHA-256 {sha}, expected {expected}; importing it again.");
        }

        if (!_options.AllowImport)
        {
            throw new FileNotFoundException($"No NSFW model at {cachePath} and importing is disabled.", cachePath);
        }

        return Import(Root(ref root), cachePath);
    }

    private string ExpectedSha256()
    {
        var expected = _options.ExpectedSha256 ?? _options.Model.Sha256;
        if (expected is not { Length: 64 } || !expected.All(char.IsAsciiHexDigit))
        {
            throw new InvalidOperationException($"NsfwModelStoreOptions.ExpectedSha256 must be 64 hex digits, not '{expected}'.");
        }

        return expected;
    }

    private NsfwModelFile Import(string root, string cachePath)
    {
        var package = Path.Combine(root, "node_modules", NsfwModelInfo.PackageName);
        NpmCi.EnsureInstalled(
            root,
            [Path.Combine("node_modules", NsfwModelInfo.PackageName, "package.json"), Path.Combine("node_modules", NsfwModelInfo.PackageName, _options.Model.PackageDirectory, "model.min.js")],
            _options.NpmCiTimeout,
            _log);

        _log?.Invoke($"Importing the NSFW model from {package} to {cachePath}...");
        var bytes = _options.Model.Import(package);
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var expected = ExpectedSha256();
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
        return new NsfwModelFile(Path.GetFullPath(cachePath), sha, _options.Model);
    }

    private string Root(ref string? root) =>
        root ??= _options.RepositoryRoot ?? RepositoryRoot.TryFind()
            ?? throw new InvalidOperationException("No NSFW model file is configured and the GenScreen repository (Functions.sln + package.json) was not found to import one; set NsfwModelStoreOptions.ModelPath.");

    private static string HashFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
