using Perfolizer.Horology;

namespace GenScreen.Benchmarks;

/// <summary>
/// BenchmarkDotNet's clock replaced by the calling thread's CPU time in nanoseconds, so BenchmarkDotNet's own harness
/// (pilot, warm-up, unrolled invocation loop, forced GCs between iterations) can be read on a loaded machine and set
/// beside <c>prompt-cpu</c>: a gap between the two is then the harness, not the load. In-process only: the clock object
/// cannot cross into a generated process (docs/performance.md, "Session 17").
/// </summary>
internal sealed class ThreadCpuClock : IClock
{
    public static readonly ThreadCpuClock Instance = new();

    public string Title => "Thread CPU time";

    public bool IsAvailable => true;

    public Frequency Frequency => Frequency.GHz; // one tick a nanosecond

    public long GetTimestamp() => CpuClock.ThreadNanoseconds();
}
