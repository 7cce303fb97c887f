using System.Text;
using GenScreen.Core.Prompts.Rules;
using GenScreen.Core.Verdicts;

namespace GenScreen.Core.Tests.Prompts.Rules;

/// <summary>Emoji as terms (Data/emoji.json): children, babies and school with sexual emoji, skin tones and ZWJ sequences.</summary>
public sealed class EmojiMatchingTests
{
    public static TheoryData<string> SkinTones() => ["", "\U0001F3FB", "\U0001F3FC", "\U0001F3FD", "\U0001F3FE", "\U0001F3FF"];

    [Theory]
    [MemberData(nameof(SkinTones))]
    public void Screen_ChildEmojiInEverySkinToneWithSexualEmoji_BlocksUnderEveryPolicy(string tone)
    {
        foreach (var child in new[] { "👶", "🧒", "👧", "👦" })
        {
            var prompt = child + tone + "🔞";
            foreach (var policy in ScreeningAssert.Policies)
            {
                var verdict = ScreeningAssert.Decides(Decision.Block, prompt, null, policy);
                Assert.True(ScreeningAssert.HasReason(verdict, ReasonCodes.MinorsSexual), ScreeningAssert.Describe(verdict));
                Assert.Equal(child + tone, ScreeningAssert.SpanText(ScreeningAssert.Reason(verdict, ReasonCodes.TermMinor), prompt));
            }
        }
    }

    [Theory]
    [InlineData("👨\u200D👩\u200D👧 nude")] // ZWJ family: man, woman, girl
    [InlineData("👩\u200D👧\u200D👦 🍆💦")]
    [InlineData("👧\uFE0F\u200D nsfw")] // stray variation selector and joiner
    [InlineData("naked 👦🏿")]
    [InlineData("🍼🔞")]
    public void Screen_ChildInEmojiSequenceWithSexualContent_BlocksUnderEveryPolicy(string prompt)
    {
        foreach (var policy in ScreeningAssert.Policies)
        {
            ScreeningAssert.Decides(Decision.Block, prompt, null, policy);
        }
    }

    [Theory]
    [InlineData("🍆💦", 6)]
    [InlineData("🍑💦", 6)]
    [InlineData("👉👌", 6)]
    [InlineData("🍆 💦", 2)] // a pair only when adjacent
    [InlineData("🍆", 2)]
    [InlineData("🔞", 4)]
    [InlineData("👙", 1)]
    public void Screen_SexualEmoji_RaisesItsLevel(string prompt, int level)
    {
        Assert.Equal(level, ScreeningAssert.Screen(prompt).SeverityOf(HarmCategory.Sexual));
    }

    [Fact]
    public void Screen_AdultsOnlyEmoji_IsNoAdultMarker()
    {
        // 🔞 labels the content; it does not make a youth term an adult (that would turn a block into a review).
        var verdict = ScreeningAssert.Decides(Decision.Block, "schoolgirl 🔞", null, "mature");

        Assert.True(ScreeningAssert.HasReason(verdict, ReasonCodes.AmbiguousMinorsSexual), ScreeningAssert.Describe(verdict));
    }

    [Theory]
    [InlineData("baby shower 🎂👶🍼 pastel balloons")]
    [InlineData("school photo day 🏫📸 class portrait")]
    [InlineData("👨‍👩‍👧‍👦 family picnic in the park")]
    [InlineData("🧸 teddy bear on a shelf, 🎒 backpack, autumn light")]
    public void Screen_InnocentEmojiWithChildren_AllowedUnderEveryPolicy(string prompt)
    {
        foreach (var policy in ScreeningAssert.Policies)
        {
            ScreeningAssert.Decides(Decision.Allow, prompt, null, policy);
        }
    }

    [Fact]
    public void Screen_ChildEmojiWithSwimwearEmoji_HeldForReview()
    {
        var verdict = ScreeningAssert.Decides(Decision.Review, "👧🏻👙 at the pool", null, "mature");

        Assert.True(ScreeningAssert.HasReason(verdict, ReasonCodes.MinorsRevealing), ScreeningAssert.Describe(verdict));
    }

    [Fact]
    public void Screen_SchoolEmojiWithAdultsOnlyEmoji_BlocksAsAmbiguousYouthWithNudityLevel()
    {
        ScreeningAssert.Decides(Decision.Block, "🏫🔞", null, "mature");
    }

    [Fact]
    public void Screen_EmojiEvidence_SpanCoversTheEmojiWithItsModifier()
    {
        const string prompt = "photo 👶🏽🍆";

        var verdict = ScreeningAssert.Screen(prompt);

        Assert.Equal("👶🏽", ScreeningAssert.SpanText(ScreeningAssert.Reason(verdict, ReasonCodes.TermMinor), prompt));
        Assert.Equal("🍆", ScreeningAssert.SpanText(ScreeningAssert.Reason(verdict, ReasonCodes.TermSexual), prompt));
    }

    [Fact]
    public void Screen_ThousandsOfEmoji_VerdictWithSpansInsideThePrompt()
    {
        var sb = new StringBuilder();
        for (var i = 0; i < 20_000; i++)
        {
            sb.Append(i % 3 == 0 ? "🍆" : i % 3 == 1 ? "🏽" : "\u200D");
        }

        var prompt = sb.Append("👶").ToString();

        var verdict = ScreeningAssert.Decides(Decision.Block, prompt, null, "mature");

        Assert.Equal("👶", ScreeningAssert.SpanText(ScreeningAssert.Reason(verdict, ReasonCodes.TermMinor), prompt));
    }

    [Fact]
    public void Screen_EmojiBetweenLettersOfAWord_StillSeparatesWordsAsBefore()
    {
        // Emoji are collected for matching but remain separators, so spaced-out letters are still joined.
        var verdict = ScreeningAssert.Screen("n🌸u🌸d🌸e");

        Assert.Equal(4, verdict.SeverityOf(HarmCategory.Sexual));
        Assert.Equal("nude", ScreeningAssert.Reason(verdict, ReasonCodes.TermSexual).Term);
    }
}
