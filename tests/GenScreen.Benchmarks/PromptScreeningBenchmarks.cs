using BenchmarkDotNet.Attributes;
using GenScreen.Core.Configuration;
using GenScreen.Core.Policies;
using GenScreen.Core.Prompts;
using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Verdicts;

namespace GenScreen.Benchmarks;

/// <summary>In-process screening of realistic prompts: the server time of POST /api/screen/prompt minus HTTP.</summary>
[MemoryDiagnoser]
public class PromptScreeningBenchmarks
{
    private PromptScreener _screener = null!;
    private LexiconSet _lexicons = null!;
    private PromptScreener _ownScreener = null!;

    [GlobalSetup]
    public void Setup()
    {
        _screener = ScreeningSetup.CreateScreener(new ScreeningOptions());
        _lexicons = LexiconSet.Build(ScreeningSetup.Sources(new ScreeningOptions()));
        _ownScreener = new PromptScreener(_lexicons, PolicyCatalog.LoadBuiltIn(), "mature");
    }

    [Benchmark(Baseline = true)]
    public Decision BenignPrompt() => _screener.Screen(SamplePrompts.Benign, null, "mature").Decision;

    /// <summary>
    /// The benign prompt with every word first seen (session 42, i16-speed50): the term matcher's memo of plain words is
    /// emptied before each call, so each word takes the matcher's cold path (what a prompt of new words pays; a bulk file's
    /// new words). <see cref="WordMemoEmptied"/> is the emptying alone, to subtract. The joined-word split once compared each
    /// such word with every youth/nudity part sharing its first two letters (BenignPromptStepTests counts the steps).
    /// </summary>
    [Benchmark]
    public Decision BenignPromptFirstSeen()
    {
        _lexicons.Prompt.PlainWords.Clear();
        return _ownScreener.Screen(SamplePrompts.Benign, null, "mature").Decision;
    }

    [Benchmark]
    public void WordMemoEmptied() => _lexicons.Prompt.PlainWords.Clear();

    [Benchmark]
    public Decision BenignPromptWithNegative() => _screener.Screen(SamplePrompts.Benign, SamplePrompts.Negative, "mature").Decision;

    [Benchmark]
    public Decision EvasivePrompt() => _screener.Screen(SamplePrompts.Evasive, null, "mature").Decision;

    [Benchmark]
    public Decision OtherScriptsPrompt() => _screener.Screen(SamplePrompts.OtherScripts, null, "mature").Decision;

    [Benchmark]
    public Decision AdultPromptStrict() => _screener.Screen(SamplePrompts.Adult, null, "strict").Decision;
}
