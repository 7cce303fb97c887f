using BenchmarkDotNet.Attributes;
using GenScreen.Core.Configuration;
using GenScreen.Core.Policies;
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
    private readonly SignalSummary _decisionSignals = new();
    private ScreeningPolicy _mature = null!;

    [GlobalSetup]
    public void Setup()
    {
        _lexicons = LexiconSet.Build(ScreeningSetup.Sources(new ScreeningOptions()));
        _screener = ScreeningSetup.CreateScreener(new ScreeningOptions());
        PolicyCatalog.LoadBuiltIn().TryGet("mature", out _mature);
        BenignPromptStages.RunUpTo(5, SamplePrompts.Benign, new TokenizedText(), _decisionSignals, _lexicons, []);
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

    /// <summary>
    /// Session 43 (i16-speed51): the decision stage's reader of intimate frames alone on the benign prompt (read once there,
    /// unnamed), the ~18.7 µs of the ~19.5 µs decision stage that comparing each cue of a letter pair's list cost before the
    /// cues were put in a trie (<c>CueTrie</c>); ~2.7 µs after. A regression of the scan shows here first.
    /// </summary>
    /// <remarks>Session 45 (i16-speed53): the hits are kept per screening since then, so the kept ones are forgotten first and
    /// the benchmark still times a pass.</remarks>
    [Benchmark]
    public int DecisionIntimateFrames()
    {
        IntimateFrames.StartScreening();
        return IntimateFrames.Read(SamplePrompts.Benign, false, ride: true).Level;
    }

    /// <summary>
    /// Session 45 (i16-speed53): what one screening pays for its frame reads on the benign prompt: the wear read before the people
    /// rules (<c>SuggestiveWear</c>, session 44) and the decision's frame read. Each walked the whole prompt (two passes, ~2 × 1.9 µs
    /// of thread CPU); one pass keeps both readers' hits since session 45. A return to two passes shows here as about twice
    /// <see cref="DecisionIntimateFrames"/>.
    /// </summary>
    [Benchmark]
    public int WearAndFramesOneScreening()
    {
        IntimateFrames.StartScreening();
        return IntimateFrames.ReadWear(SamplePrompts.Benign).Level + IntimateFrames.Read(SamplePrompts.Benign, false, ride: true).Level;
    }

    /// <summary>
    /// Session 44 (i16-speed52): the person-act reader (read beside a name, or beside an adult word or weaker sexual term) on the
    /// benign prompt as if a name had been read: its cues found by one <c>CueTrie</c> walk a word start instead of comparing each
    /// cue of the letter's bucket (hundreds for common letters). A regression of the walk shows here.
    /// </summary>
    [Benchmark]
    public int DecisionPersonActs() => PersonActs.Read(SamplePrompts.Benign).Level;

    /// <summary>Session 43: the whole decision stage (<c>PromptRules.Decide</c>) on the benign prompt's signals, read once in setup
    /// by the stages before it (the decision reads the signals and the prompt and changes neither but the child hints' weights, which
    /// are weighed again each call to the same values).</summary>
    [Benchmark]
    public int DecisionStage()
    {
        IntimateFrames.StartScreening(); // session 45: as a screening does, so the frame read is timed, not its kept hits
        return PromptRules.Decide(_decisionSignals, _mature, "bench", []).Reasons.Count;
    }

    [Benchmark(Baseline = true)]
    public int Screen() => _screener.Screen(SamplePrompts.Benign, null, "mature").Reasons.Count;
}
