using BenchmarkDotNet.Attributes;
using GenScreen.Core.Configuration;
using GenScreen.Core.Policies;
using GenScreen.Core.Prompts;
using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Verdicts;

namespace GenScreen.Benchmarks;

/// <summary>
/// What inflection as data (the <c>inflection/*.json</c> files) costs per prompt: the same binary and prompts, the
/// lexicons built with and without those files, so the anchor (without) is measured in the same run.
/// </summary>
[MemoryDiagnoser]
public class InflectionCostBenchmarks
{
    private PromptScreener _screener = null!;

    [Params(false, true)]
    public bool WithInflection { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var sources = BuiltInLexicons.Load().Where(s => WithInflection || !s.Name.StartsWith("builtin:inflection", StringComparison.Ordinal));
        var options = new ScreeningOptions();
        _screener = new PromptScreener(LexiconSet.Build(sources), PolicyCatalog.LoadBuiltIn(), options.DefaultPolicy, options.Steering);
    }

    [Benchmark(Baseline = true)]
    public Decision BenignPrompt() => _screener.Screen(SamplePrompts.Benign, null, "mature").Decision;

    [Benchmark]
    public Decision OtherScriptsPrompt() => _screener.Screen(SamplePrompts.OtherScripts, null, "mature").Decision;
}
