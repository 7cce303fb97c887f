using System.Diagnostics;

namespace GenScreen.Benchmarks;

/// <summary>
/// The benign prompt's stages timed by the CPU time of the calling thread (<c>CLOCK_THREAD_CPUTIME_ID</c>) instead of
/// the wall clock (<c>dotnet GenScreen.Benchmarks.dll prompt-cpu [rounds]</c>). On the shared 2-core machine at load 30
/// a process runs a few percent of the time, so a wall-clock figure is mostly time spent waiting for a core; the
/// thread's CPU time leaves that out and keeps only what the screening itself costs (plus the cache refills after
/// each switch, a small share with time slices of milliseconds). Same stages and alternation as <c>prompt-stages</c>.
/// A diagnostic, not a benchmark (docs/performance.md, "Session 12").
/// </summary>
internal static class PromptCpuProfile
{
    private const int CallsPerSample = 2_000;

    public static void Run(TextWriter output, int rounds)
    {
        var stages = BenignPromptStages.Create();
        BenignPromptStages.WarmUp(stages, CallsPerSample * 5);

        var cpu = stages.Select(_ => new List<double>()).ToArray();
        var wall = stages.Select(_ => new List<double>()).ToArray();
        for (var round = 0; round < rounds; round++)
        {
            for (var s0 = 0; s0 < stages.Length; s0++)
            {
                var s = round % 2 == 0 ? s0 : stages.Length - 1 - s0;
                var startWall = Stopwatch.GetTimestamp();
                var startCpu = CpuClock.ThreadNanoseconds();
                for (var k = 0; k < CallsPerSample; k++)
                {
                    stages[s].Run();
                }

                cpu[s].Add((CpuClock.ThreadNanoseconds() - startCpu) / 1000.0 / CallsPerSample);
                wall[s].Add(Stopwatch.GetElapsedTime(startWall).TotalMilliseconds * 1000 / CallsPerSample);
            }
        }

        output.WriteLine($"{rounds} alternated rounds of {CallsPerSample} calls per stage; thread CPU time; load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]} at the end");
        output.WriteLine($"{"stage (cumulative)",-32} {"CPU median µs",14} {"CPU min µs",11} {"own (median diff)",18} {"wall median µs",15}");
        var previous = 0.0;
        for (var s = 0; s < stages.Length; s++)
        {
            var sorted = cpu[s].Order().ToArray();
            var median = sorted[sorted.Length / 2];
            var wallMedian = wall[s].Order().ElementAt(wall[s].Count / 2);
            output.WriteLine($"{stages[s].Name,-32} {median,14:F2} {sorted[0],11:F2} {median - previous,18:F2} {wallMedian,15:F2}");
            previous = median;
        }
    }
}
