using System.Globalization;
using GenScreen.Images.Faces;
using GenScreen.Images.Tests.Nsfw;
using SkiaSharp;
using Xunit.Abstractions;

namespace GenScreen.Images.Tests.Faces;

/// <summary>The analyzer on real photographs with its default options: face counts, the size gate, the aligned crop, and the adult-face figures of docs/images.md.</summary>
[Collection(FaceModelGroup.Name)]
public sealed class FaceAnalyzerTests(FaceModelFixture fixture, ITestOutputHelper output)
{
    /// <summary>Faces face-api finds in demo/sample1..6.jpg at its default minConfidence 0.5 (FaceParityTests checks the same run against node).</summary>
    private static readonly int[] ReferenceFaceCounts = [3, 3, 3, 4, 5, 4];

    [Fact]
    public void Analyze_DemoGroupPhotos_FindsTheReferenceFacesAndJudgesEveryOne()
    {
        var ages = new List<double>();
        foreach (var (photo, expected) in fixture.DemoPhotos.Zip(ReferenceFaceCounts))
        {
            var analysis = fixture.Analyzer.Analyze(FaceModelFixture.Decode(photo));
            Assert.Equal(expected, analysis.Faces.Count);
            Assert.All(analysis.Faces, f => Assert.False(f.Signal.TooSmallToJudge));
            Assert.Equal(analysis.Faces.Select(f => f.Signal.DetectorConfidence).OrderDescending(), analysis.Faces.Select(f => f.Signal.DetectorConfidence));
            ages.AddRange(analysis.Faces.Select(f => f.Signal.ApparentAge!.Value));
            var facts = analysis.ToFacts();
            Assert.True(facts.Searched);
            Assert.StartsWith("face-api@1.7.15+ssd:", facts.ModelVersion, StringComparison.Ordinal);
        }

        ages.Sort();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{ages.Count} adult faces: apparent age min {ages[0]:F1}, median {Median(ages):F1}, max {ages[^1]:F1}; under 21: {ages.Count(a => a < 21)}, under 16: {ages.Count(a => a < 16)}"));
        Assert.Equal(22, ages.Count);
        Assert.DoesNotContain(ages, a => a < 16); // measured floor 18.9: no adult here reads as a likely minor
    }

    [Fact]
    public void Analyze_FaceGroupsAtOnce_GiveTheSameResultsAsOneBatch()
    {
        // The default (faces one at a time on 2 threads with single-threaded sessions) and 3 threads against every face in
        // one batch on the default sessions: each net treats a batch item alone, so every figure is the same, bit for bit.
        using var oneBatch = new FaceAnalyzer(fixture.Files, new FaceAnalyzerOptions { FaceNetGroups = 1 });
        using var threeGroups = new FaceAnalyzer(fixture.Files, new FaceAnalyzerOptions { FaceNetGroups = 3 });
        Assert.Equal(2, fixture.Analyzer.Options.FaceNetGroups);
        var compared = 0;
        foreach (var photo in fixture.DemoPhotos)
        {
            var frame = FaceModelFixture.Decode(photo);
            var expected = oneBatch.Analyze(frame, includeAlignedFaces: true).Faces;
            foreach (var analyzer in new[] { fixture.Analyzer, threeGroups })
            {
                var actual = analyzer.Analyze(frame, includeAlignedFaces: true).Faces;
                Assert.Equal(expected.Count, actual.Count);
                foreach (var (e, a) in expected.Zip(actual))
                {
                    Assert.Equal(e.Signal, a.Signal);
                    Assert.Equal(e.Detection, a.Detection);
                    Assert.Equal(e.AlignedRect, a.AlignedRect);
                    Assert.Equal(e.Landmarks, a.Landmarks);
                    Assert.Equal(e.Aligned!.Pixels.ToArray(), a.Aligned!.Pixels.ToArray());
                    compared++;
                }
            }
        }

        Assert.Equal(2 * ReferenceFaceCounts.Sum(), compared);
        Assert.Throws<ArgumentOutOfRangeException>(() => new FaceAnalyzer(fixture.Files, new FaceAnalyzerOptions { FaceNetGroups = 0 }));
    }

