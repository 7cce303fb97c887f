using BenchmarkDotNet.Attributes;
using GenScreen.Images.Faces;
using GenScreen.Images.Nsfw;
using GenScreen.Images.People;
using GenScreen.ModelImport.FaceApi;
using GenScreen.ModelImport.FaceRecognition;
using Microsoft.ML.OnnxRuntime;

namespace GenScreen.Benchmarks;

/// <summary>
/// Issue 13's face budgets beside the NSFW anchor, in one process and the same minutes: detection + landmarks/alignment +
/// apparent age on a 1024×1024 photo with 4 faces (budget ≤ 15 ms on 2 cores), one face descriptor (≤ 10 ms per face),
/// and the NSFW first stage classifying a decoded 1024×1024 image (the anchor, 8–9 ms on a quiet machine). Each
/// ONNX Runtime <see cref="Variant"/> is applied to the face sessions only; the anchor always runs with the app's options,
/// so its figure says how loaded the machine was during that variant.
/// </summary>
[MemoryDiagnoser]
[MedianColumn, MinColumn, MaxColumn]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class FaceBudgetBenchmarks
{
    private const int Size = 1024;
    private FaceAnalyzer _analyzer = null!;
    private FaceEmbedder _embedder = null!;
    private NsfwClassifier _anchor = null!;
    private byte[] _rgb = null!;
    private GenScreen.Core.Images.Faces.FaceBox _recognitionCrop;

    /// <summary>
    /// <c>App</c>: the app's sessions (ORT_ENABLE_ALL with NCHWc, <c>IntraOpNumThreads</c> 0: the processor count, set
    /// explicitly so ONNX Runtime does not pin its workers (since session 17; on 2 cores the detector then runs as in
    /// <c>TwoThreads</c>), no spinning; the embedder on 1 thread; the faces claimed one at a time by 2 threads). <c>Spinning</c>: <c>session.intra_op.allow_spinning=1</c>. <c>NoNchwc</c>:
    /// ORT_ENABLE_EXTENDED (every fusion but the NCHWc layout). <c>TwoThreads</c>: 2 intra-op threads for every face net.
    /// <c>OneBatch</c>: all judged faces in one batch per face net (<c>FaceNetGroups = 1</c>, as before session 10) instead
    /// of the app's two face groups at once.
    /// </summary>
    [Params("App", "OneBatch", "Spinning", "NoNchwc", "TwoThreads")]
    public string Variant { get; set; } = "App";

    [GlobalSetup]
    public void Setup()
    {
        _rgb = FaceAnalysisBenchmarks.Sample4Letterboxed(ImageBenchContext.Root, Size);
        var threads = Variant == "TwoThreads" ? 2 : 0;
        _analyzer = new FaceAnalyzer(FaceModelCache.EnsureFiles(ImageBenchContext.Root, detector: FaceDetectorKind.Tiny), new FaceAnalyzerOptions { IntraOpNumThreads = threads, Detector = FaceDetectorKind.Tiny, FaceNetGroups = Variant == "OneBatch" ? 1 : 2 }, configureSession: Configure);
        var faces = _analyzer.Analyze(_rgb, Size, Size).Faces;
        if (faces.Count != 4 || faces.Any(f => f.Signal.TooSmallToJudge))
        {
            throw new InvalidOperationException($"The benchmark image should show 4 faces large enough to judge; found {faces.Count}.");
        }

        _recognitionCrop = FaceAnalyzerLocator.Recognizable(_analyzer.Analyze(_rgb, Size, Size), Size, Size).First().Located.RecognitionCrop;
        _embedder = new FaceEmbedder(FaceApiRecognitionModelImporter.EnsureFile(ImageBenchContext.Root), intraOpNumThreads: Variant == "TwoThreads" ? 2 : 1, configureSession: Configure);
        _embedder.Embed(_rgb, Size, Size, _recognitionCrop);
        _anchor = new NsfwClassifier(ImageBenchContext.Model());
        _anchor.Classify(_rgb, Size, Size);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _analyzer.Dispose();
        _embedder.Dispose();
        _anchor.Dispose();
    }

    [Benchmark(Baseline = true, Description = "Anchor: NSFW classify 1024x1024 (resize + ONNX)")]
    public float NsfwAnchor() => _anchor.Classify(_rgb, Size, Size).Neutral;

    [Benchmark(Description = "Faces 1024x1024, 4 faces (detect + align + age)")]
    public int Faces() => _analyzer.Analyze(_rgb, Size, Size).Faces.Count;

    [Benchmark(Description = "Descriptor of one face (crop + recognition net)")]
    public float[] Embed() => _embedder.Embed(_rgb, Size, Size, _recognitionCrop);

    private void Configure(SessionOptions options)
    {
        switch (Variant)
        {
            case "Spinning":
                options.AddSessionConfigEntry("session.intra_op.allow_spinning", "1");
                break;
            case "NoNchwc":
                options.GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_EXTENDED;
                break;
        }
    }
}
