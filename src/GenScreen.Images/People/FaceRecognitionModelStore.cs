using System.Security.Cryptography;
using GenScreen.Core.LocalDev;
using GenScreen.Images.ModelImport;

namespace GenScreen.Images.People;

/// <summary>
/// Locates the recognition ONNX model the way NsfwModelStore locates the NSFW one: a configured file is used as is
/// or refused; otherwise the cache (<c>artifacts/models/face_recognition_model.onnx</c>, git-ignored) is used, and
/// when missing or stale it is imported from <c>node_modules/@vladmandic/face-api</c>. Every file must have the
/// recorded SHA-256; an import is checked before it is written (temporary name, then rename).
/// </summary>
public sealed class FaceRecognitionModelStore(FaceRecognitionModelStoreOptions? options = null, Action<string>? log = null)
{
    private readonly FaceRecognitionModelStoreOptions _options = options ?? new FaceRecognitionModelStoreOptions();
    private readonly Lock _gate = new();
    private string? _path;

    /// <summary>Returns the path of a verified model file, importing it the first time if necessary.</summary>
    public string GetModelPath()
    {
        if (Volatile.Read(ref _path) is { } path)
        {
            return path;
        }

        lock (_gate)
        {
            _path ??= Resolve();
            return _path;
        }
    }

    private string Resolve()
    {
        var expected = _options.ExpectedSha256;
        if (_options.ModelPath is { } configured)
        {
            var path = Path.GetFullPath(configured);
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"The configured face recognition model {path} does not exist.", path);
            }

            FaceRecognitionModelIntegrityException.ThrowIfMismatch(path, HashFile(path), expected);
            return path;
        }

        string? root = null;
        var cachePath = Path.GetFullPath(_options.CachePath ?? Path.Combine(Root(ref root), "artifacts", "models", FaceRecognitionModelInfo.FileName));
        if (File.Exists(cachePath))
        {
            var sha = HashFile(cachePath);
            if (string.Equals(sha, expected, StringComparison.OrdinalIgnoreCase))
            {
                return cachePath;
            }

            if (!_options.AllowImport)
            {
                FaceRecognitionModelIntegrityException.ThrowIfMismatch(cachePath, sha, expected);
            }

            log?.Invoke($"Cached face recognition model {cachePath} has SHA-256 {sha}, expected {expected}; importing it again.");
        }

        if (!_options.AllowImport)
        {
            throw new FileNotFoundException($"No face recognition model at {cachePath} and importing is disabled.", cachePath);
        }

        root = Root(ref root);
        var packageRelative = Path.Combine("node_modules", "@vladmandic", "face-api");
        NpmCi.EnsureInstalled(root, [Path.Combine(packageRelative, "package.json"), Path.Combine(packageRelative, FaceApiRecognitionModelImporter.ManifestFile)], _options.NpmCiTimeout, log);
        log?.Invoke($"Importing the face recognition model from {packageRelative} to {cachePath}...");
        var bytes = FaceApiRecognitionModelImporter.Import(Path.Combine(root, packageRelative));
        var imported = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (!string.Equals(imported, expected, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidDataException(
                $"Importing {packageRelative} produced an ONNX file with SHA-256 {imported}, expected {expected}. " +
                "Either face-api is not the pinned version or the importer changed; update MODEL.md and FaceRecognitionModelInfo.Sha256 only after re-running the parity test.");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(cachePath)!);
        var temp = $"{cachePath}.{Guid.NewGuid():N}.tmp";
        File.WriteAllBytes(temp, bytes);
        File.Move(temp, cachePath, overwrite: true);
        return cachePath;
    }

    private string Root(ref string? root) =>
        root ??= _options.RepositoryRoot ?? RepositoryRoot.TryFind()
            ?? throw new InvalidOperationException("No face recognition model is configured and the GenScreen repository was not found to import one; set FaceRecognitionModelStoreOptions.ModelPath.");

    private static string HashFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