    [Fact]
    public void Analyze_TinyDetectorInputResizedInBands_GivesTheSameResultsAsOnePass()
    {
        // The tiny detector's input resized in bands of rows at once (the app: one per face group; 2 and 3 bands here, 416 rows
        // → 138 + 139 + 139, with one batch and with two face groups): every output row depends only on the frame, so the
        // detections and everything after them are the same as with one pass, bit for bit.
        using var onePass = new FaceAnalyzer(fixture.TinyFiles, new FaceAnalyzerOptions { FaceNetGroups = 1 });
        using var twoBands = new FaceAnalyzer(fixture.TinyFiles) { DetectorResizeBands = 2 };
        using var twoBandsOneBatch = new FaceAnalyzer(fixture.TinyFiles, new FaceAnalyzerOptions { FaceNetGroups = 1 }) { DetectorResizeBands = 2 };
        using var threeBands = new FaceAnalyzer(fixture.TinyFiles) { DetectorResizeBands = 3 };
        Assert.Equal(1, onePass.DetectorResizeBands);
        Assert.Equal(8, fixture.Analyzer.DetectorResizeBands); // the app: 4 bands for each of the 2 face-group threads
        var compared = 0;
        foreach (var photo in fixture.DemoPhotos)
        {
            var frame = FaceModelFixture.Decode(photo);
            var expected = onePass.Analyze(frame).Faces;
            Assert.NotEmpty(expected);
            foreach (var analyzer in new[] { twoBands, twoBandsOneBatch, threeBands })
            {
                var actual = analyzer.Analyze(frame).Faces;
                Assert.Equal(expected.Count, actual.Count);
                foreach (var (e, a) in expected.Zip(actual))
                {
                    Assert.Equal(e.Signal, a.Signal);
                    Assert.Equal(e.Detection, a.Detection);
                    Assert.Equal(e.AlignedRect, a.AlignedRect);
                    Assert.Equal(e.Landmarks, a.Landmarks);
                    compared++;
                }
            }
        }

        Assert.True(compared >= 3 * 18, $"compared {compared} faces");
    }

