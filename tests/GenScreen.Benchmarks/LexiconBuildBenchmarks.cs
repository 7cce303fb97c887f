using BenchmarkDotNet.Attributes;
using GenScreen.Core.Prompts.Lexicons;

namespace GenScreen.Benchmarks;

/// <summary>
/// Start-up's lexicon share (issue 16, i16-speed): every built-in lexicon compiled in order on one thread, and
/// on both cores as start-up does it (sources parsed and names normalized ahead, the other-scripts name index
/// beside the term index). Wall time per build, warm (the JIT's share of a cold start is not in it); on a
/// loaded machine the parallel build gains nothing, so quote the load average.
/// </summary>
[MemoryDiagnoser]
public class LexiconBuildBenchmarks
{
    private IReadOnlyList<LexiconSource> _sources = null!;

    [GlobalSetup]
    public void Setup() => _sources = BuiltInLexicons.Load();

    [Benchmark(Baseline = true)]
    public int InOrder() => LexiconSet.Build(_sources, parallel: false).PromptTermCount;

    [Benchmark]
    public int Parallel() => LexiconSet.Build(_sources, parallel: true).PromptTermCount;
}
