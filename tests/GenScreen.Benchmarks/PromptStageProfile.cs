using System.Diagnostics;
using GenScreen.Core.Configuration;

namespace GenScreen.Benchmarks;

/// <summary>
/// Where one screening of the benign prompt goes, stage by stage, timed in one process with the stages alternated
/// in short rounds (<c>dotnet GenScreen.Benchmarks.dll prompt-stages [rounds]</c>): on a loaded machine the absolute
/// figures are noise, but every stage meets the same load in the same milliseconds, so the differences between the
/// cumulative stages (each stage's own share) stay meaningful. <c>prompt-loop [seconds]</c> only screens the benign
/// prompt in a loop, for a sampling profiler (<c>perf record</c> with <c>DOTNET_PerfMapEnabled=1</c>).
/// A diagnostic, not a benchmark (docs/performance.md).
/// </summary>
internal static class PromptStageProfile
{
    private const int CallsPerSample = 2_000;

    public static void Loop(TextWriter output, double seconds)
    {
        var screener = ScreeningSetup.CreateScreener(new ScreeningOptions());
        var clock = Stopwatch.StartNew();
        long calls = 0;
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            for (var k = 0; k < CallsPerSample; k++)
            {
                _ = screener.Screen(SamplePrompts.Benign, null, "mature");
            }

            calls += CallsPerSample;
        }

        output.WriteLine($"{calls} screenings in {clock.Elapsed.TotalSeconds:F1} s: {clock.Elapsed.TotalMilliseconds * 1000 / calls:F2} µs each");
    }

    public static void Run(TextWriter output, int rounds)
    {
        var stages = BenignPromptStages.Create();
        BenignPromptStages.WarmUp(stages, CallsPerSample * 5);

        var samples = stages.Select(_ => new List<double>()).ToArray();
        var allocated = new long[stages.Length];
        for (var round = 0; round < rounds; round++)
        {
            // Alternate the order too, so no stage always follows the same neighbour.
            for (var s0 = 0; s0 < stages.Length; s0++)
            {
                var s = round % 2 == 0 ? s0 : stages.Length - 1 - s0;
                var before = GC.GetAllocatedBytesForCurrentThread();
                var start = Stopwatch.GetTimestamp();
                for (var k = 0; k < CallsPerSample; k++)
                {
                    stages[s].Run();
                }

                var elapsed = Stopwatch.GetElapsedTime(start);
                allocated[s] += GC.GetAllocatedBytesForCurrentThread() - before;
                samples[s].Add(elapsed.TotalMilliseconds * 1000 / CallsPerSample);
            }
        }

        output.WriteLine($"{rounds} alternated rounds of {CallsPerSample} calls per stage; load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]} at the end");
        output.WriteLine($"{"stage (cumulative)",-32} {"median µs",10} {"min µs",8} {"own (median diff)",18} {"B/call",8}");
        var previous = 0.0;
        for (var s = 0; s < stages.Length; s++)
        {
            var sorted = samples[s].Order().ToArray();
            var median = sorted[sorted.Length / 2];
            output.WriteLine($"{stages[s].Name,-32} {median,10:F2} {sorted[0],8:F2} {median - previous,18:F2} {allocated[s] / (double)(rounds * CallsPerSample),8:F0}");
            previous = median;
        }
    }
}
