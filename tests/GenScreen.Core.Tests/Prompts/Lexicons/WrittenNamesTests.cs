using System.Text;
using GenScreen.Core.Policies;
using GenScreen.Core.Prompts;
using GenScreen.Core.Prompts.Lexicons;

namespace GenScreen.Core.Tests.Prompts.Lexicons;

/// <summary>
/// The names lists' names kept as written in UTF-8 (the lexicon memory budget of issue 16): each must come back
/// exactly as written, in every script and at every length, and an entry kept so must equal one kept as a string.
/// </summary>
public sealed class WrittenNamesTests
{
    [Fact]
    public void Read_EveryEncodedName_ComesBackAsWritten()
    {
        string[] names =
        [
            "Taylor Swift", "Zoë Saldaña", "Наталья Соколова", "宮崎 駿", "김연아", "Ngũgĩ wa Thiong'o", "👩‍🚀 Astro", string.Empty,
            new string('a', 127), new string('b', 128), new string('é', 200), new string('x', 20_000),
        ];

        var written = WrittenNames.Encode(names, out var starts);

        for (var i = 0; i < names.Length; i++)
        {
            Assert.True(starts[i] >= 0, names[i]);
            Assert.Equal(names[i], written.Read(starts[i]));
        }
    }

    [Fact]
    public void Encode_LoneSurrogate_LeftOutSoTheNameStaysAString()
    {
        string[] names = ["Ada Lovelace", "bad \uD800 name", "Alan Turing"];

        var written = WrittenNames.Encode(names, out var starts);

        Assert.Equal(-1, starts[1]);
        Assert.Equal("Ada Lovelace", written.Read(starts[0]));
        Assert.Equal("Alan Turing", written.Read(starts[2]));
    }

    [Fact]
    public void LexiconEntry_KeptAsUtf8OrAsString_EqualByValue()
    {
        var written = WrittenNames.Encode(["Zoë Saldaña"], out var starts);
        var kept = new LexiconEntry(written, starts[0], Signal.RealPerson, 4, "builtin:people");
        var plain = new LexiconEntry(new StringBuilder("Zoë Saldaña").ToString(), Signal.RealPerson, 4, "builtin:people");

        Assert.Equal("Zoë Saldaña", kept.Term);
        Assert.Equal(plain, kept);
        Assert.Equal(plain.GetHashCode(), kept.GetHashCode());
        Assert.NotEqual(plain, kept with { Level = 3 });
        Assert.Equal("Ada", (kept with { Term = "Ada" }).Term);
    }

    [Fact]
    public void Screen_ConfiguredNameWithAccents_ReasonNamesItAsWritten()
    {
        LexiconSource[] sources = [new("people", Encoding.UTF8.GetBytes("""{ "names": [ "Þórdís Kolbrún Gylfadóttir" ] }"""), IsConfigured: true)];
        var screener = new PromptScreener(LexiconSet.Build(sources), PolicyCatalog.LoadBuiltIn(), "mature");

        var verdict = screener.Screen("portrait of Þórdís Kolbrún Gylfadóttir", null, "mature");

        Assert.Contains(verdict.Reasons, r => r.Term == "Þórdís Kolbrún Gylfadóttir");
    }
}
