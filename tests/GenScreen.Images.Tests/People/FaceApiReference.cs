using System.Security.Cryptography;
using System.Text.Json;
using GenScreen.Core.Images.Faces;
using GenScreen.Images.Tests.Nsfw;

namespace GenScreen.Images.Tests.People;

/// <summary>One face as face-api found and described it in node.</summary>
internal sealed record FaceApiFace(double Score, FaceBox Crop, (double X, double Y)[] Landmarks, string InputSha256, float[] Descriptor, double Milliseconds);

/// <summary>One image's faces according to face-api.</summary>
internal sealed record FaceApiImage(string Path, int Width, int Height, string RgbSha256, IReadOnlyList<FaceApiFace> Faces);

/// <summary>
/// Runs face-api itself (parity/faceapi-recognition-parity.mjs: SSD detector, 68 landmarks, recognition net, tfjs wasm
/// backend, the net's input hashed on the cpu backend) on PNG files. The JS reference is slow (seconds per photo), so its answer is cached per PNG under
/// <c>artifacts/test-data/faceapi-reference</c>, keyed by the SHA-256 of the PNG bytes and of the script.
/// </summary>
internal static class FaceApiReference
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(15);
    private static readonly Lock Gate = new();

    public static IReadOnlyList<FaceApiImage> Describe(string repositoryRoot, IReadOnlyList<string> pngPaths)
    {
        var script = Path.Combine(repositoryRoot, "tests", "GenScreen.Images.Tests", "parity", "faceapi-recognition-parity.mjs");
        var scriptSha = Sha256(File.ReadAllBytes(script))[..16];
        var cache = Path.Combine(repositoryRoot, "artifacts", "test-data", "faceapi-reference");
        lock (Gate)
        {
            Directory.CreateDirectory(cache);
            string CachePath(string png) => Path.Combine(cache, $"{Sha256(File.ReadAllBytes(png))[..32]}-{scriptSha}.json");
            var missing = pngPaths.Where(p => !File.Exists(CachePath(p))).ToList();
            if (missing.Count > 0)
            {
                var output = Path.Combine(Path.GetTempPath(), $"faceapi-parity-{Guid.NewGuid():N}.json");
                try
                {
                    var (exitCode, _, stderr) = ProcessRunner.Run("node", [script, "--out", output, .. missing], repositoryRoot, Timeout);
                    if (exitCode != 0)
                    {
                        throw new InvalidOperationException($"node {script} failed (exit {exitCode}): {stderr}");
                    }

                    using var json = JsonDocument.Parse(File.ReadAllBytes(output));
                    var backend = json.RootElement.GetProperty("backend").GetString();
                    if (backend != "wasm")
                    {
                        throw new InvalidOperationException($"face-api ran on the '{backend}' backend, expected tfjs-backend-wasm.");
                    }

                    foreach (var (image, png) in json.RootElement.GetProperty("images").EnumerateArray().Zip(missing))
                    {
                        File.WriteAllText(CachePath(png), image.GetRawText());
                    }
                }
                finally
                {
                    File.Delete(output);
                }
            }

            return pngPaths.Select(p => Parse(p, File.ReadAllBytes(CachePath(p)))).ToList();
        }
    }

    private static FaceApiImage Parse(string png, byte[] json)
    {
        using var doc = JsonDocument.Parse(json);
        var e = doc.RootElement;
        var faces = e.GetProperty("faces").EnumerateArray().Select(f =>
        {
            var c = f.GetProperty("crop");
            return new FaceApiFace(
                f.GetProperty("score").GetDouble(),
                new FaceBox(c.GetProperty("x").GetInt32(), c.GetProperty("y").GetInt32(), c.GetProperty("width").GetInt32(), c.GetProperty("height").GetInt32()),
                f.GetProperty("landmarks").EnumerateArray().Select(p => (p[0].GetDouble(), p[1].GetDouble())).ToArray(),
                f.GetProperty("inputSha256").GetString()!,
                f.GetProperty("descriptor").EnumerateArray().Select(v => v.GetSingle()).ToArray(),
                f.GetProperty("ms").GetDouble());
        }).ToList();
        return new FaceApiImage(png, e.GetProperty("width").GetInt32(), e.GetProperty("height").GetInt32(), e.GetProperty("rgbSha256").GetString()!, faces);
    }

    private static string Sha256(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
