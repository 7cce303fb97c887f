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
    private readonly List<(string Stage, TimeSpan Wall, TimeSpan ProcessCpu)> _stages = [];
    private readonly Stopwatch _wall = Stopwatch.StartNew();
    private TimeSpan _lastWall;
    private TimeSpan _lastCpu = Process.GetCurrentProcess().TotalProcessorTime;

    public IReadOnlyList<(string Stage, TimeSpan Wall, TimeSpan ProcessCpu)> Stages => _stages;

    /// <summary>Ends the stage that ran since the previous mark (or since this object was made).</summary>
    public void Mark(string stage)
    {
        var wall = _wall.Elapsed;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        _stages.Add((stage, wall - _lastWall, cpu - _lastCpu));
        _lastWall = wall;
        _lastCpu = cpu;
    }
}
