using BenchmarkDotNet.Attributes;
using GenScreen.Images.Faces;
using Microsoft.ML.OnnxRuntime;
using SkiaSharp;

namespace GenScreen.Benchmarks;

/// <summary>
/// Face detection + landmarks/alignment + apparent age (<see cref="FaceAnalyzer.Analyze(ReadOnlySpan{byte}, int, int, bool)"/>)
/// on a 1024×1024 real photo with 4 adult faces (face-api's demo/sample4.jpg, centre square, resized), pixels already
/// decoded: everything after the decoder. <c>IntraOpNumThreads</c> 0 is the default (one thread per physical core);
/// the graph optimization level is ONNX Runtime's (ALL is the app's). Target ≤ 15 ms on 2 cores (issue 13).
/// </summary>
[MemoryDiagnoser]
[MedianColumn, MinColumn, MaxColumn]
[SimpleJob(launchCount: 1, warmupCount: 5, iterationCount: 20)]
public class FaceAnalysisBenchmarks
{
    private const int Size = 1024;
    private FaceAnalyzer _analyzer = null!;
    private byte[] _rgb = null!;

    [Params(0, 1)]
    public int IntraOpNumThreads { get; set; }

    [Params(GraphOptimizationLevel.ORT_ENABLE_BASIC, GraphOptimizationLevel.ORT_ENABLE_ALL)]
    public GraphOptimizationLevel Optimization { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var photo = Path.Combine(ImageBenchContext.Root, "node_modules", "@vladmandic", "face-api", "demo", "sample4.jpg");
        var frame = ImageBenchContext.DecodeOrThrow(File.ReadAllBytes(photo), photo);
        _rgb = CentreSquare(frame.Rgb.ToArray(), frame.Width, frame.Height, Size);
        _analyzer = new FaceAnalyzer(FaceModelStore.ForRepository(ImageBenchContext.Root), new FaceAnalyzerOptions { IntraOpNumThreads = IntraOpNumThreads }, Optimization);
        var faces = _analyzer.Analyze(_rgb, Size, Size).Faces;
        if (faces.Count != 4 || faces.Any(f => f.Signal.TooSmallToJudge))
        {
            throw new InvalidOperationException($"The benchmark image should show 4 faces large enough to judge; found {faces.Count}.");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _analyzer.Dispose();

    [Benchmark(Description = "Faces 1024x1024, 4 faces (detect + align + age)")]
    public int Analyze() => _analyzer.Analyze(_rgb, Size, Size).Faces.Count;

    private static byte[] CentreSquare(byte[] rgb, int width, int height, int size)
    {
        var side = Math.Min(width, height);
        using var source = new SKBitmap(new SKImageInfo(side, side, SKColorType.Rgba8888, SKAlphaType.Opaque));
        var pixels = source.GetPixelSpan();
        var (x0, y0) = ((width - side) / 2, (height - side) / 2);
        for (var y = 0; y < side; y++)
        {
            for (var x = 0; x < side; x++)
            {
                var i = (((y0 + y) * width) + x0 + x) * 3;
                var j = ((y * side) + x) * 4;
                (pixels[j], pixels[j + 1], pixels[j + 2], pixels[j + 3]) = (rgb[i], rgb[i + 1], rgb[i + 2], 255);
            }
        }

        using var scaled = source.Resize(new SKImageInfo(size, size, SKColorType.Rgba8888, SKAlphaType.Opaque), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
        var result = new byte[size * size * 3];
        var scaledPixels = scaled.GetPixelSpan();
        for (int i = 0, j = 0; i < result.Length; i += 3, j += 4)
        {
            (result[i], result[i + 1], result[i + 2]) = (scaledPixels[j], scaledPixels[j + 1], scaledPixels[j + 2]);
        }

        return result;
    }
}
