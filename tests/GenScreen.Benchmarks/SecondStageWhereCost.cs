using System.Globalization;
using GenScreen.Core.Configuration;
using GenScreen.Core.Images;
using GenScreen.Core.Verdicts;
using GenScreen.Images.Nsfw;
using GenScreen.Images.Pipeline;
using GenScreen.ModelImport;
using Microsoft.Extensions.Options;

namespace GenScreen.Benchmarks;

/// <summary>
/// <c>second-stage-where [rounds]</c>: the cost per image of the two "realistic" mixes of docs/performance.md ("Session 17:
/// the second stage where it decides"), each screener taking turns round by round in rotated order in one process, CPU
/// time of the whole process (ONNX Runtime's threads included). Flagged images are the benign set's two single-frame
/// first-stage false positives (skimage's retina photograph "microaneurysms" and microscopy image "cell": with the GIFs, the only flagged files offline), the
/// others the load test's four photographs at 1024×1024 as PNG and JPEG (none flagged).
/// <list type="bullet">
/// <item><c>strict</c> service: 2 flagged in 40 (5 %), no prompt; one stage against both second stages.</item>
/// <item><c>mature</c> service: 16 flagged in 40 (40 %: adult imagery allowed), 2 of them with a prompt held for review
/// (the image rules then read the Sexual severity); one stage, the second stage on every flagged frame as before
/// session 17 (screened under <c>strict</c>, which sends the same frames on), and only where it decides.</item>
/// </list>
/// </summary>
internal static class SecondStageWhereCost
{
    private const string HeldForReview = "student in a bikini, seductive pose";

    /// <summary>The benign set's single-frame first-stage false positives.</summary>
    private static readonly string[] FlaggedFiles = ["microaneurysms.png", "cell.png"];

    public static void Run(TextWriter output, int rounds)
    {
        var root = ImageBenchContext.Root;
        var prompts = ScreeningSetup.CreateScreener(new ScreeningOptions());
        using var first = new NsfwClassifier(ImageBenchContext.Model());
        using var inceptionFloat = new NsfwClassifier(new NsfwModelCache(new NsfwModelCacheOptions { RepositoryRoot = root, Model = NsfwModelSpec.InceptionV3 }).GetModel());
        using var inceptionInt8 = new NsfwClassifier(new NsfwModelCache(new NsfwModelCacheOptions { RepositoryRoot = root, Model = NsfwModelSpec.InceptionV3Int8 }).GetModel());
        var unflagged = NsfwTwoStageBenchmarks.Generated1024(root);
        var skimage = Path.Combine(root, "artifacts", "test-data", "skimage");
        ImageScreenRequest[] flagged = [.. FlaggedFiles.Select(f => new ImageScreenRequest(File.ReadAllBytes(Path.Combine(skimage, f)), null, f, null))];
        var review = prompts.Screen(HeldForReview, null, "mature");
        if (review.Decision != Decision.Review)
        {
            throw new InvalidOperationException($"'{HeldForReview}' is no longer held for review under mature ({review.Decision}): pick another prompt.");
        }

        var strictMix = Mix(unflagged, 38, flagged, 2, withPrompt: 0, review);
        var matureMix = Mix(unflagged, 24, flagged, 16, withPrompt: 2, review);
        Compare(output, rounds, "strict service (2 of 40 flagged)", strictMix,
        [
            ("1 stage", Screener(first, NsfwSecondStage.Disabled, prompts, "strict")),
            ("2 stages float", Screener(first, new NsfwSecondStage(inceptionFloat), prompts, "strict")),
            ("2 stages int8", Screener(first, new NsfwSecondStage(inceptionInt8), prompts, "strict")),
        ]);
        Compare(output, rounds, "mature service (16 of 40 flagged, 2 with a prompt in review)", matureMix,
        [
            ("1 stage", Screener(first, NsfwSecondStage.Disabled, prompts, "mature")),
            ("float, every flagged", Screener(first, new NsfwSecondStage(inceptionFloat), prompts, "strict")),
            ("float, where decides", Screener(first, new NsfwSecondStage(inceptionFloat), prompts, "mature")),
            ("int8, where decides", Screener(first, new NsfwSecondStage(inceptionInt8), prompts, "mature")),
        ]);
    }

