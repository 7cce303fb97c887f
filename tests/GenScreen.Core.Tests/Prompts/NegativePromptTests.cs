using GenScreen.Core.Prompts.Rules;
using GenScreen.Core.Verdicts;

namespace GenScreen.Core.Tests.Prompts;

public sealed class NegativePromptTests
{
    [Theory]
    [InlineData("child, kids, toddler, loli, underage")]
    [InlineData("nsfw, nude, naked, porn, sex, lewd")]
    [InlineData("lolicon, csam, child porn")]
    [InlineData("Taylor Swift, deepfake, gore, swastika, suicide")]
    public void Screen_HarmfulWordsOnlyInNegativePrompt_NeverCreateAViolation(string negative)
    {
        foreach (var policy in ScreeningAssert.Policies)
        {
            var verdict = ScreeningAssert.Decides(Decision.Allow, "portrait of a woman reading in a cafe", negative, policy);
            Assert.DoesNotContain(verdict.Reasons, r => r.Field == "negativePrompt");
            Assert.Equal(0, verdict.SeverityOf(HarmCategory.Sexual));
            Assert.Equal(0, verdict.SeverityOf(HarmCategory.SexualMinors));
        }
    }

    [Theory]
    [InlineData("clothes, shirt")]
    [InlineData("(clothing:1.4), bra, panties")]
    [InlineData("censored, mosaic")]
    public void Screen_NegatedClothing_IsNudityIntentBlockedInStrict(string negative)
    {
        const string prompt = "portrait of a woman on a bed";

        var strict = ScreeningAssert.Decides(Decision.Block, prompt, negative, "strict");
        var mature = ScreeningAssert.Decides(Decision.Allow, prompt, negative, "mature");

        Assert.Equal("negativePrompt", ScreeningAssert.Reason(strict, ReasonCodes.NegativeNudityIntent).Field);
        Assert.True(ScreeningAssert.HasReason(strict, ReasonCodes.PolicySexual));
        Assert.Equal(4, mature.SeverityOf(HarmCategory.Sexual));
    }

    [Theory]
    [InlineData("clothes, nsfw")]
    [InlineData("clothes, nude, lowres")]
    [InlineData("shirt, not safe for work")]
    public void Screen_NegatedClothingWithNudityAlsoExcluded_IsNotNudityIntent(string negative)
    {
        foreach (var policy in ScreeningAssert.Policies)
        {
            var verdict = ScreeningAssert.Decides(Decision.Allow, "portrait of a woman in a garden", negative, policy);
            Assert.False(ScreeningAssert.HasReason(verdict, ReasonCodes.NegativeNudityIntent), ScreeningAssert.Describe(verdict));
            Assert.Equal(0, verdict.SeverityOf(HarmCategory.Sexual));
        }
    }

    [Fact]
    public void Screen_MinorInPromptAndNegatedClothing_BlocksUnderEveryPolicy()
    {
        foreach (var policy in ScreeningAssert.Policies)
        {
            var verdict = ScreeningAssert.Decides(Decision.Block, "a child on the beach", "clothes, swimsuit", policy);
            Assert.True(ScreeningAssert.HasReason(verdict, ReasonCodes.MinorsSexual));
        }
    }

    [Fact]
    public void Screen_NegatedAdulthood_IsWeakMinorSignalOnly()
    {
        var alone = ScreeningAssert.Decides(Decision.Allow, "portrait, park bench", "adult, mature, old", "strict");
        var suggestive = ScreeningAssert.Decides(Decision.Review, "portrait, sexy pose", "adult, mature", "mature");

        Assert.Equal(2, alone.SeverityOf(HarmCategory.Minors));
        Assert.Equal("negativePrompt", ScreeningAssert.Reason(alone, ReasonCodes.NegativeMinorIntent).Field);
        Assert.True(ScreeningAssert.HasReason(suggestive, ReasonCodes.AmbiguousMinorsSuggestive));
        Assert.False(ScreeningAssert.HasReason(suggestive, ReasonCodes.MinorsSexual));
    }

    [Fact]
    public void Screen_NegatedAdulthoodAndNegatedClothing_BlocksAsAmbiguousMinorNudity()
    {
        var verdict = ScreeningAssert.Decides(Decision.Block, "a girl standing in a room", "adult, clothes", "mature");

        Assert.True(ScreeningAssert.HasReason(verdict, ReasonCodes.AmbiguousMinorsSexual));
    }
}
