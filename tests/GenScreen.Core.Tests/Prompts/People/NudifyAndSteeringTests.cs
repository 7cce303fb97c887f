using GenScreen.Core.Configuration;
using GenScreen.Core.Prompts.Rules;
using GenScreen.Core.Verdicts;

namespace GenScreen.Core.Tests.Prompts.People;

/// <summary>Undressing with an uploaded image is blocked under every policy; allowed prompts with people carry steering terms.</summary>
public sealed class NudifyAndSteeringTests
{
    [Theory]
    [InlineData("undress her", GenerationMode.Img2Img, "mature")]
    [InlineData("remove her clothes, keep the face", GenerationMode.Inpaint, "mature")]
    [InlineData("erase Jane's dress", GenerationMode.Inpaint, "mature")]
    [InlineData("see through her shirt", GenerationMode.Img2Img, "mature")]
    [InlineData("nudify", GenerationMode.Img2Img, "strict")]
    public void Screen_UndressWithAnImage_BlocksAsNudify(string prompt, GenerationMode mode, string policy)
    {
        var verdict = TestScreeners.Default.Screen(prompt, null, policy, mode);

        Assert.Equal(Decision.Block, verdict.Decision);
        Assert.Equal(mode, verdict.Mode);
        Assert.Contains(verdict.Reasons, r => r.Code == ReasonCodes.RealPersonNudify);
        Assert.Contains(verdict.Reasons, r => r.Code == ReasonCodes.TermUndress);
        Assert.Equal(6, verdict.SeverityOf(HarmCategory.SexualRealPerson));
    }

    [Fact]
    public void Screen_UndressInTxt2ImgAboutFictionalAdult_FollowsAdultRules()
    {
        var mature = TestScreeners.Default.Screen("Tifa Lockhart undressing", null, "mature", GenerationMode.Txt2Img);
        var strict = TestScreeners.Default.Screen("Tifa Lockhart undressing", null, "strict", GenerationMode.Txt2Img);

        Assert.Equal(Decision.Allow, mature.Decision);
        Assert.Equal(4, mature.SeverityOf(HarmCategory.Sexual));
        Assert.Equal(Decision.Block, strict.Decision);
        Assert.DoesNotContain(strict.Reasons, r => r.Code == ReasonCodes.RealPersonNudify);
    }

    [Theory]
    [InlineData("remove the stain from her dress")]
    [InlineData("remove the logo from the shirt")]
    [InlineData("change the dress to red")]
    [InlineData("x-ray of a broken wrist")]
    public void Screen_ImageEditThatUndressesNobody_Allowed(string prompt)
    {
        Assert.Equal(Decision.Allow, TestScreeners.Default.Screen(prompt, null, "strict", GenerationMode.Inpaint).Decision);
    }

    [Fact]
    public void Screen_AllowedPromptWithPeople_CarriesEnglishSteeringTerms()
    {
        var verdict = TestScreeners.Default.Screen("portrait of a woman, topless, beach", null, "mature");

        Assert.Equal(Decision.Allow, verdict.Decision);
        Assert.Contains("child", verdict.NegativePromptAdditions);
        Assert.Contains("loli", verdict.NegativePromptAdditions);
        Assert.Null(verdict.NegativeEmbedding);
    }

    [Fact]
    public void Screen_PromptInSpanish_SteersInSpanishToo()
    {
        var verdict = TestScreeners.Default.Screen("retrato de una mujer en la playa", null, "mature");

        Assert.Contains("child", verdict.NegativePromptAdditions);
        Assert.Contains("niña", verdict.NegativePromptAdditions);
    }

    [Theory]
    [InlineData("a lighthouse at sunset", "mature")] // no people
    [InlineData("a lighthouse at sunset, by alphonse mucha", "mature")] // an artist's name is no depicted person
    [InlineData("portrait of a woman, topless", "strict")] // not a steered policy (and not allowed)
    [InlineData("portrait of a woman at a desk", "strict")] // not a steered policy
    [InlineData("little girl, nude", "mature")] // blocked
    public void Screen_NotSteered_NoAdditions(string prompt, string policy)
    {
        Assert.Empty(TestScreeners.Default.Screen(prompt, null, policy).NegativePromptAdditions);
    }

    [Fact]
    public void Screen_OperatorSteering_ReplacesTermsAndNamesEmbedding()
    {
        var screener = ScreeningSetup.CreateScreener(new ScreeningOptions
        {
            Steering = new SteeringOptions { NegativeTerms = ["minor"], AdditionalNegativeTerms = ["teen"], NegativeEmbedding = "ng_minors", Policies = ["mature", "strict"] },
        });

        var verdict = screener.Screen("portrait of a woman at a desk", null, "strict");

        Assert.Equal(["minor", "teen"], verdict.NegativePromptAdditions);
        Assert.Equal("ng_minors", verdict.NegativeEmbedding);
    }

    [Fact]
    public void Screen_SteeringDisabled_NoAdditions()
    {
        var screener = ScreeningSetup.CreateScreener(new ScreeningOptions { Steering = new SteeringOptions { Enabled = false } });

        Assert.Empty(screener.Screen("portrait of a woman", null, "mature").NegativePromptAdditions);
    }
}
