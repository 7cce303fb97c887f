using System.Text;
using GenScreen.Core.Policies;
using GenScreen.Core.Prompts;
using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Rules;
using GenScreen.Core.Verdicts;

namespace GenScreen.Core.Tests.Prompts.Lexicons;

public sealed class LexiconSetTests
{
    private const string SourceName = "custom/my-lexicon.json";

    private static LexiconSource Source(string json, string name = SourceName, bool configured = true) =>
        new(name, Encoding.UTF8.GetBytes(json), configured);

    private static PromptScreener ScreenerOver(params LexiconSource[] sources) =>
        new(LexiconSet.Build(sources), PolicyCatalog.LoadBuiltIn(), "strict");

    [Theory]
    [InlineData("{ \"prompt\": [ ")] // invalid JSON
    [InlineData("null")] // empty document
    [InlineData("""{ "prompt": [ { "term": "foo", "signal": "spicy", "level": 2 } ] }""")] // unknown signal
    [InlineData("""{ "prompt": [ { "term": "foo", "signal": "nudity-intent", "level": 4 } ] }""")] // negative-only signal in prompt
    [InlineData("""{ "prompt": [ { "term": "foo", "signal": "minor-intent", "level": 2 } ] }""")]
    [InlineData("""{ "negative": [ { "term": "foo", "signal": "sexual", "level": 4 } ] }""")] // prompt signal in negative
    [InlineData("""{ "prompt": [ { "term": "foo", "signal": "sexual", "level": 8 } ] }""")] // level above 7
    [InlineData("""{ "prompt": [ { "term": "foo", "signal": "sexual", "level": -1 } ] }""")] // level below 0
    [InlineData("""{ "prompt": [ { "term": "", "signal": "sexual", "level": 2 } ] }""")] // empty term
    [InlineData("""{ "prompt": [ { "term": "!!! ,,,", "signal": "sexual", "level": 2 } ] }""")] // no letters after normalization
    [InlineData("""{ "names": [ "" ] }""")] // empty protected name
    public void Build_InvalidSource_ThrowsLexiconFormatExceptionNamingSource(string json)
    {
        var ex = Assert.Throws<LexiconFormatException>(() => LexiconSet.Build([Source(json)]));

        Assert.Contains(SourceName, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_BadSourceAfterGoodOnes_ThrowsNamingTheBadSource()
    {
        var sources = BuiltInLexicons.Load().Append(Source("""{ "prompt": [ { "term": "x", "signal": "sexual", "level": 9 } ] }"""));

        var ex = Assert.Throws<LexiconFormatException>(() => LexiconSet.Build(sources));

        Assert.Contains(SourceName, ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("builtin:", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_NullEntry_ThrowsLexiconFormatExceptionNamingSource()
    {
        foreach (var json in new[] { """{ "prompt": [ null ] }""", """{ "names": [ null ] }""", """{ "ageUnits": [ null ] }""" })
        {
            var ex = Assert.Throws<LexiconFormatException>(() => LexiconSet.Build([Source(json)]));
            Assert.Contains(SourceName, ex.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Build_SameSources_SameContentHash_DifferentContent_DifferentHash()
    {
        const string json = """{ "prompt": [ { "term": "zorblax", "signal": "sexual", "level": 6 } ] }""";

        var a = LexiconSet.Build([Source(json)]);
        var b = LexiconSet.Build([Source(json)]);
        var c = LexiconSet.Build([Source(json.Replace("6", "4", StringComparison.Ordinal))]);
        var renamed = LexiconSet.Build([Source(json, name: "other.json")]);

        Assert.Equal(a.ContentHash, b.ContentHash);
        Assert.NotEqual(a.ContentHash, c.ContentHash);
        Assert.NotEqual(a.ContentHash, renamed.ContentHash);
        Assert.Matches("^[0-9a-f]{64}$", a.ContentHash);
    }

    [Fact]
    public void BuiltInLexicons_Load_EnglishFirstThenAllLanguagesAndNames()
    {
        var names = BuiltInLexicons.Load().Select(s => s.Name).ToList();

        Assert.Equal("builtin:en", names[0]);
        foreach (var language in new[] { "es", "de", "fr", "pt", "it", "ru", "ja", "zh", "ko" })
        {
            Assert.Contains($"builtin:{language}", names);
        }

        Assert.Contains(names, n => n.Contains("public-figures", StringComparison.Ordinal));
        Assert.Equal(names.Count, names.Distinct().Count());
    }

    [Fact]
    public void Build_ConfiguredSourceWithSameTerm_OverridesEarlierBuiltIn()
    {
        var builtIn = Source("""{ "prompt": [ { "term": "zorblax", "signal": "sexual", "level": 2 } ] }""", "builtin:test", configured: false);
        var configured = Source("""{ "prompt": [ { "term": "Zorblax", "signal": "sexual", "level": 6 } ] }""");

        var verdict = ScreenerOver(builtIn, configured).Screen("a zorblax");

        Assert.Equal(6, verdict.SeverityOf(HarmCategory.Sexual));
        Assert.Equal(Decision.Block, verdict.Decision);
    }

    [Fact]
    public void Build_TwoBuiltInSourcesWithSameTerm_FirstOneWins()
    {
        var first = Source("""{ "prompt": [ { "term": "zorblax", "signal": "sexual", "level": 2 } ] }""", "builtin:a", configured: false);
        var second = Source("""{ "prompt": [ { "term": "zorblax", "signal": "sexual", "level": 6 } ] }""", "builtin:b", configured: false);

        var verdict = ScreenerOver(first, second).Screen("a zorblax");

        Assert.Equal(2, verdict.SeverityOf(HarmCategory.Sexual));
    }

    [Fact]
    public void Build_NamesAgeUnitsAndNumbers_AreUsedByScreener()
    {
        var lexicon = Source("""
            {
              // comments and trailing commas are allowed
              "prompt": [ { "term": "zorblax", "signal": "sexual", "level": 4 }, ],
              "names": [ "Quinn Example" ],
              "ageUnits": [ "zyklen" ],
              "numbers": { "zwolf": 12 },
            }
            """);
        var screener = ScreenerOver(lexicon);

        var person = screener.Screen("Quinn Example, zorblax", null, "mature");
        var age = screener.Screen("zwolf zyklen, zorblax", null, "mature");

        Assert.Contains(person.Reasons, r => r.Code == ReasonCodes.RealPersonSexual);
        Assert.Equal(4, age.SeverityOf(HarmCategory.Minors));
        Assert.Equal(Decision.Block, age.Decision);
    }
}
