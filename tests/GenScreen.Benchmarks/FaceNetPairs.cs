using System.Diagnostics;
using System.Globalization;
using GenScreen.Images.Faces;
using Microsoft.ML.OnnxRuntime;

namespace GenScreen.Benchmarks;

/// <summary>
/// Paired timings for a loaded machine (a diagnostic: <c>face-net-pairs [pairs]</c>): each face net as shipped (float32,
/// the app's session options) and one variant (<see cref="FaceNetVariantBenchmarks"/>' variants: int8 QDQ, 1 or 2
/// intra-op threads, no CPU memory arena) run alternately on the budget frame's inputs, the order swapped every pair
/// (AB, BA, …), so both see the same minutes of load; and the detector's planar resize, fused (one pass) against the
/// two-pass build main had. Reported per pair set: median of each side and the median and quartiles of the per-pair ratio
/// variant ÷ shipped. Under load a BenchmarkDotNet run of 24 cases takes an hour and its rows are minutes apart.
/// </summary>
internal static class FaceNetPairs
{
    private const int Size = 1024;

    public static void Run(TextWriter output, int pairs)
    {
        var root = ImageBenchContext.Root;
        var rgb = FaceAnalysisBenchmarks.Sample4Letterboxed(root, Size);
        var planar = new float[3 * FaceModelNames.TinyInputSize * FaceModelNames.TinyInputSize];
        Report(output, "detector resize 1024² → 416² planar: fused ÷ two-pass", Pair(pairs * 4,
            () => FaceResamplerBefore.ResamplePlanarTwoPass(rgb, Size, 0, 0, Size, Size, FaceImageResampler.Padding.BottomRight, FaceModelNames.TinyInputSize, FaceModelNames.TinyMeanRgb, planar),
            () => FaceImageResampler.ResamplePlanar(rgb, Size, 0, 0, Size, Size, FaceImageResampler.Padding.BottomRight, FaceModelNames.TinyInputSize, FaceModelNames.TinyMeanRgb, planar)));

        var float32 = FaceInt8Models.Float32(root);
        var int8 = FaceInt8Models.Int8(root, float32);
        var options = new FaceAnalyzerOptions { Detector = FaceDetectorKind.Tiny };
        foreach (var net in new[] { "Detector", "Landmarks", "Age" })
        {
            var (input, shape, inputName, outputName) = Inputs(rgb, float32, net);
            using var appOptions = FaceAnalyzer.CreateSessionOptions(options);
            using var shipped = new InferenceSession(Pick(float32, net), appOptions);
            foreach (var variant in new[] { "Int8", "OneThread", "TwoThreads", "NoArena" })
            {
                using var variantOptions = FaceAnalyzer.CreateSessionOptions(new FaceAnalyzerOptions { Detector = FaceDetectorKind.Tiny, IntraOpNumThreads = variant switch { "OneThread" => 1, "TwoThreads" => 2, _ => 0 } });
                variantOptions.EnableCpuMemArena = variant != "NoArena";
                using var other = new InferenceSession(Pick(variant == "Int8" ? int8 : float32, net), variantOptions);
                Report(output, $"{net} {variant} ÷ shipped", Pair(pairs, () => Infer(shipped, input, shape, inputName, outputName), () => Infer(other, input, shape, inputName, outputName)));
            }
        }
    }

