using System.Collections.Frozen;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Tests.Prompts.People;

/// <summary>Names written in other scripts reduce to the same consonant skeleton as the Latin name.</summary>
public sealed class PhoneticKeyTests
{
    private static readonly FrozenDictionary<char, string> Han = new Dictionary<char, string> { ['泰'] = "tai", ['勒'] = "le", ['斯'] = "si", ['威'] = "wei", ['夫'] = "fu", ['特'] = "te" }.ToFrozenDictionary();

    [Theory]
    [InlineData("taylor", "тейлор")]
    [InlineData("swift", "свифт")]
    [InlineData("taylor", "テイラー")]
    [InlineData("swift", "スウィフト")]
    [InlineData("taylor", "테일러")]
    [InlineData("swift", "스위프트")]
    [InlineData("watson", "γουοτσον")]
    [InlineData("watson", "ワトソン")]
    [InlineData("swift", "سويفت")]
    [InlineData("swift", "स्विफ्ट")]
    [InlineData("swift", "สวิฟต์")]
    [InlineData("margot", "マーゴット")]
    [InlineData("angelina", "анджелина")]
    [InlineData("swift", "斯威夫特")]
    public void Key_NameInAnotherScript_EqualsLatinKey(string latin, string other)
    {
        Assert.Equal(Key(latin), Key(Transliterate(other)));
    }

    [Theory]
    [InlineData("taylor", "TR")]
    [InlineData("swift", "SPT")]
    [InlineData("watson", "TSN")]
    [InlineData("emma", "M")]
    public void Key_Latin_IsConsonantSkeleton(string latin, string key)
    {
        Assert.Equal(key, Key(latin));
    }

    [Theory]
    [InlineData("taylr", "taylor", true)]
    [InlineData("tyalor", "taylor", true)]
    [InlineData("taylour", "taylor", true)]
    [InlineData("tailor", "taylor", true)]
    [InlineData("taylor", "taylor", false)]
    [InlineData("tailr", "taylor", false)]
    [InlineData("ylorta", "taylor", false)]
    public void EditDistance_DamerauDistanceExactlyOne(string typed, string word, bool expected)
    {
        Assert.Equal(expected, GenScreen.Core.Prompts.Lexicons.NameFuzzyIndex.EditDistance(typed, word, 1) == 1);
    }

    private static string Transliterate(string word)
    {
        // As the tokenizer hands words over: folded (й is и, accents gone).
        word = string.Concat(word.Select(c => CharFolding.FoldSlow(c.ToString())));
        Span<char> latin = stackalloc char[64];
        Assert.True(ScriptTransliterator.TryWrite(word, Han, latin, out var written), $"no reading for {word}");
        return new string(latin[..written]);
    }

    private static string Key(string latin)
    {
        Span<char> key = stackalloc char[64];
        return new string(key[..PhoneticKey.Write(latin, key)]);
    }
}
