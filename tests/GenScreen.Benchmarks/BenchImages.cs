using SkiaSharp;

namespace GenScreen.Benchmarks;

/// <summary>
/// The 1024x1024 test images of the image benchmarks, the nsfwjs comparison and the image load test
/// (tests/load/ImageLoad links this file): real photographs from Debian's <c>python3-skimage</c> sample data,
/// cached by the Images tests under <c>artifacts/test-data/skimage/*.png</c>, resized with SkiaSharp (Mitchell
/// cubic) and encoded as PNG and as JPEG quality 90. Deterministic for a given SkiaSharp version.
/// </summary>
/// <remarks>
/// The sample cache is created by <c>SkimageSamples.EnsureCached</c> in GenScreen.Images.Tests (it downloads the
/// .deb with apt-get); run <c>dotnet test tests/GenScreen.Images.Tests --filter NsfwParityTests</c> once first if
/// <see cref="SkimageDirectory"/> is missing. The photos are upscaled (512x512 and smaller originals), so they are
/// smoother than a native 1024x1024 generation: PNGs compress somewhat better and decode slightly faster than a
/// typical diffusion output of the same size.
/// </remarks>
public static class BenchImages
{
    /// <summary>Side of the generated images (a typical SDXL / DALL-E output).</summary>
    public const int Side = 1024;

    /// <summary>Side of the small image (the model input size: nsfwjs skips the resize for it).</summary>
    public const int SmallSide = 224;

    /// <summary>JPEG quality of the generated JPEGs.</summary>
    public const int JpegQuality = 90;

    /// <summary>The photo of the benchmarks (512x512 RGB, a square: no distortion at 1024x1024).</summary>
    public const string BenchPhoto = "astronaut";

    /// <summary>The photos the load test mixes (all 8-bit RGB colour photographs from the same package).</summary>
    public static readonly IReadOnlyList<string> LoadPhotos = ["astronaut", "chelsea", "coffee", "motorcycle_left"];

    /// <summary>The folder holding the skimage PNGs, or an exception that says how to create it.</summary>
    public static string SkimageDirectory(string repositoryRoot)
    {
        var dir = Path.Combine(repositoryRoot, "artifacts", "test-data", "skimage");
        var missing = LoadPhotos.Where(p => !File.Exists(Path.Combine(dir, p + ".png"))).ToList();
        if (missing.Count > 0)
        {
            throw new FileNotFoundException(
                $"Missing {string.Join(", ", missing)}.png in {dir}. That cache is created by the Images tests: run " +
                "'dotnet test tests/GenScreen.Images.Tests --filter NsfwParityTests' once (it fetches Debian's python3-skimage with apt-get).");
        }

        return dir;
    }

    /// <summary>Decodes <c>photo</c> from the skimage cache and resizes it to <paramref name="width"/> x <paramref name="height"/> (opaque RGBA).</summary>
    public static SKBitmap Resized(string repositoryRoot, string photo, int width, int height)
    {
        var path = Path.Combine(SkimageDirectory(repositoryRoot), photo + ".png");
        using var source = SKBitmap.Decode(path) ?? throw new InvalidDataException($"SkiaSharp cannot decode {path}.");
        var info = new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque);
        return source.Resize(info, new SKSamplingOptions(SKCubicResampler.Mitchell))
            ?? throw new InvalidOperationException($"SkiaSharp could not resize {path} to {width}x{height}.");
    }

    public static byte[] EncodePng(SKBitmap bitmap) => Encode(bitmap, SKEncodedImageFormat.Png, 100);

    public static byte[] EncodeJpeg(SKBitmap bitmap) => Encode(bitmap, SKEncodedImageFormat.Jpeg, JpegQuality);

    /// <summary>
    /// Writes <c>&lt;photo&gt;-1024.png</c>, <c>&lt;photo&gt;-1024.jpg</c> and <c>&lt;photo&gt;-224.png</c> of the benchmark
    /// photo to <c>artifacts/bench-images/</c> (so node's nsfwjs reads the very same files) and returns their paths.
    /// Written to a temporary name and renamed, so a concurrent reader never sees a partial file.
    /// </summary>
    public static BenchImageFiles EnsureFiles(string repositoryRoot)
    {
        var dir = Path.Combine(repositoryRoot, "artifacts", "bench-images");
        Directory.CreateDirectory(dir);
        var files = new BenchImageFiles(
            Path.Combine(dir, $"{BenchPhoto}-{Side}.png"),
            Path.Combine(dir, $"{BenchPhoto}-{Side}.jpg"),
            Path.Combine(dir, $"{BenchPhoto}-{SmallSide}.png"));
        using (var large = Resized(repositoryRoot, BenchPhoto, Side, Side))
        {
            WriteIfChanged(files.Png1024, EncodePng(large));
            WriteIfChanged(files.Jpeg1024, EncodeJpeg(large));
        }

        using (var small = Resized(repositoryRoot, BenchPhoto, SmallSide, SmallSide))
        {
            WriteIfChanged(files.Png224, EncodePng(small));
        }

        return files;
    }

    private static byte[] Encode(SKBitmap bitmap, SKEncodedImageFormat format, int quality)
    {
        using var data = bitmap.Encode(format, quality) ?? throw new InvalidOperationException($"SkiaSharp could not encode {format}.");
        return data.ToArray();
    }

    private static void WriteIfChanged(string path, byte[] bytes)
    {
        if (File.Exists(path) && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes))
        {
            return;
        }

        var temp = $"{path}.{Guid.NewGuid():N}.tmp";
        File.WriteAllBytes(temp, bytes);
        File.Move(temp, path, overwrite: true);
    }
}

/// <summary>Paths of the benchmark photo's files under <c>artifacts/bench-images/</c>.</summary>
public sealed record BenchImageFiles(string Png1024, string Jpeg1024, string Png224);
