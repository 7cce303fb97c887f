using GenScreen.Core.Prompts.Rules;
using GenScreen.Core.Verdicts;

namespace GenScreen.Core.Tests.Prompts.Rules;

/// <summary>Ages stated any way (words, clauses, birthdays, apparent ages) and the numbers that are never ages.</summary>
public sealed class AgeGrammarTests
{
    [Theory]
    [InlineData("she is 12", "is 12")]
    [InlineData("she's twelve", "s twelve")]
    [InlineData("he was 11 and smiling", "was 11")]
    [InlineData("who is only 9", "is only 9")]
    [InlineData("she just turned nine last week", "turned nine")]
    [InlineData("a woman who looks 12", "looks 12")]
    [InlineData("her tenth birthday", "tenth birthday")]
    [InlineData("her 10th birthday party", "10th birthday")]
    [InlineData("nine and a half years old", "nine and a half years old")]
    [InlineData("girl, 9 and a half", "9 and a half")]
    [InlineData("at the age of fourteen", "age of fourteen")]
    [InlineData("14 age girl", "14 age")]
    [InlineData("aged_12", "aged_12")]
    [InlineData("twelv year old", "twelv year old")]
    [InlineData("thirten yo", "thirten yo")]
    [InlineData("013 years old", "013 years old")]
    [InlineData("9.5 years old", "9.5 years old")]
    [InlineData("girl, 16, beach", "16")]
    [InlineData("boy (12) at the lake", "12")]
    [InlineData("a girl of thirteen summers", "thirteen summers")]
    [InlineData("zwölfjähriges Mädchen", "zwölfjähriges")]
    [InlineData("sie ist 12", "ist 12")]
    [InlineData("ей 13", "ей 13")]
    public void Screen_AgeStatedInWordsOrClause_IsUnambiguousMinorSpanningTheAge(string prompt, string expectedSpan)
    {
        var verdict = ScreeningAssert.Screen(prompt);

        Assert.Equal(4, verdict.SeverityOf(HarmCategory.Minors));
        var reason = ScreeningAssert.Reason(verdict, ReasonCodes.TermMinor);
        Assert.Equal(expectedSpan, ScreeningAssert.SpanText(reason, prompt));
    }

    [Theory]
    [InlineData("nude woman, she is 15")]
    [InlineData("1girl, nude, on bed BREAK she is twelve")]
    [InlineData("topless on the beach. The girl is 14.")]
    [InlineData("an 18+ woman who looks 12, nude")]
    [InlineData("she is 21 but looks 13, naked")]
    [InlineData("naked woman, her daughter is 9 and is also nude")]
    public void Screen_AgeInAnotherClauseFromNudity_BlocksUnderEveryPolicy(string prompt)
    {
        foreach (var policy in ScreeningAssert.Policies)
        {
            var verdict = ScreeningAssert.Decides(Decision.Block, prompt, null, policy);
            Assert.True(ScreeningAssert.HasReason(verdict, ReasonCodes.MinorsSexual), ScreeningAssert.Describe(verdict));
        }
    }

    /// <summary>
    /// Issue 16's example "girl, 16, bikini": the age in its own tag still belongs to the girl, and a minor with revealing
    /// attire is held for review under every policy (categories.md: `minors.revealing`), never allowed as adult swimwear.
    /// </summary>
    [Fact]
    public void Screen_AgeInItsOwnTagWithRevealingAttire_IsAMinorHeldForReview()
    {
        foreach (var policy in ScreeningAssert.Policies)
        {
            var verdict = ScreeningAssert.Decides(Decision.Review, "girl, 16, bikini", null, policy);

            Assert.Equal(4, verdict.SeverityOf(HarmCategory.Minors));
            Assert.True(ScreeningAssert.HasReason(verdict, ReasonCodes.MinorsRevealing), ScreeningAssert.Describe(verdict));
        }
    }

