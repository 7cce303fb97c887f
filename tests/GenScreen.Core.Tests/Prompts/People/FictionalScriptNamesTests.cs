using GenScreen.Core.Verdicts;

namespace GenScreen.Core.Tests.Prompts.People;

/// <summary>
/// Fictional adults written in other scripts (fictional-adults-scripts.json, and the Latin list keyed by sound in the
/// index of names in other scripts): adult fan art, judged by the adult rules, never a real or likely real person.
/// </summary>
public class FictionalScriptNamesTests
{
    [Theory]
    [InlineData("クレア・レッドフィールド ヌード")] // katakana, by its listed form
    [InlineData("トリス・メリゴールド 全裸")]
    [InlineData("草薙素子 ヌード")] // kanji: a family + given name shape, yet fictional
    [InlineData("松本乱菊 裸")]
    [InlineData("艾达·王 裸体")] // Chinese
    [InlineData("클레어 레드필드 누드")] // Hangul
    [InlineData("Трисс Меригольд голая")] // Cyrillic
    [InlineData("Morticia Addams nude")] // a Latin cartoon adult the first list lacked
    public void Screen_FictionalAdultInAnotherScript_WithNudity_IsAdultContent(string prompt)
    {
        var mature = TestScreeners.Default.Screen(prompt, null, "mature");
        Assert.Equal(Decision.Allow, mature.Decision);
        Assert.Equal(Decision.Block, TestScreeners.Default.Screen(prompt, null, "strict").Decision);
    }

    [Theory]
    [InlineData("ジーン・グレイ ヌード")] // Jean Grey: main read her katakana as the listed Gene Kelly
    public void Screen_FictionalAdultInKatakana_IsNotTheRealPersonWhoSoundsAlike(string prompt)
    {
        var mature = TestScreeners.Default.Screen(prompt, null, "mature");
        Assert.Equal(Decision.Allow, mature.Decision);
    }

    [Theory]
    [InlineData("エマ・ワトソン ヌード")] // a listed actress in katakana is still found
    [InlineData("テイラー・スウィフト 全裸")]
    public void Screen_RealPersonInKatakana_StillBlocks(string prompt)
        => Assert.Equal(Decision.Block, TestScreeners.Default.Screen(prompt, null, "mature").Decision);

    [Theory]
    [InlineData("Marla Quinby nude, cartoon style")] // an invented character in a drawn work
    [InlineData("Sayuri Kotobane topless, anime")] // session 36: a romanised Japanese name beside anime (a Western one is kept: NamesFrame44Tests)
    public void Screen_UnlistedFullNameInADrawnWork_IsACharacter(string prompt)
        => Assert.Equal(Decision.Allow, TestScreeners.Default.Screen(prompt, null, "mature").Decision);

    [Fact]
    public void Screen_UnlistedFullNameWithoutFiction_IsStillLikelyReal()
        => Assert.Equal(Decision.Review, TestScreeners.Default.Screen("Marla Quinby nude", null, "mature").Decision);
}
