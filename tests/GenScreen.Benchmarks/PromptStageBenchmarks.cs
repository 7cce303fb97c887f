using BenchmarkDotNet.Attributes;
using GenScreen.Core.Configuration;
using GenScreen.Core.Prompts;
using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;
using GenScreen.Core.Prompts.Rules;

namespace GenScreen.Benchmarks;

/// <summary>
/// Where the time of one screening of the benign prompt goes. Each stage needs the ones before it, so the
/// benchmarks are cumulative (tokenize; + term matcher; + ages; + people); the difference between neighbours
/// is the stage's own cost, and <see cref="Screen"/> adds the decision and the verdict.
/// </summary>
[MemoryDiagnoser]
public class PromptStageBenchmarks
{
    private readonly TokenizedText _text = new();
    private readonly SignalSummary _signals = new();
    private PromptScreener _screener = null!;
    private LexiconSet _lexicons = null!;

    [GlobalSetup]
    public void Setup()
    {
        _lexicons = LexiconSet.Build(ScreeningSetup.Sources(new ScreeningOptions()));
        _screener = ScreeningSetup.CreateScreener(new ScreeningOptions());
    }

    [Benchmark]
    public int Tokenize()
    {
        PromptTokenizer.Tokenize(SamplePrompts.Benign, _text);
        return _text.Count;
    }

    [Benchmark]
    public int TokenizeMatch()
    {
        _signals.Clear();
        PromptTokenizer.Tokenize(SamplePrompts.Benign, _text);
        TermMatcher.Match(_text, _lexicons.Prompt, _signals, PromptField.Prompt);
        return _text.Count;
    }

    [Benchmark]
    public int TokenizeMatchAges()
    {
        _signals.Clear();
        PromptTokenizer.Tokenize(SamplePrompts.Benign, _text);
        TermMatcher.Match(_text, _lexicons.Prompt, _signals, PromptField.Prompt);
        AgeDetector.Detect(_text, _lexicons, _signals, 2026);
        return _text.Count;
    }

    [Benchmark]
    public int TokenizeMatchAgesPeople()
    {
        _signals.Clear();
        PromptTokenizer.Tokenize(SamplePrompts.Benign, _text);
        TermMatcher.Match(_text, _lexicons.Prompt, _signals, PromptField.Prompt);
        AgeDetector.Detect(_text, _lexicons, _signals, 2026);
        PersonDetector.Detect(_text, _lexicons, _signals);
        return _text.Count;
    }

    [Benchmark(Baseline = true)]
    public int Screen() => _screener.Screen(SamplePrompts.Benign, null, "mature").Reasons.Count;
}
