using System.Text.Json;
using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Rules;
using GenScreen.Core.Verdicts;
using static GenScreen.Core.Tests.TestScreeners;

namespace GenScreen.Core.Tests.Prompts.People;

/// <summary>
/// The names files of session 8 (tools/name-gazetteer/build-cedict-two-char.mjs: two-character Chinese names of
/// CC-CEDICT; build-public-record.mjs: public figures written from the public record): their provenance, the evidence
/// a two-character Chinese name needs, and that names taken from each file block with nudity and allow alone. The
/// names tested are read from the files, so each test fails when its file is missing or empty.
/// </summary>
public sealed class PublicRecordGazetteerTests
{
    private const string TwoChar = "builtin:names/cedict-two-char";
    private const string PublicRecord = "builtin:names/public-record-people";

    private static JsonElement File(string name) =>
        JsonDocument.Parse(BuiltInLexicons.Load().Single(s => s.Name == name).Json).RootElement.Clone();

    private static List<string> Names(string file) =>
        File(file).GetProperty("exactNames").EnumerateArray().Select(n => n.GetString()!).ToList();

    private static bool IsRealPerson(PromptVerdict verdict) => verdict.Reasons.Any(r => r.Code == ReasonCodes.TermRealPerson);

    private static bool IsHan(string s) => s.All(c => c >= '\u4E00' && c <= '\u9FFF');

    private static bool IsCyrillic(string s) => s.Any(c => c >= '\u0400' && c <= '\u04FF');

    private static bool IsLatin(string s) => s.All(c => c < 0x250);

    [Theory]
    [InlineData(TwoChar, "CC-BY-SA-4.0")]
    [InlineData(PublicRecord, "MIT (this project)")]
    public void File_RecordsSourceLicenceFilterAndCounts_AndHoldsOnlyExactNames(string name, string licence)
    {
        var doc = File(name);
        var sources = doc.GetProperty("sources").EnumerateArray().ToList();

        Assert.Contains(sources, s => s.GetProperty("license").GetString() == licence);
        Assert.All(sources, s => Assert.False(string.IsNullOrWhiteSpace(s.GetProperty("source").GetString())));
        Assert.False(string.IsNullOrWhiteSpace(doc.GetProperty("filter").GetString()), name);
        Assert.True(doc.GetProperty("counts").EnumerateObject().Any(), name);
        Assert.False(doc.TryGetProperty("names", out _), name); // matched as written only, like the other large files
        Assert.NotEmpty(Names(name));
    }

    [Fact]
    public void CedictSource_RecordsThePackageVersion()
    {
        Assert.Equal("1.1.1", File(TwoChar).GetProperty("sources")[0].GetProperty("version").GetString());
    }

    [Fact]
    public void TwoCharacterNames_OpenWithACommonFamilyName()
    {
        var family = File("builtin:people/cjk-people").GetProperty("hanFamilyNames").EnumerateArray().Select(n => n.GetString()!).ToHashSet();
        var twoChar = Names(TwoChar).Concat(Names(PublicRecord)).Where(n => n.Length == 2 && IsHan(n)).ToList();

        Assert.True(twoChar.Count >= 50, $"{twoChar.Count} two-character names");
        // Transliterated office-holders (普京, 洪森) are the one exception build-cedict-two-char.mjs makes.
        var withoutFamily = twoChar.Where(n => !family.Contains(n[..1])).ToList();
        Assert.True(withoutFamily.Count <= 12, $"two-character names without a family name: {string.Join(" ", withoutFamily)}");
        Assert.DoesNotContain(Names(PublicRecord), n => n.Length == 2 && IsHan(n) && !family.Contains(n[..1]));
    }

    [Fact]
    public void Files_HoldNoFictionalAdultAndNoShortOneWordLatinName()
    {
        var fictional = File("builtin:names/fictional-adults").GetProperty("fictional").EnumerateArray()
            .Select(f => f.GetProperty("name").GetString()!.ToLowerInvariant()).ToHashSet();
        var names = Names(TwoChar).Concat(Names(PublicRecord)).ToList();

        Assert.DoesNotContain(names, n => fictional.Contains(n.ToLowerInvariant()));
        Assert.DoesNotContain(names, n => IsLatin(n) && !n.Contains(' ', StringComparison.Ordinal) && n.Replace("-", "", StringComparison.Ordinal).Length < 6);
    }

    public static TheoryData<string, string> NamesOfEachKind()
    {
        var data = new TheoryData<string, string>();
        var twoChar = Names(TwoChar);
        var record = Names(PublicRecord);
        foreach (var n in twoChar.Where(n => n.Length == 2 && IsHan(n)).Take(6)) data.Add(n, "{0}裸体");
        foreach (var n in record.Where(n => n.Length == 2 && IsHan(n)).Take(4)) data.Add(n, "{0} 全裸");
        foreach (var n in record.Where(n => n.Length >= 3 && IsHan(n)).Take(4)) data.Add(n, "{0}裸照");
        foreach (var n in record.Where(n => IsCyrillic(n) && !n.Contains(' ', StringComparison.Ordinal)).Take(5)) data.Add(n, "{0} голый");
        foreach (var n in record.Where(n => IsCyrillic(n) && n.Contains(' ', StringComparison.Ordinal)).Take(3)) data.Add(n, "{0} голая");
        // Latin names spread over the file (every 40th), not only its alphabetical start.
        foreach (var n in record.Where(IsLatin).Where((_, i) => i % 40 == 0)) data.Add(n, "{0} nude");
        return data;
    }

    [Theory]
    [MemberData(nameof(NamesOfEachKind))]
    public void Screen_ListedNameWithNudity_BlocksAsRealPerson_AndAloneAllows(string name, string pattern)
    {
        var prompt = string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, name);

        var sexual = Screen(prompt);
        Assert.True(sexual.Decision == Decision.Block, $"{prompt}: {sexual.Decision} ({string.Join("; ", sexual.Reasons.Select(r => $"{r.Code}:{r.Term}"))})");
        Assert.True(IsRealPerson(sexual), prompt);
        Assert.Equal(Decision.Allow, Screen(name).Decision);
    }
}
