using System.Text;
using GenScreen.Core.Policies;
using GenScreen.Core.Prompts;
using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Verdicts;

namespace GenScreen.Core.Tests.Prompts.Rules;

/// <summary>
/// The language mechanisms (26 lexicons, false friends, clitic prefixes, stop words, emoji) and the age and
/// word-role grammar in one index: neither may undo the other.
/// </summary>
public sealed class LanguagesWithAgeGrammarTests
{
    private const string SourceName = "custom/merged.json";

    private static LexiconSource Source(string json) => new(SourceName, Encoding.UTF8.GetBytes(json), IsConfigured: false);

    private static int Minors(string prompt) => TestScreeners.Default.Screen(prompt, null, "mature").SeverityOf(HarmCategory.Minors);

    [Theory]
    [InlineData("naakt, van 13 jaar")] // Dutch "van" (of) is no vehicle whose age it is
    [InlineData("naakt en 12 jaar")] // Dutch "en" (and) is no "in 12 years"
    [InlineData("naken, en 12 år gammal")] // Swedish "en" (a)
    [InlineData("em 12 tuổi khỏa thân")] // Vietnamese "em" (the younger one) is no Portuguese "in"
    [InlineData("12 yaşında meme")] // Turkish "meme" is no internet meme whose age it is
    public void Screen_FunctionWordOfANewLanguageBesideAnAge_AgeStillCounts(string prompt)
    {
        Assert.Equal(4, Minors(prompt));
    }

    [Fact]
    public void Screen_SwedishPossessiveBeforeNudity_IsNoSpanishNegation()
    {
        // "sin" is Spanish "without" but Swedish "her": the woman shows her naked body.
        var verdict = TestScreeners.Default.Screen("kvinnan visar sin nakna kropp", null, "strict");

        Assert.Equal(4, verdict.SeverityOf(HarmCategory.Sexual));
        Assert.Equal(Decision.Block, verdict.Decision);
    }

    [Theory]
    [InlineData("menina do 4º ano, nua")] // "4o" must not be un-leeted into Vietnamese "ao" (shirt)
    [InlineData("aluna do 5º ano, pelada")]
    public void Screen_OrdinalDigitsThatLookLikeLeetForALexiconWord_StayASchoolStage(string prompt)
    {
        ScreeningAssert.Decides(Decision.Block, prompt, null, "mature");
    }

    [Fact]
    public void Screen_LeetspeakStillUndone_WhenTheLettersAreNoOrdinalSuffix()
    {
        Assert.Equal(4, TestScreeners.Default.Screen("n4k3d woman", null, "mature").SeverityOf(HarmCategory.Sexual));
    }

    [Theory]
    [InlineData("nackte Frau mit mankind Schriftzug")] // German evidence, but "kind" inside "mankind" is no child
    [InlineData("nackte Frau, womankind Poster, mit Hut")]
    public void Screen_FalseFriendInsideAJoinedWord_IsNoYouthWord(string prompt)
    {
        Assert.Equal(0, Minors(prompt));
        ScreeningAssert.Decides(Decision.Allow, prompt, null, "mature");
    }

    [Fact]
    public void Screen_FalseFriendBeforeALoneNumber_IsNoPersonWhoseAgeItIs()
    {
        // English "barn" (Swedish "child") is no person, so "12" alone in the next tag is no one's age.
        Assert.Equal(0, Minors("photo of a barn, 12, nude model"));
    }

    [Fact]
    public void Screen_FalseFriendWithItsLanguageShown_StillCounts()
    {
        ScreeningAssert.Decides(Decision.Block, "nakna barn på stranden", null, "mature");
    }

    [Theory]
    [InlineData("ariya", 4)]
    [InlineData("biariya", 4)] // the nudity term behind a clitic prefix
    [InlineData("la ariya", 0)] // negated
    [InlineData("la biariya", 0)] // a prefixed term, negated
    [InlineData("wala ariya", 0)] // the negator itself carries a prefix ("and not")
    [InlineData("wala biariya", 0)]
    [InlineData("la, ariya", 4)] // the next tag is not negated
    [InlineData("walx ariya", 4)] // no negator after the prefix
    public void Screen_NegationAndCliticPrefixes_Combine(string prompt, int sexual)
    {
        var screener = new PromptScreener(
            LexiconSet.Build(
            [
                Source("""
                    { "language": "dd", "prefixes": [ "wa", "bi" ],
                      "prompt": [ { "term": "ariya", "signal": "sexual", "level": 4 } ],
                      "roles": { "negator": [ "la" ] } }
                    """),
            ]),
            PolicyCatalog.LoadBuiltIn(),
            "strict");

        Assert.Equal(sexual, screener.Screen(prompt).SeverityOf(HarmCategory.Sexual));
    }

    [Theory]
    [InlineData("""{ "roles": { "person": [ "👧" ] } }""")]
    [InlineData("""{ "ordinals": { "🥇": 1 } }""")]
    [InlineData("""{ "ordinalSuffixes": [ "🎂" ] }""")]
    [InlineData("""{ "ageUnits": [ "🎂" ] }""")]
    [InlineData("""{ "spellings": { "young": [ "👶" ] } }""")]
    [InlineData("""{ "language": "aa", "stopWords": [ "🙂" ] }""")]
    public void Build_EmojiInAOneWordField_ThrowsNamingSource(string json)
    {
        var ex = Assert.Throws<LexiconFormatException>(() => LexiconSet.Build([Source(json)]));

        Assert.Contains(SourceName, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_StopWordThatIsAlsoARoleWord_KeepsBoth()
    {
        // "she"/"sie" are stop words (language evidence) and persons (age grammar); "is"/"ist" stop words and age verbs.
        ScreeningAssert.Decides(Decision.Block, "nude, she is 12", null, "mature");
        ScreeningAssert.Decides(Decision.Block, "nackt, sie ist 12", null, "mature");
    }
}
