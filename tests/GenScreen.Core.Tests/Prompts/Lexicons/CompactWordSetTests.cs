using GenScreen.Core.Prompts.Lexicons;

namespace GenScreen.Core.Tests.Prompts.Lexicons;

/// <summary>
/// <see cref="CompactWordSet"/> answers as a <see cref="HashSet{T}"/> of the same words would: every word is found,
/// nothing else is (prefixes, extensions, other case, one letter changed), in its Latin-1 and UTF-16 layouts.
/// </summary>
public sealed class CompactWordSetTests
{
    [Theory]
    [InlineData("the|and|of|river|café|naïve|a")] // Latin-1: one byte a character
    [InlineData("the|and|river|москва|東京|ü")] // UTF-16
    [InlineData("")]
    public void Contains_AnswersAsAHashSetOfTheSameWords(string joined)
    {
        var words = joined.Split('|', StringSplitOptions.RemoveEmptyEntries);
        var set = new CompactWordSet(words);
        var reference = new HashSet<string>(words, StringComparer.Ordinal);

        Assert.Equal(reference.Count, set.Count);
        foreach (var word in words)
        {
            Assert.True(set.Contains(word), word);
        }

        string[] others = ["", "th", "thee", "The", "rivers", "rive", "cafe", "b", "москв", "東", "東京都", "ü ", "x"];
        foreach (var other in others)
        {
            Assert.Equal(reference.Contains(other), set.Contains(other));
        }
    }

    [Fact]
    public void ManyWords_AllFound_NeighboursNot()
    {
        // Enough words to fill many table slots and force probing past collisions.
        var words = Enumerable.Range(0, 20_000).Select(i => $"w{i:x}").ToList();
        var set = new CompactWordSet(words.Concat(words.Take(100))); // duplicates are kept once

        Assert.Equal(words.Count, set.Count);
        Assert.All(words, w => Assert.True(set.Contains(w), w));
        Assert.All(Enumerable.Range(20_000, 2_000).Select(i => $"w{i:x}"), w => Assert.False(set.Contains(w), w));
        Assert.All(words.Take(500), w => Assert.False(set.Contains(w + "z"), w));
    }
}
