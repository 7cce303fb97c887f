using System.Text.Json;
using GenScreen.Core.Configuration;
using GenScreen.Core.Prompts;
using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;
using GenScreen.Core.Prompts.Rules;

namespace GenScreen.Benchmarks;

/// <summary>
/// The flagged line's screening by stage, by thread CPU (<c>flagged-cpu FILE [rounds] [count] [all|ascii|nonascii]</c>; session 37,
/// i16-speed45): the same cumulative stages as <c>prompt-cpu</c> (<see cref="BenignPromptStages.RunUpTo"/>), each run over the
/// first <c>count</c> prompts of a <c>screen prompts</c> input file (the bulk file's lines that block or review), then the
/// whole <c>Screen</c> with each line's negative prompt and policy; per prompt, median and minimum of alternated rounds.
/// What <c>screen prompts</c> adds per line (parsing, the verdict id, the JSON line) is outside <c>Screen</c>: the CLI's profile
/// gives it (docs/performance.md, session 37). A diagnostic, not a benchmark.
/// </summary>
internal static class FlaggedPromptCpu
{
    public static void Run(TextWriter output, string file, int rounds, int count, string subset)
    {
        var lines = File.ReadLines(file)
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Select(e => (Prompt: e.GetProperty("prompt").GetString() ?? "",
                Negative: e.TryGetProperty("negativePrompt", out var n) ? n.GetString() : null,
                Policy: e.TryGetProperty("policy", out var p) ? p.GetString() ?? "mature" : "mature"))
            .Where(l => subset switch { "ascii" => System.Text.Ascii.IsValid(l.Prompt), "nonascii" => !System.Text.Ascii.IsValid(l.Prompt), _ => true })
            .Take(count)
            .ToArray();
        if (lines.Length == 0)
        {
            throw new ArgumentException($"no {subset} prompt in {file}");
        }

        var lexicons = LexiconSet.Build(ScreeningSetup.Sources(new ScreeningOptions()));
        var screener = ScreeningSetup.CreateScreener(new ScreeningOptions());
        var text = new TokenizedText();
        var signals = new SignalSummary();
        var hits = new List<(int At, uint Tags)>();

        Action UpTo(int stage) => () =>
        {
            foreach (var line in lines)
            {
                BenignPromptStages.RunUpTo(stage, line.Prompt, text, signals, lexicons, hits);
            }
        };

        (string Name, Action Run)[] stages =
        [
            ("tokenize", () =>
            {
                foreach (var line in lines)
                {
                    PromptTokenizer.Tokenize(line.Prompt, text);
                }
            }),
            ("+ term matcher", UpTo(1)),
            ("+ ages", UpTo(2)),
            ("+ people", UpTo(3)),
            ("+ statement trigger scan (ASCII)", UpTo(4)),
            ("+ clause readers", UpTo(5)),
            ("Screen (negative prompt, decision, verdict)", () =>
            {
                foreach (var line in lines)
                {
                    screener.Screen(line.Prompt, line.Negative, line.Policy);
                }
            }),
        ];
        BenignPromptStages.WarmUp(stages, 3);

        var cpu = stages.Select(_ => new List<double>()).ToArray();
        for (var round = 0; round < rounds; round++)
        {
            for (var s0 = 0; s0 < stages.Length; s0++)
            {
                var s = round % 2 == 0 ? s0 : stages.Length - 1 - s0;
                var start = CpuClock.ThreadNanoseconds();
                stages[s].Run();
                cpu[s].Add((CpuClock.ThreadNanoseconds() - start) / 1000.0 / lines.Length);
            }
        }

        output.WriteLine($"{lines.Length} prompts of {Path.GetFileName(file)} ({subset}), {rounds} alternated rounds; thread CPU per prompt; load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]} at the end");
        output.WriteLine($"{"stage (cumulative)",-44} {"median µs",10} {"min µs",9} {"own (median diff)",18}");
        var previous = 0.0;
        for (var s = 0; s < stages.Length; s++)
        {
            var sorted = cpu[s].Order().ToArray();
            var median = sorted[sorted.Length / 2];
            output.WriteLine($"{stages[s].Name,-44} {median,10:F2} {sorted[0],9:F2} {median - previous,18:F2}");
            previous = median;
        }
    }
}
