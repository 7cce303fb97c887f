using System.Diagnostics;
using System.Globalization;
using GenScreen.Core.Images.Faces;
using GenScreen.Images.Faces;
using GenScreen.Images.Models;
using GenScreen.ModelImport.FaceApi;
using Microsoft.ML.OnnxRuntime;

namespace GenScreen.Benchmarks;

/// <summary>
/// <c>face-cpu-stages [rounds]</c> (a diagnostic for a loaded machine): what each part of the face stage costs in CPU
/// time, which a busy machine inflates far less than wall time. Every stage runs on the calling thread with
/// single-threaded sessions (ONNX Runtime then runs the graph on the caller, so the thread's CPU clock holds all of the
/// work), once per round, the order rotated; the whole <see cref="FaceAnalyzer.Analyze(ReadOnlyMemory{byte}, int, int, bool)"/>
/// is timed by the process's CPU clock (all threads: its two face groups, the detector's pool) beside its wall time, so
/// the sum of the stages can be set against the whole and the whole's CPU against its wall time (how much of the two
/// cores it keeps busy).
/// </summary>
internal static class FaceCpuStages
{
    private const int Size = 1024;
    private const int FaceInputLength = FaceModelNames.FaceInputSize * FaceModelNames.FaceInputSize * 3;

    /// <summary>The stages one analysis with 4 faces runs, each once (the one-face rows show the cost per face).</summary>
    private static readonly int[] AnalysisStages = [0, 1, 2, 3, 5, 6];

