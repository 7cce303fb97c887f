using BenchmarkDotNet.Attributes;
using GenScreen.Core.Configuration;
using GenScreen.Images.Nsfw;
using GenScreen.ModelImport;
using Microsoft.ML.OnnxRuntime;

namespace GenScreen.Benchmarks;

/// <summary>
/// ONNX Runtime session options on the first stage, in both precisions: one <c>Run</c> on a prepared 224×224 tensor
/// (no resize), so only the session differs. <see cref="SessionVariant.AppDefault"/> is what NsfwClassifier builds
/// (ORT_ENABLE_ALL, intra-op threads chosen by ONNX Runtime, no spinning) and is the anchor of each precision.
/// </summary>
[MemoryDiagnoser]
[MedianColumn, MinColumn, MaxColumn]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 15)]
public class OrtSessionOptionBenchmarks
{
    private InferenceSession _session = null!;
    private OrtValue _input = null!;
    private readonly RunOptions _run = new();

    public enum SessionVariant
    {
        AppDefault,
        IntraOp1,
        IntraOp2,
        Spinning,
        Extended,
        NoCpuArena,
        NoMemoryPattern,
        NoPrepacking,
    }

    [Params(ModelPrecision.Float32, ModelPrecision.Int8)]
    public ModelPrecision Precision { get; set; }

    [ParamsAllValues]
    public SessionVariant Variant { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var spec = NsfwModelSpec.FirstStage(Precision);
        var model = new NsfwModelCache(new NsfwModelCacheOptions { RepositoryRoot = ImageBenchContext.Root, Model = spec }).GetModel();
        using var options = new SessionOptions
        {
            GraphOptimizationLevel = Variant == SessionVariant.Extended ? GraphOptimizationLevel.ORT_ENABLE_EXTENDED : GraphOptimizationLevel.ORT_ENABLE_ALL,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            IntraOpNumThreads = Variant switch { SessionVariant.IntraOp1 => 1, SessionVariant.IntraOp2 => 2, _ => 0 },
            InterOpNumThreads = 1,
            EnableCpuMemArena = Variant != SessionVariant.NoCpuArena,
            EnableMemoryPattern = Variant != SessionVariant.NoMemoryPattern,
        };
        options.AddSessionConfigEntry("session.intra_op.allow_spinning", Variant == SessionVariant.Spinning ? "1" : "0");
        if (Variant == SessionVariant.NoPrepacking)
        {
            options.AddSessionConfigEntry("session.disable_prepacking", "1");
        }

        _session = new InferenceSession(File.ReadAllBytes(model.Path), options);
        var tensor = new float[spec.TensorLength];
        var rgb = new byte[spec.InputSize * spec.InputSize * 3];
        new Random(13).NextBytes(rgb); // content does not change the cost of a dense CNN
        NsfwPreprocessing.ToInputTensor(rgb, spec.InputSize, spec.InputSize, tensor, spec.InputSize);
        _input = OrtValue.CreateTensorValueFromMemory(tensor, [1, spec.InputSize, spec.InputSize, 3]);
        Run();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _input.Dispose();
        _session.Dispose();
        _run.Dispose();
    }

    [Benchmark(Description = "MobileNetV2 Run 224x224")]
    public int Run()
    {
        using var outputs = _session.Run(_run, [NsfwModelInfo.InputName], [_input], [NsfwModelInfo.OutputName]);
        return outputs.Count;
    }
}