    /// <summary>Unflagged and flagged files repeated to the counts asked, flagged ones spread evenly; the first <paramref name="withPrompt"/> flagged ones carry the prompt.</summary>
    private static ImageScreenRequest[] Mix(ImageScreenRequest[] unflagged, int unflaggedCount, ImageScreenRequest[] flagged, int flaggedCount, int withPrompt, Core.Verdicts.PromptVerdict prompt)
    {
        var others = Enumerable.Range(0, unflaggedCount).Select(i => unflagged[i % unflagged.Length]).ToList();
        var hits = Enumerable.Range(0, flaggedCount).Select(i => flagged[i % flagged.Length] with { CorrelatedPrompt = i < withPrompt ? prompt : null }).ToList();
        var mix = new List<ImageScreenRequest>();
        var step = (double)(unflaggedCount + flaggedCount) / flaggedCount;
        for (int i = 0, h = 0, o = 0; i < unflaggedCount + flaggedCount; i++)
        {
            mix.Add(h < flaggedCount && i >= (int)(h * step) ? hits[h++] : others[o++]);
        }

        return [.. mix];
    }

    private static void Compare(TextWriter output, int rounds, string mixName, ImageScreenRequest[] mix, (string Name, ImageScreener Screener)[] variants)
    {
        foreach (var (name, screener) in variants)
        {
            var results = mix.Select(r => screener.Screen(r, CancellationToken.None)).ToList();
            output.WriteLine($"{mixName}, {name}: {results.Count(r => r.Facts.Scores?.SecondStageFrames > 0)} of {mix.Length} images sent on, " +
                $"{results.Count(r => r.Verdict.Reasons.Any(x => x.Code == ImageRules.SecondStageNotRun))} flagged and not sent; blocked {results.Count(r => r.Verdict.Decision == Decision.Block)}, reviewed {results.Count(r => r.Verdict.Decision == Decision.Review)}");
        }

        var load = File.ReadAllText("/proc/loadavg").Trim();
        var wall = variants.Select(_ => new List<double>()).ToArray();
        var cpu = variants.Select(_ => new List<double>()).ToArray();
        for (var round = 0; round < rounds; round++)
        {
            for (var k = 0; k < variants.Length; k++)
            {
                var v = (round + k) % variants.Length; // rotated order: none always first or last
                var (w, c) = TwoStageCost.Measure(variants[v].Screener, mix);
                wall[v].Add(w / mix.Length);
                cpu[v].Add(c / mix.Length);
            }
        }

        output.WriteLine($"{mixName}: {mix.Length} images, {rounds} rotated rounds; load average before: {load}; after: {File.ReadAllText("/proc/loadavg").Trim()}");
        for (var v = 0; v < variants.Length; v++)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{variants[v].Name,-22} per image: wall median {TwoStageCost.Quantile(wall[v], 0.5):0.0} ms, CPU median {TwoStageCost.Quantile(cpu[v], 0.5):0.0} ms"));
        }

        for (var v = 1; v < variants.Length; v++)
        {
            TwoStageCost.Ratio(output, $"{variants[v].Name} / 1 stage", wall[v], wall[0], cpu[v], cpu[0]);
        }
    }

    private static ImageScreener Screener(NsfwClassifier first, NsfwSecondStage second, Core.Prompts.PromptScreener prompts, string policy) =>
        new(first, second, prompts, Options.Create(new ImageScreeningOptions { Policy = policy, DecodeTimeout = TwoStageCost.CostNotDeadline }));
}
