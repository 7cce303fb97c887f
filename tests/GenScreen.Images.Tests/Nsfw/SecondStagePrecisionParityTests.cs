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
/// The int8 second stage (<see cref="NsfwModelSpec.InceptionV3Int8"/>, checked against its recorded SHA-256 by the cache;
/// <c>ModelsImportCommandTests</c> checks that a fresh import into a clean folder reproduces it) against the float
/// InceptionV3 file, on the benign real images of <see cref="BenignImages"/> (the int8 calibration set is face-api's demo
/// photos, the rest is unseen). InceptionV3's scores decide every frame it is sent, so besides the probabilities on each
/// first frame, every decision with both stages (MobileNetV2 float32 first) must stay the same under <c>mature</c> and
/// <c>strict</c>, at the default flag (severity 4) and at severity 2, where the suggestive face photographs go on too. On a
/// CPU without validated int8 kernels the figures are printed and the start-up refusal is what is checked, as for the first stage.
/// </summary>
[Collection(NsfwModelGroup.Name)]
public sealed class SecondStagePrecisionParityTests(NsfwModelFixture fixture, ITestOutputHelper output)
{
    /// <summary>Largest |Δp| of any class on any first frame (measured: 0.070, face-api sample2, a calibration photo).</summary>
    public const double MaxProbabilityDifference = 0.10;

    /// <summary>Mean over images of the largest |Δp| (measured: 0.013).</summary>
    public const double MeanProbabilityDifference = 0.025;

    private static readonly TimeSpan DecisionsNotTiming = TimeSpan.FromMinutes(5);

    [Fact]
    public void Int8_ClassifyBenignRealImages_WithinTheBoundAndSameDecisionsAtBothFlags()
    {
        var model = new NsfwModelCache(new NsfwModelCacheOptions { RepositoryRoot = fixture.RepositoryRoot, Model = NsfwModelSpec.InceptionV3Int8 }).GetModel();
        using var int8 = new NsfwClassifier(model);
        Assert.Equal(NsfwModelSpec.InceptionV3Int8.ModelVersion(NsfwModelInfo.InceptionV3Int8Sha256), int8.ModelVersion);

        var images = BenignImages.Load(fixture.RepositoryRoot);
        var differences = new List<double>();
        var flips = new List<string>();
        var decisions = 0;
        foreach (var (name, bytes) in images)
        {
            var frame = SafeImageDecoder.Decode(bytes, null, name, new ImageDecodeLimits(), CancellationToken.None).Frames[0];
            var reference = Probabilities(fixture.InceptionV3.Classify(frame.Rgb.Span, frame.Width, frame.Height));
            var actual = Probabilities(int8.Classify(frame.Rgb.Span, frame.Width, frame.Height));
            var difference = reference.Zip(actual, (r, a) => Math.Abs(r - a)).Max();
            differences.Add(difference);
            foreach (var flagAt in new[] { 4, 2 })
            {
                foreach (var policy in new[] { "mature", "strict" })
                {
                    var request = new ImageScreenRequest(bytes, null, name, null);
                    var expected = Screener(fixture.InceptionV3, policy, flagAt).Screen(request, CancellationToken.None).Verdict.Decision;
                    var decided = Screener(int8, policy, flagAt).Screen(request, CancellationToken.None).Verdict.Decision;
                    decisions++;
                    if (expected != decided)
                    {
                        flips.Add($"{name} under {policy}, flag at {flagAt}: {expected} -> {decided}");
                    }
                }
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-34} max|Δp| {difference:0.0000}"));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"InceptionV3 int8: {images.Count} images, max |Δp| {differences.Max():0.0000}, mean {differences.Average():0.0000}, decision changes {flips.Count} of {decisions}; model {int8.ModelVersion}, {new FileInfo(model.Path).Length} bytes"));
        flips.ForEach(output.WriteLine);
        if (!Int8KernelSupport.ThisCpu.Exact)
        {
            // Measured and printed, not enforced: on this CPU the host refuses an Int8 second stage, and that refusal is what holds.
            output.WriteLine($"{Int8KernelSupport.ThisCpu.Cpu}: int8 kernels not validated here; an Int8 second stage is refused at start-up.");
            Assert.Throws<UnvalidatedInt8KernelsException>(() => NsfwModelSpec.SecondStage(new ImageScreeningOptions { SecondStagePrecision = ModelPrecision.Int8 }, Int8KernelSupport.ThisCpu));
            return;
        }

        Assert.Empty(flips);
        Assert.InRange(differences.Max(), 0, MaxProbabilityDifference);
        Assert.InRange(differences.Average(), 0, MeanProbabilityDifference);
    }

    private static double[] Probabilities(NsfwScores scores) => [.. Enum.GetValues<NsfwClass>().Select(c => (double)scores[c])];

    private ImageScreener Screener(NsfwClassifier secondStage, string policy, int flagAt) =>
        new(fixture.Classifier, new NsfwSecondStage(secondStage), ScreeningSetup.CreateScreener(new ScreeningOptions { DefaultPolicy = policy }),
            Options.Create(new ImageScreeningOptions { Policy = policy, DecodeTimeout = DecisionsNotTiming, Thresholds = new ImageThresholds { SecondStageAtSeverity = flagAt } }),
            [], new ImageScreeningGate(2, 2), TimeProvider.System, FaceStage.Off);
}
