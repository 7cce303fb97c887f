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
        BenignPrompt.Text,
        "a cat sitting on a windowsill, not a dog, no text, under a blue sky, below the clouds, less clutter",
        "un mercado de flores en Sevilla, no hay gente, luz de la tarde, fotografía documental",
        "deniz kenarında on iki sandal, gün batımı, yağlı boya",
    ];

    [Fact]
    public void Screen_OrdinaryPrompts_LegalAgePhrasesAddAtMostATenthOfTheWork()
    {
        Assert.Single(BuiltInLexicons.Load(), IsLegalAge);
        MatcherStepCost.AssertAtMostExtra(output, IsLegalAge, OrdinaryPrompts, MaxExtraShare, "the legal-age phrases");
    }

    private static bool IsLegalAge(LexiconSource source) => source.Name.EndsWith("legal-age", StringComparison.Ordinal);
}
