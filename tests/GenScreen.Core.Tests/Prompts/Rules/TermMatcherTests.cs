using System.Text;
using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;
using GenScreen.Core.Prompts.Rules;
using GenScreen.Core.Tests.Prompts;
using GenScreen.Core.Verdicts;

namespace GenScreen.Core.Tests.Prompts.Rules;

public sealed class TermMatcherTests
{
    /// <summary>A tiny lexicon so matcher behaviour is tested apart from the shipped data.</summary>
    private static readonly Lazy<LexiconSet> Tiny = new(() => LexiconSet.Build(
    [
        new LexiconSource("tiny", Encoding.UTF8.GetBytes("""
            {
              "prompt": [
                { "term": "nude", "signal": "sexual", "level": 4 },
                { "term": "breast", "signal": "sexual", "level": 2 },
                { "term": "breast cancer", "signal": "benign", "level": 0 },
                { "term": "school girl", "signal": "minor", "level": 2 },
                { "term": "kid", "signal": "minor", "level": 4 }
              ]
            }
            """), IsConfigured: false),
    ]));

    /// <summary>Unspaced-script and character terms, for the kana, one-ideograph and connective rules.</summary>
    private static readonly Lazy<LexiconSet> TinyCjk = new(() => LexiconSet.Build(
    [
        new LexiconSource("tiny-cjk", Encoding.UTF8.GetBytes("""
            {
              "prompt": [
                { "term": "裸", "signal": "sexual", "level": 4 },
                { "term": "ようじょ", "signal": "minor", "level": 4 },
                { "term": "ロリ", "signal": "minor", "level": 4 },
                { "term": "eleven stranger things", "signal": "minor", "level": 4 },
                { "term": "red light district", "signal": "sexual", "level": 2 }
              ]
            }
            """), IsConfigured: false),
    ]));

    private static SignalSummary MatchTinyCjk(string prompt)
    {
        var text = new TokenizedText();
        PromptTokenizer.Tokenize(prompt, text);
        var summary = new SignalSummary();
        TermMatcher.Match(text, TinyCjk.Value.Prompt, summary, PromptField.Prompt);
        return summary;
    }

    [Theory]
    [InlineData("JS 裸")]
    [InlineData("女の子が裸、ベッド")]
    [InlineData("裸")]
    public void Match_OneIdeographTermStandingAlone_Matches(string prompt)
    {
        Assert.Equal(4, MatchTinyCjk(prompt).LevelOf(Signal.Sexual));
    }

    [Theory]
    [InlineData("裸眼の女性")] // naked eye
    [InlineData("裸足の子供")] // barefoot
    [InlineData("赤裸々な日記")] // frank
    public void Match_OneIdeographTermInsideACompound_DoesNotMatch(string prompt)
    {
        Assert.False(MatchTinyCjk(prompt).Has(Signal.Sexual));
    }

    [Theory]
    [InlineData("ようじょ")]
    [InlineData("ヨウジョ")]
    [InlineData("\u3087\u3045\u03B9\u309B\u3087")] // ょぅι゛ょ
    [InlineData("ろり")]
    [InlineData("ロ リ")]
    public void Match_KanaInEitherScriptSmallOrSpaced_MatchesTheTerm(string prompt)
    {
        Assert.Equal(4, MatchTinyCjk(prompt).LevelOf(Signal.Minor));
    }

    [Theory]
    [InlineData("Eleven from Stranger Things")]
    [InlineData("eleven of stranger things")]
    [InlineData("eleven stranger things")]
    public void Match_CharacterTiedToItsWorkByAConnective_Matches(string prompt)
    {
        Assert.Equal(4, MatchTinyCjk(prompt).LevelOf(Signal.Minor));
    }

    [Fact]
    public void Match_ConnectiveNeverSkippedToMakeANonMinorTerm()
    {
        Assert.False(MatchTinyCjk("red from light district").Has(Signal.Sexual));
    }

    private static SignalSummary MatchTiny(string prompt)
    {
        var text = new TokenizedText();
        PromptTokenizer.Tokenize(prompt, text);
        var summary = new SignalSummary();
        TermMatcher.Match(text, Tiny.Value.Prompt, summary, PromptField.Prompt);
        return summary;
    }

    [Fact]
    public void Match_BenignPhraseContainingTrigger_LongestPhraseWinsAndNothingIsRaised()
    {
        var s = MatchTiny("pink breast cancer ribbon");

        Assert.False(s.Has(Signal.Sexual));
    }

    [Fact]
    public void Match_TriggerWordOutsideBenignPhrase_RaisesSignalWithSourceSpan()
    {
        var s = MatchTiny("breast cancer ribbon, breast");

        Assert.True(s.Has(Signal.Sexual));
        Assert.Equal("breast", s[Signal.Sexual].Term);
        Assert.Equal(22, s[Signal.Sexual].SourceStart);
        Assert.Equal(28, s[Signal.Sexual].SourceEnd);
    }

    [Fact]
    public void Match_UnderscoreJoinedPhrase_MatchesMultiWordTerm()
    {
        var s = MatchTiny("school_girl");

        Assert.Equal("school girl", s[Signal.Minor].Term);
        Assert.Equal(2, s.LevelOf(Signal.Minor));
    }

    [Theory]
    [InlineData("kidd")]
    [InlineData("kidney")]
    [InlineData("nudes_cape")]
    public void Match_WordContainingTermOrDoubledLetter_DoesNotMatch(string prompt)
    {
        var s = MatchTiny(prompt);

        Assert.False(s.Has(Signal.Minor));
        Assert.False(s.Has(Signal.Sexual));
    }