    [Fact]
    public void Analyze_FaceBelowMinimumSize_IsRecordedAsTooSmallWithoutAnAge()
    {
        var astronaut = FaceModelFixture.Decode(Path.Combine(SkimageSamples.EnsureCached(fixture.RepositoryRoot), "astronaut.png"));
        var full = Assert.Single(fixture.Analyzer.Analyze(astronaut).Faces);
        Assert.False(full.Signal.TooSmallToJudge);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"astronaut 512x512: box {full.Signal.Box}, apparent age {full.Signal.ApparentAge:F2}"));

        // The same photo at 160x160: the face is ~26 px wide, under the default 40 px minimum.
        var (rgb, size) = Downscale(astronaut.Rgb.ToArray(), astronaut.Width, astronaut.Height, 160);
        var small = Assert.Single(fixture.Analyzer.Analyze(rgb, size, size).Faces);
        output.WriteLine($"astronaut 160x160: box {small.Signal.Box}, too small {small.Signal.TooSmallToJudge}");
        Assert.True(small.Signal.TooSmallToJudge);
        Assert.Null(small.Signal.ApparentAge);
        Assert.Empty(small.Landmarks);
        Assert.True(small.Signal.Box.Width < fixture.Analyzer.Options.MinFaceSize);
    }

    [Fact]
    public void Analyze_WithAlignedFaces_GivesTheRecognitionCropOfTheAlignedRectangle()
    {
        var analysis = fixture.Analyzer.Analyze(FaceModelFixture.Decode(fixture.DemoPhotos[0]), includeAlignedFaces: true);
        Assert.NotEmpty(analysis.Faces);
        foreach (var face in analysis.Faces)
        {
            var aligned = Assert.IsType<AlignedFace>(face.Aligned);
            Assert.Equal(150, aligned.Size);
            Assert.Equal(150 * 150 * 3, aligned.Pixels.Length);
            var rect = face.AlignedRect!.Value;
            Assert.InRange(aligned.Region.X, Math.Floor(rect.X) - 1, rect.X + 1);
            Assert.InRange(aligned.Region.Width, Math.Floor(rect.Width) - 1, rect.Width + 1);
            Assert.Contains(aligned.Pixels.ToArray(), v => v > 0); // real pixels, not padding only
        }

        Assert.All(fixture.Analyzer.Analyze(FaceModelFixture.Decode(fixture.DemoPhotos[0])).Faces, f => Assert.Null(f.Aligned));
    }

    [Fact]
    public void Analyze_LfwSubset_TinyFacesAreTooSmallToJudge()
    {
        var faces = LfwSubset.Faces(fixture.RepositoryRoot);
        using var ungated = new FaceAnalyzer(fixture.Files, new FaceAnalyzerOptions { MinFaceSize = 1 });
        var (detected, judgedAges) = (0, new List<double>());
        foreach (var grey in faces)
        {
            // A 25x25 face crop fills its frame, which SSD does not detect; centred on a plain 100x100 canvas it is a
            // small face in a picture, the case the size gate exists for.
            var rgb = OnCanvas(grey, LfwSubset.Side, Canvas);
            var gated = fixture.Analyzer.Analyze(rgb, Canvas, Canvas);
            Assert.All(gated.Faces, f => Assert.True(f.Signal.TooSmallToJudge));
            detected += gated.Faces.Count;
            judgedAges.AddRange(ungated.Analyze(rgb, Canvas, Canvas).Faces.Select(f => f.Signal.ApparentAge!.Value));
        }

        judgedAges.Sort();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"LFW subset: {faces.Count} adult faces 25x25 on a {Canvas}x{Canvas} canvas, {detected} detected, all too small to judge at the default {fixture.Analyzer.Options.MinFaceSize} px. " +
            $"Without the gate: {judgedAges.Count} aged, min {judgedAges.DefaultIfEmpty().Min():F1}, median {(judgedAges.Count > 0 ? Median(judgedAges) : 0):F1}, under 21: {judgedAges.Count(a => a < 21)}, under 16: {judgedAges.Count(a => a < 16)}"));
        Assert.True(detected > 0, "no LFW face was detected at all");
    }

    private const int Canvas = 100;

    private static byte[] OnCanvas(byte[] grey, int side, int canvas)
    {
        var rgb = Enumerable.Repeat((byte)128, canvas * canvas * 3).ToArray();
        var offset = (canvas - side) / 2;
        for (var y = 0; y < side; y++)
        {
            for (var x = 0; x < side; x++)
            {
                var v = grey[(y * side) + x];
                var at = ((((offset + y) * canvas) + offset + x) * 3);
                (rgb[at], rgb[at + 1], rgb[at + 2]) = (v, v, v);
            }
        }

        return rgb;
    }

    private static double Median(List<double> sorted) =>
        sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;

    private static (byte[] Rgb, int Size) Downscale(byte[] rgb, int width, int height, int size)
    {
        using var source = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        var pixels = source.GetPixelSpan();
        for (int i = 0, j = 0; i < rgb.Length; i += 3, j += 4)
        {
            (pixels[j], pixels[j + 1], pixels[j + 2], pixels[j + 3]) = (rgb[i], rgb[i + 1], rgb[i + 2], 255);
        }

        using var scaled = source.Resize(new SKImageInfo(size, size, SKColorType.Rgba8888, SKAlphaType.Opaque), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
        var result = new byte[size * size * 3];
        var scaledPixels = scaled.GetPixelSpan();
        for (int i = 0, j = 0; i < result.Length; i += 3, j += 4)
        {
            (result[i], result[i + 1], result[i + 2]) = (scaledPixels[j], scaledPixels[j + 1], scaledPixels[j + 2]);
        }

        return (result, size);
    }
}
