using GenScreen.Core.Prompts.Rules;
using GenScreen.Core.Tests.Prompts;
using GenScreen.Core.Verdicts;

namespace GenScreen.Core.Tests.Prompts.Rules;

public sealed class PromptRulesTests
{
    [Theory]
    [InlineData("a child, sexy pose")]
    [InlineData("kid, nude")]
    [InlineData("toddler, porn")]
    [InlineData("little girl in lingerie")]
    public void Screen_UnambiguousMinorWithSuggestiveOrMore_BlocksUnderEveryPolicy(string prompt)
    {
        foreach (var policy in ScreeningAssert.Policies)
        {
            var verdict = ScreeningAssert.Decides(Decision.Block, prompt, null, policy);
            Assert.True(ScreeningAssert.HasReason(verdict, ReasonCodes.MinorsSexual), ScreeningAssert.Describe(verdict));
            Assert.Equal(7, verdict.SeverityOf(HarmCategory.SexualMinors));
            Assert.Equal(4, verdict.SeverityOf(HarmCategory.Minors));
        }
    }

    [Fact]
    public void Screen_UnambiguousMinorWithRevealingAttire_ReviewUnderEveryPolicy()
    {
        foreach (var policy in ScreeningAssert.Policies)
        {
            var verdict = ScreeningAssert.Decides(Decision.Review, "a child in a bikini at the beach", null, policy);
            Assert.True(ScreeningAssert.HasReason(verdict, ReasonCodes.MinorsRevealing));
            Assert.Equal(3, verdict.SeverityOf(HarmCategory.SexualMinors));
        }
    }

    [Fact]
    public void Screen_AmbiguousYouthWithNudity_BlocksUnderEveryPolicy()
    {
        foreach (var policy in ScreeningAssert.Policies)
        {
            var verdict = ScreeningAssert.Decides(Decision.Block, "student, nude", null, policy);
            Assert.True(ScreeningAssert.HasReason(verdict, ReasonCodes.AmbiguousMinorsSexual));
            Assert.Equal(6, verdict.SeverityOf(HarmCategory.SexualMinors));
            Assert.Equal(2, verdict.SeverityOf(HarmCategory.Minors));
        }
    }

    [Fact]
    public void Screen_AmbiguousYouthWithNudityAndAdultMarker_ReviewInMatureBlockInStrict()
    {
        var mature = ScreeningAssert.Decides(Decision.Review, "teen, nude woman", null, "mature");
        var strict = ScreeningAssert.Decides(Decision.Block, "teen, nude woman", null, "strict");

        Assert.True(ScreeningAssert.HasReason(mature, ReasonCodes.AmbiguousMinorsWithAdultMarker));
        Assert.False(ScreeningAssert.HasReason(mature, ReasonCodes.AmbiguousMinorsSexual));
        Assert.True(ScreeningAssert.HasReason(strict, ReasonCodes.PolicySexual));
    }

    [Fact]
    public void Screen_AmbiguousYouthWithSuggestive_ReviewUnderEveryPolicy()
    {
        foreach (var policy in ScreeningAssert.Policies)
        {
            var verdict = ScreeningAssert.Decides(Decision.Review, "student, sexy", null, policy);
            Assert.True(ScreeningAssert.HasReason(verdict, ReasonCodes.AmbiguousMinorsSuggestive));
        }
    }

    [Theory]
    [InlineData("schoolgirl, sexy")]
    [InlineData("teen girl, seductive pose")]
    [InlineData("young pupil, sexy")]
    [InlineData("Schülerin, sexy")]
    [InlineData("школьница, сексуальная")]
    public void Screen_LikelyMinorWithSuggestiveAndNoAdultMarker_BlocksUnderEveryPolicy(string prompt)
    {
        foreach (var policy in ScreeningAssert.Policies)
        {
            var verdict = ScreeningAssert.Decides(Decision.Block, prompt, null, policy);
            Assert.True(ScreeningAssert.HasReason(verdict, ReasonCodes.LikelyMinorsSuggestive), ScreeningAssert.Describe(verdict));
            Assert.Equal(3, verdict.SeverityOf(HarmCategory.Minors));
        }
    }

