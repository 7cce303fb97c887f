using System.IO.Compression;
using System.Security.Cryptography;

namespace GenScreen.Images.Models;

/// <summary>
/// The bytes of a model file as ONNX Runtime needs them, whether it ships plain (<c>x.onnx</c>) or Brotli-compressed
/// (<c>x.onnx.br</c>, what the Functions build ships: the 8-bit weights are far from random, and the package budget of
/// issue 13 is counted in bytes on disk). A path always names the plain file; when it is absent and
/// <c>&lt;path&gt;.br</c> exists, that is read and expanded in memory. The SHA-256 that identifies a model is always the
/// expanded ONNX bytes' (MODEL.md), so the compressed copy is checked exactly like the plain one and its own bytes are
/// never trusted.
/// </summary>
public static class ModelFileContent
{
    /// <summary>The suffix of a Brotli-compressed model file (<c>nsfw_inception_v3.onnx.br</c>).</summary>
    public const string CompressedSuffix = ".br";

    /// <summary>The file to read for the model at <paramref name="path"/>: the plain file, else its compressed copy, else null.</summary>
    public static string? Find(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (File.Exists(path))
        {
            return path;
        }

        var compressed = path + CompressedSuffix;
        return File.Exists(compressed) ? compressed : null;
    }

    /// <summary><see cref="Find"/>, or <see cref="FileNotFoundException"/> naming both forms the model may ship in.</summary>
    private static string FindOrThrow(string path) =>
        Find(path) ?? throw new FileNotFoundException($"The model file {path} (or {path}{CompressedSuffix}) does not exist.", path);

    /// <summary>True when the model at <paramref name="path"/> exists, plain or compressed.</summary>
    public static bool Exists(string path) => Find(path) is not null;

    /// <summary>The model's ONNX bytes (expanded when only the compressed copy exists); <see cref="FileNotFoundException"/> when neither does.</summary>
    public static byte[] ReadAllBytes(string path)
    {
        var file = FindOrThrow(path);
        if (!IsCompressed(file))
        {
            return File.ReadAllBytes(file);
        }

        using var input = File.OpenRead(file);
        using var brotli = new BrotliStream(input, CompressionMode.Decompress);
        // 8-bit weights compress to 60-80 % of their size: start at twice the compressed length to avoid most regrowth.
        using var expanded = new MemoryStream(checked((int)Math.Min(int.MaxValue / 2, input.Length * 2)));
        Expand(file, () => brotli.CopyTo(expanded));
        return expanded.Length == expanded.Capacity ? expanded.GetBuffer() : expanded.ToArray();
    }

    /// <summary>The SHA-256 (lower-case hex) of the model's ONNX bytes, streamed (no copy of the model is kept).</summary>
    public static string HashFile(string path)
    {
        var file = FindOrThrow(path);
        using var input = File.OpenRead(file);
        if (!IsCompressed(file))
        {
            return Convert.ToHexStringLower(SHA256.HashData(input));
        }

        using var brotli = new BrotliStream(input, CompressionMode.Decompress);
        var hash = Array.Empty<byte>();
        Expand(file, () => hash = SHA256.HashData(brotli));
        return Convert.ToHexStringLower(hash);
    }

    /// <summary>A corrupt stream stops the load (fail closed) with the file named; a truncated one that still decodes fails the hash check instead.</summary>
    private static void Expand(string file, Action expand)
    {
        try
        {
            expand();
        }
        catch (Exception ex) when (ex is InvalidDataException or InvalidOperationException)
        {
            // BrotliStream reports a corrupt stream as InvalidOperationException ("Decoder ran into invalid data").
            throw new InvalidDataException($"The compressed model {file} is not a valid Brotli stream (truncated or altered); deploy the file the build produces.", ex);
        }
    }

    private static bool IsCompressed(string file) => file.EndsWith(CompressedSuffix, StringComparison.OrdinalIgnoreCase);
}
