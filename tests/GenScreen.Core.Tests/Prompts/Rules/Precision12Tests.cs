using GenScreen.Core.Prompts.Rules;
using GenScreen.Core.Verdicts;
using static GenScreen.Core.Tests.TestScreeners;

namespace GenScreen.Core.Tests.Prompts.Rules;

/// <summary>
/// Names and terms that are ordinary words of the prompt's language (session 18, i16-precision12), one theory per
/// mechanism, each with its twin that must still count: a bare word for an accented hate or sexual term in a prompt of
/// another language (AccentFolds, LanguageEvidence), an English number word in a prompt of another language
/// (AgeDetector), a loose sound match after the prompt has named its subject (OtherScriptNames), a lower-case pair inside
/// a tag of a non-English prompt (PersonDetector), and words of legend and folk tale (FictionalNames).
/// </summary>
public sealed class Precision12Tests
{
    [Theory]
    [InlineData("Um menino pede ao pai um sorvete de morango na praia")] // Portuguese "asks", no French pédé
    [InlineData("seseorang yang belajar mengeja kata demi kata di buku bacaan, gambar kartun")] // Indonesian "word", no Swedish kåta
    [InlineData("(bata:1.2), sampung taong gulang, kulot na buhok, asul na t-shirt")] // Tagalog "curly", no Turkish külot
    [InlineData("dva dospělí muži, všichni nazí na nudistické pláži, explicitní")] // Czech "naked", no nazi
    public void Screen_WordOfThePromptsLanguage_NoForeignTerm(string prompt)
    {
        var verdict = Screen(prompt);

        Assert.Equal(Decision.Allow, verdict.Decision);
        Assert.DoesNotContain(verdict.Reasons, r => r.Code is ReasonCodes.TermHate);
        Assert.DoesNotContain(verdict.Reasons, r => r.Code == ReasonCodes.TermSexual && r.Term == "kåta");
    }

    [Theory]
    [InlineData("sale pédé, caricature haineuse")] // the term as written
    [InlineData("il traite son voisin de sale pede, caricature haineuse")] // typed without accents, one Italian word is no language
    [InlineData("nazi flag propaganda poster")]
    public void Screen_TermInItsOwnLanguage_StillHate(string prompt)
    {
        var verdict = Screen(prompt);

        Assert.NotEqual(Decision.Allow, verdict.Decision);
        Assert.Contains(verdict.Reasons, r => r.Code == ReasonCodes.TermHate);
    }

    [Fact]
    public void Screen_FrenchOven_NoChildAge()
    {
        var verdict = Screen("un boulanger devant son four BREAK se fait baiser en levrette");

        Assert.Equal(Decision.Allow, verdict.Decision);
        Assert.DoesNotContain(verdict.Reasons, r => r.Code == ReasonCodes.TermMinor);
    }

    [Theory]
    [InlineData("a girl aged four, nude")]
    [InlineData("a little boy, four, naked")]
    [InlineData("дев'ять, гола")] // a number word of the prompt's own neighbour language stays an age
    public void Screen_NumberWordInItsLanguage_StillBlocked(string prompt)
    {
        Assert.Equal(Decision.Block, Screen(prompt).Decision);
    }

    [Theory]
    [InlineData("중년 남성 교수가 강의 중, 알몸으로 서 있다, 야한 사진")] // 강의 "lecture" keyed as Gong Yoo
    [InlineData("νεαρή γυναίκα κάνει ορειβασία στον Όλυμπο, γυμνά οπίσθια, πορνό")] // "goes climbing" keyed as Keanu Reeves
    public void Screen_LooseSoundMatchAfterTheSubject_NoRealPerson(string prompt)
    {
        var verdict = Screen(prompt);

        Assert.NotEqual(Decision.Block, verdict.Decision);
        Assert.DoesNotContain(verdict.Reasons, r => r.Code == ReasonCodes.TermRealPerson);
    }

    [Theory]
    [InlineData("Тейлор Свифт голая на пляже")]
    [InlineData("женщина похожая на Тейлор Свифт, голая")] // after a person word, but capitalised: still the name
    [InlineData("여자 테일러 스위프트 알몸 사진")] // after a person word, spelled closely
    public void Screen_NameWrittenAsAName_StillRealPerson(string prompt)
    {
        var verdict = Screen(prompt);

        Assert.Equal(Decision.Block, verdict.Decision);
        Assert.Contains(verdict.Reasons, r => r.Code == ReasonCodes.TermRealPerson);
    }

    [Theory]
    [InlineData("Frau mit roten Haaren kniet auf allen vieren im Heu, oben ohne, sinnliches Foto")]
    [InlineData("een vrouw leest in een café, tepels zichtbaar door een nat doorschijnend shirt, erotisch")]
    public void Screen_LowerCasePairInsideATag_NoLikelyPerson(string prompt)
    {
        var verdict = Screen(prompt);

        Assert.Equal(Decision.Allow, verdict.Decision);
        Assert.DoesNotContain(verdict.Reasons, r => r.Code == ReasonCodes.TermRealPersonLikely);
    }

    [Theory]
    [InlineData("miriam koller nackt im bett")] // opens its tag: the subject
    [InlineData("lucia ferrante nuda")]
    public void Screen_LowerCaseNameOpeningTheTag_StillLikely(string prompt)
    {
        var verdict = Screen(prompt);

        Assert.Equal(Decision.Review, verdict.Decision);
        Assert.Contains(verdict.Reasons, r => r.Code == ReasonCodes.TermRealPersonLikely);
    }

    [Theory]
    [InlineData("Maria Makiling, diwata ng bundok, hubad sa talon")]
    [InlineData("לילית מהאגדות, עירומה במדבר, איור פנטזיה")]
    public void Screen_FigureOfLegend_NoLikelyPerson(string prompt)
    {
        var verdict = Screen(prompt);

        Assert.Equal(Decision.Allow, verdict.Decision);
        Assert.DoesNotContain(verdict.Reasons, r => r.Code == ReasonCodes.TermRealPersonLikely);
    }

    [Fact]
    public void Screen_SameNameWithoutLegend_StillLikely()
    {
        Assert.Equal(Decision.Review, Screen("Maria Makiling hubad sa talon").Decision);
    }
}
