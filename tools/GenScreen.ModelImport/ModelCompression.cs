using System.IO.Compression;
using GenScreen.Images.Models;

namespace GenScreen.ModelImport;

/// <summary>
/// Writes the Brotli-compressed copy (<c>x.onnx.br</c>) of an imported model beside it, the form the Functions build
/// ships (issue 13's ≤ 30 MB of model files; the run time expands it once at load, <see cref="ModelFileContent"/>).
/// Lossless: the copy is checked by expanding it and comparing the SHA-256 with the plain file's before it is kept.
/// Deterministic for a given .NET (the same encoder, quality and window), though nothing depends on that: only the
/// expanded bytes' hash is ever checked.
/// </summary>
public static class ModelCompression
{
    /// <summary>Brotli's densest setting; compressing once per clone is worth the seconds it takes.</summary>
    public const int Quality = 11;

    /// <summary>The largest window the .NET encoder takes (16 MiB): InceptionV3's 22.7 MB gains from long matches.</summary>
    public const int WindowBits = 24;

    /// <summary>Returns <c>&lt;path&gt;.br</c>, writing it when it is missing or does not expand to the file at <paramref name="path"/>.</summary>
    public static string EnsureCompressed(string path, Action<string>? log = null)
    {
        var compressed = path + ModelFileContent.CompressedSuffix;
        var sha = ModelFileVerifier.HashFile(path);
        if (File.Exists(compressed) && string.Equals(ModelFileContent.HashFile(compressed), sha, StringComparison.Ordinal))
        {
            return compressed;
        }

        log?.Invoke($"Compressing {Path.GetFileName(path)} (Brotli {Quality}, window 2^{WindowBits})...");
        // Ends in .br so that hashing it below expands it.
        var temporary = $"{path}.{Environment.ProcessId}.tmp{ModelFileContent.CompressedSuffix}";
        try
        {
            using (var encoder = new BrotliEncoder(Quality, WindowBits))
            using (var input = File.OpenRead(path))
            using (var output = File.Create(temporary))
            {
                // BrotliStream takes no window size: encode through BrotliEncoder so the window is the largest.
                Encode(encoder, input, output);
            }

            if (!string.Equals(ModelFileContent.HashFile(temporary), sha, StringComparison.Ordinal))
            {
                throw new InvalidDataException($"The compressed copy of {path} does not expand to the same bytes.");
            }

            File.Move(temporary, compressed, overwrite: true);
            return compressed;
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private static void Encode(BrotliEncoder encoder, Stream input, Stream output)
    {
        var source = new byte[1 << 20];
        var destination = new byte[1 << 20];
        int read;
        while ((read = input.Read(source, 0, source.Length)) > 0)
        {
            Drain(encoder, source.AsSpan(0, read), destination, output, isFinalBlock: false);
        }

        Drain(encoder, ReadOnlySpan<byte>.Empty, destination, output, isFinalBlock: true);
    }

    /// <summary>Feeds <paramref name="source"/> to the encoder, writing its output until it has taken all of it (and, at the end, flushed).</summary>
    private static void Drain(BrotliEncoder encoder, ReadOnlySpan<byte> source, byte[] destination, Stream output, bool isFinalBlock)
    {
        while (true)
        {
            var status = encoder.Compress(source, destination, out var consumed, out var written, isFinalBlock);
            output.Write(destination, 0, written);
            source = source[consumed..];
            switch (status)
            {
                case System.Buffers.OperationStatus.Done when source.IsEmpty:
                    return;
                case System.Buffers.OperationStatus.Done or System.Buffers.OperationStatus.DestinationTooSmall:
                    continue;
                default:
                    throw new InvalidDataException($"Brotli encoding failed ({status}).");
            }
        }
    }
}
