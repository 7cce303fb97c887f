using System.Globalization;
using GenScreen.Core.Configuration;
using GenScreen.Core.Images;
using GenScreen.Images.Decoding;
using GenScreen.Images.Nsfw;
using GenScreen.Images.Pipeline;
using GenScreen.Images.Tests.Pipeline;
using GenScreen.ModelImport;
using Microsoft.Extensions.Options;
using Xunit.Abstractions;

namespace GenScreen.Images.Tests.Nsfw;

/// <summary>
/// The shipped second stage (InceptionV3, large kernels at 4 bits) against the import at the package's 8 bits (itself
/// within 1e-5 of nsfwjs, <see cref="InceptionV3ParityTests"/>), imported afresh so the recorded SHA-256 is checked too.
/// On every benign real image (skimage, face-api's demo photos, the two GIFs): InceptionV3 on the first frame directly
/// (whether or not the first stage would flag it, so every image measures the difference), and every decision under
/// <c>mature</c> and <c>strict</c> with both stages as deployed must be the same. No calibration images are involved:
/// the 4-bit levels are fitted to the weights alone.
/// </summary>
[Collection(NsfwModelGroup.Name)]
public sealed class InceptionV3FourBitParityTests(NsfwModelFixture fixture, ITestOutputHelper output)
{
    /// <summary>Largest |Δp| of any class on any image (measured: see docs/performance.md, "Model files").</summary>
    public const double MaxProbabilityDifference = 0.10;

    /// <summary>Mean over images of the largest |Δp|.</summary>
    public const double MeanProbabilityDifference = 0.03;

    private static readonly TimeSpan DecisionsNotTiming = TimeSpan.FromMinutes(5);

    [Fact]
    public void Import_BenignRealImages_SameDecisionsAndWithinTheBound()
    {
        var spec = NsfwModelSpec.InceptionV3;
        var cache = Directory.CreateTempSubdirectory("genscreen-inception4-");
        try
        {
            var model = new NsfwModelCache(new NsfwModelCacheOptions { RepositoryRoot = fixture.RepositoryRoot, Model = spec, CachePath = Path.Combine(cache.FullName, spec.FileName) }).GetModel();
            using var candidate = new NsfwClassifier(model);
            var reference = fixture.InceptionV3Package;
            Assert.Contains("inception_v3-4bit", candidate.ModelVersion, StringComparison.Ordinal);

            var images = BenignImages.Load(fixture.RepositoryRoot);
            var differences = new List<double>();
            var flips = new List<string>();
            foreach (var (name, bytes) in images)
            {
                var frame = SafeImageDecoder.Decode(bytes, null, name, new ImageDecodeLimits(), CancellationToken.None).Frames[0];
                var expected = Probabilities(reference.Classify(frame.Rgb.Span, frame.Width, frame.Height));
                var actual = Probabilities(candidate.Classify(frame.Rgb.Span, frame.Width, frame.Height));
                var difference = expected.Zip(actual, (r, a) => Math.Abs(r - a)).Max();
                differences.Add(difference);
                foreach (var policy in new[] { "mature", "strict" })
                {
                    var before = Screener(reference, policy).Screen(new ImageScreenRequest(bytes, null, name, null), CancellationToken.None).Verdict.Decision;
                    var after = Screener(candidate, policy).Screen(new ImageScreenRequest(bytes, null, name, null), CancellationToken.None).Verdict.Decision;
                    if (before != after)
                    {
                        flips.Add($"{name} under {policy}: {before} -> {after}");
                    }
                }

                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{name,-34} 8-bit [{string.Join(' ', expected.Select(p => p.ToString("F4", CultureInfo.InvariantCulture)))}] max|Δp| {difference:0.0000}"));
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{images.Count} images, max |Δp| {differences.Max():0.0000}, mean {differences.Average():0.0000}, decision changes {flips.Count} ({string.Join("; ", flips)}); {candidate.ModelVersion}, {new FileInfo(model.Path).Length} bytes"));
            Assert.Empty(flips);
            Assert.InRange(differences.Max(), 0, MaxProbabilityDifference);
            Assert.InRange(differences.Average(), 0, MeanProbabilityDifference);
        }
        finally
        {
            cache.Delete(recursive: true);
        }
    }

    private static double[] Probabilities(NsfwScores scores) => [.. Enum.GetValues<NsfwClass>().Select(c => (double)scores[c])];

    private ImageScreener Screener(NsfwClassifier secondStage, string policy) =>
        new(fixture.Classifier, new NsfwSecondStage(secondStage), ScreeningSetup.CreateScreener(new ScreeningOptions { DefaultPolicy = policy }),
            Options.Create(new ImageScreeningOptions { Policy = policy, DecodeTimeout = DecisionsNotTiming }), [], new ImageScreeningGate(2, 2), TimeProvider.System, FaceStage.Off);
}
