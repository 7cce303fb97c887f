using System.Diagnostics;
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
/// <c>two-stage-cost [rounds] [mix]</c>: the average cost per image of screening a mix under <c>strict</c> with MobileNetV2
/// alone (the anchor), with the float InceptionV3 second stage, and with the int8 one, the three screeners taking turns
/// round by round in rotated order in one process, so a loaded machine weighs on all three alike. Per round and variant:
/// wall time and process CPU time (user + system of every thread, ONNX Runtime's included: on a machine shared with
/// other processes it counts only this one's work). The figures to read are the per-round ratios to the anchor
/// (<c>2 stages / 1 stage</c>, the issue's ≤ 1.3× target) and int8 / float. Mixes as in <see cref="NsfwTwoStageBenchmarks"/>.
/// </summary>
internal static class TwoStageCost
{
    /// <summary>
    /// Longer than any screening takes: at the default 10 s budget a loaded machine times out the 24-frame GIF in some
    /// variants and not others (blocked unscreened, fail closed), which would cut its cost short and change what is compared.
    /// </summary>
    internal static readonly TimeSpan CostNotDeadline = TimeSpan.FromMinutes(5);

    public static void Run(TextWriter output, int rounds, string mixName)
    {
        var root = ImageBenchContext.Root;
        using var first = new NsfwClassifier(ImageBenchContext.Model());
        using var inceptionFloat = new NsfwClassifier(new NsfwModelCache(new NsfwModelCacheOptions { RepositoryRoot = root, Model = NsfwModelSpec.InceptionV3 }).GetModel());
        using var inceptionInt8 = new NsfwClassifier(new NsfwModelCache(new NsfwModelCacheOptions { RepositoryRoot = root, Model = NsfwModelSpec.InceptionV3Int8 }).GetModel());
        var mix = mixName == "generated-1024" ? NsfwTwoStageBenchmarks.Generated1024(root) : NsfwTwoStageBenchmarks.BenignSet(root);
        (string Name, ImageScreener Screener)[] variants =
        [
            ("1 stage", Screener(first, NsfwSecondStage.Disabled)),
            ("2 stages float", Screener(first, new NsfwSecondStage(inceptionFloat))),
            ("2 stages int8", Screener(first, new NsfwSecondStage(inceptionInt8))),
        ];

        foreach (var (name, screener) in variants)
        {
            // Warm-up, and what each variant decides and sends on (the same frames for both second stages).
            var results = mix.Select(r => screener.Screen(r, CancellationToken.None)).ToList();
            output.WriteLine($"{name}: {results.Count(r => r.Facts.Scores?.SecondStageFrames > 0)} of {mix.Length} images sent on ({results.Sum(r => r.Facts.Scores?.SecondStageFrames ?? 0)} frames), blocked {results.Count(r => r.Verdict.Decision == Decision.Block)}, reviewed {results.Count(r => r.Verdict.Decision == Decision.Review)}");
        }

        var load = File.ReadAllText("/proc/loadavg").Trim();
        var wall = variants.Select(_ => new List<double>()).ToArray();
        var cpu = variants.Select(_ => new List<double>()).ToArray();
        for (var round = 0; round < rounds; round++)
        {
            for (var k = 0; k < variants.Length; k++)
            {
                var v = (round + k) % variants.Length; // rotated order: none always first or last
                var (w, c) = Measure(variants[v].Screener, mix);
                wall[v].Add(w / mix.Length);
                cpu[v].Add(c / mix.Length);
            }
        }

        output.WriteLine($"mix {mixName}, {mix.Length} images, {rounds} rotated rounds; load average before: {load}; after: {File.ReadAllText("/proc/loadavg").Trim()}");
        for (var v = 0; v < variants.Length; v++)
        {
            output.WriteLine(Invariant($"{variants[v].Name,-15} per image: wall median {Quantile(wall[v], 0.5):0.0} ms, CPU median {Quantile(cpu[v], 0.5):0.0} ms"));
        }

        Ratio(output, "2 stages float / 1 stage", wall[1], wall[0], cpu[1], cpu[0]);
        Ratio(output, "2 stages int8 / 1 stage", wall[2], wall[0], cpu[2], cpu[0]);
        Ratio(output, "2 stages int8 / float", wall[2], wall[1], cpu[2], cpu[1]);
    }

    private static ImageScreener Screener(NsfwClassifier first, NsfwSecondStage second) =>
        new(first, second, ScreeningSetup.CreateScreener(new ScreeningOptions()), Options.Create(new ImageScreeningOptions { Policy = "strict", DecodeTimeout = CostNotDeadline }));

    internal static (double WallMs, double CpuMs) Measure(ImageScreener screener, ImageScreenRequest[] mix)
    {
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var cpuBefore = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        foreach (var request in mix)
        {
            screener.Screen(request, CancellationToken.None);
        }

        watch.Stop();
        process.Refresh();
        return (watch.Elapsed.TotalMilliseconds, (process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
    }

    internal static void Ratio(TextWriter output, string what, List<double> wallA, List<double> wallB, List<double> cpuA, List<double> cpuB)
    {
        var wall = wallA.Zip(wallB, (a, b) => a / b).ToList();
        var cpu = cpuA.Zip(cpuB, (a, b) => a / b).ToList();
        output.WriteLine(Invariant($"{what,-26} per round: wall median ×{Quantile(wall, 0.5):0.00} (quartiles {Quantile(wall, 0.25):0.00}–{Quantile(wall, 0.75):0.00}), CPU median ×{Quantile(cpu, 0.5):0.00} (quartiles {Quantile(cpu, 0.25):0.00}–{Quantile(cpu, 0.75):0.00})"));
    }

    internal static double Quantile(List<double> values, double q)
    {
        var sorted = values.Order().ToList();
        return sorted[(int)Math.Round(q * (sorted.Count - 1))];
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
