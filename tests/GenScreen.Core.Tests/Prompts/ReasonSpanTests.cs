using GenScreen.Core.Prompts.Rules;
using GenScreen.Core.Verdicts;

namespace GenScreen.Core.Tests.Prompts;

/// <summary>A reason's span must point at the matched text of the caller's original string.</summary>
public sealed class ReasonSpanTests
{
    [Theory]
    [InlineData("a photo of a nude woman", ReasonCodes.TermSexual, "nude")]
    [InlineData("\uFF46\uFF55\uFF4C\uFF4C \uFF4E\uFF55\uFF44\uFF45 art", ReasonCodes.TermSexual, "\uFF4E\uFF55\uFF44\uFF45")]
    [InlineData("\uD83D\uDE00\uD83C\uDFA8 surreal, nude", ReasonCodes.TermSexual, "nude")]
    [InlineData("\uD835\uDC1C\uD835\uDC21\uD835\uDC22\uD835\uDC25\uD835\uDC1D portrait", ReasonCodes.TermMinor, "\uD835\uDC1C\uD835\uDC21\uD835\uDC22\uD835\uDC25\uD835\uDC1D")]
    [InlineData("art, c\u200Bh\u200Bi\u200Bl\u200Bd", ReasonCodes.TermMinor, "c\u200Bh\u200Bi\u200Bl\u200Bd")]
    [InlineData("\u5199\u771F\u3001\u5B50\u4F9B\u306E\u30CC\u30FC\u30C9", ReasonCodes.TermSexual, "\u30CC\u30FC\u30C9")] // 写真、子供のヌード
    [InlineData("\u5199\u771F\u3001\u5B50\u4F9B\u306E\u30CC\u30FC\u30C9", ReasonCodes.TermMinor, "\u5B50\u4F9B")]
    [InlineData("\uD83C\uDF38\u5C0F\u5973\u5B69 \u88F8\u4F53", ReasonCodes.TermMinor, "\u5C0F\u5973\u5B69")] // 🌸小女孩 裸体
    [InlineData("((masterpiece)), (nude:1.3)", ReasonCodes.TermSexual, "nude")]
    [InlineData("portrait of T\u0430ylor Swift", ReasonCodes.TermRealPerson, "T\u0430ylor Swift")]
    [InlineData("a 12-year-old on a swing", ReasonCodes.TermMinor, "12-year-old")] // the whole stated age, "old" included
    public void Screen_MatchedTerm_SpanPointsAtOriginalText(string prompt, string code, string expected)
    {
        var reason = ScreeningAssert.Reason(ScreeningAssert.Screen(prompt), code);

        Assert.Equal(expected, ScreeningAssert.SpanText(reason, prompt));
        Assert.Equal("prompt", reason.Field);
    }

    [Fact]
    public void Screen_NegativePromptTerm_SpanPointsIntoNegativePrompt()
    {
        const string prompt = "portrait of a woman, soft light";
        const string negative = "lowres, (fully clothed:1.2), watermark";

        var reason = ScreeningAssert.Reason(ScreeningAssert.Screen(prompt, negative), ReasonCodes.NegativeNudityIntent);

        Assert.Equal("negativePrompt", reason.Field);
        Assert.Equal("fully clothed", reason.Term);
        Assert.Equal("fully clothed", ScreeningAssert.SpanText(reason, negative));
    }

    [Fact]
    public void Screen_PromptAndNegativeEvidence_EachCarriesItsOwnField()
    {
        var verdict = ScreeningAssert.Screen("schoolgirl portrait", "clothes");

        Assert.Equal("prompt", ScreeningAssert.Reason(verdict, ReasonCodes.TermMinor).Field);
        Assert.Equal("negativePrompt", ScreeningAssert.Reason(verdict, ReasonCodes.NegativeNudityIntent).Field);
    }

    [Fact]
    public void Screen_RuleAndPolicyReasons_HaveNoSpanTermOrField()
    {
        var verdict = ScreeningAssert.Screen("child, nude", null, "strict");

        foreach (var code in new[] { ReasonCodes.MinorsSexual, ReasonCodes.PolicySexual })
        {
            var reason = ScreeningAssert.Reason(verdict, code);
            Assert.Null(reason.Span);
            Assert.Null(reason.Term);
            Assert.Null(reason.Field);
            Assert.False(string.IsNullOrWhiteSpace(reason.Message));
        }
    }

    [Fact]
    public void Screen_CjkTermAfterZeroWidthChar_SpanPointsAtTerm()
    {
        const string prompt = "\u53EF\u7231\u7684\u200B\u5C0F\u5973\u5B69 \u88F8\u4F53"; // 可爱的​小女孩 裸体

        var reason = ScreeningAssert.Reason(ScreeningAssert.Screen(prompt), ReasonCodes.TermMinor);

        Assert.Equal("\u5C0F\u5973\u5B69", ScreeningAssert.SpanText(reason, prompt));
    }
}
