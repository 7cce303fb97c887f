using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Tests.Prompts.Normalization;

/// <summary>Folding and tokenizing of the scripts added with the new languages, and of emoji.</summary>
public sealed class ScriptFoldingTests
{
    private static List<string> Words(string source)
    {
        var text = new TokenizedText();
        PromptTokenizer.Tokenize(source, text);
        return [.. Enumerable.Range(0, text.SequenceCount).Select(i => new string(text.TextOf(in text[i])))];
    }

    private static List<string> EmojiRuns(string source)
    {
        var text = new TokenizedText();
        PromptTokenizer.Tokenize(source, text);
        return [.. Enumerable.Range(0, text.EmojiRunCount).Select(r => new string(text.EmojiRun(r, out _)))];
    }

    [Theory]
    [InlineData("١٢", "12")] // Arabic-Indic digits
    [InlineData("۱۴", "14")] // Persian digits
    [InlineData("१२", "12")] // Devanagari
    [InlineData("১২", "12")] // Bengali
    [InlineData("๑๒", "12")] // Thai
    [InlineData("khỏa thân", "khoa than")] // Vietnamese tone and vowel marks (Latin Extended Additional)
    [InlineData("Đứa trẻ", "dua tre")] // đ typed as d
    [InlineData("chłopiec", "chlopiec")] // Polish ł typed as l
    [InlineData("أطفال", "اطفال")] // hamza on alef dropped
    [InlineData("طفلة", "طفله")] // ta marbuta written as heh
    [InlineData("طِفْلَة", "طفله")] // vowel marks
    [InlineData("طفـــلة", "طفله")] // tatweel stretching
    [InlineData("کودکی", "كودكي")] // Persian kaf and yeh meet the Arabic ones
    [InlineData("יַלְדָּה", "ילדה")] // Hebrew points
    [InlineData("लड़की", "लडकी")] // Devanagari nukta
    [InlineData("γυμνή", "γυμνη")] // Greek accent
    public void Tokenize_LettersWritersInterchange_FoldToOneForm(string source, string expected)
    {
        Assert.Equal(expected, string.Join(' ', Words(source)));
    }

    [Fact]
    public void Tokenize_PersianWordWithZeroWidthNonJoiner_IsOneWord()
    {
        Assert.Equal(["بچهها"], Words("بچه‌ها"));
    }

    [Fact]
    public void Tokenize_ThaiRun_IsOneUnspacedToken()
    {
        var text = new TokenizedText();
        PromptTokenizer.Tokenize("เด็กผู้หญิงเปลือยกาย 12 ปี", text);

        Assert.Equal(3, text.SequenceCount);
        Assert.True(text[0].Has(TokenFlags.Cjk));
        Assert.False(text[1].Has(TokenFlags.Cjk));
        Assert.True(text[2].Has(TokenFlags.Cjk));
    }

    [Theory]
    [InlineData("👶🏽", "👶")] // skin tone dropped
    [InlineData("👩‍🦰", "👩")] // hair component dropped
    [InlineData("👨‍👩‍👧", "👨👩👧")] // ZWJ family: one run of its members
    [InlineData("❤️🔥", "❤🔥")] // variation selector dropped, BMP and astral emoji in one run
    public void Tokenize_EmojiSequence_FoldsToOneRun(string source, string expected)
    {
        Assert.Equal([expected], EmojiRuns(source));
    }

    [Fact]
    public void Tokenize_EmojiSeparatedBySpaceOrText_AreSeparateRunsAndNoWords()
    {
        Assert.Equal(["🍆", "💦", "👶"], EmojiRuns("🍆 💦 baby👶"));
        Assert.Equal(["baby"], Words("🍆 💦 baby👶"));
    }

    [Fact]
    public void Tokenize_MathematicalLetters_AreNotEmoji()
    {
        Assert.Empty(EmojiRuns("\uD835\uDC27\uD835\uDC2E\uD835\uDC1D\uD835\uDC1E"));
    }
}
