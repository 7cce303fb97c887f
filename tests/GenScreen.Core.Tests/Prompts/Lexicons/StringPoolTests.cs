using System.Text;
using GenScreen.Core.Prompts.Lexicons;

namespace GenScreen.Core.Tests.Prompts.Lexicons;

/// <summary>One string per distinct text while the lexicons are built (the memory budget of issue 16).</summary>
public sealed class StringPoolTests
{
    [Fact]
    public void Share_EqualTextFromAStringOrASpan_ReturnsTheFirstInstance()
    {
        var pool = new StringPool();
        var first = new StringBuilder("taylor").ToString();
        var equal = new StringBuilder("taylor").ToString();

        Assert.Same(first, pool.Share(first));
        Assert.Same(first, pool.Share(equal));
        Assert.Same(first, pool.Share("taylor swift".AsSpan(0, 6)));
    }

    [Fact]
    public void Share_DifferentText_KeepsEachApart()
    {
        var pool = new StringPool();

        var lower = pool.Share("anna");
        var upper = pool.Share("Anna");
        var fromSpan = pool.Share("annabel".AsSpan(0, 5));

        Assert.Equal("anna", lower);
        Assert.Equal("Anna", upper);
        Assert.Equal("annab", fromSpan);
        Assert.NotSame(lower, upper);
    }

    [Fact]
    public void Share_KanjiReadingsOfSeveralNames_OneStringPerReading()
    {
        var sources = new[]
        {
            new LexiconSource("names.json", Encoding.UTF8.GetBytes("""{ "kanjiFamilyNames": { "山田": "やまだ|さんだ", "八田": "やまだ" } }"""), IsConfigured: false),
        };

        var people = LexiconSet.Build(sources).People;

        var first = people.CjkNames.FamilyReadings("山田") ?? [];
        var second = people.CjkNames.FamilyReadings("八田") ?? [];

        Assert.Equal(["やまだ", "さんだ"], first);
        Assert.Equal(["やまだ"], second);
        Assert.Same(first[0], second[0]);
    }
}
