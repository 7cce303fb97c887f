using GenScreen.Core.Configuration;
using GenScreen.Core.Prompts;
using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;
using GenScreen.Core.Prompts.Rules;

namespace GenScreen.Benchmarks;

/// <summary>
/// <c>stage-cpu [rounds]</c> (session 30, speed36): the benign prompt's ages and people stages timed alone, by thread CPU, on a
/// text tokenized and matched once (each detector only reads the tokens and adds to the signals, so it can be called again on
/// the same text). <c>prompt-cpu</c>'s cumulative stages carry the tokenizer's and matcher's noise into each difference (±0.4 µs
/// at load 30–40); here a stage's figure is its own. Rounds alternate the stages' order; median and minimum of the rounds.
/// </summary>
internal static class IsolatedStageCpu
{
    private const int CallsPerSample = 20_000;

    public static void Run(TextWriter output, int rounds)
    {
        var lexicons = LexiconSet.Build(ScreeningSetup.Sources(new ScreeningOptions()));
        var text = new TokenizedText();
        var signals = new SignalSummary();
        var prompt = SamplePrompts.Benign;
        PromptTokenizer.Tokenize(prompt, text);
        TermMatcher.Match(text, lexicons.Prompt, signals, PromptField.Prompt);
        (string Name, Action Run)[] stages =
        [
            ("ages alone", () => AgeDetector.Detect(text, lexicons, signals, 2026)),
            ("people alone", () => PersonDetector.Detect(text, lexicons, signals)),
            ("ages + people", () =>
            {
                AgeDetector.Detect(text, lexicons, signals, 2026);
                PersonDetector.Detect(text, lexicons, signals);
            }),
        ];

        foreach (var (_, run) in stages)
        {
            for (var k = 0; k < CallsPerSample * 3; k++)
            {
                run();
            }
        }

        var cpu = stages.Select(_ => new List<double>()).ToArray();
        for (var round = 0; round < rounds; round++)
        {
            for (var s0 = 0; s0 < stages.Length; s0++)
            {
                var s = round % 2 == 0 ? s0 : stages.Length - 1 - s0;
                var start = CpuClock.ThreadNanoseconds();
                for (var k = 0; k < CallsPerSample; k++)
                {
                    stages[s].Run();
                }

                cpu[s].Add((CpuClock.ThreadNanoseconds() - start) / 1000.0 / CallsPerSample);
            }
        }

        output.WriteLine($"{rounds} alternated rounds of {CallsPerSample} calls per stage; thread CPU time; load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]} at the end");
        output.WriteLine($"{"stage",-16} {"CPU median µs",14} {"CPU min µs",11}");
        for (var s = 0; s < stages.Length; s++)
        {
            var sorted = cpu[s].Order().ToArray();
            output.WriteLine($"{stages[s].Name,-16} {sorted[sorted.Length / 2],14:F3} {sorted[0],11:F3}");
        }
    }
}
