using GenScreen.Core.Configuration;

namespace GenScreen.Benchmarks;

/// <summary>
/// <c>first-verdict-cpu</c>: the main thread's and the process's CPU for <see cref="ScreeningSetup.CreateScreener(ScreeningOptions)"/>
/// and one verdict, in this cold process (docs/performance.md, session 25). The main thread is start-up's path when the other
/// core has slack, and its CPU can be read under load where the wall time cannot: run it alternated with main's build.
/// </summary>
internal static class FirstVerdictCpu
{
    public static void Run(TextWriter output)
    {
        var thread = CpuClock.ThreadMilliseconds();
        var process = CpuClock.ProcessMilliseconds();
        var verdict = ScreeningSetup.CreateScreener(new ScreeningOptions()).Screen("a cat in a hat");
        output.WriteLine($"first verdict {verdict.Decision}: main thread {CpuClock.ThreadMilliseconds() - thread:F0} ms CPU, process {CpuClock.ProcessMilliseconds() - process:F0} ms CPU (since Main)");
    }
}