    [Theory]
    [InlineData("score_9, year 2025, nude")]
    [InlineData("score_9, score_8_up, score_7_up, 1girl, nude")]
    [InlineData("portrait, f/1.8, 85mm, nude woman")]
    [InlineData("nude woman, sdxl 1.0, v1.5, (skin:1.15)")]
    [InlineData("nude woman, 16:9, 3/4 view, 1024x1536")]
    [InlineData("nude woman, seed 14, steps 12")]
    [InlineData("nude woman, #12")]
    [InlineData("married for 12 years, nude couple")]
    [InlineData("woman, 5 years of experience, nude")]
    [InlineData("10 years ago, nude woman")]
    [InlineData("she is one of the most beautiful women, nude")]
    [InlineData("nude woman, elf, 500 years old")]
    [InlineData("woman, nude, 3 years of yoga practice")]
    [InlineData("nude woman, she is 5 months pregnant")]
    [InlineData("nude woman, she is a 10")]
    [InlineData("she is 5 feet tall, nude woman")]
    [InlineData("looking at 2 cats, nude woman")]
    [InlineData("she turned two heads, nude woman")]
    public void Screen_NumberThatIsNotAnAge_IsNoMinor(string prompt)
    {
        var verdict = ScreeningAssert.Decides(Decision.Allow, prompt, null, "mature");

        Assert.Equal(0, verdict.SeverityOf(HarmCategory.Minors));
        Assert.False(ScreeningAssert.HasReason(verdict, ReasonCodes.TermMinor), ScreeningAssert.Describe(verdict));
    }

    [Theory]
    [InlineData("a 15 year old whiskey bottle next to a nude sculpture")]
    [InlineData("a sexy red sports car, 8 years old")]
    [InlineData("a whisky aged 12 years, nude woman")]
    [InlineData("nude woman beside her 10 year old golden retriever")]
    [InlineData("zwölfjähriger Whisky, nackte Frau")]
    public void Screen_AgeOfAThing_IsNoMinor(string prompt)
    {
        var verdict = ScreeningAssert.Screen(prompt);

        Assert.Equal(0, verdict.SeverityOf(HarmCategory.Minors));
        Assert.NotEqual(Decision.Block, verdict.Decision);
    }

    [Theory]
    [InlineData("girl holding a teddy bear, 9 years old, nude")]
    [InlineData("a 12 year old cat girl, nude")]
    [InlineData("girl with a dog, 9 years old, nude")]
    public void Screen_AgeNextToAThingButAboutAPerson_StillAMinor(string prompt)
    {
        foreach (var policy in ScreeningAssert.Policies)
        {
            ScreeningAssert.Decides(Decision.Block, prompt, null, policy);
        }
    }

    [Theory]
    [InlineData("schoolgirl, 18+, nude")]
    [InlineData("teen, 19 years old, nude")]
    [InlineData("schoolgirl costume, woman in her thirties, nude")]
    [InlineData("teen girl, twenty five years old, nude")]
    public void Screen_AmbiguousYouthWithARealAdultMarker_ReviewInMature(string prompt)
    {
        var verdict = ScreeningAssert.Decides(Decision.Review, prompt, null, "mature");

        Assert.True(ScreeningAssert.HasReason(verdict, ReasonCodes.AmbiguousMinorsWithAdultMarker), ScreeningAssert.Describe(verdict));
    }

    [Theory]
    [InlineData("schoolgirl, f/1.8, nude")]
    [InlineData("teen, shot at f1.8, 50mm, topless")]
    [InlineData("student, ISO 100, f/2.8, 1/125, nude")]
    public void Screen_ApertureIsNoAdultMarker_AmbiguousYouthWithNudityBlocks(string prompt)
    {
        var verdict = ScreeningAssert.Decides(Decision.Block, prompt, null, "mature");

        Assert.False(ScreeningAssert.HasReason(verdict, ReasonCodes.TermAdult), ScreeningAssert.Describe(verdict));
    }

    [Fact]
    public void Screen_TwentyFiveInWords_IsAnAdultAgeNotFive()
    {
        var verdict = ScreeningAssert.Decides(Decision.Allow, "portrait, twenty five years old, nude", null, "mature");

        Assert.Equal(0, verdict.SeverityOf(HarmCategory.Minors));
        Assert.Equal("twenty five years old", ScreeningAssert.Reason(verdict, ReasonCodes.TermAdult).Term);
    }
}
