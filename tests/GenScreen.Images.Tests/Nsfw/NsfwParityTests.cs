using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using GenScreen.Images.Nsfw;
using SkiaSharp;
using Xunit.Abstractions;

namespace GenScreen.Images.Tests.Nsfw;

/// <summary>
/// GenScreen's ONNX classifier against nsfwjs itself (node, tfjs CPU backend) on the same real PNGs. Both sides must
/// decode identical pixels and build a bit-identical model input; the probabilities may then differ only by float
/// rounding between the two inference engines.
/// </summary>
[Collection(NsfwModelGroup.Name)]
public sealed class NsfwParityTests(NsfwModelFixture fixture, ITestOutputHelper output)
{
    private const double Tolerance = 1e-3;

    [Fact]
    public void Classify_RealImagesVersusNsfwjs_ProbabilitiesWithinOneThousandth()
    {
        var root = fixture.RepositoryRoot;
        fixture.EnsureNodeModules();
        var samples = SkimageSamples.EnsureCached(root);
        var pngs = SkimageSamples.Names.Select(n => Path.Combine(samples, n + ".png")).ToList();
        var workDir = Directory.CreateTempSubdirectory("genscreen-parity-");
        try
        {
            // A 224x224 image exercises nsfwjs's no-resize path.
            pngs.Add(CropToPng(pngs[0], 144, 100, Path.Combine(workDir.FullName, "astronaut_crop224.png")));

            var reference = NsfwjsReference.Classify(root, pngs);

            Assert.Equal(pngs.Count, reference.Count);
            var maxDiff = 0.0;
            var onnxMs = new List<double>();
            foreach (var (png, expected) in pngs.Zip(reference))
            {
                var name = Path.GetFileName(png);
                var (rgb, width, height) = PngRgbDecoder.Decode(png);
                Assert.True(expected.RgbSha256 == Sha256(rgb), $"{name}: SkiaSharp and pngjs decoded different pixels.");
                var tensor = NsfwPreprocessing.ToInputTensor(rgb, width, height);
                Assert.True(expected.InputSha256 == Sha256(MemoryMarshal.AsBytes(tensor.AsSpan())), $"{name}: the preprocessed tensor differs from nsfwjs's.");

                var started = Stopwatch.GetTimestamp();
                var scores = fixture.Classifier.Classify(rgb, width, height);
                onnxMs.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);

                var actual = Enum.GetValues<NsfwClass>().Select(c => (double)scores[c]).ToArray();
                var diff = actual.Zip(expected.Probabilities, (a, e) => Math.Abs(a - e)).Max();
                maxDiff = Math.Max(maxDiff, diff);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{name,-26} {width}x{height} onnx=[{string.Join(' ', actual.Select(p => p.ToString("F6", CultureInfo.InvariantCulture)))}] max|diff|={diff:E2} nsfwjs {expected.Milliseconds:F0} ms"));
                Assert.True(diff <= Tolerance, $"{name}: max |diff| {diff:E3} > {Tolerance}");
            }

            onnxMs.Sort();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{pngs.Count} images, max |diff| = {maxDiff:E3}, ONNX median {onnxMs[onnxMs.Count / 2]:F1} ms/image (incl. preprocessing), model {fixture.Model.ModelVersion}"));
        }
        finally
        {
            workDir.Delete(recursive: true);
        }
    }

    private static string CropToPng(string source, int left, int top, string destination)
    {
        using var bitmap = SKBitmap.Decode(source);
        using var crop = new SKBitmap();
        Assert.True(bitmap.ExtractSubset(crop, SKRectI.Create(left, top, NsfwPreprocessing.InputSize, NsfwPreprocessing.InputSize)));
        using var data = crop.Encode(SKEncodedImageFormat.Png, 100);
        File.WriteAllBytes(destination, data.ToArray());
        return destination;
    }

    private static string Sha256(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
