using System.Text.Json;
using GenScreen.Images.Decoding;
using GenScreen.Images.Tests.Nsfw;

namespace GenScreen.Images.Tests.Faces;

/// <summary>One face as face-api reported it in node.</summary>
internal sealed record ReferenceFace(double Score, double X, double Y, double Width, double Height, double[][] Landmarks, double AlignedX, double AlignedY, double AlignedWidth, double AlignedHeight, double Age);

/// <summary>One image's faces as face-api reported them with one detector, and how long face-api took.</summary>
internal sealed record ReferenceImage(string Name, IReadOnlyList<ReferenceFace> Faces, double Milliseconds);

/// <summary>face-api's answer for every detector asked, on one backend, from one node process.</summary>
internal sealed record ReferenceRun(string Backend, double LoadMilliseconds, IReadOnlyDictionary<string, IReadOnlyList<ReferenceImage>> ByDetector);

/// <summary>
/// Runs face-api itself (parity/faceapi-parity.mjs under node, tfjs 4.22, wasm backend unless told otherwise) on frames
/// GenScreen decoded: the RGB bytes are handed over raw, so both sides analyze identical pixels. Every detector runs on
/// every frame in one node process, so node starts and the models load once.
/// </summary>
internal static class FaceApiReference
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(15);

    public static ReferenceRun Analyze(string repositoryRoot, IReadOnlyList<(string Name, DecodedFrame Frame)> frames, IReadOnlyList<string> detectors, string backend = "wasm", double minConfidence = 0.5)
    {
        var script = Path.Combine(repositoryRoot, "tests", "GenScreen.Images.Tests", "parity", "faceapi-parity.mjs");
        var work = Directory.CreateTempSubdirectory("genscreen-faceapi-");
        try
        {
            var args = new List<string>
            {
                script, "--out", Path.Combine(work.FullName, "result.json"), "--min-confidence", minConfidence.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "--detectors", string.Join(',', detectors), "--backend", backend,
            };
            for (var i = 0; i < frames.Count; i++)
            {
                var (_, frame) = frames[i];
                var path = Path.Combine(work.FullName, $"{i}.rgb");
                File.WriteAllBytes(path, frame.Rgb.ToArray());
                args.Add($"{path}:{frame.Width}:{frame.Height}");
            }

            var (exitCode, _, stderr) = ProcessRunner.Run("node", args, repositoryRoot, Timeout);
            if (exitCode != 0)
            {
                throw new InvalidOperationException($"node {script} failed (exit {exitCode}): {stderr}");
            }

            using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(work.FullName, "result.json")));
            var ran = json.RootElement.GetProperty("backend").GetString();
            if (ran != backend)
            {
                throw new InvalidOperationException($"face-api ran on the '{ran}' backend, expected '{backend}'.");
            }

            var images = json.RootElement.GetProperty("images").EnumerateArray().ToList();
            var byDetector = detectors.ToDictionary(d => d, IReadOnlyList<ReferenceImage> (d) => [.. images.Select((image, i) =>
            {
                var result = image.GetProperty("detectors").GetProperty(d);
                return new ReferenceImage(frames[i].Name, [.. result.GetProperty("faces").EnumerateArray().Select(Face)], result.GetProperty("ms").GetDouble());
            })]);
            return new ReferenceRun(backend, json.RootElement.GetProperty("loadMs").GetDouble(), byDetector);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static ReferenceFace Face(JsonElement f)
    {
        var box = f.GetProperty("box");
        var aligned = f.GetProperty("alignedBox");
        return new ReferenceFace(
            f.GetProperty("score").GetDouble(),
            box.GetProperty("x").GetDouble(), box.GetProperty("y").GetDouble(), box.GetProperty("width").GetDouble(), box.GetProperty("height").GetDouble(),
            [.. f.GetProperty("landmarks").EnumerateArray().Select(p => new[] { p[0].GetDouble(), p[1].GetDouble() })],
            aligned.GetProperty("x").GetDouble(), aligned.GetProperty("y").GetDouble(), aligned.GetProperty("width").GetDouble(), aligned.GetProperty("height").GetDouble(),
            f.GetProperty("age").GetDouble());
    }
}
