using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using GenScreen.Images.Faces;
using Microsoft.ML.OnnxRuntime;

namespace GenScreen.Benchmarks;

/// <summary>
/// Each face net on the budget frame's inputs (face-api's demo/sample4.jpg fitted into 1024×1024: the detector on the
/// 416² frame, the landmark net and ageGenderNet on its 4 faces in one batch), as shipped (float32, the app's session
/// options: the baseline, re-run in every case so each variant has its anchor from the same minutes) against one variant:
/// <c>Int8</c> the net quantized to int8 QDQ (<see cref="FaceInt8Models"/>) with the app's options; <c>OneThread</c> /
/// <c>TwoThreads</c> the float32 net with 1 or 2 intra-op threads (the app lets ONNX Runtime choose); <c>NoArena</c>
/// the float32 net without ONNX Runtime's CPU memory arena.
/// </summary>
[MemoryDiagnoser]
[MedianColumn, MinColumn]
[Config(typeof(InProcessConfig))]
public class FaceNetVariantBenchmarks
{
    private const int Size = 1024;
    private readonly RunOptions _runOptions = new();
    private InferenceSession _shipped = null!;
    private InferenceSession _variant = null!;
    private float[] _input = null!;
    private long[] _shape = null!;
    private string _inputName = null!;
    private string _outputName = null!;

    [Params("Detector", "Landmarks", "Age")]
    public string Net { get; set; } = "Detector";

    [Params("Int8", "OneThread", "TwoThreads", "NoArena")]
    public string Variant { get; set; } = "Int8";

    [GlobalSetup]
    public void Setup()
    {
        var root = ImageBenchContext.Root;
        var rgb = FaceAnalysisBenchmarks.Sample4Letterboxed(root, Size);
        var float32 = FaceInt8Models.Float32(root);
        var options = new FaceAnalyzerOptions { Detector = FaceDetectorKind.Tiny };
        using var analyzer = new FaceAnalyzer(float32, options);
        var faces = analyzer.Analyze(rgb, Size, Size).Faces;
        if (faces.Count != 4 || faces.Any(f => f.AlignedRect is null))
        {
            throw new InvalidOperationException($"The benchmark image should show 4 faces large enough to judge; found {faces.Count}.");
        }

        var faceLength = 3 * FaceModelNames.FaceInputSize * FaceModelNames.FaceInputSize;
        (_input, _shape, _inputName, _outputName) = Net switch
        {
            "Detector" => (new float[3 * FaceModelNames.TinyInputSize * FaceModelNames.TinyInputSize], new long[] { 1, 3, FaceModelNames.TinyInputSize, FaceModelNames.TinyInputSize }, FaceModelNames.TinyInput, FaceModelNames.TinyOutput),
            "Landmarks" => (new float[4 * faceLength], [4, 3, FaceModelNames.FaceInputSize, FaceModelNames.FaceInputSize], FaceModelNames.LandmarkInput, FaceModelNames.LandmarkOutput),
            "Age" => (new float[4 * faceLength], [4, 3, FaceModelNames.FaceInputSize, FaceModelNames.FaceInputSize], FaceModelNames.AgeGenderInput, FaceModelNames.AgeOutput),
            _ => throw new InvalidOperationException($"Unknown net {Net}."),
        };
        if (Net == "Detector")
        {
            FaceImageResampler.ResamplePlanar(rgb, Size, 0, 0, Size, Size, FaceImageResampler.Padding.BottomRight, FaceModelNames.TinyInputSize, FaceModelNames.TinyMeanRgb, _input);
        }
        else
        {
            for (var i = 0; i < 4; i++)
            {
                var rect = Net == "Landmarks" ? faces[i].Detection : faces[i].AlignedRect!.Value;
                var c = FaceApiGeometry.ClipAtImageBorders(FaceApiGeometry.ForSize(rect, Size, Size), Size, Size);
                FaceImageResampler.ResamplePlanar(rgb, Size, c.X, c.Y, c.Width, c.Height, FaceImageResampler.Padding.Centred, FaceModelNames.FaceInputSize, FaceModelNames.FaceMeanRgb, _input.AsSpan(i * faceLength, faceLength));
            }
        }

        var shippedBytes = Pick(float32);
        using (var appOptions = FaceAnalyzer.CreateSessionOptions(options))
        {
            _shipped = new InferenceSession(shippedBytes, appOptions);
        }

        var variantBytes = Variant == "Int8" ? Pick(FaceInt8Models.Int8(root, float32)) : shippedBytes;
        using var variantOptions = FaceAnalyzer.CreateSessionOptions(new FaceAnalyzerOptions { Detector = FaceDetectorKind.Tiny, IntraOpNumThreads = Variant switch { "OneThread" => 1, "TwoThreads" => 2, _ => 0 } });
        if (Variant == "NoArena")
        {
            variantOptions.EnableCpuMemArena = false;
        }

        _variant = new InferenceSession(variantBytes, variantOptions);
        Shipped();
        Variation();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _shipped.Dispose();
        _variant.Dispose();
        _runOptions.Dispose();
    }

    [Benchmark(Baseline = true, Description = "as shipped (float32, app options)")]
    public float Shipped() => Run(_shipped);

    [Benchmark(Description = "variant")]
    public float Variation() => Run(_variant);

    /// <summary>
    /// In process (no per-run build of a benchmark project, minutes on a loaded machine); 1 launch, 3 warm-up, 12
    /// iterations. Both sessions live in the same process, so each row's baseline shares its variant's conditions.
    /// </summary>
    private sealed class InProcessConfig : ManualConfig
    {
        public InProcessConfig() =>
            AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(12));
    }

    private byte[] Pick(FaceModelBytes models) => Net switch
    {
        "Detector" => models.Detector,
        "Landmarks" => models.Landmarks,
        _ => models.Age,
    };

    private float Run(InferenceSession session)
    {
        using var value = OrtValue.CreateTensorValueFromMemory(OrtMemoryInfo.DefaultInstance, _input.AsMemory(), _shape);
        using var outputs = session.Run(_runOptions, [_inputName], [value], [_outputName]);
        return outputs[0].GetTensorDataAsSpan<float>()[0];
    }
}
