using BenchmarkDotNet.Running;
using GenScreen.Benchmarks;

if (args is ["startup-profile"])
{
    StartupProfile.Run(Console.Out); // a diagnostic, not a benchmark: one cold process (docs/performance.md)
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
