using GenScreen.Core.Configuration;
using GenScreen.Core.Prompts;

namespace GenScreen.Benchmarks;

/// <summary>
/// <c>prompt-gc [rounds]</c>: the benign prompt's <c>Screen</c> in rounds of <see cref="CallsPerRound"/> calls, each
/// round's mean thread CPU per call and the collections it saw, with a forced full blocking GC (what BenchmarkDotNet
/// runs between its iterations) before every odd round: is a call slower after such a GC than before it, and why.
/// A diagnostic, not a benchmark (docs/performance.md, "Session 17").
/// </summary>
internal static class PromptGcEffect
{
    private const int CallsPerRound = 60_000;

    public static void Run(TextWriter output, int rounds)
    {
        var screener = ScreeningSetup.CreateScreener(new ScreeningOptions());
        for (var k = 0; k < CallsPerRound * 2; k++)
        {
            screener.Screen(SamplePrompts.Benign, null, "mature");
        }

        output.WriteLine($"{"round",5} {"forced GC before",16} {"CPU µs/call",12} {"gen0",5} {"gen1",5} {"gen2",5} {"GC pause ms",12}");
        for (var round = 0; round < rounds; round++)
        {
            var forced = round % 2 == 1;
            if (forced)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                GC.Collect();
            }

            var (g0, g1, g2) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
            var pause = GC.GetTotalPauseDuration();
            var start = CpuClock.ThreadNanoseconds();
            for (var k = 0; k < CallsPerRound; k++)
            {
                screener.Screen(SamplePrompts.Benign, null, "mature");
            }

            var perCall = (CpuClock.ThreadNanoseconds() - start) / 1000.0 / CallsPerRound;
            output.WriteLine($"{round,5} {(forced ? "yes" : "no"),16} {perCall,12:F2} {GC.CollectionCount(0) - g0,5} {GC.CollectionCount(1) - g1,5} {GC.CollectionCount(2) - g2,5} {(GC.GetTotalPauseDuration() - pause).TotalMilliseconds,12:F1}");
        }

        output.WriteLine($"load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]} at the end");
    }
}
