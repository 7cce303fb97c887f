using System.Text;
using System.Text.Json;
using GenScreen.Core.Policies;
using GenScreen.Core.Prompts;
using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Verdicts;

namespace GenScreen.Core.Tests.Prompts.Lexicons;

/// <summary>The grammar fields of lexicon files (roles, ordinals, school stages, spellings) and the fictional-minors list.</summary>
public sealed class LexiconGrammarTests
{
    private const string SourceName = "custom/grammar.json";

    private static LexiconSource Source(string json) => new(SourceName, Encoding.UTF8.GetBytes(json), IsConfigured: true);

    [Theory]
    [InlineData("""{ "roles": { "pronoun": [ "she" ] } }""")] // unknown role
    [InlineData("""{ "roles": { "person": [ "two words" ] } }""")] // a role word must be one word
    [InlineData("""{ "roles": { "person": [ "" ] } }""")]
    [InlineData("""{ "ordinals": { "fifth": 99 } }""")] // ordinal out of range
    [InlineData("""{ "ordinalSuffixes": [ null ] }""")]
    [InlineData("""{ "schoolStages": [ { "unit": "grade", "before": "cardinal", "firstAge": 6, "count": 12 } ] }""")]
    [InlineData("""{ "schoolStages": [ { "unit": "grade", "firstAge": 6, "count": 12 } ] }""")] // takes no number
    [InlineData("""{ "schoolStages": [ { "unit": "grade", "before": "ordinal", "firstAge": 6, "count": 0 } ] }""")]
    [InlineData("""{ "schoolStages": [ { "unit": "grade", "before": "ordinal", "firstAge": 40, "count": 12 } ] }""")]
    [InlineData("""{ "schoolStages": [ { "unit": "two words", "before": "ordinal", "firstAge": 6, "count": 12 } ] }""")]
    [InlineData("""{ "schoolStages": [ null ] }""")]
    [InlineData("""{ "spellings": { "little": [ "lil wayne" ] } }""")]
    public void Build_InvalidGrammarField_ThrowsLexiconFormatExceptionNamingSource(string json)
    {
        var ex = Assert.Throws<LexiconFormatException>(() => LexiconSet.Build([Source(json)]));

        Assert.Contains(SourceName, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_ConfiguredGrammar_IsReadLikeTheBuiltIns()
    {
        var lexicons = LexiconSet.Build(
        [
            Source("""
                {
                  "prompt": [
                    { "term": "wee lass", "signal": "minor", "level": 4 },
                    { "term": "nakkie", "signal": "sexual", "level": 4 }
                  ],
                  "spellings": { "wee": [ "weee", "smol" ] },
                  "ageUnits": [ "winters" ],
                  "numbers": { "zwelf": 12 },
                  "ordinals": { "fyfth": 5 },
                  "roles": { "person": [ "lass" ], "age-verb": [ "iz" ], "negator": [ "nae" ] },
                  "schoolStages": [ { "unit": "form", "before": "ordinal", "firstAge": 11, "count": 7 } ]
                }
                """),
        ]);
        var screener = new PromptScreener(lexicons, PolicyCatalog.LoadBuiltIn(), "mature");

        Assert.Equal(Decision.Block, screener.Screen("smol lass, nakkie").Decision); // a respelled phrase
        Assert.Equal(Decision.Block, screener.Screen("zwelf winters, nakkie").Decision); // unit and number word
        Assert.Equal(Decision.Block, screener.Screen("lass iz zwelf, nakkie").Decision); // person, verb, number
        Assert.Equal(Decision.Block, screener.Screen("fyfth form, nakkie").Decision); // ordinal and stage
        Assert.Equal(Decision.Allow, screener.Screen("fyfth form, nae nakkie", null, "strict").Decision); // negator
    }

    [Fact]
    public void CharactersMinor_EveryEntryIsAMinorWithFranchiseAndCanon()
    {
        using var stream = typeof(LexiconSet).Assembly.GetManifestResourceStream("GenScreen.Lexicons.characters-minor.json");
        Assert.NotNull(stream);
        using var doc = JsonDocument.Parse(stream);

        Assert.NotEmpty(doc.RootElement.GetProperty("sources").EnumerateArray());
        var entries = doc.RootElement.GetProperty("prompt").EnumerateArray().ToList();
        Assert.True(entries.Count >= 300, $"only {entries.Count} names");
        Assert.All(entries, e =>
        {
            Assert.Equal("minor", e.GetProperty("signal").GetString());
            Assert.True(e.GetProperty("level").GetInt32() is 2 or 4, e.ToString());
            Assert.False(string.IsNullOrWhiteSpace(e.GetProperty("franchise").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(e.GetProperty("canon").GetString()));
        });
    }

    [Theory]
    [InlineData("Kanna Kamui, nude")]
    [InlineData("kanna_kamui_(dragon_maid), lewd")]
    [InlineData("Anya Forger, sexy pose")]
    [InlineData("illyasviel von einzbern, lingerie")]
    [InlineData("\u521D\u97F3\u30DF\u30AF, \u30CC\u30FC\u30C9")] // 初音ミク, ヌード
    public void Screen_FictionalMinorWithSexualContent_BlocksUnderEveryPolicy(string prompt)
    {
        foreach (var policy in ScreeningAssert.Policies)
        {
            var verdict = ScreeningAssert.Decides(Decision.Block, prompt, null, policy);
            Assert.Equal(4, verdict.SeverityOf(HarmCategory.Minors));
        }
    }

    [Fact]
    public void Screen_CharacterWithAdultCanonAndAdultMarker_ReviewInsteadOfBlock()
    {
        ScreeningAssert.Decides(Decision.Block, "hinata hyuga, nude", null, "mature");
        ScreeningAssert.Decides(Decision.Review, "hinata hyuga as an adult woman, 25 years old, nude", null, "mature");
    }

    [Theory]
    [InlineData("Paul Klee style painting, nude woman")]
    [InlineData("snow white hair, nude woman")]
    [InlineData("Kanna Kamui holding a plush, chibi")]
    public void Screen_CharacterLookAlikeOrInnocentUse_IsNotBlocked(string prompt)
    {
        Assert.NotEqual(Decision.Block, ScreeningAssert.Screen(prompt).Decision);
    }
}
