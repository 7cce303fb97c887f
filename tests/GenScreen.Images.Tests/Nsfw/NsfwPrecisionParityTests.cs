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
/// The first stage in each precision against the float32 model with the recorded hash (itself within 1e-3 of nsfwjs,
/// <see cref="NsfwParityTests"/>), on the benign real images (skimage's samples, face-api's demo photos, two GIFs; the
/// int8 calibration set is face-api's demo photos, the rest is unseen). Each precision is imported afresh from
/// node_modules into a temporary cache, so the conversion is also checked to reproduce the recorded SHA-256. The bound
/// per precision is the one docs/performance.md states ("Int8 models"): float32 must be identical; int8 must keep every
/// decision under <c>mature</c> and <c>strict</c> (both stages, as deployed) and stay within the probability bounds — on a
/// CPU with validated int8 kernels (VNNI, <see cref="Int8KernelSupport"/>); on one without, the figures are printed and the
/// start-up refusal of Int8 is what the test checks.
/// </summary>
[Collection(NsfwModelGroup.Name)]
public sealed class NsfwPrecisionParityTests(NsfwModelFixture fixture, ITestOutputHelper output)
{
    /// <summary>Largest |Δp| of any class on any image allowed for int8 (measured: 0.20, on a drawing-like photo).</summary>
    public const double Int8MaxProbabilityDifference = 0.25;

    /// <summary>Mean over images of the largest |Δp| allowed for int8 (measured: 0.03).</summary>
    public const double Int8MeanProbabilityDifference = 0.05;

    private static readonly TimeSpan DecisionsNotTiming = TimeSpan.FromMinutes(5);

    [Theory]
    [InlineData(ModelPrecision.Float32, 0.0, 0.0)]
    [InlineData(ModelPrecision.Int8, Int8MaxProbabilityDifference, Int8MeanProbabilityDifference)]
    public void Import_ClassifyBenignRealImages_WithinThePrecisionsBoundAndSameDecisions(ModelPrecision precision, double maxBound, double meanBound)
    {
        var spec = NsfwModelSpec.FirstStage(precision);
        var cache = Directory.CreateTempSubdirectory("genscreen-precision-");
        try
        {
            // Imported afresh: NsfwModelCache refuses an import whose SHA-256 is not the recorded one.
            var model = new NsfwModelCache(new NsfwModelCacheOptions { RepositoryRoot = fixture.RepositoryRoot, Model = spec, CachePath = Path.Combine(cache.FullName, spec.FileName) }).GetModel();
            using var candidate = new NsfwClassifier(model);
            Assert.Contains(spec.ModelName, candidate.ModelVersion, StringComparison.Ordinal);

            var images = BenignImages.Load(fixture.RepositoryRoot);
            var differences = new List<double>();
            var flips = new List<string>();
            foreach (var (name, bytes) in images)
            {
                var frame = SafeImageDecoder.Decode(bytes, null, name, new ImageDecodeLimits(), CancellationToken.None).Frames[0];
                var reference = Probabilities(fixture.Classifier.Classify(frame.Rgb.Span, frame.Width, frame.Height));
                var actual = Probabilities(candidate.Classify(frame.Rgb.Span, frame.Width, frame.Height));
                var difference = reference.Zip(actual, (r, a) => Math.Abs(r - a)).Max();
                differences.Add(difference);
                foreach (var policy in new[] { "mature", "strict" })
                {
                    var expected = Screener(fixture.Classifier, policy).Screen(new ImageScreenRequest(bytes, null, name, null), CancellationToken.None).Verdict.Decision;
                    var decided = Screener(candidate, policy).Screen(new ImageScreenRequest(bytes, null, name, null), CancellationToken.None).Verdict.Decision;
                    if (expected != decided)
                    {
                        flips.Add($"{name} under {policy}: {expected} -> {decided}");
                    }
                }

                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-34} max|Δp| {difference:0.0000}"));
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{precision}: {images.Count} images, max |Δp| {differences.Max():0.0000}, mean {differences.Average():0.0000}, decision changes {flips.Count}; model {candidate.ModelVersion}, {new FileInfo(model.Path).Length} bytes"));
            if (precision == ModelPrecision.Int8 && !Int8KernelSupport.ThisCpu.Exact)
            {
                // Measured and printed, not enforced: on this CPU the host refuses Int8 (the figures are why), and that refusal is what holds.
                output.WriteLine($"{Int8KernelSupport.ThisCpu.Cpu}: int8 kernels not validated here; an Int8 first stage is refused at start-up.");
                Assert.Throws<UnvalidatedInt8KernelsException>(() => NsfwModelSpec.FirstStage(new ImageScreeningOptions { FirstStagePrecision = precision }, Int8KernelSupport.ThisCpu));
                return;
            }

            Assert.Empty(flips);
            Assert.InRange(differences.Max(), 0, maxBound);
            Assert.InRange(differences.Average(), 0, meanBound);
        }
        finally
        {
            cache.Delete(recursive: true);
        }
    }

    private static double[] Probabilities(NsfwScores scores) => [.. Enum.GetValues<NsfwClass>().Select(c => (double)scores[c])];

    private ImageScreener Screener(NsfwClassifier firstStage, string policy) =>
        new(firstStage, new NsfwSecondStage(fixture.InceptionV3), ScreeningSetup.CreateScreener(new ScreeningOptions { DefaultPolicy = policy }),
            Options.Create(new ImageScreeningOptions { Policy = policy, DecodeTimeout = DecisionsNotTiming }), [], new ImageScreeningGate(2, 2), TimeProvider.System, FaceStage.Off);
}
