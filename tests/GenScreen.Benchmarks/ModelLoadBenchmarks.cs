using BenchmarkDotNet.Attributes;
using GenScreen.Images.Models;
using GenScreen.Images.Nsfw;
using GenScreen.Images.People;
using GenScreen.ModelImport;
using Microsoft.ML.OnnxRuntime;

namespace GenScreen.Benchmarks;

/// <summary>
/// What shipping the models Brotli-compressed (<c>x.onnx.br</c>) costs at load, against the plain file in the same run
/// (the anchor): locating and hash-checking a model then reading the verified bytes (what every host does once per
/// model at start-up, <see cref="ModelFileVerifier"/>), and the same followed by building the ONNX Runtime session with
/// the app's options, which is what a host waits for. The two largest shipped models: InceptionV3 (22.7 MB, 13.6 MB
/// compressed) and the recognition net (6.5 MB, 4.0 MB).
/// </summary>
[MemoryDiagnoser]
[MedianColumn, MinColumn, MaxColumn]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 8)]
public class ModelLoadBenchmarks
{
    private ModelIdentity _identity = null!;
    private string _path = null!;
    private DirectoryInfo _work = null!;

    [Params("InceptionV3", "Recognition")]
    public string Model { get; set; } = "InceptionV3";

    /// <summary><c>Plain</c>: <c>x.onnx</c> (the anchor); <c>Brotli</c>: only <c>x.onnx.br</c> beside the app.</summary>
    [Params("Plain", "Brotli")]
    public string Form { get; set; } = "Plain";

    [GlobalSetup]
    public void Setup()
    {
        _identity = Model == "InceptionV3"
            ? new ModelIdentity("NSFW second stage", NsfwModelInfo.InceptionV3FileName, NsfwModelInfo.InceptionV3Sha256, "Nsfw/MODEL.md")
            : FaceRecognitionModelInfo.Identity;
        var cached = Path.Combine(ImageBenchContext.Root, "artifacts", "models", _identity.FileName);
        _work = Directory.CreateTempSubdirectory("genscreen-model-load-");
        _path = Path.Combine(_work.FullName, _identity.FileName);
        if (Form == "Brotli")
        {
            // The importer's copy beside the cached model (compressing InceptionV3 at quality 11 takes minutes, so it is
            // not redone here; EnsureCompressed only checks it when it exists).
            File.Copy(ModelCompression.EnsureCompressed(cached), _path + ModelFileContent.CompressedSuffix);
        }
        else
        {
            File.Copy(cached, _path);
        }

        Load();
    }

    [GlobalCleanup]
    public void Cleanup() => _work.Delete(recursive: true);

    [Benchmark(Description = "Locate + read verified bytes")]
    public int Load() => ModelFileVerifier.ReadVerified(_identity, ModelFileVerifier.Locate(_identity, _path)).Length;

    [Benchmark(Description = "Locate + read + InferenceSession (app options)")]
    public int LoadSession()
    {
        var bytes = ModelFileVerifier.ReadVerified(_identity, ModelFileVerifier.Locate(_identity, _path));
        using var options = new SessionOptions { GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL, ExecutionMode = ExecutionMode.ORT_SEQUENTIAL, InterOpNumThreads = 1 };
        options.AddSessionConfigEntry("session.intra_op.allow_spinning", "0");
        using var session = new InferenceSession(bytes, options);
        return session.InputMetadata.Count;
    }
}
