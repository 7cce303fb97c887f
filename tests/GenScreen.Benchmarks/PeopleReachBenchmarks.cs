using BenchmarkDotNet.Attributes;
using GenScreen.Core.Configuration;
using GenScreen.Core.Prompts;
using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Verdicts;

namespace GenScreen.Benchmarks;

/// <summary>
/// The cost of the wider real-person reach (issue 16, i16-people2), before and after in one run: the same code
/// with and without its new data files (footballers' gazetteer, more aliases, public roles and titles). The code
/// paths themselves (two-typo lookup, role apposition) run in both; their share shows against
/// <see cref="PromptScreeningBenchmarks"/> on main.
/// </summary>
[MemoryDiagnoser]
public class PeopleReachBenchmarks
{
    private static readonly string[] NewFiles = ["builtin:names/footballers", "builtin:names/aliases-more", "builtin:people/public-roles"];

    private const string PeoplePrompt =
        "Turkish actress Hande Ercel, photorealistic portrait, (soft studio lighting:1.2), 85mm, bokeh, detailed skin, "
        + "Christian Pulisic in a stadium, jenifer lawrance at a premiere, masterpiece, best quality, highly detailed";

    private PromptScreener _screener = null!;
    private List<LexiconSource> _sources = null!;

    [Params(false, true)]
    public bool NewPeopleFiles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        (_sources, _screener) = DataFileCost.Build(NewFiles, NewPeopleFiles);
    }

    [Benchmark(Baseline = true)]
    public Decision BenignPrompt() => _screener.Screen(SamplePrompts.Benign, null, "mature").Decision;

    [Benchmark]
    public Decision EvasivePrompt() => _screener.Screen(SamplePrompts.Evasive, null, "mature").Decision;

    [Benchmark]
    public Decision PeoplePromptInnocent() => _screener.Screen(PeoplePrompt, null, "mature").Decision;

    /// <summary>Start-up's share: compiling every lexicon.</summary>
    [Benchmark]
    public int BuildLexicons() => LexiconSet.Build(_sources).ProtectedNameCount;
}
