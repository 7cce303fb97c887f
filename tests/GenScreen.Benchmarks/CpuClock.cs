using System.Runtime.InteropServices;

namespace GenScreen.Benchmarks;

/// <summary>
/// CPU time to the nanosecond (clock_gettime) for the diagnostics that must survive a loaded machine: a thread's own CPU
/// time does not count the minutes other processes hold the cores; /proc's figures are in 10 ms ticks.
/// </summary>
internal static class CpuClock
{
    private const int ProcessCpuTimeId = 2; // CLOCK_PROCESS_CPUTIME_ID: every thread of this process
    private const int ThreadCpuTimeId = 3; // CLOCK_THREAD_CPUTIME_ID: the calling thread only

    public static long ThreadNanoseconds() => Nanoseconds(ThreadCpuTimeId);

    public static long ProcessNanoseconds() => Nanoseconds(ProcessCpuTimeId);

    public static double ThreadMilliseconds() => ThreadNanoseconds() / 1e6;

    public static double ProcessMilliseconds() => ProcessNanoseconds() / 1e6;

    private static long Nanoseconds(int clock)
    {
        if (ClockGetTime(clock, out var ts) != 0)
        {
            throw new InvalidOperationException($"clock_gettime({clock}) failed");
        }

        return (ts.Seconds * 1_000_000_000L) + ts.Nanoseconds;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

#pragma warning disable SYSLIB1054 // DllImport: LibraryImport would need unsafe code in this project for one diagnostic call
    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);
#pragma warning restore SYSLIB1054
}
