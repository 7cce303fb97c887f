using System.Globalization;
using GenScreen.Core.Images.Faces;
using GenScreen.Images.Faces;
using GenScreen.Images.People;
using GenScreen.Images.Tests.Nsfw;
using SkiaSharp;
using Xunit.Abstractions;

namespace GenScreen.Images.Tests.People;

/// <summary>
/// Distances the whole C# path produces (face analyzer → landmark crop → embedder) on face-api's demo group photos:
/// faces in one photo are certainly different people; the same face after JPEG re-encoding at quality 70 and
/// resizing to 60 % is certainly the same person. The figures feed docs/images.md (threshold choice).
/// </summary>
[Collection(FaceRecognitionModelGroup.Name)]
public sealed class FaceRecognitionDistanceTests(FaceRecognitionModelFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public void Describe_DemoPhotos_DifferentPeopleFartherThanReencodedSamePeople()
    {
        var pngs = FaceApiDemoPhotos.EnsurePngs(fixture.RepositoryRoot);
        var differentPeople = new List<double>();
        var samePerson = new List<double>();
        var faces = 0;
        foreach (var png in pngs)
        {
            var (rgb, width, height) = PngRgbDecoder.Decode(png);
            var originals = Describe(rgb, width, height);
            faces += originals.Count;
            for (var i = 0; i < originals.Count; i++)
            {
                for (var j = i + 1; j < originals.Count; j++)
                {
                    differentPeople.Add(FaceDistance.Euclidean(originals[i].Descriptor, originals[j].Descriptor));
                }
            }

            var (small, smallWidth, smallHeight) = ReencodeAndResize(rgb, width, height, 0.6, 70);
            foreach (var (box, descriptor) in Describe(small, smallWidth, smallHeight))
            {
                // Pair each face of the re-encoded copy with the original face at the same place.
                var original = originals.MinBy(o => Math.Abs((o.Box.X * 0.6) - box.X) + Math.Abs((o.Box.Y * 0.6) - box.Y));
                Assert.NotNull(original.Descriptor);
                samePerson.Add(FaceDistance.Euclidean(original.Descriptor, descriptor));
            }
        }

        differentPeople.Sort();
        samePerson.Sort();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{faces} faces in {pngs.Count} photos"));
        output.WriteLine(Summary("different people (same photo)", differentPeople));
        output.WriteLine(Summary("same person (JPEG q70, 60 %)", samePerson));
        foreach (var threshold in new[] { 0.4, 0.45, 0.5, 0.55, 0.6 })
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"threshold {threshold:F2}: different people matched {differentPeople.Count(d => d <= threshold)}/{differentPeople.Count}, same person missed {samePerson.Count(d => d > threshold)}/{samePerson.Count}"));
        }

        Assert.True(faces >= 20, $"only {faces} faces found");
        Assert.True(samePerson.Count >= faces - 2, $"only {samePerson.Count} of {faces} faces found again after re-encoding");
        Assert.True(samePerson.Max() < differentPeople.Min(), "a re-encoded face is farther from itself than two different people are from each other");
        Assert.True(samePerson.Max() <= GenScreen.Core.People.FaceMatchDefaults.Threshold, "the default threshold misses a re-encoded face");
    }

    private List<(FaceBox Box, float[] Descriptor)> Describe(byte[] rgb, int width, int height) =>
        [.. FaceAnalyzerLocator.Recognizable(fixture.Analyzer.Analyze(rgb, width, height), width, height)
            .Select(f => (f.Located.Box, fixture.Embedder.Embed(rgb, width, height, f.Located.RecognitionCrop)))];

    private static string Summary(string what, List<double> sorted) => string.Create(CultureInfo.InvariantCulture,
        $"{what}: n={sorted.Count} min {sorted[0]:F3} p10 {sorted[sorted.Count / 10]:F3} median {sorted[sorted.Count / 2]:F3} max {sorted[^1]:F3}");

    /// <summary>Resizes (SkiaSharp, high quality) and re-encodes as JPEG, then decodes again: what a re-posted copy looks like.</summary>
    internal static (byte[] Rgb, int Width, int Height) ReencodeAndResize(byte[] rgb, int width, int height, double scale, int quality)
    {
        var jpeg = ReencodeAndResizeToJpeg(rgb, width, height, scale, quality);
        using var decoded = SKBitmap.Decode(jpeg);
        using var rgba = new SKBitmap(new SKImageInfo(decoded.Width, decoded.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        Assert.True(decoded.CopyTo(rgba, SKColorType.Rgba8888));
        var pixels = rgba.GetPixelSpan();
        var result = new byte[decoded.Width * decoded.Height * 3];
        for (int p = 0, q = 0; p < result.Length; p += 3, q += 4)
        {
            result[p] = pixels[q];
            result[p + 1] = pixels[q + 1];
            result[p + 2] = pixels[q + 2];
        }

        return (result, decoded.Width, decoded.Height);
    }

    internal static byte[] ReencodeAndResizeToJpeg(byte[] rgb, int width, int height, double scale, int quality)
    {
        using var source = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        var pixels = source.GetPixelSpan();
        for (int p = 0, q = 0; p < rgb.Length; p += 3, q += 4)
        {
            pixels[q] = rgb[p];
            pixels[q + 1] = rgb[p + 1];
            pixels[q + 2] = rgb[p + 2];
            pixels[q + 3] = 255;
        }

        using var resized = source.Resize(new SKImageInfo((int)(width * scale), (int)(height * scale), SKColorType.Rgba8888, SKAlphaType.Opaque), new SKSamplingOptions(SKCubicResampler.Mitchell));
        using var data = resized.Encode(SKEncodedImageFormat.Jpeg, quality);
        return data.ToArray();
    }
}
