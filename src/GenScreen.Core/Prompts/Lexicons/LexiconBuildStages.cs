using System.Diagnostics;

namespace GenScreen.Core.Prompts.Lexicons;

/// <summary>
/// Where one <see cref="LexiconSet.Build(IEnumerable{LexiconSource}, bool, LexiconBuildStages?)"/> spends its time,
/// stage by stage (wall time, and the process's CPU, which includes work done ahead on the other core), for the
/// start-up profile of the benchmarks project (<c>GenScreen.Benchmarks startup-profile</c>). Null in production:
/// nothing is recorded there.
/// </summary>
internal sealed class LexiconBuildStages
{
    private readonly List<(string Stage, TimeSpan Wall, TimeSpan ProcessCpu, long Allocated, int FullCollections, TimeSpan Jit, long JitMethods)> _stages = [];
    private readonly Stopwatch _wall = Stopwatch.StartNew();
    private TimeSpan _lastWall;
    private TimeSpan _lastCpu = Process.GetCurrentProcess().TotalProcessorTime;
    private long _lastAllocated = GC.GetTotalAllocatedBytes();
    private int _lastFull = GC.CollectionCount(2);
    private TimeSpan _lastJit = System.Runtime.JitInfo.GetCompilationTime();
    private long _lastJitMethods = System.Runtime.JitInfo.GetCompiledMethodCount();

    /// <summary>
    /// Each stage with its wall time, process CPU, bytes allocated (all threads), full (gen2) collections, and the JIT's
    /// time and methods compiled (all threads: precompiled code that tiering re-compiles counts too).
    /// </summary>
    public IReadOnlyList<(string Stage, TimeSpan Wall, TimeSpan ProcessCpu, long Allocated, int FullCollections, TimeSpan Jit, long JitMethods)> Stages => _stages;

    /// <summary>Ends the stage that ran since the previous mark (or since this object was made).</summary>
    public void Mark(string stage)
    {
        var wall = _wall.Elapsed;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var allocated = GC.GetTotalAllocatedBytes();
        var full = GC.CollectionCount(2);
        var jit = System.Runtime.JitInfo.GetCompilationTime();
        var jitMethods = System.Runtime.JitInfo.GetCompiledMethodCount();
        _stages.Add((stage, wall - _lastWall, cpu - _lastCpu, allocated - _lastAllocated, full - _lastFull, jit - _lastJit, jitMethods - _lastJitMethods));
        _lastJit = jit;
        _lastJitMethods = jitMethods;
        _lastWall = wall;
        _lastCpu = cpu;
        _lastAllocated = allocated;
        _lastFull = full;
    }
}
