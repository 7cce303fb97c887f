using GenScreen.Core.Configuration;
using GenScreen.Core.Prompts.Lexicons;

namespace GenScreen.Core.Tests.Prompts.Lexicons;

/// <summary>
/// The term index's keys packed in one character array (session 21, speed22): every key found with its value by span,
/// nothing else found (the lexicon entries' source and language-only mask: LexiconEntrySourceTests).
/// </summary>
public sealed class PackedKeyTableTests
{
    [Fact]
    public void TryGetValue_EveryKeyBySpan_ItsOwnValue()
    {
        var items = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < 5_000; i++)
        {
            items[$"word{i}"] = i;
            items[$"taylor swift {i}"] = -i;
        }

        items["é"] = 7;
        items["王菲"] = 8;
        items[""] = 9;
        var table = new PackedKeyTable<int>(items);

        Assert.Equal(items.Count, table.Count);
        foreach (var (key, value) in items)
        {
            var inText = $"<{key}>".AsSpan(1, key.Length);
            Assert.True(table.TryGetValue(inText, out var found), key);
            Assert.Equal(value, found);
        }

        Assert.Equal(items.Keys.Order(StringComparer.Ordinal), table.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("word")]
    [InlineData("word5000")]
    [InlineData("Word1")]
    [InlineData("word1 ")]
    [InlineData("taylor swift")]
    [InlineData("e")]
    [InlineData("王")]
    public void TryGetValue_NoSuchKey_NotFound(string key)
    {
        var items = new Dictionary<string, int>(StringComparer.Ordinal) { ["é"] = 1, ["王菲"] = 2, ["taylor swift 1"] = 3 };
        for (var i = 0; i < 5_000; i++)
        {
            items[$"word{i}"] = i;
        }

        var table = new PackedKeyTable<int>(items);

        Assert.False(table.TryGetValue(key, out var value));
        Assert.Equal(0, value);
        Assert.False(new PackedKeyTable<int>(new Dictionary<string, int>()).ContainsKey(key));
    }

    [Fact]
    public void Build_BuiltInPromptKeys_ShortChains()
    {
        var lexicons = LexiconSet.Build(ScreeningSetup.Sources(new ScreeningOptions()));
        var keys = lexicons.Prompt.Keys.Select(key => KeyValuePair.Create(key, 0)).ToList();
        var table = new PackedKeyTable<int>(keys);

        Assert.True(keys.Count > 100_000);
        Assert.InRange(table.LongestChain(), 1, 12); // a weak hash would pile the ~230,000 keys into long chains
        Assert.All(keys.Take(2_000), key => Assert.True(table.ContainsKey(key.Key)));
    }
}
