using System.Globalization;
using GenScreen.Images.Decoding;
using GenScreen.Images.Faces;

namespace GenScreen.Benchmarks;

/// <summary>
/// What a smaller tiny-detector input costs in faces (a diagnostic, not a benchmark: <c>face-detector-sizes</c>): every
/// real photograph with people that ships here (face-api's six demo photos, skimage's astronaut when the Images tests
/// have cached it, and the same photos fitted into 1024×1024 as the budget benchmark does), analyzed with the app's
/// default options at each input size of <see cref="FaceDetectorSizes.Candidates"/>. Per size: faces found and judged,
/// those read under 21 and 16 (all these faces are adults), and, for faces matched to the 416 run (box centres within
/// half a box), the largest change of box and apparent age.
/// </summary>
internal static class FaceDetectorSizeEvaluation
{
    public static void Run(TextWriter output)
    {
        var root = ImageBenchContext.Root;
        var photos = Enumerable.Range(1, 6).Select(i => Path.Combine(root, "node_modules", "@vladmandic", "face-api", "demo", $"sample{i}.jpg")).ToList();
        var astronaut = Path.Combine(root, "artifacts", "test-data", "skimage", "astronaut.png");
        if (File.Exists(astronaut))
        {
            photos.Add(astronaut);
        }

        var frames = new List<(string Name, byte[] Rgb, int Width, int Height)>();
        foreach (var path in photos)
        {
            var frame = ImageBenchContext.DecodeOrThrow(File.ReadAllBytes(path), path);
            frames.Add((Path.GetFileName(path), frame.Rgb.ToArray(), frame.Width, frame.Height));
            frames.Add(($"{Path.GetFileName(path)}@1024", FaceAnalysisBenchmarks.Letterbox(frame.Rgb.ToArray(), frame.Width, frame.Height, 1024), 1024, 1024));
        }

        Dictionary<string, IReadOnlyList<AnalyzedFace>>? reference = null;
        foreach (var size in FaceDetectorSizes.Candidates)
        {
            using var analyzer = FaceDetectorSizes.Create(size);
            var results = frames.ToDictionary(f => f.Name, f => analyzer.Analyze(f.Rgb, f.Width, f.Height).Faces);
            reference ??= results;
            var all = results.Values.SelectMany(f => f).ToList();
            var ages = all.Where(f => f.Signal.ApparentAge is not null).Select(f => f.Signal.ApparentAge!.Value).ToList();
            var (matched, missing, extra, worstBox, worstAge) = (0, 0, 0, 0.0, 0.0);
            foreach (var (name, faces) in results)
            {
                var expected = reference[name];
                var used = new HashSet<int>();
                foreach (var e in expected)
                {
                    var index = FacePairing.Closest(faces, e.Detection, used);
                    if (index < 0)
                    {
                        missing++;
                        continue;
                    }

                    used.Add(index);
                    matched++;
                    var a = faces[index];
                    worstBox = Math.Max(worstBox, new[] { Math.Abs(a.Detection.X - e.Detection.X), Math.Abs(a.Detection.Y - e.Detection.Y), Math.Abs(a.Detection.Width - e.Detection.Width), Math.Abs(a.Detection.Height - e.Detection.Height) }.Max());
                    if (a.Signal.ApparentAge is { } age && e.Signal.ApparentAge is { } before)
                    {
                        worstAge = Math.Max(worstAge, Math.Abs(age - before));
                    }
                }

                extra += faces.Count - used.Count;
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"input {size}: {all.Count} faces on {frames.Count} frames, {ages.Count} judged; under 21: {ages.Count(a => a < 21)}, under 16: {ages.Count(a => a < 16)}; " +
                $"vs 416: {matched} matched, {missing} missing, {extra} new; max Δbox {worstBox:F1} px, max Δage {worstAge:F2} years"));
            foreach (var (name, faces) in results)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {name}: {faces.Count} [{string.Join(", ", faces.Select(f => f.Signal.ApparentAge is { } a ? $"{a:F1}y {f.Detection.Width:F0}px {f.Signal.DetectorConfidence:F2}" : $"small {f.Detection.Width:F0}px {f.Signal.DetectorConfidence:F2}"))}]"));
            }
        }
    }
}
