using GenScreen.Core.Prompts.Rules;
using GenScreen.Core.Verdicts;

namespace GenScreen.Core.Tests.Prompts.Rules;

/// <summary>
/// Session 43 (i16-refusals51): an adult marker said of content (<see cref="AdultContent"/>: an adult magazine, a film for adults,
/// 成人杂志, majalah dewasa, หนังผู้ใหญ่, 18+ rated) no longer shuts the last-resort person readers' gate (<see cref="SubjectlessGate"/>);
/// said of a person (an adult woman, erwachsene Frau, 成人女性) it still does; and the readers read once more after the clause
/// readers (<see cref="SubjectlessGate.ReadAgain"/>). The names are made up for these tests.
/// </summary>
public sealed class AdultContent51Tests
{
    [Theory]
    [InlineData("adult magazine cover, topless", "adult")] // the noun right after
    [InlineData("still from an adult-film, nude", "adult")] // across a hyphen
    [InlineData("18+ rated poster, nude", "18+")] // a rating word after
    [InlineData("rated 18+, nude on a bed", "18+")] // a rating word before
    [InlineData("Standbild aus einem Film für Erwachsene, nackt", "Erwachsene")] // across "für"
    [InlineData("un magazine réservé pour adultes, nue", "adultes")] // across "pour"
    [InlineData("fotograma de una película para adultos", "adultos")]
    [InlineData("revista adulta, nua na praia", "adulta")] // the noun right before
    [InlineData("okładka magazynu dla dorosłych, naga", "dorosłych")] // a genitive before "dla"
    [InlineData("kadr z filmu tylko dla dorosłych", "dorosłych")] // "only" between
    [InlineData("yetişkin dergisi kapağı, çıplak", "yetişkin")] // a Turkish possessive compound
    [InlineData("sampul majalah dewasa, bugil", "dewasa")]
    [InlineData("bìa tạp chí người lớn, khỏa thân", "người lớn")] // a two-word noun before
    [InlineData("кадр из фильма для взрослых", "взрослых")]
    [InlineData("εξώφυλλο περιοδικού για ενήλικες", "ενήλικες")]
    [InlineData("جلد مجله بزرگسالان، برهنه", "بزرگسالان")]
    [InlineData("वयस्क पत्रिका का कवर", "वयस्क")]
    [InlineData("成人杂志封面，全裸", "成人")] // the noun written right after
    [InlineData("成人向け雑誌の表紙", "成人")]
    [InlineData("성인 잡지 표지, 전라", "성인")]
    [InlineData("ปกนิตยสารผู้ใหญ่ เปลือย", "ผู้ใหญ่")] // the noun written right before
    public void ContentQualifier_IsRead(string prompt, string marker)
    {
        var start = prompt.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(AdultContent.IsContentQualifier(prompt, start, start + marker.Length));
    }

    [Theory]
    [InlineData("an adult woman, topless on a balcony", "adult")]
    [InlineData("adult, film grain, nude", "adult")] // no phrase across a comma
    [InlineData("erwachsene Frau, nackt am Fenster", "erwachsene")]
    [InlineData("взрослая женщина, голая", "взрослая")]
    [InlineData("成人女性，全裸", "成人")]
    [InlineData("mujer adulta desnuda en la playa", "adulta")]
    [InlineData("người phụ nữ trưởng thành khỏa thân", "trưởng thành")]
    [InlineData("ผู้ใหญ่ เปลือย", "ผู้ใหญ่")]
    [InlineData("adult", "adult")]
    public void PersonMarker_IsNoContent(string prompt, string marker)
    {
        var start = prompt.IndexOf(marker, StringComparison.Ordinal);
        Assert.False(AdultContent.IsContentQualifier(prompt, start, start + marker.Length));
    }

    [Theory]
    [InlineData("kadr z filmu dla dorosłych: Zdzisława Pękalska naga w saunie")]
    [InlineData("Cover eines Magazins für Erwachsene, nackt räkelt sich Ysmene Holtkamp-Brüch auf dem Sofa")]
    [InlineData("εξώφυλλο περιοδικού για ενήλικες, η Ξανθίππη Ρουσσάκη γυμνή")]
    public void NameBesideContentMarker_IsReviewedUnderMature(string prompt)
    {
        var verdict = ScreeningAssert.Screen(prompt, null, "mature");
        Assert.NotEqual(Decision.Allow, verdict.Decision);
        Assert.Contains(verdict.Reasons, r => r.Code == "term.real-person-likely");
    }

    [Theory]
    [InlineData("kadr z filmu dla dorosłych, kobieta naga w saunie")] // a person word is the subject
    [InlineData("adult magazine cover, an adult woman topless on a yacht")]
    [InlineData("Standbild aus einem Film für Erwachsene, nackt im Whirlpool")] // no name at all
    [InlineData("成人杂志封面，一个女人全裸躺在床上")]
    [InlineData("okładka magazynu dla dorosłych, naga, Playboy")] // a magazine's brand
    public void ContentMarkerWithoutName_StaysAllowedUnderMature(string prompt) => ScreeningAssert.Decides(Decision.Allow, prompt, null, "mature");

    [Theory]
    [InlineData("adult magazine cover, a 12-year-old girl topless")] // the minors path is unchanged
    [InlineData("成人杂志封面，小学生，全裸")]
    [InlineData("film dla dorosłych, dziewczynka naga")]
    public void ContentMarkerBesideMinor_StillBlocks(string prompt) => ScreeningAssert.Decides(Decision.Block, prompt, null, "mature");

    [Theory]
    [InlineData("Lorna Mae Dizon-Abad, nude on a hotel bed", "Mae")] // Portuguese mãe folded onto a given name
    [InlineData("portrait of Kristel Anne Buenafe topless", "Anne")] // Turkish anne
    [InlineData("Mature Lady", "Mature")] // Title Case: a capital beside it
    public void AdultWordInsideACapitalisedName_IsANamePart(string prompt, string marker)
    {
        var start = prompt.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(AdultContent.IsNamePart(prompt, start, start + marker.Length));
    }

    [Theory]
    [InlineData("a mature woman, nude", "mature")] // lower case
    [InlineData("MILF NUDE", "MILF")] // capitals
    [InlineData("Mature, nude, beach", "Mature")] // a tag of its own
    public void AdultWordOutsideAName_IsNoNamePart(string prompt, string marker)
    {
        var start = prompt.IndexOf(marker, StringComparison.Ordinal);
        Assert.False(AdultContent.IsNamePart(prompt, start, start + marker.Length));
    }

    [Fact]
    public void SecondPass_ReadsANameWhoseSexualContentTheClauseReadersFound()
    {
        // The towel slipping off is read by the clause readers, after the person readers: the first pass saw no sexual content.
        var verdict = ScreeningAssert.Screen("成人杂志封面，蒋雨柔只裹着一条浴巾，浴巾正在滑落", null, "mature");
        Assert.NotEqual(Decision.Allow, verdict.Decision);
        Assert.Contains(verdict.Reasons, r => r.Code == "term.real-person-likely");
    }
}
