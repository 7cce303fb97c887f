using System.Globalization;

namespace GenScreen.Benchmarks;

/// <summary>
/// The calling thread's scheduler counters from <c>/proc/thread-self/schedstat</c> (Linux): nanoseconds on a CPU and
/// nanoseconds runnable but waiting for one. Over a span of wall time, what is neither was spent asleep (blocked on
/// another thread, e.g. a pool thread or an ONNX Runtime worker): the part of the wall time the code's hand-offs cost,
/// apart from the part a loaded machine's queue costs.
/// </summary>
internal readonly record struct ThreadSchedStat(long OnCpuNanoseconds, long WaitingNanoseconds)
{
    public static ThreadSchedStat Read()
    {
        var fields = File.ReadAllText("/proc/thread-self/schedstat").Split(' ');
        return new ThreadSchedStat(long.Parse(fields[0], CultureInfo.InvariantCulture), long.Parse(fields[1], CultureInfo.InvariantCulture));
    }

    /// <summary>(on CPU, waiting for a CPU, asleep) in ms between <paramref name="start"/> and this reading, over <paramref name="wallMilliseconds"/>.</summary>
    public (double OnCpu, double Waiting, double Asleep) Since(ThreadSchedStat start, double wallMilliseconds)
    {
        var onCpu = (OnCpuNanoseconds - start.OnCpuNanoseconds) / 1e6;
        var waiting = (WaitingNanoseconds - start.WaitingNanoseconds) / 1e6;
        return (onCpu, waiting, wallMilliseconds - onCpu - waiting);
    }
}