    /// <summary>
    /// <c>face-group-pairs [pairs]</c>: the whole face stage (<see cref="FaceAnalyzer.Analyze(ReadOnlyMemory{byte}, int, int, bool)"/>
    /// on the budget frame, 4 faces) with the judged faces in one batch per net (<c>FaceNetGroups = 1</c>, main before
    /// session 10) against two groups at once (the default), alternated; and, beside it, each against the NSFW anchor in
    /// the same minutes. First checks that both give the same faces, landmarks and ages (bit for bit).
    /// </summary>
    public static void RunGroups(TextWriter output, int pairs)
    {
        var root = ImageBenchContext.Root;
        var rgb = FaceAnalysisBenchmarks.Sample4Letterboxed(root, Size);
        var files = GenScreen.ModelImport.FaceApi.FaceModelCache.EnsureFiles(root, detector: FaceDetectorKind.Tiny);
        using var oneBatch = new FaceAnalyzer(files, new FaceAnalyzerOptions { Detector = FaceDetectorKind.Tiny, FaceNetGroups = 1 });
        using var twoGroups = new FaceAnalyzer(files, new FaceAnalyzerOptions { Detector = FaceDetectorKind.Tiny });
        using var anchor = new GenScreen.Images.Nsfw.NsfwClassifier(ImageBenchContext.Model());
        var a = oneBatch.Analyze(rgb, Size, Size).Faces;
        var b = twoGroups.Analyze(rgb, Size, Size).Faces;
        var same = a.Count == b.Count && a.Zip(b).All(p => p.First.Signal.ApparentAge == p.Second.Signal.ApparentAge && p.First.AlignedRect == p.Second.AlignedRect && p.First.Landmarks.SequenceEqual(p.Second.Landmarks));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"budget frame: {a.Count} faces; two groups give the same landmarks, rectangles and ages as one batch: {same}; ages {string.Join(", ", b.Select(f => f.Signal.ApparentAge?.ToString("F3", CultureInfo.InvariantCulture)))}"));
        if (!same)
        {
            throw new InvalidOperationException("Two face groups changed a result.");
        }

        Report(output, "faces 4 × 1024²: two groups ÷ one batch", Pair(pairs, () => oneBatch.Analyze(rgb, Size, Size), () => twoGroups.Analyze(rgb, Size, Size)));
        Report(output, "one batch ÷ NSFW anchor", Pair(pairs, () => anchor.Classify(rgb, Size, Size), () => oneBatch.Analyze(rgb, Size, Size)));
        Report(output, "two groups ÷ NSFW anchor", Pair(pairs, () => anchor.Classify(rgb, Size, Size), () => twoGroups.Analyze(rgb, Size, Size)));

        // Session 11: the detector's resize in two bands of rows at once (the app's, above) against one pass, the rest the same.
        using var onePass = new FaceAnalyzer(files, new FaceAnalyzerOptions { Detector = FaceDetectorKind.Tiny }) { DetectorResizeBands = 1 };
        Report(output, "two groups, detector resize in one pass ÷ NSFW anchor", Pair(pairs, () => anchor.Classify(rgb, Size, Size), () => onePass.Analyze(rgb, Size, Size)));
        Report(output, "two groups: resize in two bands ÷ in one pass", Pair(pairs, () => onePass.Analyze(rgb, Size, Size), () => twoGroups.Analyze(rgb, Size, Size)));
    }

    private static (float[] Input, long[] Shape, string InputName, string OutputName) Inputs(byte[] rgb, FaceModelBytes float32, string net)
    {
        if (net == "Detector")
        {
            var detector = new float[3 * FaceModelNames.TinyInputSize * FaceModelNames.TinyInputSize];
            FaceImageResampler.ResamplePlanar(rgb, Size, 0, 0, Size, Size, FaceImageResampler.Padding.BottomRight, FaceModelNames.TinyInputSize, FaceModelNames.TinyMeanRgb, detector);
            return (detector, [1, 3, FaceModelNames.TinyInputSize, FaceModelNames.TinyInputSize], FaceModelNames.TinyInput, FaceModelNames.TinyOutput);
        }

        using var analyzer = new FaceAnalyzer(float32, new FaceAnalyzerOptions { Detector = FaceDetectorKind.Tiny });
        var faces = analyzer.Analyze(rgb, Size, Size).Faces;
        var length = 3 * FaceModelNames.FaceInputSize * FaceModelNames.FaceInputSize;
        var input = new float[faces.Count * length];
        for (var i = 0; i < faces.Count; i++)
        {
            var rect = net == "Landmarks" ? faces[i].Detection : faces[i].AlignedRect!.Value;
            var c = FaceApiGeometry.ClipAtImageBorders(FaceApiGeometry.ForSize(rect, Size, Size), Size, Size);
            FaceImageResampler.ResamplePlanar(rgb, Size, c.X, c.Y, c.Width, c.Height, FaceImageResampler.Padding.Centred, FaceModelNames.FaceInputSize, FaceModelNames.FaceMeanRgb, input.AsSpan(i * length, length));
        }

        return (input, [faces.Count, 3, FaceModelNames.FaceInputSize, FaceModelNames.FaceInputSize], net == "Landmarks" ? FaceModelNames.LandmarkInput : FaceModelNames.AgeGenderInput, net == "Landmarks" ? FaceModelNames.LandmarkOutput : FaceModelNames.AgeOutput);
    }

    private static byte[] Pick(FaceModelBytes models, string net) => net switch
    {
        "Detector" => models.Detector,
        "Landmarks" => models.Landmarks,
        _ => models.Age,
    };

    private static void Infer(InferenceSession session, float[] input, long[] shape, string inputName, string outputName)
    {
        using var value = OrtValue.CreateTensorValueFromMemory(OrtMemoryInfo.DefaultInstance, input.AsMemory(), shape);
        using var outputs = session.Run(new RunOptions(), [inputName], [value], [outputName]);
    }

    /// <summary>3 warm-up runs each, then <paramref name="pairs"/> pairs in alternating order; milliseconds per run.</summary>
    private static (double[] Before, double[] After) Pair(int pairs, Action before, Action after)
    {
        for (var i = 0; i < 3; i++)
        {
            before();
            after();
        }

        var (b, a) = (new double[pairs], new double[pairs]);
        for (var i = 0; i < pairs; i++)
        {
            if (i % 2 == 0)
            {
                b[i] = Time(before);
                a[i] = Time(after);
            }
            else
            {
                a[i] = Time(after);
                b[i] = Time(before);
            }
        }

        return (b, a);
    }

    private static double Time(Action action)
    {
        var start = Stopwatch.GetTimestamp();
        action();
        return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }

    private static void Report(TextWriter output, string name, (double[] Before, double[] After) times)
    {
        var ratios = times.After.Zip(times.Before, (a, b) => a / b).Order().ToArray();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: {SampleStats.Median(times.Before):F3} ms → {SampleStats.Median(times.After):F3} ms (medians of {ratios.Length}); per-pair ratio median {SampleStats.Median(ratios):F3}, quartiles {ratios[ratios.Length / 4]:F3}–{ratios[3 * ratios.Length / 4]:F3}; ratio of medians {SampleStats.Median(times.After) / SampleStats.Median(times.Before):F3}; {DateTime.UtcNow:HH:mm:ss} UTC"));
    }
}
