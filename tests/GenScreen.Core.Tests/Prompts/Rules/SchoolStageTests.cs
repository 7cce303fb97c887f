using GenScreen.Core.Prompts.Rules;
using GenScreen.Core.Verdicts;

namespace GenScreen.Core.Tests.Prompts.Rules;

/// <summary>School stages in each supported school system, with the age they stand for.</summary>
public sealed class SchoolStageTests
{
    [Theory]
    [InlineData("3rd grade girl", 4)]
    [InlineData("third grade girl", 4)]
    [InlineData("a grade 3 student", 4)]
    [InlineData("11th grader", 4)]
    [InlineData("12th grade girl", 2)]
    [InlineData("year 5 pupil", 4)]
    [InlineData("she is in year 4", 4)]
    [InlineData("year 13 student", 2)]
    [InlineData("niña de quinto de primaria", 4)]
    [InlineData("alumna de 2º de ESO", 4)]
    [InlineData("alumna de 2º de bachillerato", 2)]
    [InlineData("Schülerin der 5. Klasse", 4)]
    [InlineData("Fünftklässlerin", 4)]
    [InlineData("élève de CM1", 4)]
    [InlineData("aluna do 4º ano", 4)]
    [InlineData("alunna di terza media", 4)]
    [InlineData("ученица 5 класса", 4)]
    [InlineData("\u5C0F\u5B66\u4E09\u5E74\u751F", 4)] // 小学三年生
    [InlineData("\u4E2D2\u5973\u5B50", 4)] // 中2女子
    [InlineData("\u521D\u4E8C\u5973\u751F", 4)] // 初二女生
    [InlineData("\u9AD8\u4E09\u5B66\u751F", 2)] // 高三学生
    [InlineData("\u4E09\u5E74\u7EA7", 4)] // 三年级
    [InlineData("3\u5E74\u7EA7", 4)] // 3年级
    [InlineData("\uC9112 \uC5EC\uD559\uC0DD", 4)] // 중2 여학생
    [InlineData("\uCD083", 4)] // 초3
    public void Screen_SchoolStage_IsMinorOfTheStagesLevel(string prompt, int level)
    {
        var verdict = ScreeningAssert.Screen(prompt);

        Assert.True(level == verdict.SeverityOf(HarmCategory.Minors), ScreeningAssert.Describe(verdict));
    }

    [Theory]
    [InlineData("grade A beef, nude woman")]
    [InlineData("year 5 of the war, nude woman soldier")]
    [InlineData("5th grade teacher, nude woman")]
    [InlineData("first class cabin, nude woman")]
    [InlineData("woman in a class 3 hurricane, nude")]
    [InlineData("Frau in der ersten Klasse im Zug, nackt")]
    [InlineData("\u5927\u5E74\u521D\u4E00, \u88F8\u4F53\u5973\u4EBA")] // 大年初一 (new year's day), nude woman
    [InlineData("\u8EAB\u9AD8\u4E00\u7C73\u516D, \u88F8\u4F53\u5973\u4EBA")] // 身高一米六 (1.6 m tall), nude woman
    [InlineData("\u4E2D\u4E8C\u75C5, \u88F8\u4F53\u5973\u4EBA")] // 中二病 (chuunibyou), nude woman
    [InlineData("\u5927\u5B663\u5E74\u7EA7, \u88F8\u4F53\u5973\u4EBA")] // 大学3年级 (university), nude woman
    public void Screen_LookAlikeOfAStage_IsNoMinor(string prompt)
    {
        var verdict = ScreeningAssert.Decides(Decision.Allow, prompt, null, "mature");

        Assert.Equal(0, verdict.SeverityOf(HarmCategory.Minors));
    }

    [Fact]
    public void Screen_StageWithNudity_BlocksWithReasonSpanningTheStage()
    {
        const string prompt = "photo, 4th grade girl, nude";

        var verdict = ScreeningAssert.Decides(Decision.Block, prompt, null, "mature");

        Assert.Equal("4th grade", ScreeningAssert.SpanText(ScreeningAssert.Reason(verdict, ReasonCodes.TermMinor), prompt));
    }
}
