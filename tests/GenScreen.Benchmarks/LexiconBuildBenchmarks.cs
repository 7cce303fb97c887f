using BenchmarkDotNet.Attributes;
using GenScreen.Core.Configuration;
using GenScreen.Core.Policies;
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

    /// <summary>
    /// What start-up runs: the lexicons built in parallel and the built-in policies read on another core meanwhile (session 25).
    /// Read with <c>bdn-cpu</c> (the calling thread's CPU, start-up's critical path) against <see cref="Parallel"/>: warm, so
    /// the policies' cold cost (~80 ms of System.Text.Json start-up) is not in either; the inflection tables' build is.
    /// </summary>
    [Benchmark]
    public string CreateScreener() => ScreeningSetup.CreateScreener(new ScreeningOptions()).PolicyVersion;

    /// <summary>The built-in policy catalog alone, warm: what <see cref="CreateScreener"/> reads beside the build.</summary>
    [Benchmark]
    public int LoadBuiltInPolicies() => PolicyCatalog.LoadBuiltIn().Names.Count();
}