    [Theory]
    [InlineData("adult woman in a schoolgirl costume, sexy")]
    [InlineData("teacher and student role-play, both adults, seductive")]
    [InlineData("25 year old teen model, lingerie")]
    public void Screen_YouthWordWithSuggestiveAndAdultMarker_IsAdultRolePlay(string prompt)
    {
        var mature = ScreeningAssert.Decides(Decision.Allow, prompt, null, "mature");
        var strict = ScreeningAssert.Decides(Decision.Review, prompt, null, "strict");

        Assert.Equal(0, mature.SeverityOf(HarmCategory.SexualMinors));
        Assert.False(ScreeningAssert.HasReason(strict, ReasonCodes.AmbiguousMinorsSuggestive));
        Assert.True(ScreeningAssert.HasReason(strict, ReasonCodes.PolicySexual));
    }

    [Fact]
    public void Screen_AmbiguousYouthWithRevealingOnly_AllowedInMature()
    {
        var verdict = ScreeningAssert.Decides(Decision.Allow, "teen at the beach in a bikini", null, "mature");

        Assert.Equal(0, verdict.SeverityOf(HarmCategory.SexualMinors));
        Assert.Equal(1, verdict.SeverityOf(HarmCategory.Sexual));
    }

    [Theory]
    [InlineData("Taylor Swift, sexy")]
    [InlineData("Emma Watson nude")]
    // Underwear as the whole outfit is rated revealing by the lexicons (with swimwear), but on a real person it is as
    // suggestive as lingerie (session 25, i16-roles29: Surroundings.IsIntimate): a policy change from review to block.
    [InlineData("Emma Watson in underwear")]
    public void Screen_NamedRealPersonWithSuggestiveOrMore_BlocksUnderEveryPolicy(string prompt)
    {
        foreach (var policy in ScreeningAssert.Policies)
        {
            var verdict = ScreeningAssert.Decides(Decision.Block, prompt, null, policy);
            Assert.True(ScreeningAssert.HasReason(verdict, ReasonCodes.RealPersonSexual), ScreeningAssert.Describe(verdict));
            Assert.Equal(6, verdict.SeverityOf(HarmCategory.SexualRealPerson));
        }
    }

    [Theory]
    [InlineData("Taylor Swift in a bikini")]
    public void Screen_NamedRealPersonWithRevealingAttire_ReviewUnderEveryPolicy(string prompt)
    {
        foreach (var policy in ScreeningAssert.Policies)
        {
            var verdict = ScreeningAssert.Decides(Decision.Review, prompt, null, policy);
            Assert.True(ScreeningAssert.HasReason(verdict, ReasonCodes.RealPersonRevealing));
        }
    }

    [Fact]
    public void Screen_AdultInUnderwear_AllowedUnderMature()
        => ScreeningAssert.Decides(Decision.Allow, "woman in underwear, bedroom, soft light", null, "mature");

    [Fact]
    public void Screen_NamedRealPersonAlone_AllowedWithEvidence()
    {
        foreach (var policy in ScreeningAssert.Policies)
        {
            var verdict = ScreeningAssert.Decides(Decision.Allow, "Taylor Swift on stage, concert photo", null, policy);
            Assert.Equal("Taylor Swift", ScreeningAssert.Reason(verdict, ReasonCodes.TermRealPerson).Term);
            Assert.Equal(0, verdict.SeverityOf(HarmCategory.SexualRealPerson));
        }
    }

    [Theory]
    [InlineData("deepfake, nude")]
    [InlineData("my ex, naked on the bed")]
    [InlineData("face swap, topless")]
    public void Screen_RealPersonHintWithNudity_BlocksUnderEveryPolicy(string prompt)
    {
        foreach (var policy in ScreeningAssert.Policies)
        {
            var verdict = ScreeningAssert.Decides(Decision.Block, prompt, null, policy);
            Assert.True(ScreeningAssert.HasReason(verdict, ReasonCodes.RealPersonHintSexual), ScreeningAssert.Describe(verdict));
        }
    }

