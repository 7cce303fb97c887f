using GenScreen.Core.Policies;
using GenScreen.Core.Prompts;
using GenScreen.Core.Prompts.Lexicons;
using Xunit.Abstractions;

namespace GenScreen.Core.Tests.Prompts.Lexicons;

/// <summary>
/// What the legal-age phrases (<c>minors/legal-age.json</c>: "under eighteen", "no tiene 18", "on sekiz yaşından küçük")
/// cost an ordinary prompt, in matcher steps (<see cref="WorkCounter"/>): many of them open with words every prompt has
/// ("on", "no", "not", "under"), so the phrase index must turn those words away cheaply.
/// </summary>
public sealed class LegalAgeCostTests(ITestOutputHelper output)
{
    private const double MaxExtraShare = 0.10;

    private static readonly string[] OrdinaryPrompts =
    [
        "(masterpiece:1.2), (best quality:1.1), ultra detailed, 8k, cinematic lighting, a lone lighthouse on a rugged " +
        "cliff at golden hour, crashing waves, dramatic storm clouds, volumetric god rays, seagulls in flight, " +
        "[oil painting|watercolor], by greg rutkowski and alphonse mucha, <lora:detail_tweaker:0.6>, trending on artstation, " +
        "sharp focus, intricate details, warm color palette, BREAK wide angle, depth of field, bokeh, film grain, " +
        "((highly detailed sky)), soft rim light, photorealistic, award winning photograph",
        "a cat sitting on a windowsill, not a dog, no text, under a blue sky, below the clouds, less clutter",
        "un mercado de flores en Sevilla, no hay gente, luz de la tarde, fotografía documental",
        "deniz kenarında on iki sandal, gün batımı, yağlı boya",
    ];

    [Fact]
    public void Screen_OrdinaryPrompts_LegalAgePhrasesAddAtMostATenthOfTheWork()
    {
        Assert.True(WorkCounter.IsCompiled);
        var all = BuiltInLexicons.Load();
        var legalAge = all.Where(IsLegalAge).ToList();
        Assert.Single(legalAge);
        var without = Screener(all.Where(s => !IsLegalAge(s)));
        var with = Screener(all);

        foreach (var prompt in OrdinaryPrompts)
        {
            var before = Steps(without, prompt);
            var after = Steps(with, prompt);
            output.WriteLine($"{before} -> {after} steps ({(double)after / before - 1:P1}): {prompt[..Math.Min(40, prompt.Length)]}");
            Assert.True(after <= before * (1 + MaxExtraShare), $"{after} steps with the legal-age phrases, {before} without ({(double)after / before - 1:P1} more): {prompt}");
        }
    }

    private static bool IsLegalAge(LexiconSource source) => source.Name.EndsWith("legal-age", StringComparison.Ordinal);

    private static PromptScreener Screener(IEnumerable<LexiconSource> sources) =>
        new(LexiconSet.Build(sources), PolicyCatalog.LoadBuiltIn(), "mature");

    private static long Steps(PromptScreener screener, string prompt)
    {
        screener.Screen(prompt, null, "mature");
        WorkCounter.Reset();
        screener.Screen(prompt, null, "mature");
        return WorkCounter.Steps;
    }
}
