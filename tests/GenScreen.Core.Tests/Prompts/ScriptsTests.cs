using GenScreen.Core.Prompts;

namespace GenScreen.Core.Tests.Prompts;

/// <summary>
/// The script ranges named once (<see cref="Scripts"/>): each test's edges, so that a range typed wrong (one code point off,
/// a block's end taken for another's) fails here rather than as a verdict of some other rule.
/// </summary>
public sealed class ScriptsTests
{
    [Theory]
    [InlineData('\u0E00', true)]
    [InlineData('ก', true)]
    [InlineData('๙', true)]
    [InlineData('\u0E7F', true)]
    [InlineData('\u0DFF', false)] // Sinhala, just before
    [InlineData('\u0E80', false)] // Lao, just after
    [InlineData('a', false)]
    public void IsThai_IsTheThaiBlock(char c, bool thai) => Assert.Equal(thai, Scripts.IsThai(c));

    [Fact]
    public void ContainsThai_FindsAThaiCharacterAnywhere()
    {
        Assert.True(Scripts.ContainsThai("a girl, นักเรียน ป.4"));
        Assert.False(Scripts.ContainsThai("a girl in a garden, ລາວ")); // Lao is not Thai
        Assert.False(Scripts.ContainsThai(string.Empty));
    }

    [Theory]
    [InlineData('가', true)]
    [InlineData('힣', true)]
    [InlineData('\uD7A4', false)] // unassigned after the last syllable
    [InlineData('ㄱ', false)] // a compatibility jamo is no syllable
    [InlineData('\uABFF', false)]
    public void IsHangulSyllable_IsTheAssignedSyllables(char c, bool hangul) => Assert.Equal(hangul, Scripts.IsHangulSyllable(c));

    [Theory]
    [InlineData('\u3400', true)]
    [InlineData('\u4DBF', true)]
    [InlineData('\u4DC0', false)] // Yijing hexagram symbols, between extension A and the unified block
    [InlineData('中', true)]
    [InlineData('\u9FFF', true)]
    [InlineData('\uF900', true)]
    [InlineData('\uFAFF', true)]
    [InlineData('\u3005', false)] // 々 is an iteration mark, not an ideograph
    [InlineData('あ', false)]
    public void IsHan_IsExtensionAUnifiedAndCompatibility(char c, bool han) => Assert.Equal(han, Scripts.IsHan(c));

    [Theory]
    [InlineData('\u3040', true)]
    [InlineData('あ', true)]
    [InlineData('ア', true)]
    [InlineData('\u30FF', true)]
    [InlineData('\u31F0', false)] // katakana phonetic extensions are a block of their own
    public void IsKana_IsHiraganaAndKatakana(char c, bool kana) => Assert.Equal(kana, Scripts.IsKana(c));

    [Theory]
    [InlineData('א', true)]
    [InlineData('ת', true)]
    [InlineData('\u05B4', false)] // a point
    [InlineData('\u05F0', false)] // a ligature
    public void IsHebrewLetter_IsAlefToTav(char c, bool letter) => Assert.Equal(letter, Scripts.IsHebrewLetter(c));

    [Theory]
    [InlineData('ا', true)]
    [InlineData('ی', true)]
    [InlineData('\u0750', false)] // the supplement
    public void IsArabic_IsTheArabicBlock(char c, bool arabic) => Assert.Equal(arabic, Scripts.IsArabic(c));

    [Fact]
    public void DevanagariAndBengali_MeetWithoutAGap()
    {
        Assert.Equal(Scripts.DevanagariLast + 1, Scripts.BengaliFirst);
        Assert.Equal('\u0900', Scripts.DevanagariFirst);
        Assert.Equal('\u09FF', Scripts.BengaliLast);
    }
}
