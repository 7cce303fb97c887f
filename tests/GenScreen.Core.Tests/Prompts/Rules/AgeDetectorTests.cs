using GenScreen.Core.Prompts.Rules;
using GenScreen.Core.Tests.Prompts;
using GenScreen.Core.Verdicts;

namespace GenScreen.Core.Tests.Prompts.Rules;

public sealed class AgeDetectorTests
{
    [Theory]
    [InlineData("12 year old")]
    [InlineData("12-year-old")]
    [InlineData("12yo")]
    [InlineData("12 y/o")]
    [InlineData("aged 12")]
    [InlineData("twelve year old")]
    [InlineData("12 a\u00F1os")]
    [InlineData("12\u6B73")]
    [InlineData("3 months old")]
    public void Screen_StatedMinorAge_IsUnambiguousMinorSpanningTheAge(string age)
    {
        var prompt = $"portrait, {age} girl";

        var verdict = ScreeningAssert.Screen(prompt);

        Assert.Equal(4, verdict.SeverityOf(HarmCategory.Minors));
        var reason = ScreeningAssert.Reason(verdict, ReasonCodes.TermMinor);
        Assert.Equal(10, reason.Span!.Value.Start);
        Assert.StartsWith(ScreeningAssert.SpanText(reason, prompt), age, StringComparison.Ordinal);
        Assert.Equal(ScreeningAssert.SpanText(reason, prompt), reason.Term);
    }

    [Theory]
    [InlineData("(age:12), 1girl, nude")]
    [InlineData("1girl, (her age: 10), nude")]
    [InlineData("(aged 10:1.3), 1girl, naked")]
    [InlineData("she appears to be 9, nude")]
    [InlineData("she will turn twelve next month, nude")]
    public void Screen_AgeInKeyValueWeightOrApparentOrComingPhrase_BlocksUnderEveryPolicy(string prompt)
    {
        foreach (var policy in ScreeningAssert.Policies)
        {
            Assert.Equal(Decision.Block, ScreeningAssert.Screen(prompt, policy: policy).Decision);
        }
    }

    [Theory]
    [InlineData("nude girl, 1O yo")] // o for 0
    [InlineData("l3yo girl, naked")] // l for 1, unit glued on
    [InlineData("topless, she is 1l y/o")]
    [InlineData("nude girl, l0 years old")]
    [InlineData("nude girl, twelve-ish")] // approximate, alone in its tag after a person
    [InlineData("naked girl aged 9ish")]
    [InlineData("nude, a girl of eleven")]
    public void Screen_CommunitySpellingOfAMinorAge_BlocksUnderEveryPolicy(string prompt)
    {
        foreach (var policy in ScreeningAssert.Policies)
        {
            var verdict = ScreeningAssert.Screen(prompt, policy: policy);
            Assert.True(verdict.Decision == Decision.Block, $"{prompt} under {policy}: {ScreeningAssert.Describe(verdict)}");
        }
    }

    [Theory]
    [InlineData("nude woman, 35-ish")] // an approximate adult age is an adult marker
    [InlineData("nude woman, mother of two")] // an adult "of" a number has children
    [InlineData("1º lugar, mujer desnuda")] // an ordinal folded to 1o, no age unit after it
    [InlineData("nude woman, 5ish pm light")] // an approximate time: no person before it
    [InlineData("nude woman, io sono qui, 1o")]
    public void Screen_LookalikeOrApproximateNumberWithoutAMinor_IsNoMinorAge(string prompt)
    {
        var verdict = ScreeningAssert.Screen(prompt);
        Assert.True(verdict.Decision == Decision.Allow, $"{prompt}: {ScreeningAssert.Describe(verdict)}");
    }

    [Theory]
    [InlineData("(age:34), woman, nude")]
    [InlineData("(woman:2), (nude:1.2)")]
    [InlineData("[girl:woman:12], nude")]
    public void Screen_AdultKeyValueOrWeightsOrStepSwitch_IsNoMinorAge(string prompt)
    {
        Assert.Equal(Decision.Allow, ScreeningAssert.Screen(prompt).Decision);
    }

    [Theory]
    [InlineData("12 year old, nude")]
    [InlineData("12yo, sexy")]
    public void Screen_StatedMinorAgeWithSexualContent_BlocksUnderEveryPolicy(string prompt)
    {
        foreach (var policy in ScreeningAssert.Policies)
        {
            var verdict = ScreeningAssert.Decides(Decision.Block, prompt, null, policy);
            Assert.True(ScreeningAssert.HasReason(verdict, ReasonCodes.MinorsSexual));
        }
    }

    [Fact]
    public void Screen_AdultAge_IsAdultMarkerNotMinor()
    {
        const string prompt = "25 year old, portrait";

        var verdict = ScreeningAssert.Screen(prompt);

        Assert.Equal(0, verdict.SeverityOf(HarmCategory.Minors));
        var adult = ScreeningAssert.Reason(verdict, ReasonCodes.TermAdult);
        Assert.Equal(0, adult.Span!.Value.Start);
        Assert.StartsWith("25 year", adult.Term, StringComparison.Ordinal);
    }

    [Fact]
    public void Screen_AdultAgeSoftensAmbiguousYouthWithNudity_ReviewInMatureInsteadOfBlock()
    {
        var withAge = ScreeningAssert.Decides(Decision.Review, "25 year old schoolgirl, nude", null, "mature");
        ScreeningAssert.Decides(Decision.Block, "schoolgirl, nude", null, "mature");

        Assert.True(ScreeningAssert.HasReason(withAge, ReasonCodes.AmbiguousMinorsWithAdultMarker));
    }

    [Theory]
    [InlineData("10 years ago")]
    [InlineData("hace 10 a\u00F1os")]
    [InlineData("vor 10 Jahren")]
    [InlineData("10 anni fa")]
    [InlineData("200 year old vampire")]
    public void Screen_TimeSpanOrImplausibleAge_IsNotAMinor(string phrase)
    {
        var prompt = $"{phrase}, nude";

        var verdict = ScreeningAssert.Decides(Decision.Allow, prompt, null, "mature");

        Assert.Equal(0, verdict.SeverityOf(HarmCategory.Minors));
        Assert.False(ScreeningAssert.HasReason(verdict, ReasonCodes.TermMinor), ScreeningAssert.Describe(verdict));
    }

    [Fact]
    public void Screen_AgeWithColonInCharacterSheet_IsMinor()
    {
        foreach (var policy in ScreeningAssert.Policies)
        {
            var verdict = ScreeningAssert.Decides(Decision.Block, "character sheet, girl, age: 12, nude", null, policy);
            Assert.True(ScreeningAssert.HasReason(verdict, ReasonCodes.MinorsSexual));
        }
    }
}
