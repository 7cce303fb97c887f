using System.Diagnostics;
using System.Globalization;
using GenScreen.Core.Images.Faces;
using GenScreen.Images.Faces;
using GenScreen.Images.Models;
using GenScreen.Images.Nsfw;
using GenScreen.ModelImport.FaceApi;
using Microsoft.ML.OnnxRuntime;

namespace GenScreen.Benchmarks;

/// <summary>
/// <c>face-stage-times [rounds]</c> (a diagnostic for a loaded machine): where the face stage's time goes with the app's
/// two face groups, each stage and each candidate variant timed once per round, round-robin with the NSFW anchor and the
/// whole <see cref="FaceAnalyzer.Analyze(ReadOnlyMemory{byte}, int, int, bool)"/> (the order rotated every round), so all
/// see the same minutes of load. Reported: each item's median and the median of its per-round ratio to the anchor.
/// The per-face part is timed as one group alone (2 faces, single-threaded sessions, the whole chain on this thread) and
/// as the two groups at once on both cores, the way the analyzer runs them.
/// </summary>
internal static class FaceStageTimes
{
    private const int Size = 1024;
    private const int FaceInputLength = FaceModelNames.FaceInputSize * FaceModelNames.FaceInputSize * 3;

    public static void Run(TextWriter output, int rounds)
    {
        var root = ImageBenchContext.Root;
        var rgb = FaceAnalysisBenchmarks.Sample4Letterboxed(root, Size);
        var files = FaceModelCache.EnsureFiles(root, detector: FaceDetectorKind.Tiny);
        var options = new FaceAnalyzerOptions { Detector = FaceDetectorKind.Tiny };
        using var analyzer = new FaceAnalyzer(files, options);
        using var analyzer2 = new FaceAnalyzer(files, new FaceAnalyzerOptions { Detector = FaceDetectorKind.Tiny, IntraOpNumThreads = 2 });
        using var onePass = new FaceAnalyzer(files, options) { DetectorResizeBands = 1 };
        using var anchor = new NsfwClassifier(ImageBenchContext.Model());
        var faces = analyzer.Analyze(rgb, Size, Size).Faces;
        if (faces.Count != 4 || faces.Any(f => f.Signal.TooSmallToJudge))
        {
            throw new InvalidOperationException($"The budget frame should show 4 faces large enough to judge; found {faces.Count}.");
        }

        var detectorBytes = ModelFileVerifier.ReadVerified(FaceModelInfo.TinyDetector, files.Detector);
        var landmarkBytes = ModelFileVerifier.ReadVerified(FaceModelInfo.Landmarks, files.Landmarks);
        var ageBytes = ModelFileVerifier.ReadVerified(FaceModelInfo.Age, files.Age);
        using var appOptions = FaceAnalyzer.CreateSessionOptions(options);
        using var oneThread = FaceAnalyzer.CreateSessionOptions(1);
        using var twoThreads = FaceAnalyzer.CreateSessionOptions(2);
        using var twoSpinning = FaceAnalyzer.CreateSessionOptions(2);
        twoSpinning.AddSessionConfigEntry("session.intra_op.allow_spinning", "1");
        using var twoDaz = FaceAnalyzer.CreateSessionOptions(2);
        twoDaz.AddSessionConfigEntry("session.set_denormal_as_zero", "1");
        using var oneDaz = FaceAnalyzer.CreateSessionOptions(1);
        oneDaz.AddSessionConfigEntry("session.set_denormal_as_zero", "1");
        using var detector = new InferenceSession(detectorBytes, appOptions);
        using var detector2 = new InferenceSession(detectorBytes, twoThreads);
        using var detector2Spin = new InferenceSession(detectorBytes, twoSpinning);
        using var detector1 = new InferenceSession(detectorBytes, oneThread);
        using var detector2Daz = new InferenceSession(detectorBytes, twoDaz);
        using var ageDaz = new InferenceSession(ageBytes, oneDaz);
        var landmarks = new[] { new InferenceSession(landmarkBytes, oneThread), new InferenceSession(landmarkBytes, oneThread) };
        var ages = new[] { new InferenceSession(ageBytes, oneThread), new InferenceSession(ageBytes, oneThread) };

        var inputSize = analyzer.DetectorInputSize;
        var detectorInput = new float[3 * inputSize * inputSize];
        FaceImageResampler.ResamplePlanar(rgb, Size, 0, 0, Size, Size, FaceImageResampler.Padding.BottomRight, inputSize, FaceModelNames.TinyMeanRgb, detectorInput);
        var landmarkCrops = faces.Select(f => FaceApiGeometry.ClipAtImageBorders(FaceApiGeometry.ForSize(f.Detection, Size, Size), Size, Size)).ToArray();
        var ageCrops = faces.Select(f => FaceApiGeometry.ClipAtImageBorders(FaceApiGeometry.ForSize(f.AlignedRect!.Value, Size, Size), Size, Size)).ToArray();
        var groupInputs = new[] { new float[2 * FaceInputLength], new float[2 * FaceInputLength] };
        var groupAgeInputs = new[] { new float[2 * FaceInputLength], new float[2 * FaceInputLength] };

        // One group's whole chain (faces 2g, 2g+1): crops, landmark net, geometry, age crops, age net.
        void Chain(int g)
        {
            Crops(rgb, landmarkCrops.AsSpan(2 * g, 2), groupInputs[g]);
            var points = Infer(landmarks[g], FaceModelNames.LandmarkInput, FaceModelNames.LandmarkOutput, groupInputs[g], 2, FaceModelNames.FaceInputSize);
            var crops = new FaceBox[2];
            for (var i = 0; i < 2; i++)
            {
                var face = faces[(2 * g) + i];
                var lm = FaceApiGeometry.Landmarks(points.AsSpan(i * 136, 136), landmarkCrops[(2 * g) + i], face.Detection, FaceModelNames.FaceInputSize);
                crops[i] = FaceApiGeometry.ClipAtImageBorders(FaceApiGeometry.ForSize(FaceApiGeometry.AlignedRect(lm, Size, Size), Size, Size), Size, Size);
            }

            Crops(rgb, crops, groupAgeInputs[g]);
            Infer(ages[g], FaceModelNames.AgeGenderInput, FaceModelNames.AgeOutput, groupAgeInputs[g], 2, FaceModelNames.FaceInputSize);
        }

        var items = new (string Name, Action Run)[]
        {
            ("anchor: NSFW classify 1024²", () => anchor.Classify(rgb, Size, Size)),
            ("whole: Analyze, 4 faces (app)", () => analyzer.Analyze(rgb, Size, Size)),
            ("whole: Analyze, detector resize in one pass", () => onePass.Analyze(rgb, Size, Size)),
            ("whole: Analyze, IntraOpNumThreads 2", () => analyzer2.Analyze(rgb, Size, Size)),
            ("1 resize 1024² → 416² planar", () => FaceImageResampler.ResamplePlanar(rgb, Size, 0, 0, Size, Size, FaceImageResampler.Padding.BottomRight, inputSize, FaceModelNames.TinyMeanRgb, detectorInput)),
            ("1 the same resize, two row bands at once", () => Parallel.For(0, 2, new ParallelOptions { MaxDegreeOfParallelism = 2 }, band => FaceImageResampler.ResamplePlanarRows(rgb, Size, 0, 0, Size, Size, FaceImageResampler.Padding.BottomRight, inputSize, FaceModelNames.TinyMeanRgb, detectorInput, band * inputSize / 2, (band + 1) * inputSize / 2))),
            ("2 detector net, app options (threads 0)", () => Infer(detector, FaceModelNames.TinyInput, FaceModelNames.TinyOutput, detectorInput, 1, inputSize)),
            ("2 detector net, 2 threads", () => Infer(detector2, FaceModelNames.TinyInput, FaceModelNames.TinyOutput, detectorInput, 1, inputSize)),
            ("2 detector net, 2 threads spinning", () => Infer(detector2Spin, FaceModelNames.TinyInput, FaceModelNames.TinyOutput, detectorInput, 1, inputSize)),
            ("2 detector net, 2 threads denormals 0", () => Infer(detector2Daz, FaceModelNames.TinyInput, FaceModelNames.TinyOutput, detectorInput, 1, inputSize)),
            ("2 detector net, 1 thread", () => Infer(detector1, FaceModelNames.TinyInput, FaceModelNames.TinyOutput, detectorInput, 1, inputSize)),
            ("4 landmark crops, 2 faces", () => Crops(rgb, landmarkCrops.AsSpan(0, 2), groupInputs[0])),
            ("5 landmark net, 2 faces, 1 thread", () => Infer(landmarks[0], FaceModelNames.LandmarkInput, FaceModelNames.LandmarkOutput, groupInputs[0], 2, FaceModelNames.FaceInputSize)),
            ("7 age crops, 2 faces", () => Crops(rgb, ageCrops.AsSpan(0, 2), groupAgeInputs[0])),
            ("8 age net, 2 faces, 1 thread", () => Infer(ages[0], FaceModelNames.AgeGenderInput, FaceModelNames.AgeOutput, groupAgeInputs[0], 2, FaceModelNames.FaceInputSize)),
            ("8 age net, 2 faces, 1 thread denormals 0", () => Infer(ageDaz, FaceModelNames.AgeGenderInput, FaceModelNames.AgeOutput, groupAgeInputs[0], 2, FaceModelNames.FaceInputSize)),
            ("4–8 one group's chain alone (2 faces)", () => Chain(0)),
            ("4–8 two groups at once (4 faces)", () => Parallel.For(0, 2, new ParallelOptions { MaxDegreeOfParallelism = 2 }, Chain)),
        };

        foreach (var (_, run) in items)
        {
            run();
            run();
        }

        var times = new double[items.Length][];
        for (var i = 0; i < items.Length; i++)
        {
            times[i] = new double[rounds];
        }

        for (var r = 0; r < rounds; r++)
        {
            for (var k = 0; k < items.Length; k++)
            {
                var i = (k + r) % items.Length;
                var start = Stopwatch.GetTimestamp();
                items[i].Run();
                times[i][r] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            }
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"face stages, {rounds} rounds, {DateTime.UtcNow:HH:mm:ss} UTC; ages {string.Join(", ", faces.Select(f => f.Signal.ApparentAge?.ToString("F3", CultureInfo.InvariantCulture)))}"));
        for (var i = 0; i < items.Length; i++)
        {
            var ratios = times[i].Zip(times[0], (t, a) => t / a).ToArray();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {items[i].Name,-42} median {SampleStats.Median(times[i]),8:F3} ms  min {times[i].Min(),8:F3} ms  quartiles {Quantile(times[i], 0.25),8:F3}–{Quantile(times[i], 0.75),8:F3} ms  ÷ anchor {SampleStats.Median(ratios):F3}"));
        }

        foreach (var session in landmarks.Concat(ages))
        {
            session.Dispose();
        }
    }

    private static void Crops(byte[] rgb, ReadOnlySpan<FaceBox> crops, float[] destination)
    {
        for (var i = 0; i < crops.Length; i++)
        {
            var c = crops[i];
            FaceImageResampler.ResamplePlanar(rgb, Size, c.X, c.Y, c.Width, c.Height, FaceImageResampler.Padding.Centred, FaceModelNames.FaceInputSize, FaceModelNames.FaceMeanRgb, destination.AsSpan(i * FaceInputLength, FaceInputLength));
        }
    }

    private static float[] Infer(InferenceSession session, string inputName, string outputName, float[] input, int batch, int side)
    {
        using var runOptions = new RunOptions();
        using var value = OrtValue.CreateTensorValueFromMemory(OrtMemoryInfo.DefaultInstance, input.AsMemory(0, batch * side * side * 3), [batch, 3, side, side]);
        using var outputs = session.Run(runOptions, [inputName], [value], [outputName]);
        return outputs[0].GetTensorDataAsSpan<float>().ToArray();
    }

    private static double Quantile(double[] values, double q) => values.Order().ElementAt((int)(q * (values.Length - 1)));
}
