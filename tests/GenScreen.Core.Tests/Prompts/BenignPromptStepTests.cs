using GenScreen.Core.Policies;
using GenScreen.Core.Prompts;
using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;
using GenScreen.Core.Prompts.Rules;
using Xunit.Abstractions;

namespace GenScreen.Core.Tests.Prompts;

/// <summary>
/// Where the work of screening an ordinary prompt goes, stage by stage, counted in steps (<see cref="WorkCounter"/>:
/// characters read, lookups, comparisons; deterministic, unlike a timer on a shared machine). The prompt is the
/// benchmark's benign prompt (<c>PromptScreeningBenchmarks.BenignPrompt</c>, the per-prompt budget's yardstick); a
/// ceiling per stage catches a change that makes the common path much more work (docs/performance.md).
/// </summary>
public sealed class BenignPromptStepTests(ITestOutputHelper output)
{
    private const string Benign =
        "(masterpiece:1.2), (best quality:1.1), ultra detailed, 8k, cinematic lighting, a lone lighthouse on a rugged " +
        "cliff at golden hour, crashing waves, dramatic storm clouds, volumetric god rays, seagulls in flight, " +
        "[oil painting|watercolor], by greg rutkowski and alphonse mucha, <lora:detail_tweaker:0.6>, trending on artstation, " +
        "sharp focus, intricate details, warm color palette, BREAK wide angle, depth of field, bokeh, film grain, " +
        "((highly detailed sky)), soft rim light, photorealistic, award winning photograph";

    private static readonly Lazy<LexiconSet> Lexicons = new(() => LexiconSet.Build(BuiltInLexicons.Load()));

    /// <summary>
    /// Most steps each stage may take on the benign prompt: about twice what it takes in session 10 (666, 28,929, 277 and
    /// 180 steps), so new rules and data have room, but a probe added to every word without a gate (or a quadratic scan)
    /// does not pass unnoticed.
    /// </summary>
    private static readonly (string Stage, long Ceiling)[] Ceilings =
    [
        ("tokenize", 1_500),
        ("term matcher", 60_000),
        ("ages", 600),
        ("people", 400),
    ];

    [Fact]
    public void Screen_BenignPrompt_EachStageStaysUnderItsStepCeiling()
    {
        Assert.True(WorkCounter.IsCompiled);
        var lexicons = Lexicons.Value;
        var text = new TokenizedText();
        var signals = new SignalSummary();
        var steps = new long[Ceilings.Length];
        for (var pass = 0; pass < 2; pass++)
        {
            // The first pass warms the workspace and any first-use tables; the second is counted.
            signals.Clear();
            WorkCounter.Reset();
            PromptTokenizer.Tokenize(Benign, text);
            steps[0] = WorkCounter.Steps;
            TermMatcher.Match(text, lexicons.Prompt, signals, PromptField.Prompt);
            steps[1] = WorkCounter.Steps - steps[0];
            AgeDetector.Detect(text, lexicons, signals, 2026);
            steps[2] = WorkCounter.Steps - steps[0] - steps[1];
            PersonDetector.Detect(text, lexicons, signals);
            steps[3] = WorkCounter.Steps - steps[0] - steps[1] - steps[2];
        }

        for (var s = 0; s < Ceilings.Length; s++)
        {
            output.WriteLine($"{Ceilings[s].Stage,-14} {steps[s],7} steps (ceiling {Ceilings[s].Ceiling})");
        }

        var screener = new PromptScreener(lexicons, PolicyCatalog.LoadBuiltIn(), "mature");
        screener.Screen(Benign, null, "mature");
        WorkCounter.Reset();
        var verdict = screener.Screen(Benign, null, "mature");
        output.WriteLine($"{"whole Screen",-14} {WorkCounter.Steps,7} steps, {text.SequenceCount} words, decision {verdict.Decision}");

        for (var s = 0; s < Ceilings.Length; s++)
        {
            Assert.True(steps[s] <= Ceilings[s].Ceiling, $"{Ceilings[s].Stage}: {steps[s]} steps, ceiling {Ceilings[s].Ceiling}");
        }
    }
}