    public static void Run(TextWriter output, int rounds)
    {
        var root = ImageBenchContext.Root;
        var rgb = FaceAnalysisBenchmarks.Sample4Letterboxed(root, Size);
        var files = FaceModelCache.EnsureFiles(root, detector: FaceDetectorKind.Tiny);
        using var analyzer = new FaceAnalyzer(files, new FaceAnalyzerOptions { Detector = FaceDetectorKind.Tiny });
        using var oneBatch = new FaceAnalyzer(files, new FaceAnalyzerOptions { Detector = FaceDetectorKind.Tiny, FaceNetGroups = 1 });
        var faces = analyzer.Analyze(rgb, Size, Size).Faces;
        if (faces.Count != 4 || faces.Any(f => f.Signal.TooSmallToJudge))
        {
            throw new InvalidOperationException($"The budget frame should show 4 faces large enough to judge; found {faces.Count}.");
        }

        using var oneThread = FaceAnalyzer.CreateSessionOptions(1);
        using var detector = new InferenceSession(ModelFileVerifier.ReadVerified(FaceModelInfo.TinyDetector, files.Detector), oneThread);
        using var landmarks = new InferenceSession(ModelFileVerifier.ReadVerified(FaceModelInfo.Landmarks, files.Landmarks), oneThread);
        using var ages = new InferenceSession(ModelFileVerifier.ReadVerified(FaceModelInfo.Age, files.Age), oneThread);
        var inputSize = analyzer.DetectorInputSize;
        var detectorInput = new float[3 * inputSize * inputSize];
        var landmarkCrops = faces.Select(f => FaceApiGeometry.ClipAtImageBorders(FaceApiGeometry.ForSize(f.Detection, Size, Size), Size, Size)).ToArray();
        var ageCrops = faces.Select(f => FaceApiGeometry.ClipAtImageBorders(FaceApiGeometry.ForSize(f.AlignedRect!.Value, Size, Size), Size, Size)).ToArray();
        var landmarkInput = new float[4 * FaceInputLength];
        var ageInput = new float[4 * FaceInputLength];
        Crops(rgb, landmarkCrops, landmarkInput);
        Crops(rgb, ageCrops, ageInput);

        var stages = new (string Name, Action Run)[]
        {
            ("1 resize 1024² → 416² planar", () => FaceImageResampler.ResamplePlanar(rgb, Size, 0, 0, Size, Size, FaceImageResampler.Padding.BottomRight, inputSize, FaceModelNames.TinyMeanRgb, detectorInput)),
            ("2 detector net (1 thread)", () => Infer(detector, FaceModelNames.TinyInput, FaceModelNames.TinyOutput, detectorInput, 1, inputSize)),
            ("3 landmark crops, 4 faces", () => Crops(rgb, landmarkCrops, landmarkInput)),
            ("4 landmark net, 4 faces (1 thread)", () => Infer(landmarks, FaceModelNames.LandmarkInput, FaceModelNames.LandmarkOutput, landmarkInput, 4, FaceModelNames.FaceInputSize)),
            ("4 landmark net, 1 face (1 thread)", () => Infer(landmarks, FaceModelNames.LandmarkInput, FaceModelNames.LandmarkOutput, landmarkInput, 1, FaceModelNames.FaceInputSize)),
            ("5 age crops, 4 faces", () => Crops(rgb, ageCrops, ageInput)),
            ("6 age net, 4 faces (1 thread)", () => Infer(ages, FaceModelNames.AgeGenderInput, FaceModelNames.AgeOutput, ageInput, 4, FaceModelNames.FaceInputSize)),
            ("6 age net, 1 face (1 thread)", () => Infer(ages, FaceModelNames.AgeGenderInput, FaceModelNames.AgeOutput, ageInput, 1, FaceModelNames.FaceInputSize)),
        };
        var wholes = new (string Name, Action Run)[]
        {
            ("whole Analyze, app (two groups)", () => analyzer.Analyze(rgb, Size, Size)),
            ("whole Analyze, one batch", () => oneBatch.Analyze(rgb, Size, Size)),
        };

        foreach (var (_, run) in stages.Concat(wholes))
        {
            run();
            run();
        }

        var stageCpu = stages.Select(_ => new double[rounds]).ToArray();
        var wholeCpu = wholes.Select(_ => new double[rounds]).ToArray();
        var wholeWall = wholes.Select(_ => new double[rounds]).ToArray();
        var callerSplit = wholes.Select(_ => new (double OnCpu, double Waiting, double Asleep)[rounds]).ToArray();
        var count = stages.Length + wholes.Length;
        for (var r = 0; r < rounds; r++)
        {
            for (var k = 0; k < count; k++)
            {
                var i = (k + r) % count;
                if (i < stages.Length)
                {
                    var start = CpuClock.ThreadMilliseconds();
                    stages[i].Run();
                    stageCpu[i][r] = CpuClock.ThreadMilliseconds() - start;
                }
                else
                {
                    var w = i - stages.Length;
                    var sched = ThreadSchedStat.Read();
                    var start = CpuClock.ProcessMilliseconds();
                    var wall = Stopwatch.GetTimestamp();
                    wholes[w].Run();
                    wholeWall[w][r] = Stopwatch.GetElapsedTime(wall).TotalMilliseconds;
                    wholeCpu[w][r] = CpuClock.ProcessMilliseconds() - start;
                    callerSplit[w][r] = ThreadSchedStat.Read().Since(sched, wholeWall[w][r]);
                }
            }
        }

        var load = File.ReadAllText("/proc/loadavg").Split(' ')[0];
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"face stage CPU, {rounds} rounds, {DateTime.UtcNow:HH:mm:ss} UTC, load average {load} at the end; ages {string.Join(", ", faces.Select(f => f.Signal.ApparentAge?.ToString("F3", CultureInfo.InvariantCulture)))}"));
        for (var i = 0; i < stages.Length; i++)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {stages[i].Name,-40} thread CPU median {SampleStats.Median(stageCpu[i]),7:F3} ms  min {stageCpu[i].Min(),7:F3} ms"));
        }

        var sum = AnalysisStages.Sum(i => SampleStats.Median(stageCpu[i]));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {"sum of stages 1–6 (4 faces), medians",-40} thread CPU        {sum,7:F3} ms"));
        for (var w = 0; w < wholes.Length; w++)
        {
            var busy = wholeCpu[w].Zip(wholeWall[w], (c, t) => c / t).ToArray();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {wholes[w].Name,-40} process CPU median {SampleStats.Median(wholeCpu[w]),7:F3} ms  min {wholeCpu[w].Min(),7:F3} ms  wall median {SampleStats.Median(wholeWall[w]),7:F3} ms  min {wholeWall[w].Min(),7:F3} ms  cores busy {SampleStats.Median(busy):F2}"));
            var split = callerSplit[w];
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {"  its calling thread, medians",-40} on a CPU {SampleStats.Median(split.Select(s => s.OnCpu)),7:F3} ms  waiting for a CPU {SampleStats.Median(split.Select(s => s.Waiting)),7:F3} ms  asleep (hand-offs) {SampleStats.Median(split.Select(s => s.Asleep)),7:F3} ms  min asleep {split.Min(s => s.Asleep),7:F3} ms"));
        }
    }

    /// <summary>
    /// <c>face-cpu-stages profile [runs]</c>: the three nets on single-threaded sessions with ONNX Runtime's profiler on
    /// (the budget frame's inputs: the detector once, the landmark and age nets on the 4 faces per run); one JSON trace
    /// per net under <c>artifacts/ort-profile/</c>, summed by tests/GenScreen.Benchmarks/ort-profile-summary.py.
    /// </summary>
    public static void Profile(TextWriter output, int runs)
    {
        var root = ImageBenchContext.Root;
        var directory = Path.Combine(root, "artifacts", "ort-profile");
        Directory.CreateDirectory(directory);
        var rgb = FaceAnalysisBenchmarks.Sample4Letterboxed(root, Size);
        var files = FaceModelCache.EnsureFiles(root, detector: FaceDetectorKind.Tiny);
        using var analyzer = new FaceAnalyzer(files, new FaceAnalyzerOptions { Detector = FaceDetectorKind.Tiny });
        var faces = analyzer.Analyze(rgb, Size, Size).Faces;
        var inputSize = analyzer.DetectorInputSize;
        var detectorInput = new float[3 * inputSize * inputSize];
        FaceImageResampler.ResamplePlanar(rgb, Size, 0, 0, Size, Size, FaceImageResampler.Padding.BottomRight, inputSize, FaceModelNames.TinyMeanRgb, detectorInput);
        var landmarkInput = new float[4 * FaceInputLength];
        var ageInput = new float[4 * FaceInputLength];
        Crops(rgb, [.. faces.Select(f => FaceApiGeometry.ClipAtImageBorders(FaceApiGeometry.ForSize(f.Detection, Size, Size), Size, Size))], landmarkInput);
        Crops(rgb, [.. faces.Select(f => FaceApiGeometry.ClipAtImageBorders(FaceApiGeometry.ForSize(f.AlignedRect!.Value, Size, Size), Size, Size))], ageInput);
        (string Name, byte[] Model, string Input, string Output, float[] Data, int Batch, int Side)[] nets =
        [
            ("detector", ModelFileVerifier.ReadVerified(FaceModelInfo.TinyDetector, files.Detector), FaceModelNames.TinyInput, FaceModelNames.TinyOutput, detectorInput, 1, inputSize),
            ("landmarks", ModelFileVerifier.ReadVerified(FaceModelInfo.Landmarks, files.Landmarks), FaceModelNames.LandmarkInput, FaceModelNames.LandmarkOutput, landmarkInput, 4, FaceModelNames.FaceInputSize),
            ("age", ModelFileVerifier.ReadVerified(FaceModelInfo.Age, files.Age), FaceModelNames.AgeGenderInput, FaceModelNames.AgeOutput, ageInput, 4, FaceModelNames.FaceInputSize),
        ];
        foreach (var net in nets)
        {
            using var options = FaceAnalyzer.CreateSessionOptions(1);
            // The prefix first: ONNX Runtime takes it when profiling is switched on.
            options.ProfileOutputPathPrefix = Path.Combine(directory, $"face-cpu-{net.Name}");
            options.EnableProfiling = true;
            using var session = new InferenceSession(net.Model, options);
            for (var i = 0; i < runs; i++)
            {
                Infer(session, net.Input, net.Output, net.Data, net.Batch, net.Side);
            }

            output.WriteLine($"{net.Name}: {runs} runs profiled → {session.EndProfiling()}");
        }
    }

    private static void Crops(byte[] rgb, FaceBox[] crops, float[] destination)
    {
        for (var i = 0; i < crops.Length; i++)
        {
            var c = crops[i];
            FaceImageResampler.ResamplePlanar(rgb, Size, c.X, c.Y, c.Width, c.Height, FaceImageResampler.Padding.Centred, FaceModelNames.FaceInputSize, FaceModelNames.FaceMeanRgb, destination.AsSpan(i * FaceInputLength, FaceInputLength));
        }
    }

    private static void Infer(InferenceSession session, string inputName, string outputName, float[] input, int batch, int side)
    {
        using var runOptions = new RunOptions();
        using var value = OrtValue.CreateTensorValueFromMemory(OrtMemoryInfo.DefaultInstance, input.AsMemory(0, batch * side * side * 3), [batch, 3, side, side]);
        using var outputs = session.Run(runOptions, [inputName], [value], [outputName]);
    }
}
