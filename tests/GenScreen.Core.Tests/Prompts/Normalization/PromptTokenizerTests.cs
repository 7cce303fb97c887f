using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Tests.Prompts.Normalization;

public sealed class PromptTokenizerTests
{
    private sealed record Tok(string Text, int SourceStart, int SourceEnd, bool Synthetic, bool Joined, bool Cjk);

    private static List<Tok> Tokenize(string source)
    {
        var text = new TokenizedText();
        PromptTokenizer.Tokenize(source, text);
        var tokens = new List<Tok>();
        for (var i = 0; i < text.Count; i++)
        {
            var t = text[i];
            tokens.Add(new Tok(
                new string(text.TextOf(in t)),
                t.SourceStart,
                t.SourceEnd,
                t.Has(TokenFlags.Synthetic),
                t.Has(TokenFlags.Joined),
                t.Has(TokenFlags.Cjk)));
        }

        return tokens;
    }

    private static List<string> Words(string source) => [.. Tokenize(source).Where(t => !t.Synthetic).Select(t => t.Text)];

    private static List<string> SyntheticWords(string source) => [.. Tokenize(source).Where(t => t.Synthetic).Select(t => t.Text)];

    [Theory]
    [InlineData("\uFF4E\uFF55\uFF44\uFF45", "nude")] // full-width
    [InlineData("\uD835\uDC27\uD835\uDC2E\uD835\uDC1D\uD835\uDC1E", "nude")] // mathematical bold (supplementary plane)
    [InlineData("NuDE", "nude")] // case folding
    [InlineData("n\u00FCde", "nude")] // diacritics
    [InlineData("ch\u00EEld", "child")]
    [InlineData("\uFB01lthy", "filthy")] // ligature expands inside the word
    public void Tokenize_DisguisedLetters_FoldToOnePlainToken(string source, string expected)
    {
        var tokens = Tokenize(source);

        var token = Assert.Single(tokens);
        Assert.Equal(expected, token.Text);
        Assert.Equal(0, token.SourceStart);
        Assert.Equal(source.Length, token.SourceEnd);
    }

    [Fact]
    public void Tokenize_KanaWithVoicingMark_KeepsVoicedKana()
    {
        var token = Assert.Single(Tokenize("\u30AC\u30FC\u30EB")); // ガール

        Assert.Equal("\u30AC\u30FC\u30EB", token.Text);
        Assert.True(token.Cjk);
    }

    [Theory]
    [InlineData('\u200B')] // zero-width space
    [InlineData('\u200D')] // zero-width joiner
    [InlineData('\u2060')] // word joiner
    [InlineData('\u00AD')] // soft hyphen
    [InlineData('\uFEFF')] // BOM / zero-width no-break space
    public void Tokenize_InvisibleCharInsideWord_IsRemovedAndWordStaysWhole(char invisible)
    {
        var source = $"nu{invisible}de art";

        var tokens = Tokenize(source);

        Assert.Equal(["nude", "art"], tokens.Select(t => t.Text));
        Assert.Equal(0, tokens[0].SourceStart);
        Assert.Equal(5, tokens[0].SourceEnd);
    }

    [Theory]
    [InlineData("n u d e")]
    [InlineData("n.u.d.e")]
    [InlineData("n-u-d-e")]
    [InlineData("n_u_d_e")]
    public void Tokenize_SpacedOrDottedLetters_AddsOneSyntheticWordSpanningThem(string source)
    {
        var synthetic = Assert.Single(Tokenize(source), t => t.Synthetic);

        Assert.Equal("nude", synthetic.Text);
        Assert.Equal(0, synthetic.SourceStart);
        Assert.Equal(source.Length, synthetic.SourceEnd);
    }

    [Fact]
    public void Tokenize_TwoDashedWordsSeparatedByComma_AddsTwoSyntheticWords()
    {
        Assert.Equal(["child", "nude"], SyntheticWords("c-h-i-l-d, n-u-d-e"));
    }

    [Fact]
    public void Tokenize_TwoSingleLetters_AddsNoSyntheticWord()
    {
        Assert.Empty(SyntheticWords("plan a b"));
    }

    [Fact]
    public void Tokenize_UnderscoreOrDashJoin_MarksSecondPartJoined()
    {
        var underscore = Tokenize("school_girl");
        var dash = Tokenize("little-girl");
        var spaced = Tokenize("school girl");

        Assert.Equal([false, true], underscore.Select(t => t.Joined));
        Assert.Equal([false, true], dash.Select(t => t.Joined));
        Assert.Equal([false, false], spaced.Select(t => t.Joined));
    }

    [Theory]
    [InlineData("(nude:1.3)", "nude")]
    [InlineData("((nude))", "nude")]
    [InlineData("[nude]", "nude")]
    [InlineData("[forest|beach]", "forest beach")]
    [InlineData("[forest:beach:0.5]", "forest beach")]
    [InlineData("<lora:nude_style:0.8>", "lora nude style")]
    [InlineData("embedding:easynegative", "embedding easynegative")]
    [InlineData("forest BREAK beach AND sky", "forest break beach and sky")]
    [InlineData("style: anime", "style anime")]
    public void Tokenize_StableDiffusionSyntax_KeepsWordsAndDropsWeights(string source, string expected)
    {
        Assert.Equal(expected, string.Join(' ', Words(source)));
    }

