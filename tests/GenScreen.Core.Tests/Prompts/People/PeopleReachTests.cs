using System.Text.Json;
using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Rules;
using GenScreen.Core.Verdicts;
using static GenScreen.Core.Tests.TestScreeners;

namespace GenScreen.Core.Tests.Prompts.People;

/// <summary>
/// The wider reach for real people: the footballers' gazetteer, names with two typos, a public role that makes a full
/// name a public figure, a title before a surname; and the limits that keep fictional and innocent prompts allowed.
/// </summary>
public sealed class PeopleReachTests
{
    [Fact]
    public void Footballers_RecordSourceLicenceAndCounts_AndHoldNoFictionalAdult()
    {
        var doc = JsonDocument.Parse(BuiltInLexicons.Load().Single(s => s.Name == "builtin:names/footballers").Json).RootElement;
        var names = doc.GetProperty("names").EnumerateArray().Select(n => n.GetString()!).ToList();
        var fictional = JsonDocument.Parse(BuiltInLexicons.Load().Single(s => s.Name == "builtin:names/fictional-adults").Json)
            .RootElement.GetProperty("fictional").EnumerateArray().Select(f => f.GetProperty("name").GetString()!.ToLowerInvariant()).ToHashSet();

        Assert.True(names.Count >= 5_000, $"{names.Count} footballers");
        Assert.Equal(names.Count, doc.GetProperty("counts").GetProperty("kept").GetInt32());
        Assert.Equal("CC0-1.0", doc.GetProperty("sources")[0].GetProperty("license").GetString());
        Assert.All(names, n => Assert.Contains(' ', n)); // no mononym: many are words of the player's language
        Assert.DoesNotContain(names, n => fictional.Contains(n.ToLowerInvariant()));
    }

    [Fact]
    public void LexiconSet_LoadsGazetteerAndFootballers()
    {
        var lexicons = LexiconSet.Build(BuiltInLexicons.Load());

        Assert.True(lexicons.ProtectedNameCount >= 16_000, $"{lexicons.ProtectedNameCount} protected names");
    }

    [Theory]
    [InlineData("Christian Pulisic nude", "Christian Pulisic")]
    [InlineData("weston mckennie naked", "Weston McKennie")]
    [InlineData("Lalisa Manobal topless", "Lalisa Manobal")]
    public void Screen_ExtraGazetteerNameWithNudity_BlocksQuotingTheName(string prompt, string name)
    {
        var verdict = Screen(prompt);

        Assert.Equal(Decision.Block, verdict.Decision);
        Assert.Contains(verdict.Reasons, r => r.Code == ReasonCodes.TermRealPerson && r.Term == name);
    }

    [Theory]
    [InlineData("Scarlet Johanson nude")] // a typo in each word; the common-word typo beside a distinctive typed word
    [InlineData("jenifer lawrance nude")] // a typo in each word
    [InlineData("Scarlett Jonhasson nude")] // two edits in one word of 8+ letters
    [InlineData("Kim Kardahsain nude")] // two edits in Kardashian
    public void Screen_NameWithTwoTypos_IsTheRealPerson(string prompt)
    {
        var verdict = Screen(prompt);

        Assert.Equal(Decision.Block, verdict.Decision);
        Assert.Contains(verdict.Reasons, r => r.Code == ReasonCodes.TermRealPerson);
    }

    [Theory]
    [InlineData("Emma Wtasno nude")] // two edits in a 6-letter word: too short to stay precise
    [InlineData("Emma Stoned naked")] // the typo spells a common word beside no distinctive word
    [InlineData("Gal Gadut nude")] // an 8-letter name: no edit but a doubled letter (was "Gadoot", read as Gal Gadot since session 14)
    [InlineData("Scarlet Johnson nude")] // a common word beside a common surname: two edits from nothing protected
    public void Screen_TwoTypoRuleLimits_NotANamedPerson(string prompt)
    {
        Assert.DoesNotContain(Screen(prompt).Reasons, r => r.Code == ReasonCodes.TermRealPerson);
    }

    [Theory]
    [InlineData(3, "kardahsain", "kardashian")]
    [InlineData(2, "kardahsain", "kardashian")]
    [InlineData(1, "kardashain", "kardashian")]
    [InlineData(2, "jonhasson", "johansson")]
    public void EditDistance_IsDamerauWithinTheBound(int max, string typed, string word)
    {
        var expected = typed == "kardashain" ? 1 : 2;
        Assert.Equal(Math.Min(expected, max + 1), NameFuzzyIndex.EditDistance(typed, word, max));
    }

    [Theory]
    [InlineData("Hande Ercan, Turkish actress, nude")] // name before the role, given name in no list
    [InlineData("Turkish actress Hande Ercan naked")] // role before the name
    [InlineData("Sarah Kowalczyk, Polish singer, topless")] // a likely full name with a role anywhere
    [InlineData("President Tinubu nude")] // title + surname
    [InlineData("prime minister Albanese naked")]
    public void Screen_PublicFigureWithoutListedName_WithNudity_Blocks(string prompt)
    {
        var verdict = Screen(prompt);

        Assert.Equal(Decision.Block, verdict.Decision);
        Assert.Contains(verdict.Reasons, r => r.Code == ReasonCodes.RealPersonHintSexual);
    }

    [Fact]
    public void Screen_LikelyNameWithoutPublicRole_StaysReview()
    {
        Assert.Equal(Decision.Review, Screen("Sarah Kowalczyk nude on a bed").Decision);
    }

    [Theory]
    [InlineData("nude actress lying on a sofa, oil painting")] // a role, no name
    [InlineData("Elara Moonwhisper, elven sorceress, nude")] // a capitalised fantasy name, no public role
    [InlineData("Tifa Lockhart as a nightclub singer, nude")] // a fictional adult consumes her name: no pair beside the role
    [InlineData("President's Day sale banner, woman in a bikini")] // a title before 's
    [InlineData("Hande Ercel, Turkish actress, on the red carpet")] // a public figure named innocently
    public void Screen_RoleOrTitleLimits_Allowed(string prompt)
    {
        Assert.Equal(Decision.Allow, Screen(prompt).Decision);
    }
}
