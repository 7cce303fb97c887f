using System.Globalization;
using GenScreen.Images.Faces;

namespace GenScreen.Benchmarks;

/// <summary>
/// Parity of each face net in int8 against float32 (a diagnostic, not a benchmark: <c>face-int8</c>): the analyzer with
/// one net swapped for its int8 variant (<see cref="FaceInt8Models"/>), then all three, on the evaluation photos (face-api
/// demo 4–6 and skimage's astronaut, native and fitted into 1024×1024; none used for calibration), against the float32
/// analyzer on the same frames. Per configuration: faces found, lost and new; for the matched faces the largest change of
/// detection box (px, any edge), aligned rectangle (px) and apparent age (years), and the ages read under 21 and 16.
/// The bounds a net must keep to be shipped in int8 (issue 13): boxes within 2 px, apparent age within 0.5 years.
/// </summary>
internal static class FaceInt8Evaluation
{
    public static void Run(TextWriter output)
    {
        var root = ImageBenchContext.Root;
        var float32 = FaceInt8Models.Float32(root);
        foreach (var levels in new[] { 127, 63 })
        {
            output.WriteLine($"weights ±{levels}:");
            Compare(output, float32, FaceInt8Models.Int8(root, float32, levels));
        }
    }

    private static void Compare(TextWriter output, FaceModelBytes float32, FaceModelBytes int8)
    {
        var root = ImageBenchContext.Root;
        output.WriteLine($"int8 files: detector {int8.Detector.Length:N0} B, landmarks {int8.Landmarks.Length:N0} B, age {int8.Age.Length:N0} B (float32: {float32.Detector.Length:N0}, {float32.Landmarks.Length:N0}, {float32.Age.Length:N0})");
        var frames = FaceInt8Models.Frames(root, FaceInt8Models.EvaluationPhotos, withAstronaut: true);
        var reference = Analyze(float32, frames);
        (string Name, FaceModelBytes Models)[] configurations =
        [
            ("int8 detector", float32 with { Detector = int8.Detector }),
            ("int8 landmarks", float32 with { Landmarks = int8.Landmarks }),
            ("int8 age", float32 with { Age = int8.Age }),
            ("int8 all three", int8),
        ];
        var faces = reference.Sum(r => r.Count);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"float32: {faces} faces on {frames.Count} frames; ages [{string.Join(", ", reference.SelectMany(r => r).Select(f => f.Signal.ApparentAge is { } a ? a.ToString("F2", CultureInfo.InvariantCulture) : "small"))}]"));
        foreach (var (name, models) in configurations)
        {
            var results = Analyze(models, frames);
            var (matched, lost, added, box, aligned, age, meanAge) = (0, 0, 0, 0.0, 0.0, 0.0, 0.0);
            var ages = new List<double>();
            for (var i = 0; i < frames.Count; i++)
            {
                var used = new HashSet<int>();
                foreach (var e in reference[i])
                {
                    var index = FacePairing.Closest(results[i], e.Detection, used);
                    if (index < 0)
                    {
                        lost++;
                        continue;
                    }

                    used.Add(index);
                    matched++;
                    var a = results[i][index];
                    box = Math.Max(box, Distance(a.Detection, e.Detection));
                    if (a.AlignedRect is { } ar && e.AlignedRect is { } er)
                    {
                        aligned = Math.Max(aligned, Distance(ar, er));
                    }

                    if (a.Signal.ApparentAge is { } x && e.Signal.ApparentAge is { } y)
                    {
                        age = Math.Max(age, Math.Abs(x - y));
                        meanAge += Math.Abs(x - y);
                        ages.Add(x);
                    }
                }

                added += results[i].Count - used.Count;
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name}: {matched} matched, {lost} lost, {added} new; max Δbox {box:F2} px, max Δaligned {aligned:F2} px, max Δage {age:F2} years (mean {(ages.Count > 0 ? meanAge / ages.Count : 0):F2}); " +
                $"under 21: {ages.Count(a => a < 21)} (float32 {reference.SelectMany(r => r).Count(f => f.Signal.ApparentAge < 21)}), under 16: {ages.Count(a => a < 16)}; " +
                $"within bounds (2 px, 0.5 years): {(lost == 0 && added == 0 && box <= 2 && aligned <= 2 && age <= 0.5 ? "yes" : "no")}"));
        }
    }

    private static List<IReadOnlyList<AnalyzedFace>> Analyze(FaceModelBytes models, List<(byte[] Rgb, int Width, int Height)> frames)
    {
        using var analyzer = new FaceAnalyzer(models, new FaceAnalyzerOptions { Detector = FaceDetectorKind.Tiny });
        return [.. frames.Select(f => analyzer.Analyze(f.Rgb, f.Width, f.Height).Faces)];
    }

    private static double Distance(FaceRect a, FaceRect b) =>
        new[] { Math.Abs(a.X - b.X), Math.Abs(a.Y - b.Y), Math.Abs(a.Right - b.Right), Math.Abs(a.Bottom - b.Bottom) }.Max();
}
