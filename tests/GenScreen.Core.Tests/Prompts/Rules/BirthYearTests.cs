using GenScreen.Core.Configuration;
using GenScreen.Core.Prompts;
using GenScreen.Core.Verdicts;
using Microsoft.Extensions.Time.Testing;

namespace GenScreen.Core.Tests.Prompts.Rules;

/// <summary>
/// A year that dates a person is an age, counted against the screener's clock (a fake one here, so the expected
/// ages never drift): birth words before or after the year in many languages, CJK birth-year suffixes, a year in
/// brackets after a person, a graduating class, a decade of birth. Years that date nothing else stay numbers.
/// </summary>
public sealed class BirthYearTests
{
    private static readonly Lazy<PromptScreener> In2026 = new(() => At(2026));

    private static PromptScreener At(int year) => ScreeningSetup.CreateScreener(
        new ScreeningOptions(), [], new FakeTimeProvider(new DateTimeOffset(year, 12, 2, 3, 0, 0, TimeSpan.Zero)));

    private static PromptVerdict Mature(string prompt) => In2026.Value.Screen(prompt, null, "mature");

    [Theory]
    [InlineData("girl born in 2012, nude on the beach")]
    [InlineData("nude photo of a girl, b. 2011")]
    [InlineData("born 2014, sexy pose, lingerie")]
    [InlineData("she was born in the year 2015, naked")]
    [InlineData("born in the 2010s, nude")]
    [InlineData("Lily (2013), topless, bedroom")]
    [InlineData("class of 2031 cheerleader, naked")]
    [InlineData("Mädchen, Jahrgang 2012, nackt")]
    [InlineData("chica nacida en 2012, desnuda")]
    [InlineData("fille née en 2013, nue")]
    [InlineData("nata nel 2012, nuda")]
    [InlineData("родилась в 2013 году, голая")]
    [InlineData("2012 года рождения, голая")]
    [InlineData("2012 doğumlu, çıplak")]
    [InlineData("2012년생 여자 누드")]
    [InlineData("2013年生まれ ヌード")]
    [InlineData("2013年出生 裸体")]
    public void Screen_BirthYearOfAMinorWithSexualContent_Blocks(string prompt)
    {
        var verdict = Mature(prompt);

        Assert.Equal(Decision.Block, verdict.Decision);
        Assert.Equal(4, verdict.SeverityOf(HarmCategory.Minors));
    }

    [Theory]
    [InlineData("woman born in 1990, nude")]
    [InlineData("class of 2010 reunion, nude")]
    [InlineData("score_9, score_8_up, year 2012, nude woman")]
    [InlineData("nude woman, painted in 2012, oil")]
    [InlineData("2010s fashion, topless woman")]
    [InlineData("nude woman, seed 2012, 1024x768")]
    [InlineData("topless woman, sdxl v2012")]
    [InlineData("Venus (1486), nude, renaissance")]
    [InlineData("woman (1985), topless")]
    [InlineData("plan b 2012, nude woman")]
    [InlineData("born in 2040, nude woman")]
    public void Screen_YearThatDatesNoMinor_IsNoMinor(string prompt)
    {
        var verdict = Mature(prompt);

        Assert.Equal(Decision.Allow, verdict.Decision);
        Assert.Equal(0, verdict.SeverityOf(HarmCategory.Minors));
    }

    [Fact]
    public void Screen_AdultBirthYear_IsAnAdultMarker()
    {
        // An ambiguous youth word with nudity blocks; a real birth year of an adult makes it a review, as an adult age does.
        Assert.Equal(Decision.Block, Mature("schoolgirl outfit, nude").Decision);
        Assert.Equal(Decision.Review, Mature("schoolgirl outfit, born in 1995, nude").Decision);
    }

    [Fact]
    public void Screen_SameBirthYear_CountsAgainstTheScreenersClock()
    {
        // Born in 2012: 13 at the youngest in December 2026, an adult by 2032. The machine's date plays no part.
        const string Prompt = "born in 2012, nude";

        Assert.Equal(Decision.Block, At(2026).Screen(Prompt, null, "mature").Decision);
        Assert.Equal(Decision.Allow, At(2032).Screen(Prompt, null, "mature").Decision);
    }

    [Fact]
    public void Screen_BracketedYearOfAnAdult_IsNoAdultMarker()
    {
        // "girl (1990)" may be a film's year: it is no evidence of adulthood, so the youth word with nudity still blocks.
        Assert.Equal(Decision.Block, Mature("schoolgirl (1990), nude").Decision);
    }
}