    [Fact]
    public void Match_HighestLevelKept_FirstOfEqualLevelKept()
    {
        var s = MatchTiny("breast, nude, nude");

        Assert.Equal(4, s.LevelOf(Signal.Sexual));
        Assert.Equal(8, s[Signal.Sexual].SourceStart);
    }

    // --- Through the shipped screener: the reason names the canonical term and spans the disguised text. ---

    [Theory]
    [InlineData("n00d", "term.sexual", "nood")]
    [InlineData("s3x", "term.sexual", "sex")]
    [InlineData("p0rn", "term.sexual", "porn")]
    [InlineData("l0li", "term.minor", "loli")]
    [InlineData("ch1ld", "term.minor", "child")]
    [InlineData("bare @ss", "term.sexual", "bare ass")]
    [InlineData("nud\u0435", "term.sexual", "nude")] // Cyrillic e
    [InlineData("nud\u03B5", "term.sexual", "nude")] // Greek epsilon
    [InlineData("\u0441hild", "term.minor", "child")] // Cyrillic es
    [InlineData("nuuuude", "term.sexual", "nude")]
    [InlineData("sexxxy", "term.sexual", "sexy")]
    [InlineData("n u d e", "term.sexual", "nude")]
    [InlineData("c-h-i-l-d", "term.minor", "child")]
    [InlineData("school_girl", "term.minor", "school girl")]
    [InlineData("little-girl", "term.minor", "little girl")]
    public void Screen_DisguisedTerm_MatchesCanonicalTermSpanningWholeDisguise(string disguised, string code, string term)
    {
        var prompt = $"photo, {disguised}, studio light";

        var reason = ScreeningAssert.Reason(ScreeningAssert.Screen(prompt), code);

        Assert.Equal(term, reason.Term);
        Assert.Equal("prompt", reason.Field);
        Assert.Equal(disguised, ScreeningAssert.SpanText(reason, prompt));
    }

    [Fact]
    public void Screen_DisguisedRealPersonName_MatchesProtectedName()
    {
        const string prompt = "T4yl0r Sw\u0456ft, nude";

        var verdict = ScreeningAssert.Decides(Decision.Block, prompt, null, "mature");

        Assert.Equal("T4yl0r Sw\u0456ft", ScreeningAssert.SpanText(ScreeningAssert.Reason(verdict, ReasonCodes.TermRealPerson), prompt));
        Assert.True(ScreeningAssert.HasReason(verdict, ReasonCodes.RealPersonSexual));
    }

    [Theory]
    [InlineData("Jason Kidd, basketball player, nude")]
    [InlineData("a kidd goat, nude")]
    public void Screen_KiddWithDoubledLetter_IsNotKid(string prompt)
    {
        var verdict = ScreeningAssert.Screen(prompt);

        Assert.False(ScreeningAssert.HasReason(verdict, ReasonCodes.TermMinor), ScreeningAssert.Describe(verdict));
        Assert.Equal(0, verdict.SeverityOf(HarmCategory.SexualMinors));
    }

    [Theory]
    [InlineData("(child:1.3), (nude:1.2)")]
    [InlineData("[forest|child], [beach|nude]")]
    [InlineData("[landscape:nude child:0.5]")]
    [InlineData("<lora:child_model:0.8>, nude")]
    [InlineData("child BREAK nude")]
    [InlineData("child AND nude")]
    public void Screen_StableDiffusionSyntax_WordsInsideSyntaxStillCount(string prompt)
    {
        foreach (var policy in ScreeningAssert.Policies)
        {
            var verdict = ScreeningAssert.Decides(Decision.Block, prompt, null, policy);
            Assert.True(ScreeningAssert.HasReason(verdict, ReasonCodes.MinorsSexual), ScreeningAssert.Describe(verdict));
        }
    }

    [Fact]
    public void Screen_LoraName_SpanPointsAtWordInsideLoraTag()
    {
        const string prompt = "portrait, <lora:nude_style:0.8>";

        var reason = ScreeningAssert.Reason(ScreeningAssert.Screen(prompt), ReasonCodes.TermSexual);

        Assert.Equal("nude", reason.Term);
        Assert.Equal(16, reason.Span!.Value.Start);
        Assert.Equal("nude", ScreeningAssert.SpanText(reason, prompt));
    }

    [Fact]
    public void Screen_BenignPhraseHidingMinorNextToNudity_StillBlocks()
    {
        foreach (var prompt in new[] { "nude photo of a minor", "naked parent child bath photo" })
        {
            foreach (var policy in ScreeningAssert.Policies)
            {
                ScreeningAssert.Decides(Decision.Block, prompt, null, policy);
            }
        }
    }

    [Fact]
    public void Screen_DashedWordsSeparatedByComma_AreTwoWords()
    {
        const string prompt = "c-h-i-l-d, n-u-d-e";

        var verdict = ScreeningAssert.Decides(Decision.Block, prompt, null, "mature");

        Assert.Equal("c-h-i-l-d", ScreeningAssert.SpanText(ScreeningAssert.Reason(verdict, ReasonCodes.TermMinor), prompt));
        Assert.Equal("n-u-d-e", ScreeningAssert.SpanText(ScreeningAssert.Reason(verdict, ReasonCodes.TermSexual), prompt));
    }
}
