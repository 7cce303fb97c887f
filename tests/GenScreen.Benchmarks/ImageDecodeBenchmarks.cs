using BenchmarkDotNet.Attributes;
using GenScreen.Images.Decoding;
using GenScreen.Images.Nsfw;

namespace GenScreen.Benchmarks;

/// <summary>
/// Decode + resize of a 1024x1024 image as the pipeline does it: <see cref="SafeImageDecoder.Decode(ReadOnlySpan{byte}, string?, string?, ImageDecodeLimits, CancellationToken)"/>
/// (magic bytes, managed container walk, SkiaSharp decode on a dedicated thread, RGB24 over white), then
/// <see cref="NsfwPreprocessing.ToInputTensor(ReadOnlySpan{byte}, int, int, Span{float})"/> into a reused buffer.
/// <see cref="ResizeOnly"/> isolates the resize from the decode.
/// </summary>
[MemoryDiagnoser]
[MedianColumn, MinColumn, MaxColumn]
[SimpleJob(launchCount: 1, warmupCount: 5, iterationCount: 20)]
public class ImageDecodeBenchmarks
{
    private readonly float[] _tensor = new float[NsfwPreprocessing.TensorLength];
    private readonly ImageDecodeLimits _limits = new();
    private byte[] _png = null!;
    private byte[] _jpeg = null!;
    private DecodedFrame _decoded = null!;

    [GlobalSetup]
    public void Setup()
    {
        var files = BenchImages.EnsureFiles(ImageBenchContext.Root);
        _png = File.ReadAllBytes(files.Png1024);
        _jpeg = File.ReadAllBytes(files.Jpeg1024);
        _decoded = ImageBenchContext.DecodeOrThrow(_png, files.Png1024);
    }

    [Benchmark(Baseline = true, Description = "Decode+resize PNG 1024")]
    public float DecodeResizePng() => DecodeResize(_png, "bench.png");

    [Benchmark(Description = "Decode+resize JPEG 1024 q90")]
    public float DecodeResizeJpeg() => DecodeResize(_jpeg, "bench.jpg");

    [Benchmark(Description = "Resize only 1024->224")]
    public float ResizeOnly()
    {
        NsfwPreprocessing.ToInputTensor(_decoded.Rgb.Span, _decoded.Width, _decoded.Height, _tensor);
        return _tensor[0];
    }

    private float DecodeResize(byte[] bytes, string name)
    {
        var result = SafeImageDecoder.Decode(bytes, null, name, _limits, CancellationToken.None);
        var frame = result.Frames[0];
        NsfwPreprocessing.ToInputTensor(frame.Rgb.Span, frame.Width, frame.Height, _tensor);
        return _tensor[0];
    }
}