    // Session 31 (i16-frames38): suggestive content beside a real-person hint blocks, as beside a listed name ("Holly
    // Willoughby in lingerie"); until session 30 it was reviewed.
    [Fact]
    public void Screen_RealPersonHintWithSuggestive_BlocksUnderEveryPolicy()
    {
        foreach (var policy in ScreeningAssert.Policies)
        {
            var verdict = ScreeningAssert.Decides(Decision.Block, "my ex in lingerie", null, policy);
            Assert.True(ScreeningAssert.HasReason(verdict, ReasonCodes.RealPersonHintSexual), ScreeningAssert.Describe(verdict));
        }
    }

    // Session 31 (i16-frames38): a public frame (a broadcast, a stage, a premiere, a fan platform, a sex tape) singles out the
    // name beside it, read by shape or, when no rule read it, as the capitalised pair the frame points at.
    [Theory]
    [InlineData("Kelsey Marwood from the Channel 5 morning show, topless in the studio")]
    [InlineData("sex tape of Darnell Whitcombe and his girlfriend, grainy hotel footage")]
    [InlineData("Chiara Bonfadini su OnlyFans, completamente nuda sul letto")]
    [InlineData("Noelia Barranquero en la alfombra roja de los Goya, pechos al aire")]
    public void Screen_NameInPublicFrameWithNudity_BlocksUnderEveryPolicy(string prompt)
    {
        foreach (var policy in ScreeningAssert.Policies)
        {
            ScreeningAssert.Decides(Decision.Block, prompt, null, policy);
        }
    }

    // The frame alone, or the name alone, is no real person: an anonymous adult backstage, an invented character, a premiere.
    [Theory]
    [InlineData("a nude burlesque dancer backstage after the show, film grain", "allow")]
    [InlineData("Captain Vera Solano of the starship Meridian, nude in her quarters, sci-fi art", "review")]
    [InlineData("Marisol Quintero on the red carpet at the premiere, elegant emerald gown, paparazzi flash", "allow")]
    public void Screen_PublicFrameWithoutNameOrWithoutSex_NotBlockedUnderMature(string prompt, string mature)
    {
        var verdict = ScreeningAssert.Decides(mature == "allow" ? Decision.Allow : Decision.Review, prompt, null, "mature");
        Assert.NotEqual(Decision.Block, verdict.Decision);
    }

    [Theory]
    [InlineData("woman, sexy", 2, "allow", "review")]
    [InlineData("woman in lingerie", 2, "allow", "review")]
    [InlineData("woman, nude", 4, "allow", "block")]
    [InlineData("couple having sex", 6, "allow", "block")]
    [InlineData("woman in a bikini", 1, "allow", "allow")]
    public void Screen_AdultSexualContent_FollowsPolicyThresholds(string prompt, int severity, string mature, string strict)
    {
        var m = ScreeningAssert.Screen(prompt, null, "mature");
        var s = ScreeningAssert.Screen(prompt, null, "strict");

        Assert.Equal(mature, WireNames.Of(m.Decision));
        Assert.Equal(strict, WireNames.Of(s.Decision));
        Assert.Equal(severity, m.SeverityOf(HarmCategory.Sexual));
        Assert.Equal(severity, s.SeverityOf(HarmCategory.Sexual));
        Assert.Equal(strict != "allow", ScreeningAssert.HasReason(s, ReasonCodes.PolicySexual));
        Assert.False(ScreeningAssert.HasReason(m, ReasonCodes.PolicySexual));
    }

