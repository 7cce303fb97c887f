using BenchmarkDotNet.Attributes;
using GenScreen.Images.Faces;
using GenScreen.Images.Nsfw;

namespace GenScreen.Benchmarks;

/// <summary>
/// <see cref="FaceBudgetBenchmarks"/>' "detect + align + age" (face-api's demo/sample4.jpg fitted into 1024×1024, 4 adult
/// faces, all judged) with the tiny detector at each input size of <see cref="FaceDetectorSizes.Candidates"/>, beside the
/// NSFW anchor in the same process. Only the detector (and the resize into it) changes with the size.
/// </summary>
[MemoryDiagnoser]
[MedianColumn, MinColumn]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class FaceDetectorSizeBenchmarks
{
    private const int Size = 1024;
    private FaceAnalyzer _analyzer = null!;
    private NsfwClassifier _anchor = null!;
    private byte[] _rgb = null!;

    [Params(416, 384, 352, 320)]
    public int InputSize { get; set; } = 416;

    [GlobalSetup]
    public void Setup()
    {
        _rgb = FaceAnalysisBenchmarks.Sample4Letterboxed(ImageBenchContext.Root, Size);
        _analyzer = FaceDetectorSizes.Create(InputSize);
        var faces = _analyzer.Analyze(_rgb, Size, Size).Faces;
        if (faces.Count != 4 || faces.Any(f => f.Signal.TooSmallToJudge))
        {
            throw new InvalidOperationException($"The benchmark image should show 4 faces large enough to judge; found {faces.Count} at input {InputSize}.");
        }

        _anchor = new NsfwClassifier(ImageBenchContext.Model());
        _anchor.Classify(_rgb, Size, Size);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _analyzer.Dispose();
        _anchor.Dispose();
    }

    [Benchmark(Baseline = true, Description = "Anchor: NSFW classify 1024x1024 (resize + ONNX)")]
    public float NsfwAnchor() => _anchor.Classify(_rgb, Size, Size).Neutral;

    [Benchmark(Description = "Faces 1024x1024, 4 faces (detect + align + age)")]
    public int Faces() => _analyzer.Analyze(_rgb, Size, Size).Faces.Count;
}
