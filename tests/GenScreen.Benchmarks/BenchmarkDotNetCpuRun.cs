using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace GenScreen.Benchmarks;

/// <summary>
/// <c>bdn-cpu --filter ...</c>: BenchmarkDotNet's short job in this process with <see cref="ThreadCpuClock"/>, so its
/// figure and <c>prompt-cpu</c>'s are the same kind of number (thread CPU) and either can be read under load.
/// </summary>
internal static class BenchmarkDotNetCpuRun
{
    public static void Run(string[] args)
    {
        var job = Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance).WithClock(ThreadCpuClock.Instance);
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, DefaultConfig.Instance.AddJob(job));
    }
}
