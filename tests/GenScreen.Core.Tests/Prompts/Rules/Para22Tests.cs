using GenScreen.Core.Prompts.Rules;
using GenScreen.Core.Verdicts;

namespace GenScreen.Core.Tests.Prompts.Rules;

/// <summary>
/// Session 21 (i16-para22): children described without child words in the non-Latin scripts (and Vietnamese, Indonesian,
/// Tagalog); a parent or grandparent heading the prompt is an adult unless she does something for another (a benefactive or
/// object pronoun after her: <c>אמא מכינה לה</c>, <c>मम्मी उसके लिए</c>, <c>给她</c>), and the unnamed subject read in every script.
/// </summary>
public sealed class Para22Tests
{
    private static void AllowedUnderMature(string prompt) => ScreeningAssert.Decides(Decision.Allow, prompt, null, "mature");

    [Theory]
    [InlineData("סבתא קולעת צמה, עירומה")] // a grandmother heading the prompt braids (her own) hair: the one described
    [InlineData("ibu mengepang rambutnya sendiri di depan cermin, telanjang")]
    [InlineData("mẹ tự tết tóc trước gương, khỏa thân")]
    [InlineData("sexy na nanay na may alkansya, hubad")] // kin after an adjective and a linker heads the first noun phrase
    [InlineData("鏡の前で自分の髪を三つ編みにするママ、全裸")] // a parent ending the first clause of an unspaced script
    [InlineData("माँ शीशे के सामने अपनी चोटी बना रही है, नग्न")]
    public void ParentHeadingThePrompt_WithNothingDoneForAnother_IsAnAdult(string prompt) => AllowedUnderMature(prompt);

    [Theory]
    [InlineData("אמא קולעת לה צמות לפני בית הספר, עירומה")] // a benefactive: the subject's mother
    [InlineData("मम्मी उसके लिए स्कूल का टिफ़िन पैक करती है, नग्न")]
    [InlineData("ماما تحضر لها علبة الغداء للمدرسة، عارية")]
    public void ParentHeadingThePrompt_DoingItForAnother_IsTheSubjectsParent(string prompt) => ScreeningAssert.BlocksEverywhere(prompt);

    [Theory]
    [InlineData("抱着毛绒兔子看动画片，全裸")] // one thing in a prompt that names nobody, now in every script
    [InlineData("ランドセルを背負って集団登校の列に並んでいる、全裸")]
    [InlineData("תיק בית הספר על הגב, עירומה")]
    public void OneThing_InAPromptNamingNobody_IsYouthInEveryScript(string prompt) => ScreeningAssert.BlocksEverywhere(prompt);

    [Theory]
    [InlineData("收集毛绒玩具和手办的三十岁女人，全裸")] // an adult named
    [InlineData("أم تحضر علبة الغداء في الصباح، عارية")] // a bare mother heading the prompt
    [InlineData("校车女司机，裸体写真")]
    [InlineData("문방구를 운영하는 아주머니, 알몸")]
    public void AdultsOfTheseScripts_NameSomeone(string prompt) => AllowedUnderMature(prompt);

    [Fact]
    public void Benefactives_AreRowsOfTheTable()
    {
        Assert.True(ChildStatements.CountOf(ChildStatementKinds.Benefactive) >= 12);
        Assert.NotEqual(ChildStatementKinds.None, ChildStatements.Table.KindsOf("לה") & ChildStatementKinds.Benefactive);
    }
}
