using GenScreen.Core.Prompts.Rules;
using GenScreen.Core.Verdicts;

namespace GenScreen.Core.Tests.Prompts.Lexicons;

/// <summary>
/// Words that are a minor or sexual term in one language and an innocent word in another count only when the
/// prompt shows their language (the shipped lexicons; rule in docs/lexicons.md).
/// </summary>
public sealed class FalseFriendTests
{
    [Theory]
    [InlineData("nakna barn på stranden", "barn")] // Swedish: naked children on the beach
    [InlineData("barn, nakna, sexig", "barn")] // Swedish words around it, no stop word
    [InlineData("Kind, nackt", "Kind")] // German
    [InlineData("ein Bild: Kind und Mutter, nackt", "Kind")]
    [InlineData("naakt kind op het strand", "kind")] // Dutch
    [InlineData("hubad na bata sa dalampasigan", "bata")] // Tagalog
    [InlineData("naga dziewczyna, nastolatka", "naga")] // Polish (naked), youth term around it
    [InlineData("enfant nu sur la plage", "nu")] // French
    public void Screen_FalseFriendInItsOwnLanguage_Counts(string prompt, string falseFriend)
    {
        var verdict = ScreeningAssert.Decides(Decision.Block, prompt, null, "mature");

        Assert.Contains(verdict.Reasons, r => r.Span is { } s && string.Equals(prompt.Substring(s.Start, s.Length), falseFriend, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("a nude woman standing in an old wooden barn, golden hour")] // barn: a farm building
    [InlineData("a kind nude woman smiling at the viewer")] // kind: friendly
    [InlineData("portrait of a nude naga warrior queen, fantasy art, scales")] // naga: serpent people
    [InlineData("nude woman model in a white bata, film photo")] // bata: Spanish/Portuguese robe
    public void Screen_FalseFriendInEnglishPrompt_IsNoMinor(string prompt)
    {
        var verdict = ScreeningAssert.Decides(Decision.Allow, prompt, null, "mature");

        Assert.Equal(0, verdict.SeverityOf(HarmCategory.Minors));
    }

    [Theory]
    [InlineData("ham sandwich with mayo in a kid's lunchbox")] // Turkish 'mayo' is a swimsuit
    [InlineData("nu metal band on stage, children in the crowd")] // French 'nu' is naked
    [InlineData("l'enfant dit bonjour à sa mère, illustration")] // Vietnamese 'địt' folds to French 'dit'
    [InlineData("Gift im Glas, Krimi-Szene, Kinder schauen zu")] // German 'Gift' is poison: no term at all
    [InlineData("gift par på bröllopsdagen, barn i kyrkan")] // Swedish 'gift' is married
    [InlineData("rumah bata merah di desa, anak-anak bermain")] // Indonesian 'bata' is brick
    public void Screen_FalseFriendWithChildrenInAnotherLanguage_AllowedUnderEveryPolicy(string prompt)
    {
        foreach (var policy in ScreeningAssert.Policies)
        {
            var verdict = ScreeningAssert.Decides(Decision.Allow, prompt, null, policy);
            Assert.Equal(0, verdict.SeverityOf(HarmCategory.Sexual));
        }
    }

    [Fact]
    public void Screen_TurkishSwimsuitWithTurkishChild_HeldForReviewLikeAnyChildInSwimwear()
    {
        var verdict = ScreeningAssert.Decides(Decision.Review, "mayo giymiş küçük kız plajda", null, "mature");

        Assert.True(ScreeningAssert.HasReason(verdict, ReasonCodes.MinorsRevealing), ScreeningAssert.Describe(verdict));
    }

    [Fact]
    public void Screen_StopWordSharedByOtherLanguages_ProvesNoneOfThem()
    {
        // "na" is a stop word of Tagalog, Polish and Czech, and Portuguese too: it cannot make Tagalog 'bata' a child.
        var verdict = ScreeningAssert.Screen("mulher nua de bata na praia", null, "mature");

        Assert.Equal(0, verdict.SeverityOf(HarmCategory.Minors));
    }

    [Fact]
    public void Screen_FalseFriendRepeated_IsNotItsOwnEvidence()
    {
        var verdict = ScreeningAssert.Screen("barn barn barn, nude", null, "mature");

        Assert.Equal(0, verdict.SeverityOf(HarmCategory.Minors));
    }

    [Fact]
    public void Screen_FalseFriendInsideBenignPhraseLanguage_BrandWordsAreNoEvidence()
    {
        // 'kinder' inside the benign brand phrase "Kinder Bueno" must not prove German for 'kind'.
        var verdict = ScreeningAssert.Screen("a kind nude woman eating a Kinder Bueno", null, "mature");

        Assert.Equal(0, verdict.SeverityOf(HarmCategory.Minors));
    }

    [Fact]
    public void Screen_ManyFalseFriends_EachDecidedOnceAndAllCounted()
    {
        var prompt = string.Join(' ', Enumerable.Repeat("nakna barn", 5_000));

        var verdict = ScreeningAssert.Decides(Decision.Block, prompt, null, "mature");

        Assert.Equal(4, verdict.SeverityOf(HarmCategory.Minors));
    }
}
