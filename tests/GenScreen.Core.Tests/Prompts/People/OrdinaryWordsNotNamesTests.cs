using GenScreen.Core.Prompts.Rules;
using GenScreen.Core.Verdicts;

namespace GenScreen.Core.Tests.Prompts.People;

/// <summary>
/// Ordinary words read as listed or likely names (held-out batch 16, session 12, i16-precision8): Cyrillic number
/// words, verbs and photo words read by sound (Sergio Berti, Ringo Starr), an Indonesian word that is a listed name
/// written as one word (matahari, Mata Hari), Han quality tags read as a Japanese name (高品質) and German particles
/// before a capitalised noun (nur Schultern). The names themselves still match.
/// </summary>
public sealed class OrdinaryWordsNotNamesTests
{
    [Theory]
    [InlineData("постельная сцена, мужчина и женщина лет сорока проводят ночь вместе, утренний свет сквозь шторы, эротическое фото")]
    [InlineData("ліжкова сцена, подружжя років тридцяти п'яти після пристрасної ночі, ранкове світло, еротичне фото")]
    [InlineData("сорокалетняя женщина обнажённая, мягкий свет")] // an age compound
    [InlineData("обнажённые супруги пятидесяти двух лет обнимаются в постели")] // a number in the genitive, a reflexive verb
    [InlineData("гола жена на тридесет и пет години, еротична снимка")]
    [InlineData("нага жена од четрдесет шест година, еротска фотографија")]
    public void Screen_CyrillicOrdinaryWords_NoNameBySound(string prompt)
    {
        var verdict = TestScreeners.Default.Screen(prompt, null, "mature");

        Assert.DoesNotContain(verdict.Reasons, r => r.Code == ReasonCodes.TermRealPerson);
        Assert.Equal(Decision.Allow, verdict.Decision);
    }

    [Theory]
    [InlineData("Скарлетт Йоханссон голая")]
    [InlineData("Ринго Старр голый")]
    public void Screen_CyrillicNames_StillMatched(string prompt)
    {
        var verdict = TestScreeners.Default.Screen(prompt, null, "mature");

        Assert.Equal(Decision.Block, verdict.Decision);
        Assert.Contains(verdict.Reasons, r => r.Code == ReasonCodes.TermRealPerson);
    }

    [Theory]
    [InlineData("wanita telanjang di pantai saat matahari terbenam")]
    [InlineData("ティファ・ロックハート、ヌード、ベッド、高品質、nsfw")]
    [InlineData("裸の女性、ベッド、最高品質、傑作")]
    [InlineData("Bettszene: Mann und Frau um die 35 schlafen miteinander, nur Schultern und Hände sichtbar, leidenschaftlich")]
    public void Screen_OrdinaryWordsBesideNudity_AdultAllowedUnderMature(string prompt)
    {
        var verdict = TestScreeners.Default.Screen(prompt, null, "mature");

        Assert.Equal(Decision.Allow, verdict.Decision);
    }

    [Theory]
    [InlineData("Mata Hari nude, photorealistic")]
    public void Screen_JoinedNameWithItsSpace_StillMatched(string prompt)
    {
        var verdict = TestScreeners.Default.Screen(prompt, null, "mature");

        Assert.Equal(Decision.Block, verdict.Decision);
        Assert.Contains(verdict.Reasons, r => r.Code == ReasonCodes.TermRealPerson);
    }

    [Theory]
    [InlineData("pica-pau-de-banda-branca bicando um tronco, fotografia de natureza, mata atlântica", Decision.Allow)] // woodpecker, no Czech píča
    [InlineData("pica-pau-anão-barrado num galho", Decision.Allow)]
    [InlineData("detailní fotka, píča, erotika", Decision.Block)] // the Czech word still blocks under strict
    public void Screen_PortugueseWoodpeckerAndCzechWord_Strict(string prompt, Decision expected)
    {
        var verdict = TestScreeners.Default.Screen(prompt, null, "strict");

        Assert.Equal(expected, verdict.Decision);
    }
}
