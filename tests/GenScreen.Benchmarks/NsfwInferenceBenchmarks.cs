using BenchmarkDotNet.Attributes;
using GenScreen.Images.Decoding;
using GenScreen.Images.Nsfw;

namespace GenScreen.Benchmarks;

/// <summary>
/// ONNX inference per image with one <see cref="NsfwClassifier"/> (one InferenceSession) reused across calls, on
/// already decoded RGB24 pixels. <see cref="NsfwClassifier.Classify(ReadOnlySpan{byte}, int, int)"/> includes the
/// nsfwjs preprocessing: the bilinear resize of 1024x1024 to 224x224 (about 1 ms), or only the /255 for 224x224.
/// <c>IntraOpNumThreads</c> 0 is the app's default (ONNX Runtime picks one thread per physical core: 2 here); 1 shows
/// the cost on a single core, which is what each of the blob watcher's 2 concurrent screenings can count on.
/// </summary>
[MemoryDiagnoser]
[MedianColumn, MinColumn, MaxColumn]
[SimpleJob(launchCount: 1, warmupCount: 5, iterationCount: 20)]
public class NsfwInferenceBenchmarks
{
    private NsfwClassifier _classifier = null!;
    private DecodedFrame _large = null!;
    private DecodedFrame _small = null!;

    [Params(0, 1)]
    public int IntraOpNumThreads { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var files = BenchImages.EnsureFiles(ImageBenchContext.Root);
        _large = ImageBenchContext.DecodeOrThrow(File.ReadAllBytes(files.Png1024), files.Png1024);
        _small = ImageBenchContext.DecodeOrThrow(File.ReadAllBytes(files.Png224), files.Png224);
        _classifier = new NsfwClassifier(ImageBenchContext.Model(), new NsfwClassifierOptions { IntraOpNumThreads = IntraOpNumThreads });
        _classifier.Classify(_large.Rgb.Span, _large.Width, _large.Height); // first run allocates ORT's arena
    }

    [GlobalCleanup]
    public void Cleanup() => _classifier.Dispose();

    [Benchmark(Baseline = true, Description = "Classify 1024x1024 (resize + ONNX)")]
    public float Classify1024() => _classifier.Classify(_large.Rgb.Span, _large.Width, _large.Height).Neutral;

    [Benchmark(Description = "Classify 224x224 (ONNX only)")]
    public float Classify224() => _classifier.Classify(_small.Rgb.Span, _small.Width, _small.Height).Neutral;
}
