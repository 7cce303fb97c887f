using System.Text.Json;
using GenScreen.Core.Prompts.Lexicons;

namespace GenScreen.Core.Tests.Prompts.People;

/// <summary>The built gazetteer: its size, its provenance, and what it must not contain.</summary>
public sealed class GazetteerTests
{
    private static JsonElement Gazetteer()
    {
        var source = BuiltInLexicons.Load().Single(s => s.Name == "builtin:names/gazetteer");
        return JsonDocument.Parse(source.Json).RootElement.Clone();
    }

    [Fact]
    public void Gazetteer_RecordsSourcesLicencesAndCounts()
    {
        var g = Gazetteer();
        var names = g.GetProperty("names").GetArrayLength() + g.GetProperty("wellKnownNames").GetArrayLength();

        Assert.True(names >= 10_000, $"{names} names");
        Assert.Equal(names, g.GetProperty("counts").GetProperty("names").GetInt32());
        Assert.All(g.GetProperty("sources").EnumerateArray(), s => Assert.False(string.IsNullOrWhiteSpace(s.GetProperty("license").GetString())));
        Assert.Contains(g.GetProperty("sources").EnumerateArray(), s => s.GetProperty("license").GetString() == "Apache-2.0");
        Assert.NotEmpty(g.GetProperty("filter").EnumerateArray());
    }

    [Fact]
    public void Gazetteer_HoldsNoFictionalAdult()
    {
        var fictional = JsonDocument.Parse(BuiltInLexicons.Load().Single(s => s.Name == "builtin:names/fictional-adults").Json)
            .RootElement.GetProperty("fictional").EnumerateArray().Select(f => f.GetProperty("name").GetString()!.ToLowerInvariant()).ToHashSet();
        var g = Gazetteer();

        var listed = g.GetProperty("names").EnumerateArray().Concat(g.GetProperty("wellKnownNames").EnumerateArray())
            .Select(n => n.GetString()!.ToLowerInvariant()).Where(fictional.Contains).ToList();

        Assert.Empty(listed);
    }

    [Fact]
    public void LexiconSet_LoadsTheWholeGazetteer()
    {
        Assert.True(TestScreeners.Default is not null);
        var lexicons = LexiconSet.Build(BuiltInLexicons.Load());

        Assert.True(lexicons.ProtectedNameCount >= 10_000, $"{lexicons.ProtectedNameCount} protected names");
        Assert.Contains("en", lexicons.SteeringLanguages);
    }
}
