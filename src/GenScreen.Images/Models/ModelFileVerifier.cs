using System.Security.Cryptography;

namespace GenScreen.Images.Models;

/// <summary>
/// The run-time check of a model file: it must exist and have its identity's SHA-256, or nothing is loaded. No import,
/// no fallback to another copy (making the file is tooling's job: tools/GenScreen.ModelImport). The generalisation of
/// the NSFW model store's check, used by the face models.
/// </summary>
public static class ModelFileVerifier
{
    /// <summary>Finds <paramref name="path"/> and checks its hash; <see cref="FileNotFoundException"/> or <see cref="ModelIntegrityException"/>.</summary>
    public static ModelFile Locate(ModelIdentity model, string? path, string? expectedSha256 = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        var expected = Expected(model, expectedSha256);
        if (path is not { Length: > 0 })
        {
            throw new FileNotFoundException($"No {model.DisplayName} model file: configure its path or deploy {model.FileName} in models/ beside the app (in a clone `genscreen models import` makes it).");
        }

        var full = Path.GetFullPath(path);
        if (!ModelFileContent.Exists(full))
        {
            throw new FileNotFoundException($"The {model.DisplayName} model {full} (or {full}{ModelFileContent.CompressedSuffix}) does not exist.", full);
        }

        var sha = HashFile(full);
        ThrowIfMismatch(model, full, sha, expected);
        return new ModelFile(full, sha);
    }

    /// <summary>Reads the file (expanding a compressed copy) and checks the bytes read: the bytes verified are the bytes a session is built from.</summary>
    public static byte[] ReadVerified(ModelIdentity model, ModelFile file, string? expectedSha256 = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(file);
        var bytes = ModelFileContent.ReadAllBytes(file.Path);
        ThrowIfMismatch(model, file.Path, Convert.ToHexStringLower(SHA256.HashData(bytes)), Expected(model, expectedSha256));
        return bytes;
    }

    /// <summary>The SHA-256 (lower-case hex) of a model's ONNX bytes (<see cref="ModelFileContent.HashFile"/>: a compressed copy is hashed expanded).</summary>
    public static string HashFile(string path) => ModelFileContent.HashFile(path);

    public static void ThrowIfMismatch(ModelIdentity model, string path, string actualSha256, string expectedSha256)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (!string.Equals(actualSha256, expectedSha256, StringComparison.OrdinalIgnoreCase))
        {
            throw new ModelIntegrityException(model.DisplayName, path, actualSha256, expectedSha256, model.ModelDoc);
        }
    }

    private static string Expected(ModelIdentity model, string? overrideSha256)
    {
        var expected = overrideSha256 ?? model.Sha256;
        return expected is { Length: 64 } && expected.All(char.IsAsciiHexDigit)
            ? expected
            : throw new InvalidOperationException($"The expected SHA-256 of the {model.DisplayName} model must be 64 hex digits, not '{expected}'.");
    }
}
