using System.Diagnostics;
using GenScreen.Core.Prompts.Rules;

namespace GenScreen.Benchmarks;

/// <summary>
/// The statement trigger scan of the benign prompt alone: the places it stops at and the thread CPU and wall time of one scan (a diagnostic
/// for docs/performance.md; <c>prompt-cpu</c> gives the stage inside <c>Screen</c>).
/// </summary>
internal static class TriggerScanDump
{
    private const int Calls = 200_000;

    public static void Run(TextWriter output)
    {
        var prompt = SamplePrompts.Benign;
        var finder = StatementTriggers.AsciiFinderFor(prompt)!;
        var hits = new List<(int At, uint Tags)>();
        const uint all = StatementTriggers.Child | StatementTriggers.Sexual | StatementTriggers.SexualShort;
        finder.FindAll(prompt, all, hits, wholeWords: true);
        output.WriteLine($"{hits.Count} trigger places");
        foreach (var (at, tags) in hits)
        {
            output.WriteLine($"{at,4} tags {tags}: {prompt.AsSpan(at, Math.Min(16, prompt.Length - at))}");
        }

        for (var round = 0; round < 5; round++)
        {
            var clock = Stopwatch.StartNew();
            var cpu = CpuClock.ThreadNanoseconds();
            for (var k = 0; k < Calls; k++)
            {
                finder.FindAll(prompt, all, hits, wholeWords: true);
            }

            var cpuMicroseconds = (CpuClock.ThreadNanoseconds() - cpu) / 1000.0 / Calls;
            output.WriteLine($"FindAll {cpuMicroseconds:F3} µs thread CPU, {clock.Elapsed.TotalMilliseconds * 1000 / Calls:F3} µs wall (mean of {Calls:N0})");
        }
    }
}
