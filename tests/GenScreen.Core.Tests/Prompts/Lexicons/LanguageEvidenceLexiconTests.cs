using System.Text;
using GenScreen.Core.Policies;
using GenScreen.Core.Prompts;
using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Verdicts;

namespace GenScreen.Core.Tests.Prompts.Lexicons;

/// <summary>
/// The mechanism behind false friends, stop words and clitic prefixes on small lexicons of made-up words, so
/// each rule is tested apart from the shipped data; and the loader's validation of the new fields.
/// </summary>
public sealed class LanguageEvidenceLexiconTests
{
    private const string SourceName = "custom/languages.json";

    private static LexiconSource Source(string json, string name = SourceName) => new(name, Encoding.UTF8.GetBytes(json), IsConfigured: false);

    private static readonly Lazy<PromptScreener> TwoLanguages = new(() => new PromptScreener(
        LexiconSet.Build(
        [
            Source("""
                { "language": "aa", "stopWords": [ "zo", "shared" ],
                  "prompt": [ { "term": "blik", "signal": "minor", "level": 4, "languageOnly": true },
                              { "term": "wumpa", "signal": "sexual", "level": 4 },
                              { "term": "flok", "signal": "benign", "level": 0 } ] }
                """, "aa"),
            Source("""
                { "language": "bb", "stopWords": [ "qi", "shared" ],
                  "prompt": [ { "term": "blik", "signal": "minor", "level": 4, "languageOnly": true },
                              { "term": "nude", "signal": "sexual", "level": 4 } ] }
                """, "bb"),
            Source("""
                { "language": "cc", "stopWords": [ "shared" ], "prefixes": [ "al", "wal" ],
                  "prompt": [ { "term": "tifl", "signal": "minor", "level": 4 } ] }
                """, "cc"),
        ]),
        PolicyCatalog.LoadBuiltIn(),
        "mature"));

    private static int Minors(string prompt) => TwoLanguages.Value.Screen(prompt).SeverityOf(HarmCategory.Minors);

    [Theory]
    [InlineData("blik zo nude")] // a stop word of aa
    [InlineData("blik qi nude")] // a stop word of bb, the other language that shares the false friend
    [InlineData("wumpa blik")] // a term of aa
    [InlineData("blik nude")] // a term of bb
    [InlineData("zo, some words, blik")] // evidence anywhere in the text
    public void Screen_LanguageOnlyTermWithEvidenceOfItsLanguages_Counts(string prompt)
    {
        Assert.Equal(4, Minors(prompt));
    }

    [Theory]
    [InlineData("blik")] // nothing else
    [InlineData("blik shared")] // a stop word of cc too: proves no language that holds the term
    [InlineData("blik blik blik")] // a false friend is not its own evidence
    [InlineData("blik flok")] // benign words are no evidence
    [InlineData("blik z0")] // a disguised form of a stop word is not rewritten into one
    public void Screen_LanguageOnlyTermWithoutEvidence_DoesNotCount(string prompt)
    {
        Assert.Equal(0, Minors(prompt));
    }

    [Theory]
    [InlineData("altifl")]
    [InlineData("waltifl")]
    public void Screen_WordWithCliticPrefix_MatchesTheTermAfterIt(string prompt)
    {
        Assert.Equal(4, Minors(prompt));
    }

    [Theory]
    [InlineData("al")] // the prefix alone
    [InlineData("alt")] // too little left after it
    [InlineData("xaltifl")] // not at the start
    public void Screen_PrefixWithoutATermAfterIt_MatchesNothing(string prompt)
    {
        Assert.Equal(0, Minors(prompt));
    }

    [Theory]
    [InlineData("""{ "stopWords": [ "zo" ] }""")] // stop words need a language
    [InlineData("""{ "prompt": [ { "term": "blik", "signal": "minor", "level": 4, "languageOnly": true } ] }""")] // so do false friends
    [InlineData("""{ "language": "aa", "stopWords": [ "two words" ] }""")] // a stop word is one word
    [InlineData("""{ "language": "aa", "prefixes": [ "\u5B50" ] }""")] // prefixes are for spaced scripts
    [InlineData("""{ "language": "aa", "stopWords": [ null ] }""")]
    [InlineData("""{ "language": "ja", "prompt": [ { "term": "\u5E7C\u5973", "signal": "minor", "level": 4, "languageOnly": true } ] }""")] // the script already decides
    [InlineData("""{ "prompt": [ { "term": "\uD83D\uDC76 baby", "signal": "minor", "level": 4 } ] }""")] // emoji mixed with a word
    [InlineData("""{ "prompt": [ { "term": "\uD83C\uDF46 \uD83D\uDCA6", "signal": "sexual", "level": 6 } ] }""")] // two emoji runs
    public void Build_InvalidLanguageFields_ThrowsNamingSource(string json)
    {
        var ex = Assert.Throws<LexiconFormatException>(() => LexiconSet.Build([Source(json)]));

        Assert.Contains(SourceName, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_LanguageOnlyAndOrdinaryDefinitionOfOneWord_OrdinaryOneWins()
    {
        var screener = new PromptScreener(
            LexiconSet.Build(
            [
                Source("""{ "language": "aa", "prompt": [ { "term": "blik", "signal": "minor", "level": 4, "languageOnly": true } ] }""", "aa"),
                Source("""{ "language": "bb", "prompt": [ { "term": "blik", "signal": "minor", "level": 4 }, { "term": "nude", "signal": "sexual", "level": 4 } ] }""", "bb"),
            ]),
            PolicyCatalog.LoadBuiltIn(),
            "mature");

        Assert.Equal(4, screener.Screen("blik").SeverityOf(HarmCategory.Minors));
    }

    [Fact]
    public void Build_StopWordsAndLanguageOnly_ChangeTheLexiconHash()
    {
        var plain = LexiconSet.Build([Source("""{ "language": "aa", "prompt": [ { "term": "blik", "signal": "minor", "level": 4 } ] }""")]);
        var marked = LexiconSet.Build([Source("""{ "language": "aa", "prompt": [ { "term": "blik", "signal": "minor", "level": 4, "languageOnly": true } ] }""")]);

        Assert.NotEqual(plain.ContentHash, marked.ContentHash);
    }
}
