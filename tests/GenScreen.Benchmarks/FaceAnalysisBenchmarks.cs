using BenchmarkDotNet.Attributes;
using GenScreen.Images.Faces;
using GenScreen.ModelImport.FaceApi;
using Microsoft.ML.OnnxRuntime;
using SkiaSharp;

namespace GenScreen.Benchmarks;

/// <summary>
/// Face detection + landmarks/alignment + apparent age (<see cref="FaceAnalyzer.Analyze(ReadOnlyMemory{byte}, int, int, bool)"/>)
/// on a 1024×1024 real photo with 4 adult faces (face-api's demo/sample4.jpg fitted into the square, white bars), pixels already
/// decoded: everything after the decoder. <c>IntraOpNumThreads</c> 0 is the default (one thread per physical core);
/// the graph optimization level is ONNX Runtime's (ALL is the app's). Target ≤ 15 ms on 2 cores (issue 13).
/// </summary>
[MemoryDiagnoser]
[MedianColumn, MinColumn, MaxColumn]
[ShortRunJob]
public class FaceAnalysisBenchmarks
{
    private const int Size = 1024;
    private FaceAnalyzer _analyzer = null!;
    private byte[] _rgb = null!;

    [Params(0, 1)]
    public int IntraOpNumThreads { get; set; }

    [Params(GraphOptimizationLevel.ORT_ENABLE_ALL)]
    public GraphOptimizationLevel Optimization { get; set; }

    /// <summary>Tiny (the default) against SSD in the same run: SSD is the anchor.</summary>
    [Params(FaceDetectorKind.Tiny, FaceDetectorKind.Ssd)]
    public FaceDetectorKind Detector { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _rgb = Sample4Letterboxed(ImageBenchContext.Root, Size);
        _analyzer = new FaceAnalyzer(FaceModelCache.EnsureFiles(ImageBenchContext.Root, detector: Detector), new FaceAnalyzerOptions { IntraOpNumThreads = IntraOpNumThreads, Detector = Detector }, Optimization);
        var faces = _analyzer.Analyze(_rgb, Size, Size).Faces;
        Console.WriteLine($"// Faces in the benchmark image: {faces.Count}, judged {faces.Count(f => !f.Signal.TooSmallToJudge)}");
        if (faces.Count is < 3 or > 4 || faces.Any(f => f.Signal.TooSmallToJudge))
        {
            throw new InvalidOperationException($"The benchmark image should show up to 4 faces large enough to judge; found {faces.Count}.");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _analyzer.Dispose();

    [Benchmark(Description = "Faces 1024x1024, 4 faces (detect + align + age)")]
    public int Analyze() => _analyzer.Analyze(_rgb, Size, Size).Faces.Count;

    /// <summary>The photo scaled to fit a <paramref name="size"/>² white square (aspect kept, centred).</summary>
    /// <summary>The face benchmarks' frame: face-api's demo/sample4.jpg (4 adult faces) fitted into a size×size square.</summary>
    internal static byte[] Sample4Letterboxed(string root, int size)
    {
        var photo = Path.Combine(root, "node_modules", "@vladmandic", "face-api", "demo", "sample4.jpg");
        var frame = ImageBenchContext.DecodeOrThrow(File.ReadAllBytes(photo), photo);
        return Letterbox(frame.Rgb.ToArray(), frame.Width, frame.Height, size);
    }

    internal static byte[] Letterbox(byte[] rgb, int width, int height, int size)
    {
        using var source = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        var pixels = source.GetPixelSpan();
        for (int i = 0, j = 0; i < rgb.Length; i += 3, j += 4)
        {
            (pixels[j], pixels[j + 1], pixels[j + 2], pixels[j + 3]) = (rgb[i], rgb[i + 1], rgb[i + 2], 255);
        }

        var scale = (float)size / Math.Max(width, height);
        var (w, h) = ((int)Math.Round(width * scale), (int)Math.Round(height * scale));
        using var scaled = source.Resize(new SKImageInfo(w, h, SKColorType.Rgba8888, SKAlphaType.Opaque), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
        var result = Enumerable.Repeat((byte)255, size * size * 3).ToArray();
        var scaledPixels = scaled.GetPixelSpan();
        var (x0, y0) = ((size - w) / 2, (size - h) / 2);
        for (var y = 0; y < h; y++)
        {
            for (var x = 0; x < w; x++)
            {
                var i = (((y0 + y) * size) + x0 + x) * 3;
                var j = ((y * w) + x) * 4;
                (result[i], result[i + 1], result[i + 2]) = (scaledPixels[j], scaledPixels[j + 1], scaledPixels[j + 2]);
            }
        }

        return result;
    }
}