    [Theory]
    [InlineData("a bloody battle", "allow", "review", ReasonCodes.PolicyViolence)]
    [InlineData("gore, decapitated soldier", "review", "block", ReasonCodes.PolicyViolence)]
    [InlineData("nazi flag", "review", "review", ReasonCodes.PolicyHate)]
    [InlineData("swastika banner", "block", "block", ReasonCodes.PolicyHate)]
    [InlineData("self harm", "allow", "review", ReasonCodes.PolicySelfHarm)]
    [InlineData("suicide note", "block", "block", ReasonCodes.PolicySelfHarm)]
    public void Screen_OtherCategories_FollowPolicyThresholds(string prompt, string mature, string strict, string code)
    {
        var m = ScreeningAssert.Screen(prompt, null, "mature");
        var s = ScreeningAssert.Screen(prompt, null, "strict");

        Assert.Equal(mature, WireNames.Of(m.Decision));
        Assert.Equal(strict, WireNames.Of(s.Decision));
        Assert.Equal(mature != "allow", ScreeningAssert.HasReason(m, code));
        Assert.True(ScreeningAssert.HasReason(s, code));
    }

    [Theory]
    [InlineData("lolicon")]
    [InlineData("csam")]
    [InlineData("shotacon")]
    public void Screen_SexualMinorTermAlone_BlocksUnderEveryPolicy(string prompt)
    {
        foreach (var policy in ScreeningAssert.Policies)
        {
            var verdict = ScreeningAssert.Decides(Decision.Block, prompt, null, policy);
            Assert.True(ScreeningAssert.HasReason(verdict, ReasonCodes.MinorsSexual));
            Assert.Equal(prompt, ScreeningAssert.Reason(verdict, ReasonCodes.TermMinor).Term);
            Assert.Equal(prompt, ScreeningAssert.Reason(verdict, ReasonCodes.TermSexual).Term);
        }
    }

    [Theory]
    [InlineData("rape scene")]
    [InlineData("sexual assault in an alley")]
    public void Screen_SexualViolenceTerm_RaisesViolenceAndSexual(string prompt)
    {
        var mature = ScreeningAssert.Decides(Decision.Review, prompt, null, "mature");
        var strict = ScreeningAssert.Decides(Decision.Block, prompt, null, "strict");

        Assert.Equal(6, mature.SeverityOf(HarmCategory.Violence));
        Assert.Equal(6, mature.SeverityOf(HarmCategory.Sexual));
        Assert.True(ScreeningAssert.HasReason(mature, ReasonCodes.PolicyViolence));
        Assert.True(ScreeningAssert.HasReason(mature, ReasonCodes.TermViolence));
        Assert.True(ScreeningAssert.HasReason(strict, ReasonCodes.PolicyViolence));
    }

    [Theory]
    [InlineData("mountain lake at dawn", "mature")]
    [InlineData("mountain lake at dawn", "strict")]
    [InlineData("woman, nude", "mature")]
    [InlineData("child, nude", "strict")]
    public void Screen_AnyPrompt_CategoriesListAllSevenExactlyOnce(string prompt, string policy)
    {
        var verdict = ScreeningAssert.Screen(prompt, null, policy);

        Assert.Equal(Enum.GetValues<HarmCategory>().Order(), verdict.Categories.Select(c => c.Category).Order());
        Assert.All(verdict.Categories, c => Assert.InRange(c.Severity, 0, 7));
    }

    [Fact]
    public void Screen_MaturePolicyAdultNudity_AllowedButSexualSeverityReported()
    {
        var verdict = ScreeningAssert.Decides(Decision.Allow, "fine art photo of a nude woman", null, "mature");

        Assert.Equal(4, verdict.SeverityOf(HarmCategory.Sexual));
        Assert.Equal("nude", ScreeningAssert.Reason(verdict, ReasonCodes.TermSexual).Term);
        Assert.Equal("mature", verdict.Policy);
    }

    [Fact]
    public void Screen_NoPolicyGiven_UsesDefaultPolicyAndScreenerVersion()
    {
        var screener = TestScreeners.Default;

        var verdict = screener.Screen("woman, nude");

        Assert.Equal(screener.DefaultPolicy, verdict.Policy);
        Assert.Equal(screener.PolicyVersion, verdict.PolicyVersion);
    }
}
