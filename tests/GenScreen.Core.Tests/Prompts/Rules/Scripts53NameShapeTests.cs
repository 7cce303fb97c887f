using GenScreen.Core.Prompts.Rules;
using GenScreen.Core.Verdicts;

namespace GenScreen.Core.Tests.Prompts.Rules;

/// <summary>
/// Session 45 (i16-scripts53): a Japanese full name whose men's given name ends in 人, 一, 平 or 磨 (or in …一郎, …之介 for three kanji)
/// after a listed family name of two kanji or more (<see cref="JapaneseNameShapes"/>): the commonest endings of men's names, left out
/// of the given-kanji table because they end ordinary compounds too, read by the name's shape with the ordinary words of that shape
/// refused. Names here are made up and differ from the fresh set's and the development batches'.
/// </summary>
public sealed class Scripts53NameShapeTests
{
    private static readonly Lazy<GenScreen.Core.Prompts.Lexicons.CjkNameTable> Names =
        new(() => GenScreen.Core.Prompts.Lexicons.LexiconSet.Build(GenScreen.Core.Prompts.Lexicons.BuiltInLexicons.Load()).People.CjkNames);

    [Theory]
    [InlineData("下着姿でベッドに寝そべる吉川俊人、誘うポーズ")] // 人, closing the clause after a verb's kana
    [InlineData("シャワー室で全裸になった菊池洸平、隠し撮り")] // 平
    [InlineData("トップレスで日焼けする藤本拓磨、湘南の海")] // 磨
    [InlineData("露天風呂で全裸の長谷川宗一郎、湯けむり")] // …一郎 after の
    public void MensGivenName_IsStoppedUnderMature(string prompt)
    {
        // Each of these was allowed under `mature` by the base build (5197e84c).
        var verdict = ScreeningAssert.Screen(prompt, null, "mature");
        Assert.NotEqual(Decision.Allow, verdict.Decision);
        Assert.Contains(verdict.Reasons, r => r.Code is "term.real-person-likely" or "term.real-person-hint" or "term.real-person");
    }

    [Theory]
    [InlineData("下着姿の美人、ベッドで誘うポーズ")] // 美人 is a word, no given name
    [InlineData("温泉で全裸の日本美人、湯けむり")]
    [InlineData("ホテルで裸になった恋人、薄暗い部屋")]
    [InlineData("全裸の三人、露天風呂")] // a count before 人
    [InlineData("大年初一，性感的女人穿着旗袍")] // Chinese: the first day of the year, an ordinal before 一
    public void LookAlikes_StayAllowedUnderMature(string prompt) => ScreeningAssert.Decides(Decision.Allow, prompt, null, "mature");

    [Theory]
    [InlineData("吉川俊人のスーツ姿のポートレート、オフィス")] // no sexual content: the readers do not run
    [InlineData("菊池洸平が桜の下で読書している")]
    public void NameWithoutSexualContent_IsAllowed(string prompt) => ScreeningAssert.Decides(Decision.Allow, prompt, null, "mature");

    [Theory]
    [InlineData("俊人", true)]
    [InlineData("洸平", true)]
    [InlineData("拓磨", true)]
    [InlineData("宗一郎", true)]
    [InlineData("美人", false)]
    [InlineData("統一", false)]
    [InlineData("公平", false)]
    [InlineData("三人", false)]
    [InlineData("初一", false)]
    public void MensEndings_AfterAListedFamily(string given, bool name) =>
        Assert.Equal(name, JapaneseNameShapes.IsFullName("吉川" + given, Names.Value));
}
