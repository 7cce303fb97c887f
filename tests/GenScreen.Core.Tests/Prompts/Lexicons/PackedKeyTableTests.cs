using GenScreen.Core.Configuration;
using GenScreen.Core.Prompts.Lexicons;

namespace GenScreen.Core.Tests.Prompts.Lexicons;

/// <summary>
/// The term index's keys packed in one character array (session 21, speed22): every key found with its value by span,
/// nothing else found (the lexicon entries' source and language-only mask: LexiconEntrySourceTests). Since session 26
/// (memory30) the keys are kept as bytes, each UTF-16 code unit in one to three (<see cref="PackedKeys"/>): every script,
/// surrogate pairs and lone surrogates come back and are found, and no key of another script is found in their place.
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

    public static TheoryData<string> KeysOfEveryWidth() =>
    [
        "cat", "é", "ée", "zoë saldaña", "девочка", "κορίτσι", "ילדה", "دختر", "लड़की", "เด็กผู้หญิง", "少女", "소녀", "ߊ", "\u07FF", "\u0800",
        "\uFFFF", "😀", "a😀b", "\uD800", "x\uDC00y", "\uDBFF\uDFFF", "\u0080", "\u007F", string.Empty,
    ];

    [Theory]
    [MemberData(nameof(KeysOfEveryWidth))]
    public void Keys_EveryCodeUnitWidth_FoundAndReadBack(string key)
    {
        var items = new Dictionary<string, int>(StringComparer.Ordinal) { [key] = 1, ["ab"] = 2, ["abc"] = 3, ["ééé"] = 4 };
        var table = new PackedKeyTable<int>(items);
        var set = new PackedKeySet(items.Keys.ToList());

        Assert.True(table.TryGetValue($"<{key}>".AsSpan(1, key.Length), out var value));
        Assert.Equal(1, value);
        Assert.True(set.Contains($"<{key}>".AsSpan(1, key.Length)));
        Assert.Contains(key, table.Keys);
        Assert.Equal(key, PackedKeys.Decode(Encoded(key)));
        Assert.Equal(key.Sum(c => c < 0x80 ? 1 : c < 0x800 ? 2 : 3), PackedKeys.EncodedLength(key));
        if (!key.Any(char.IsSurrogate))
        {
            Assert.Equal(System.Text.Encoding.UTF8.GetBytes(key), Encoded(key)); // UTF-8 itself outside the surrogates
        }
    }

    [Theory]
    [InlineData("é", "e")] // one code unit each: lengths differ in bytes
    [InlineData("é", "ab")] // é's two bytes against two ASCII code units
    [InlineData("ab", "é")]
    [InlineData("ééé", "abcdef")]
    [InlineData("abcdef", "ééé")]
    [InlineData("ééé", "éé")]
    [InlineData("ééé", "éééé")]
    [InlineData("少女", "少")]
    [InlineData("少女", "少女少")]
    [InlineData("ߊ", "\u0800")]
    [InlineData("a\u0080", "a\u007F")]
    public void Lookup_AnotherKeyOfTheSameOrCloseLength_NotFound(string stored, string looked) => AssertOnlyTheStoredKeyFound(stored, looked);

    [Fact]
    public void Lookup_LoneSurrogates_NotFoundInPlaceOfEachOther()
    {
        // Built in code: an attribute's string would carry a lone surrogate to the test as U+FFFD.
        (string Stored, string Looked)[] pairs = [("\uD800", "\uDC00"), ("\uD83D\uDE00", "\uD83D"), ("\uD83D", "\uD83D\uDE00"), ("a\uDC00", "a\uFFFD")];
        foreach (var (stored, looked) in pairs)
        {
            AssertOnlyTheStoredKeyFound(stored, looked);
        }
    }

    /// <summary>A table and a set of the one key <paramref name="stored"/> find it and not <paramref name="looked"/>.</summary>
    private static void AssertOnlyTheStoredKeyFound(string stored, string looked)
    {
        var table = new PackedKeyTable<int>(new Dictionary<string, int>(StringComparer.Ordinal) { [stored] = 1 });
        var set = new PackedKeySet([stored]);

        Assert.False(table.ContainsKey(looked));
        Assert.False(set.Contains(looked));
        Assert.True(table.ContainsKey(stored));
        Assert.True(set.Contains(stored));
    }

    [Fact]
    public void PackedKeySet_ManyKeys_EachFoundNothingElse()
    {
        var keys = Enumerable.Range(0, 20_000).Select(i => i % 3 == 0 ? $"слово{i}" : i % 3 == 1 ? $"word{i}" : $"単語{i}").ToList();
        var set = new PackedKeySet(keys);

        Assert.Equal(keys.Count, set.Count);
        Assert.All(keys, key => Assert.True(set.Contains(key)));
        Assert.False(set.Contains("word0"));
        Assert.False(set.Contains("слово1"));
        Assert.False(set.Contains(string.Empty));
    }

    private static byte[] Encoded(string key)
    {
        var form = new byte[PackedKeys.EncodedLength(key)];
        Assert.Equal(form.Length, PackedKeys.Encode(key, form));
        return form;
    }
}
