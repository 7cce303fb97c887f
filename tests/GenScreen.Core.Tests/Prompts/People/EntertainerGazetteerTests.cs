using System.Text.Json;
using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Rules;
using GenScreen.Core.Verdicts;
using static GenScreen.Core.Tests.TestScreeners;

namespace GenScreen.Core.Tests.Prompts.People;

/// <summary>
/// The entertainer files (tools/name-gazetteer/build-entertainers.mjs: K-pop idols from kpopnet.json, celebrities from
/// dariusk/corpora) and the hand-written leaders of 2015 on: their provenance, that a stage name counts only beside its
/// group, and that their names in kanji and hanzi are found glued to the next word.
/// </summary>
public sealed class EntertainerGazetteerTests
{
    private static readonly string[] BuiltFiles = ["builtin:names/kpop-idols", "builtin:names/corpora-people"];

    private static JsonElement File(string name) =>
        JsonDocument.Parse(BuiltInLexicons.Load().Single(s => s.Name == name).Json).RootElement.Clone();

    private static List<string> Names(string file, string section = "exactNames") =>
        File(file).GetProperty(section).EnumerateArray().Select(n => n.GetString()!).ToList();

    private static bool IsRealPerson(PromptVerdict verdict) => verdict.Reasons.Any(r => r.Code == ReasonCodes.TermRealPerson);

    [Fact]
    public void BuiltFiles_RecordSourceCommitLicenceAndFilter_AndHoldOnlyExactNames()
    {
        foreach (var name in BuiltFiles)
        {
            var doc = File(name);
            var sources = doc.GetProperty("sources").EnumerateArray().ToList();

            Assert.NotEmpty(sources);
            Assert.All(sources, s => Assert.Equal("CC0-1.0", s.GetProperty("license").GetString()));
            Assert.All(sources, s => Assert.Matches("^[0-9a-f]{40}$", s.GetProperty("commit").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(doc.GetProperty("filter").GetString()), name);
            Assert.False(doc.TryGetProperty("names", out _), name); // matched as written only, like the world files
            Assert.NotEmpty(Names(name));
        }
    }

    [Fact]
    public void BuiltFiles_HoldNoOneWordLatinNameAndNoFictionalAdult()
    {
        var fictional = File("builtin:names/fictional-adults").GetProperty("fictional").EnumerateArray()
            .Select(f => f.GetProperty("name").GetString()!.ToLowerInvariant()).ToHashSet();
        var names = BuiltFiles.SelectMany(f => Names(f)).ToList();

        Assert.DoesNotContain(names, n => n.All(c => c < 0x250) && !n.Contains(' ', StringComparison.Ordinal));
        Assert.DoesNotContain(names, n => fictional.Contains(n.ToLowerInvariant()));
    }

    /// <summary>The stage names come from the data ("X from Group" forms), so the test follows it and lists no idol.</summary>
    public static TheoryData<string, string> StageNamesWithGroups()
    {
        var data = new TheoryData<string, string>();
        var names = Names("builtin:names/kpop-idols");
        var all = names.ToHashSet(StringComparer.Ordinal);
        // "X from Y" is a stage name and its group when "Y X" is there too: a group named "Acid Angel from Asia"
        // would otherwise split in the wrong place.
        foreach (var parts in names.Select(n => n.Split(" from ")).Where(p => p.Length == 2 && all.Contains($"{p[1]} {p[0]}") && p.All(w => w.All(c => char.IsLetterOrDigit(c) || c == ' '))).Take(8))
        {
            data.Add(parts[0], parts[1]);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(StageNamesWithGroups))]
    public void Screen_StageNameBesideItsGroupWithNudity_BlocksAsRealPerson(string stage, string group)
    {
        foreach (var prompt in new[] { $"{stage} from {group} nude", $"{group} {stage}, naked", $"{stage} {group} topless" })
        {
            var verdict = Screen(prompt);
            Assert.True(verdict.Decision == Decision.Block, $"{prompt}: {verdict.Decision}");
            Assert.True(IsRealPerson(verdict), prompt);
        }
    }

    [Theory]
    [InlineData("Winter", "a winter forest, nude figure study, charcoal")]
    [InlineData("Joy", "joy, a nude woman dancing in the rain, watercolor")]
    [InlineData("Sakura", "sakura trees in bloom, nude woman bathing in a pond")]
    public void Screen_StageNameAlone_IsNoRealPerson(string stage, string prompt)
    {
        Assert.Contains(Names("builtin:names/kpop-idols"), n => n.StartsWith(stage + " from ", StringComparison.Ordinal)); // it is a stage name in the data

        Assert.False(IsRealPerson(Screen(prompt)), prompt);
    }

    [Theory]
    [InlineData('\u4E00', '\u9FFF', "裸体")] // kanji and hanzi, glued (Hangul forms are left out: docs/lexicons.md)
    public void Screen_NativeScriptIdolNameWithNudity_BlocksAndAloneAllows(char low, char high, string nudity)
    {
        var names = Names("builtin:names/kpop-idols").Where(n => n.Any(c => c >= low && c <= high)).Take(5).ToList();
        Assert.NotEmpty(names);

        foreach (var name in names)
        {
            var sexual = Screen(name + nudity);
            Assert.True(sexual.Decision == Decision.Block, $"{name}{nudity}: {sexual.Decision}");
            Assert.True(IsRealPerson(sexual), name);
            Assert.Equal(Decision.Allow, Screen(name).Decision);
        }
    }

    [Fact]
    public void Screen_LeadersFromTwentyFifteenOn_BlockWithNudityAndAllowAlone()
    {
        var leaders = Names("builtin:names/leaders");
        Assert.True(leaders.Count >= 80, $"{leaders.Count} leaders");

        foreach (var name in leaders.Where(n => n.All(c => c < 0x250)).Take(10).Concat(leaders.Where(n => n.Any(c => c >= 0x250)).Take(5)))
        {
            var sexual = Screen($"{name} nude");
            Assert.True(sexual.Decision == Decision.Block, $"{name} nude: {sexual.Decision}");
            Assert.True(IsRealPerson(sexual), name);
            Assert.Equal(Decision.Allow, Screen($"{name} giving a speech").Decision);
        }
    }
}
