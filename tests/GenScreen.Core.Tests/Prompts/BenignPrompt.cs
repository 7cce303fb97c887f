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
}
