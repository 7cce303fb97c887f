using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using GenScreen.Images.Decoding;
using GenScreen.Images.Faces;
using GenScreen.Images.Models;
using GenScreen.Images.People;
using GenScreen.LocalDev;
using GenScreen.ModelImport.FaceApi;
using GenScreen.ModelImport.FaceRecognition;

namespace GenScreen.Benchmarks;

/// <summary>
/// <c>recognition-int8 [pairs] [weightLevels]</c>: face-api's recognition net quantized to int8 by the importer
/// (<see cref="FaceApiRecognitionModelImporter.ImportInt8"/>), calibrated on the faces of face-api's demo photos 1–3 and
/// evaluated on the faces of demo photos 4–6 and skimage's astronaut (faces located by the shipped analyzer, SSD, as
/// <c>people enroll</c> does): per face the distance between its float32 and int8 descriptors (by the triangle
/// inequality, no distance between two faces moves by more than the sum of theirs), and every pair of different faces
/// decided at 0.45 and 0.6 with each; then speed, alternating both sessions on one face crop, with the load average.
/// </summary>
internal static class RecognitionInt8Evaluation
{
    public static void Run(TextWriter output, int pairs, int weightLevels)
    {
        var root = RepositoryRoot.Find();
        var package = Path.Combine(root, "node_modules", "@vladmandic", "face-api");
        using var analyzer = new FaceAnalyzer(FaceModelCache.EnsureFiles(root));
        var locator = new FaceAnalyzerLocator(analyzer);
        using var shipped = new FaceEmbedder(FaceApiRecognitionModelImporter.EnsureFile(root));

        List<(string Name, DecodedFrame Frame, LocatedFace Face)> Faces(IEnumerable<string> files) =>
            [.. files.SelectMany(file =>
            {
                var frame = SafeImageDecoder.Decode(File.ReadAllBytes(file), null, Path.GetFileName(file), new ImageDecodeLimits(), CancellationToken.None).Frames[0];
                return locator.Locate(frame.Rgb, frame.Width, frame.Height).Select((f, i) => ($"{Path.GetFileName(file)}#{i}", frame, f));
            })];

        string Demo(int n) => Path.Combine(package, "demo", $"sample{n}.jpg");
        var calibration = Faces([Demo(1), Demo(2), Demo(3)]);
        var evaluation = Faces([Demo(4), Demo(5), Demo(6), Path.Combine(root, "artifacts", "test-data", "skimage", "astronaut.png")]);
        var import = Stopwatch.StartNew();
        var bytes = FaceApiRecognitionModelImporter.ImportInt8(
            package,
            calibration.Select(c => FaceRecognitionPreprocessing.ToInputTensor(c.Frame.Rgb.Span, c.Frame.Width, c.Frame.Height, c.Face.RecognitionCrop)),
            $"faces of npm:@vladmandic/face-api demo/sample1-3.jpg ({calibration.Count})",
            weightLevels);
        import.Stop();
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var path = Path.Combine(Path.GetTempPath(), $"faceapi_face_recognition.int8.{sha[..12]}.onnx");
        File.WriteAllBytes(path, bytes);
        using var int8 = new FaceEmbedder(new ModelFile(path, sha), sha);
        output.WriteLine(Invariant($"int8 recognition net (weights ±{weightLevels}): {bytes.Length:N0} B, sha256 {sha}, imported in {import.Elapsed.TotalSeconds:0.0} s; calibrated on {calibration.Count} faces, evaluated on {evaluation.Count}"));

        var floatDescriptors = new List<float[]>();
        var int8Descriptors = new List<float[]>();
        var self = new List<double>();
        foreach (var (name, frame, face) in evaluation)
        {
            var f = shipped.Embed(frame.Rgb.Span, frame.Width, frame.Height, face.RecognitionCrop);
            var q = int8.Embed(frame.Rgb.Span, frame.Width, frame.Height, face.RecognitionCrop);
            floatDescriptors.Add(f);
            int8Descriptors.Add(q);
            self.Add(FaceDistance.Euclidean(f, q));
            output.WriteLine(Invariant($"{name,-18} float↔int8 descriptor distance {self[^1]:0.0000}"));
        }

        var changes = new Dictionary<double, int> { [0.45] = 0, [0.6] = 0 };
        var moved = new List<double>();
        var closest = double.MaxValue;
        for (var i = 0; i < floatDescriptors.Count; i++)
        {
            for (var j = i + 1; j < floatDescriptors.Count; j++)
            {
                var f = FaceDistance.Euclidean(floatDescriptors[i], floatDescriptors[j]);
                var q = FaceDistance.Euclidean(int8Descriptors[i], int8Descriptors[j]);
                moved.Add(Math.Abs(f - q));
                closest = Math.Min(closest, f);
                foreach (var threshold in changes.Keys.ToList())
                {
                    changes[threshold] += (f <= threshold) != (q <= threshold) ? 1 : 0;
                }
            }
        }

        output.WriteLine(Invariant($"parity: {self.Count} faces, float↔int8 descriptor distance max {self.Max():0.0000}, mean {self.Average():0.0000}; {moved.Count} pairs of different faces (closest {closest:0.000} in float32): distance moved max {moved.Max():0.0000}, mean {moved.Average():0.0000}; decisions changed at 0.45: {changes[0.45]}, at 0.6: {changes[0.6]}"));

        var (_, photo, crop) = evaluation[^1];
        output.WriteLine(ShippedVersusInt8Timing.Measure(
            pairs,
            () => shipped.Embed(photo.Rgb.Span, photo.Width, photo.Height, crop.RecognitionCrop),
            () => int8.Embed(photo.Rgb.Span, photo.Width, photo.Height, crop.RecognitionCrop),
            "one face crop, 1 thread",
            "0.00"));
        File.Delete(path);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
