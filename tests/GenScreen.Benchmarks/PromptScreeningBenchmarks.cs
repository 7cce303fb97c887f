using BenchmarkDotNet.Attributes;
using GenScreen.Core.Configuration;
using GenScreen.Core.Prompts;
using GenScreen.Core.Verdicts;

namespace GenScreen.Benchmarks;

/// <summary>In-process screening of realistic prompts: the server time of POST /api/screen/prompt minus HTTP.</summary>
[MemoryDiagnoser]
public class PromptScreeningBenchmarks
{
    private PromptScreener _screener = null!;

    [GlobalSetup]
    public void Setup() => _screener = ScreeningSetup.CreateScreener(new ScreeningOptions());

    [Benchmark(Baseline = true)]
    public Decision BenignPrompt() => _screener.Screen(SamplePrompts.Benign, null, "mature").Decision;

    [Benchmark]
    public Decision BenignPromptWithNegative() => _screener.Screen(SamplePrompts.Benign, SamplePrompts.Negative, "mature").Decision;

    [Benchmark]
    public Decision EvasivePrompt() => _screener.Screen(SamplePrompts.Evasive, null, "mature").Decision;

    [Benchmark]
    public Decision OtherScriptsPrompt() => _screener.Screen(SamplePrompts.OtherScripts, null, "mature").Decision;

    [Benchmark]
    public Decision AdultPromptStrict() => _screener.Screen(SamplePrompts.Adult, null, "strict").Decision;
}
