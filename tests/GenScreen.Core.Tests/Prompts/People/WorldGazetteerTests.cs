using System.Text.Json;
using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Rules;
using GenScreen.Core.Verdicts;
using static GenScreen.Core.Tests.TestScreeners;

namespace GenScreen.Core.Tests.Prompts.People;

/// <summary>
/// The world gazetteer files (tools/name-gazetteer/build-world.mjs): politicians of ~230 countries, NBA/WNBA
/// players and CC-CEDICT's people, with their names in native scripts. Their provenance, their size, and that a
/// native-script name is found inside a prompt: glued to the next word in an unspaced script, or across one space.
/// </summary>
public sealed class WorldGazetteerTests
{
    private static readonly string[] WorldFiles = ["builtin:names/politicians", "builtin:names/basketball", "builtin:names/cedict-people"];

    private static JsonElement File(string name) =>
        JsonDocument.Parse(BuiltInLexicons.Load().Single(s => s.Name == name).Json).RootElement.Clone();

    private static IEnumerable<string> Names(string file) =>
        File(file).GetProperty("exactNames").EnumerateArray().Select(n => n.GetString()!);

    [Fact]
    public void WorldFiles_RecordSourcesLicencesAndFilters()
    {
        foreach (var name in WorldFiles)
        {
            var doc = File(name);

            Assert.NotEmpty(doc.GetProperty("sources").EnumerateArray());
            Assert.All(doc.GetProperty("sources").EnumerateArray(), s => Assert.False(string.IsNullOrWhiteSpace(s.GetProperty("license").GetString()), name));
            Assert.All(doc.GetProperty("sources").EnumerateArray(), s => Assert.True(s.TryGetProperty("commit", out _) || s.TryGetProperty("version", out _), name));
            Assert.False(string.IsNullOrWhiteSpace(doc.GetProperty("filter").GetString()), name);
            Assert.False(doc.TryGetProperty("names", out _), name); // matched as written only: exactNames
        }
    }

    [Fact]
    public void Gazetteers_TogetherHoldAtLeastFortyThousandPeople()
    {
        var politicians = File("builtin:names/politicians").GetProperty("counts");
        var people = politicians.GetProperty("everypolitician").GetProperty("peopleKept").GetInt32()
            + politicians.GetProperty("congress").GetProperty("peopleKept").GetInt32()
            + File("builtin:names/basketball").GetProperty("counts").GetProperty("peopleKept").GetInt32()
            + File("builtin:names/cedict-people").GetProperty("counts").GetProperty("peopleKept").GetInt32()
            + File("builtin:names/footballers").GetProperty("counts").GetProperty("kept").GetInt32()
            + File("builtin:names/gazetteer").GetProperty("counts").GetProperty("names").GetInt32();

        Assert.True(people >= 40_000, $"{people} people");
        Assert.True(LexiconSet.Build(BuiltInLexicons.Load()).ProtectedNameCount >= 70_000);
    }

    [Fact]
    public void WorldFiles_HoldNoFictionalAdultAndNoOneWordLatinName()
    {
        var fictional = File("builtin:names/fictional-adults").GetProperty("fictional").EnumerateArray()
            .Select(f => f.GetProperty("name").GetString()!.ToLowerInvariant()).ToHashSet();
        var names = WorldFiles.SelectMany(Names).ToList();

        Assert.DoesNotContain(names, n => fictional.Contains(n.ToLowerInvariant()));
        Assert.DoesNotContain(names, n => n.All(c => c < 0x250) && !n.Contains(' ', StringComparison.Ordinal));
    }

    [Theory]
    [InlineData('\uAC00', '\uD7AF', "누드")] // Hangul, glued: 손흥민누드-style
    [InlineData('\u4E00', '\u9FFF', "裸体")] // Han, glued
    [InlineData('\u0400', '\u04FF', " голый")] // Cyrillic, a word after
    [InlineData('\u0900', '\u097F', " nude")] // Devanagari
    [InlineData('\u0E00', '\u0E7F', "เปลือย")] // Thai, glued
    public void Screen_NativeScriptNameWithNudity_BlocksAndAloneAllows(char low, char high, string nudity)
    {
        // The first few names of the data in that script: the test follows the data, it does not list names.
        var names = WorldFiles.SelectMany(Names).Where(n => n.Any(c => c >= low && c <= high)).Take(5).ToList();
        Assert.NotEmpty(names);

        foreach (var name in names)
        {
            var sexual = Screen(name + nudity);
            Assert.True(sexual.Decision == Decision.Block, $"{name}{nudity}: {sexual.Decision}");
            Assert.Contains(sexual.Reasons, r => r.Code == ReasonCodes.TermRealPerson && r.Term == name);
            Assert.Equal(Decision.Allow, Screen(name).Decision);
        }
    }

    [Theory]
    [InlineData("安倍 晋三 ヌード", "安倍晋三")] // written with a space between family and given name
    [InlineData("ดนัย มีชูเวท nude", "ดนัยมีชูเวท")] // Thai writes a space between given and family name
    public void Screen_UnspacedScriptNameAcrossOneSpace_IsTheName(string prompt, string name)
    {
        var verdict = Screen(prompt);

        Assert.Equal(Decision.Block, verdict.Decision);
        Assert.Contains(verdict.Reasons, r => r.Code == ReasonCodes.TermRealPerson && r.Term == name);
    }

    [Theory]
    [InlineData("미군 철수 반대 시위 사진")]
    [InlineData("미군 안 철수 결정, 뉴스 사진")] // 안 (not) + 철수 (withdrawal): a one-syllable part never starts a name across a space
    [InlineData("nude woman in a rose garden at dawn")]
    [InlineData("she's twenty-five, nude, bedroom")] // pronouns and contractions are no name words
    public void Screen_LookAlikePhrases_AreNoRealPerson(string prompt)
    {
        var verdict = Screen(prompt);

        Assert.DoesNotContain(verdict.Reasons, r => r.Code == ReasonCodes.TermRealPerson);
        Assert.Equal(Decision.Allow, verdict.Decision);
    }
}
