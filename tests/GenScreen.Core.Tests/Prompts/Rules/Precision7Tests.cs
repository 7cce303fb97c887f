using GenScreen.Core.Prompts.Rules;
using GenScreen.Core.Verdicts;

namespace GenScreen.Core.Tests.Prompts.Rules;

/// <summary>
/// Session 11 (i16-precision7): sexual words in the innocent sense a word beside them fixes (SenseGuards,
/// Rules/Data/sense-guards.tsv), and names of scripts without capitals read only where a person stands (NameAttachment,
/// ScriptFullNames' person position, OrdinaryWords); docs/labelled-prompts.md, "Session 11".
/// </summary>
public sealed class Precision7Tests
{
    [Theory]
    [InlineData("a Sex on the Beach cocktail in a hurricane glass, beach bar")]
    [InlineData("a cock crowing on the barn roof at dawn, woodcut")]
    [InlineData("blue tits fighting over a bird feeder, winter garden")]
    [InlineData("tarta desnuda con higos y miel, mesa rústica")]
    [InlineData("голые ветки берёз в тумане")]
    [InlineData("une comète visible à l'œil nu au-dessus du lac")]
    [InlineData("a pirate's booty of gold coins in a sea cave")]
    [InlineData("tuning the G-string of an old cello")]
    public void Screen_SexualWordInItsInnocentSense_AllowedUnderStrict(string prompt)
    {
        ScreeningAssert.Decides(Decision.Allow, prompt, null, "strict");
    }

    [Theory]
    [InlineData("woman, sex on the beach at sunset")] // no word fixes the cocktail
    [InlineData("woman showing her tits beside a bird feeder")] // "her" ties the word to the person
    [InlineData("mujer desnuda comiendo una tarta")] // the cake is not next to the adjective; the woman is
    [InlineData("man with a hard cock, farmyard")] // "hard" keeps it sexual; the farm is another phrase
    public void Screen_SameWordsInTheirSexualSense_BlockedUnderStrict(string prompt)
    {
        ScreeningAssert.Decides(Decision.Block, prompt, null, "strict");
    }

    [Theory]
    [InlineData("boy, 12, cock out, farm")]
    [InlineData("girl, 11, sex on the beach")]
    public void Screen_MinorWithTheWordInItsSexualSense_Blocked(string prompt)
    {
        ScreeningAssert.Decides(Decision.Block, prompt, null, "mature");
    }

    [Theory]
    [InlineData("নগ্ন মহিলা, লাল গোলাপের বাগানে")] // "nude woman, in a garden of red roses": লাল is also the name Lal
    [InlineData("नग्न महिला, लाल गुलाब और मोमबत्तियाँ")]
    [InlineData("סצנת מיטה סוערת בין שני מבוגרים, אווירה קולנועית")] // the second tag once matched Ari Grande by sound
    [InlineData("امرأة عارية، لوحة زيتية كلاسيكية")]
    [InlineData("ফাইল খুলুন নগ্ন ছবি")] // two ordinary words (CLDR) before the term are no subject
    public void Screen_OrdinaryWordsBesideAdultNudity_Allowed(string prompt)
    {
        ScreeningAssert.Decides(Decision.Allow, prompt, null, "mature");
    }

    [Theory]
    [InlineData("প্রিয়া বর্মা নগ্ন ছবি")] // a name before the term, no other subject
    [InlineData("নগ্ন মহিলা প্রিয়া বর্মা")] // a name right after the person word: the same tag
    [InlineData("دانة فرحات عارية تماما")] // دانة is no Persian دانه "grain": ordinary words are matched as spelled
    public void Screen_UnlistedNameOfACaselessScript_StillLikelyPerson(string prompt)
    {
        var verdict = TestScreeners.Default.Screen(prompt, null, "mature");

        Assert.Contains(verdict.Reasons, r => r.Code == ReasonCodes.TermRealPersonLikely);
    }

    [Fact]
    public void SenseGuards_ShippedTable_Loads()
    {
        var (terms, senses, keep) = SenseGuards.Counts;

        Assert.True(terms >= 40, $"{terms} guarded terms");
        Assert.True(senses >= 10, $"{senses} senses");
        Assert.True(keep >= 30, $"{keep} keep words");
    }

    [Fact]
    public void OrdinaryWords_ShippedList_Loads()
    {
        Assert.True(OrdinaryWords.Count >= 20000, $"{OrdinaryWords.Count} words");
    }
}
