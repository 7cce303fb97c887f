using GenScreen.Core.Configuration;
using GenScreen.Core.Prompts;
using GenScreen.Storage.Verdicts;

namespace GenScreen.Integration.Tests.Reliability;

/// <summary>Real screened verdicts for the journal tests, each with its own id, prompt and (for blocks) retained text.</summary>
internal static class JournaledVerdicts
{
    private static readonly string[] Prompts =
    [
        "a lighthouse on a cliff at dusk, oil painting",
        "artistic nude portrait of an adult woman, black and white",
        "l1ttle g1rl, n.u.d.e, bedroom",
        "a red fox in the snow, 85mm, bokeh",
    ];

    private static readonly PromptScreener Screener = ScreeningSetup.CreateScreener(new ScreeningOptions());

    public static StoredPromptVerdict Make(int i)
    {
        var prompt = $"{Prompts[i % Prompts.Length]} #{i}";
        var verdict = Screener.Screen(prompt, i % 3 == 0 ? "blurry, watermark" : null, i % 2 == 0 ? "strict" : "mature");
        return new StoredPromptVerdict(
            VerdictIds.NewRandom(), verdict, PromptHash.Of(prompt), i % 3 == 0 ? PromptHash.Of("blurry, watermark") : null, prompt.Length,
            verdict.Decision == Core.Verdicts.Decision.Allow ? null : prompt, null, $"req-{i}", $"user-{i % 5}", "sdxl",
            new DateTimeOffset(2026, 12, 1, 20, 0, 0, TimeSpan.Zero).AddSeconds(i))
        {
            ScreenMilliseconds = 0.125 * (i + 1), // the one double column: journaled and replayed like the rest
        };
    }
}