    [Theory]
    [InlineData("(age:12)", "age 12")]
    [InlineData("(her age: 10)", "her age 10")]
    [InlineData("(girl's age: 8), nude", "girl s age 8 nude")]
    [InlineData("(aged 10:1.3)", "aged 10")]
    [InlineData("(woman:2)", "woman")]
    [InlineData("(woman: 1)", "woman")]
    [InlineData("[girl:woman:12]", "girl woman")]
    [InlineData("<lora:style:1>", "lora style")]
    public void Tokenize_KeyValueInRoundBrackets_KeepsValueButDropsSmallWeights(string source, string expected)
    {
        Assert.Equal(expected, string.Join(' ', Words(source)));
    }

    [Fact]
    public void Tokenize_SpacingVoicingMarkAfterKanaLookalike_ComposesVoicedKana()
    {
        // ょぅι゛ょ: small kana, a Greek iota standing in for し, and the spacing voicing mark.
        var token = Assert.Single(Tokenize("\u3087\u3045\u03B9\u309B\u3087"));

        Assert.Equal("\u3087\u3045\u3058\u3087", token.Text); // ょぅじょ
        Assert.True(token.Cjk);
    }

    [Theory]
    [InlineData("\u30ED \u30EA", "\u30ED\u30EA")] // ロ リ
    [InlineData("\u841D.\u8389", "\u841D\u8389")] // 萝.莉
    public void Tokenize_KanaOrHanSpelledOneCharacterAtATime_AddsJoinedUnspacedToken(string source, string expected)
    {
        var joined = Assert.Single(Tokenize(source), t => t.Synthetic);

        Assert.Equal(expected, joined.Text);
        Assert.True(joined.Cjk);
        Assert.Equal(0, joined.SourceStart);
        Assert.Equal(source.Length, joined.SourceEnd);
    }

    [Theory]
    [InlineData("\u30ED, \u30EA")] // a comma separates list items
    [InlineData("\uC804 \uBD80")] // Hangul: one-syllable Korean words are common
    public void Tokenize_SingleCharactersAcrossListSeparatorOrInHangul_AreNotJoined(string source)
    {
        Assert.DoesNotContain(Tokenize(source), t => t.Synthetic);
    }

    [Theory]
    [InlineData("sunset at 12:30 over the sea", "12", "30")]
    [InlineData("train leaves at 9:45 pm", "9", "45")]
    [InlineData("(clock face showing 10:10 hands)", "10", "10")]
    public void Tokenize_ClockTime_IsTextNotWeight(string source, string hour, string minutes)
    {
        var words = Words(source);

        var at = words.IndexOf(hour);
        Assert.True(at >= 0 && at + 1 < words.Count && words[at + 1] == minutes, string.Join(' ', words));
    }

    [Fact]
    public void Tokenize_ClockTimeFollowedByCommaOrEnd_KeepsMinutes()
    {
        Assert.Equal(["meet", "at", "12", "30", "sunset"], Words("meet at 12:30, sunset"));
        Assert.Equal(["clock", "showing", "12", "30"], Words("clock showing 12:30"));
    }

    [Fact]
    public void Tokenize_DigitsThenKanji_SplitsScriptsAndJoinsThem()
    {
        var tokens = Tokenize("12\u6B73"); // 12歳

        Assert.Equal(["12", "\u6B73"], tokens.Select(t => t.Text));
        Assert.False(tokens[0].Cjk);
        Assert.True(tokens[1].Cjk);
        Assert.True(tokens[1].Joined);
        Assert.Equal((2, 3), (tokens[1].SourceStart, tokens[1].SourceEnd));
    }

    [Fact]
    public void Tokenize_SurrogatePairsAndFullWidthBeforeWord_SourceSpanPointsAtOriginal()
    {
        const string source = "\uD83D\uDE00 \uFF43\uFF48\uFF49\uFF4C\uFF44, nude"; // 😀 ｃｈｉｌｄ, nude

        var tokens = Tokenize(source);

        Assert.Equal(["child", "nude"], tokens.Select(t => t.Text));
        Assert.Equal("\uFF43\uFF48\uFF49\uFF4C\uFF44", source[tokens[0].SourceStart..tokens[0].SourceEnd]);
        Assert.Equal("nude", source[tokens[1].SourceStart..tokens[1].SourceEnd]);
    }

    [Fact]
    public void Tokenize_LoneSurrogateInsideWord_SplitsWithoutThrowing()
    {
        Assert.Equal(["nu", "de"], Words("nu\uD800de"));
        Assert.Equal(["nu", "de"], Words("nu\uDC00de"));
    }

    [Fact]
    public void Tokenize_HalfWidthKatakanaWithVoicingMark_ComposesLikeNfkc()
    {
        var token = Assert.Single(Tokenize("\uFF87\uFF70\uFF84\uFF9E")); // ﾇｰﾄﾞ

        Assert.Equal("\u30CC\u30FC\u30C9", token.Text); // ヌード
    }

    [Fact]
    public void Tokenize_DecomposedKana_ComposesToPrecomposedForm()
    {
        var token = Assert.Single(Tokenize("\u30CC\u30FC\u30C8\u3099")); // ヌート + combining voicing mark

        Assert.Equal("\u30CC\u30FC\u30C9", token.Text); // ヌード
    }
}
