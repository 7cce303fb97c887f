using BenchmarkDotNet.Attributes;
using GenScreen.Core.Configuration;
using GenScreen.Images.Decoding;
using GenScreen.Images.Nsfw;
using GenScreen.ModelImport;

namespace GenScreen.Benchmarks;

/// <summary>
/// The first stage in each precision (issue 13, "int8"), same process, same minutes: <see cref="NsfwClassifier"/> with
/// the app's default session options on the float32 MobileNetV2 (the anchor) and on its int8 quantization. Classify
/// includes the nsfwjs preprocessing (bilinear resize of 1024×1024 to 224×224, or only /255 for 224×224).
/// </summary>
[MemoryDiagnoser]
[MedianColumn, MinColumn, MaxColumn]
[SimpleJob(launchCount: 1, warmupCount: 5, iterationCount: 20)]
public class NsfwPrecisionBenchmarks
{
    private NsfwClassifier _classifier = null!;
    private DecodedFrame _large = null!;
    private DecodedFrame _small = null!;

    [Params(ModelPrecision.Float32, ModelPrecision.Int8)]
    public ModelPrecision Precision { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var files = BenchImages.EnsureFiles(ImageBenchContext.Root);
        _large = ImageBenchContext.DecodeOrThrow(File.ReadAllBytes(files.Png1024), files.Png1024);
        _small = ImageBenchContext.DecodeOrThrow(File.ReadAllBytes(files.Png224), files.Png224);
        var model = new NsfwModelCache(new NsfwModelCacheOptions { RepositoryRoot = ImageBenchContext.Root, Model = NsfwModelSpec.FirstStage(Precision) }).GetModel();
        _classifier = new NsfwClassifier(model);
        _classifier.Classify(_large.Rgb.Span, _large.Width, _large.Height); // first run allocates ORT's arena
    }

    [GlobalCleanup]
    public void Cleanup() => _classifier.Dispose();

    [Benchmark(Description = "Classify 1024x1024 (resize + ONNX)")]
    public float Classify1024() => _classifier.Classify(_large.Rgb.Span, _large.Width, _large.Height).Neutral;

    [Benchmark(Description = "Classify 224x224 (ONNX only)")]
    public float Classify224() => _classifier.Classify(_small.Rgb.Span, _small.Width, _small.Height).Neutral;
}
