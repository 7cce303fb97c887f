using GenScreen.Core.Prompts;
using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;
using GenScreen.Core.Prompts.Rules;

namespace GenScreen.Core.Tests.Prompts;

/// <summary>
/// The benchmark's benign prompt (<c>PromptScreeningBenchmarks.BenignPrompt</c>, the per-prompt budget's yardstick) and the
/// stages that read it before the decision, shared by the tests that count the work of screening it
/// (<see cref="BenignPromptStepTests"/>, Speed30Tests, Speed51Tests, InflectionCostTests, LegalAgeCostTests): one copy of the
/// prompt and of the stage sequence instead of one in each test (session 44, i16-tidy52). Each test class keeps its own
/// lexicon set: <see cref="BenignPromptStepTests"/> empties its word memo, which must not reach a class running beside it.
/// </summary>
internal static class BenignPrompt
{
    public const string Text =
        "(masterpiece:1.2), (best quality:1.1), ultra detailed, 8k, cinematic lighting, a lone lighthouse on a rugged " +
        "cliff at golden hour, crashing waves, dramatic storm clouds, volumetric god rays, seagulls in flight, " +
        "[oil painting|watercolor], by greg rutkowski and alphonse mucha, <lora:detail_tweaker:0.6>, trending on artstation, " +
        "sharp focus, intricate details, warm color palette, BREAK wide angle, depth of field, bokeh, film grain, " +
        "((highly detailed sky)), soft rim light, photorealistic, award winning photograph";

    /// <summary>
    /// Reads <paramref name="prompt"/> into <paramref name="signals"/> through the stages before the decision that read words
    /// (tokenizer, term matcher, ages in 2026, people), writing the <see cref="WorkCounter"/> steps each took into
    /// <paramref name="steps"/> (one a stage: tokenize, term matcher, ages, people).
    /// </summary>
    public static void ReadStages(string prompt, LexiconSet lexicons, TokenizedText text, SignalSummary signals, Span<long> steps)
    {
        var start = WorkCounter.Steps;
        PromptTokenizer.Tokenize(prompt, text);
        steps[0] = WorkCounter.Steps - start;
        start = WorkCounter.Steps;
        TermMatcher.Match(text, lexicons.Prompt, signals, PromptField.Prompt);
        steps[1] = WorkCounter.Steps - start;
        start = WorkCounter.Steps;
        AgeDetector.Detect(text, lexicons, signals, 2026);
        steps[2] = WorkCounter.Steps - start;
        start = WorkCounter.Steps;
        PersonDetector.Detect(text, lexicons, signals);
        steps[3] = WorkCounter.Steps - start;
    }

    /// <summary>
    /// The decision stage's intimate-frame reader on <paramref name="prompt"/> (unnamed, riding), read once to warm it and once
    /// counted: its level and its <see cref="WorkCounter"/> steps (one a place read, one a trie step). Shared by the frame reader's
    /// step ceilings of Speed51Tests and Speed52Tests (session 45, i16-tidy53).
    /// </summary>
    public static (int Level, long Steps) FrameSteps(string prompt)
    {
        Xunit.Assert.True(WorkCounter.IsCompiled);
        IntimateFrames.Read(prompt, false, ride: true);
        WorkCounter.Reset();
        var frame = IntimateFrames.Read(prompt, false, ride: true);
        return (frame.Level, WorkCounter.Steps);
    }
}

/// <summary>
/// Session 44 (i16-tidy52): the shared fixture of the step-counting tests (<see cref="BenignPrompt"/>). Its stage sequence
/// must count every step the four stages take and give each its own, and leave the benign prompt's signals as the stages
/// read them one by one; otherwise a ceiling in <see cref="BenignPromptStepTests"/> would measure the wrong stage.
/// </summary>
public sealed class BenignPromptTests
{
    private static readonly Lazy<LexiconSet> Lexicons = new(() => LexiconSet.Build(BuiltInLexicons.Load()));

    [Fact]
    public void ReadStages_CountsEachStage_AndTheirSumIsTheWholeCount()
    {
        Assert.True(WorkCounter.IsCompiled);
        var lexicons = Lexicons.Value;
        var (text, signals) = (new TokenizedText(), new SignalSummary());
        Span<long> steps = stackalloc long[4];
        BenignPrompt.ReadStages(BenignPrompt.Text, lexicons, text, signals, steps); // first use: tables loaded
        signals.Clear();
        WorkCounter.Reset();
        BenignPrompt.ReadStages(BenignPrompt.Text, lexicons, text, signals, steps);
        var whole = WorkCounter.Steps;

        Assert.Equal(whole, steps[0] + steps[1] + steps[2] + steps[3]);
        Assert.True(steps[0] > 0 && steps[1] > 0 && steps[3] > 0, string.Join(", ", steps.ToArray()));
        Assert.True(text.SequenceCount > 50, $"{text.SequenceCount} words");

        // The same stages run by hand on another text and workspace find the same signals.
        var (byHandText, byHand) = (new TokenizedText(), new SignalSummary());
        PromptTokenizer.Tokenize(BenignPrompt.Text, byHandText);
        TermMatcher.Match(byHandText, lexicons.Prompt, byHand, PromptField.Prompt);
        AgeDetector.Detect(byHandText, lexicons, byHand, 2026);
        PersonDetector.Detect(byHandText, lexicons, byHand);
        foreach (var signal in Enum.GetValues<Signal>())
        {
            Assert.Equal(byHand.LevelOf(signal), signals.LevelOf(signal));
        }

        Assert.Equal(byHand.DepictsPeople, signals.DepictsPeople);
    }
}
