using BenchmarkDotNet.Attributes;
using GenScreen.Core.Configuration;
using GenScreen.Core.Prompts;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Benchmarks;

/// <summary>Where the time of one screening goes: tokenizing alone vs the whole screen (matching, ages, rules, verdict).</summary>
[MemoryDiagnoser]
public class PromptStageBenchmarks
{
    private readonly TokenizedText _text = new();
    private PromptScreener _screener = null!;

    [GlobalSetup]
    public void Setup() => _screener = ScreeningSetup.CreateScreener(new ScreeningOptions());

    [Benchmark]
    public int Tokenize()
    {
        PromptTokenizer.Tokenize(SamplePrompts.Benign, _text);
        return _text.Count;
    }

    [Benchmark(Baseline = true)]
    public int Screen() => _screener.Screen(SamplePrompts.Benign, null, "mature").Reasons.Count;
}
