using System.Globalization;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using GenScreen.Images.Nsfw;
using SkiaSharp;
using Xunit.Abstractions;

namespace GenScreen.Images.Tests.Nsfw;

/// <summary>
/// The second stage against nsfwjs's own InceptionV3 (node, tfjs) on the same real PNGs, in the style of
/// <see cref="NsfwParityTests"/>: identical decoded pixels, a bit-identical 299×299 input tensor (nsfwjs's
/// <c>options.size</c> for InceptionV3; hashed on tfjs's CPU backend), probabilities within 1e-3. nsfwjs runs on the
/// wasm backend here: InceptionV3 takes 20–30 s per image on the pure-JS one, and the two backends agree to ~1e-6.
/// </summary>
[Collection(NsfwModelGroup.Name)]
public sealed class InceptionV3ParityTests(NsfwModelFixture fixture, ITestOutputHelper output)
{
    private const double Tolerance = 1e-3;
    private const int Size = 299;

    [Fact]
    public void Classify_RealImagesVersusNsfwjsInceptionV3_ProbabilitiesWithinOneThousandth()
    {
        var root = fixture.RepositoryRoot;
        fixture.EnsureNodeModules();
        var samples = SkimageSamples.EnsureCached(root);
        var pngs = SkimageSamples.Names.Select(n => Path.Combine(samples, n + ".png")).ToList();
        var workDir = Directory.CreateTempSubdirectory("genscreen-parity-");
        try
        {
            // A 299x299 image exercises nsfwjs's no-resize path.
            pngs.Add(CropToPng(pngs[0], 100, 80, Path.Combine(workDir.FullName, "astronaut_crop299.png")));

            var reference = NsfwjsReference.Classify(root, pngs, "InceptionV3", "wasm");

            Assert.Equal(pngs.Count, reference.Count);
            Assert.Equal(Size, fixture.InceptionV3.Kind.InputSize);
            var maxDiff = 0.0;
            foreach (var (png, expected) in pngs.Zip(reference))
            {
                var name = Path.GetFileName(png);
                var (rgb, width, height) = PngRgbDecoder.Decode(png);
                Assert.True(expected.RgbSha256 == Sha256(rgb), $"{name}: SkiaSharp and pngjs decoded different pixels.");
                var tensor = NsfwPreprocessing.ToInputTensor(rgb, width, height, Size);
                Assert.True(expected.InputSha256 == Sha256(MemoryMarshal.AsBytes(tensor.AsSpan())), $"{name}: the preprocessed 299x299 tensor differs from nsfwjs's.");

                var scores = fixture.InceptionV3.Classify(rgb, width, height);

                var actual = Enum.GetValues<NsfwClass>().Select(c => (double)scores[c]).ToArray();
                var diff = actual.Zip(expected.Probabilities, (a, e) => Math.Abs(a - e)).Max();
                maxDiff = Math.Max(maxDiff, diff);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{name,-26} {width}x{height} onnx=[{string.Join(' ', actual.Select(p => p.ToString("F6", CultureInfo.InvariantCulture)))}] max|diff|={diff:E2} nsfwjs-wasm {expected.Milliseconds:F0} ms"));
                Assert.True(diff <= Tolerance, $"{name}: max |diff| {diff:E3} > {Tolerance}");
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{pngs.Count} images, max |diff| = {maxDiff:E3}, model {fixture.InceptionV3.ModelVersion}"));
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
        Assert.True(bitmap.ExtractSubset(crop, SKRectI.Create(left, top, Size, Size)));
        using var data = crop.Encode(SKEncodedImageFormat.Png, 100);
        File.WriteAllBytes(destination, data.ToArray());
        return destination;
    }

    private static string Sha256(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
