using GenScreen.Core.Configuration;
using GenScreen.Core.Prompts;
using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;
using GenScreen.Core.Prompts.Rules;

namespace GenScreen.Benchmarks;

/// <summary>
/// The benign prompt's screening cut into cumulative stages (tokenize, + term matcher, + ages, + people, + the clause readers' trigger scan, + the clause readers, whole
/// <c>Screen</c>), shared by the wall-clock (<c>prompt-stages</c>) and CPU-time (<c>prompt-cpu</c>) diagnostics so
/// both always time the same work; each stage's own share is the difference between neighbours.
/// </summary>
internal static class BenignPromptStages
{
    public static (string Name, Action Run)[] Create()
    {
        var lexicons = LexiconSet.Build(ScreeningSetup.Sources(new ScreeningOptions()));
        var screener = ScreeningSetup.CreateScreener(new ScreeningOptions());
        var text = new TokenizedText();
        var signals = new SignalSummary();
        var prompt = SamplePrompts.Benign;
        var hits = new List<(int At, uint Tags)>();
        // Session 43: the decision alone, on the benign prompt's signals read once by the stages before it.
        var decisionSignals = new SignalSummary();
        RunUpTo(5, prompt, new TokenizedText(), decisionSignals, lexicons, []);
        GenScreen.Core.Policies.PolicyCatalog.LoadBuiltIn().TryGet("mature", out var mature);

        void UpTo(int stage) => RunUpTo(stage, prompt, text, signals, lexicons, hits);

        return
        [
            ("tokenize", () => PromptTokenizer.Tokenize(prompt, text)),
            ("+ term matcher", () => UpTo(1)),
            ("+ ages", () => UpTo(2)),
            ("+ people", () => UpTo(3)),
            ("+ statement trigger scan", () => UpTo(4)),
            ("+ clause readers", () => UpTo(5)),
            ("Screen (+ decision, verdict)", () => screener.Screen(prompt, null, "mature")),
            // Session 43 (i16-speed51): the decision stage's frame reader alone (the benign prompt reads it once, unnamed).
            // Session 45 (i16-speed53): the kept hits forgotten first, so the row times a pass (as each screening's first read does).
            ("decision: intimate frames (alone)", () =>
            {
                IntimateFrames.StartScreening();
                IntimateFrames.Read(prompt, false, ride: true);
            }),
            // Session 45: what one screening pays for its frame reads: the wear read before the people rules, then the decision's
            // read (one pass since session 45; two before).
            ("wear + frames (one screening)", () =>
            {
                IntimateFrames.StartScreening();
                IntimateFrames.ReadWear(prompt);
                IntimateFrames.Read(prompt, false, ride: true);
            }),
            // Session 44 (i16-speed52): the person-act reader alone on the same prompt, as if a name had been read (its cues by CueTrie).
            ("decision: person acts (alone)", () => PersonActs.Read(prompt)),
            ("decision: PromptRules.Decide (alone)", () =>
            {
                IntimateFrames.StartScreening(); // session 45: a screening's decision reads the frames afresh
                PromptRules.Decide(decisionSignals, mature, "bench", []);
            }),
            // Session 42 (i16-speed50): the same prompt with every word first seen (the term matcher's memo emptied before each
            // call: its cold path, what a prompt of new words pays, e.g. in a bulk file), after the emptying alone to subtract.
            ("first seen: memo emptied (alone)", () => lexicons.Prompt.PlainWords.Clear()),
            ("first seen: + tokenize, term matcher", () =>
            {
                lexicons.Prompt.PlainWords.Clear();
                UpTo(1);
            }),
        ];
    }

    /// <summary>
    /// Screening's stages up to <paramref name="stage"/> (1 term matcher and loanwords, 2 ages, 3 people, 4 the statement trigger scan alone,
    /// 5 the clause readers instead of 4) on one prompt; shared with <see cref="FlaggedPromptCpu"/> so both time the same work.
    /// </summary>
    public static void RunUpTo(int stage, string prompt, TokenizedText text, SignalSummary signals, LexiconSet lexicons, List<(int At, uint Tags)> hits)
    {
        // As PromptScreener.Screen begins (the readers of names cut their spans from Source).
        PhotoSubject.StartScreening();
        IntimateFrames.StartScreening();
        signals.Clear();
        signals.Source = prompt;
        PromptTokenizer.Tokenize(prompt, text);
        if (stage >= 1)
        {
            TermMatcher.Match(text, lexicons.Prompt, signals, PromptField.Prompt);
            Loanwords.Detect(prompt, signals);
        }

        if (stage >= 2)
        {
            AgeDetector.Detect(text, lexicons, signals, 2026);
        }

        if (stage >= 3)
        {
            PersonDetector.Detect(text, lexicons, signals);
        }

        if (stage == 4)
        {
            StatementTriggers.AsciiFinderFor(prompt)?.FindAll(prompt, StatementTriggers.Child | StatementTriggers.Sexual, hits, wholeWords: true);
        }

        if (stage >= 5)
        {
            StatementTriggers.Detect(prompt, signals);
        }
    }

    /// <summary>Every stage compiled and its tables touched before the first timed round.</summary>
    public static void WarmUp((string Name, Action Run)[] stages, int calls)
    {
        foreach (var (_, run) in stages)
        {
            for (var k = 0; k < calls; k++)
            {
                run();
            }
        }
    }
}
