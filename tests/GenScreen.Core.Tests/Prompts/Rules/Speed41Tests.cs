using System.Text;
using GenScreen.Core.Prompts.Normalization;
using GenScreen.Core.Prompts.Rules;

namespace GenScreen.Core.Tests.Prompts.Rules;

/// <summary>
/// Session 33 (i16-speed41): the tables that replaced a dictionary or a per-call normalisation answer as they did:
/// <see cref="CharTable{T}"/> as <c>Dictionary.GetValueOrDefault</c> for every character, <see cref="PlaceNames"/>'
/// remembered fold as the normalisation it remembers.
/// </summary>
public sealed class Speed41Tests
{
    [Fact]
    public void CharTable_ReadsAsTheDictionary_ForEveryCharacter()
    {
        var random = new Random(41);
        var table = new CharTable<ulong>();
        var maxima = new CharTable<int>();
        var reference = new Dictionary<char, ulong>();
        var referenceMaxima = new Dictionary<char, int>();
        for (var k = 0; k < 20_000; k++)
        {
            // Clustered as the office tables are (a few scripts' pages) and scattered over the whole BMP, surrogates included.
            var c = k % 3 == 0 ? (char)random.Next(0x10000) : (char)(random.Next(12) * 0x100 + random.Next(0x100));
            var bit = 1UL << random.Next(64);
            table[c] |= bit;
            reference[c] = reference.GetValueOrDefault(c) | bit;
            var length = random.Next(1, 80);
            maxima[c] = Math.Max(maxima[c], length);
            referenceMaxima[c] = Math.Max(referenceMaxima.GetValueOrDefault(c), length);
        }

        for (var c = 0; c <= char.MaxValue; c++)
        {
            Assert.Equal(reference.GetValueOrDefault((char)c), table[(char)c]);
            Assert.Equal(referenceMaxima.GetValueOrDefault((char)c), maxima[(char)c]);
        }
    }

    [Fact]
    public void CharTable_Unset_IsDefault()
    {
        var table = new CharTable<int>();
        Assert.Equal(0, table['a']);
        Assert.Equal(0, table['\uFFFF']);
        table['a'] = 5;
        Assert.Equal(5, table['a']);
        Assert.Equal(0, table['b']);
        Assert.Equal(0, table['\u0161']);
    }

    [Fact]
    public void PlaceNamesFold_AsTheNormalisation_ForEveryCharacter_AskedTwice()
    {
        for (var round = 0; round < 2; round++)
        {
            for (var c = 0; c <= char.MaxValue; c++)
            {
                char expected;
                try
                {
                    expected = ReferenceFold((char)c);
                }
                catch (ArgumentException)
                {
                    // A code point the normaliser refuses is refused again, not remembered.
                    Assert.Throws<ArgumentException>(() => PlaceNames.Fold((char)c));
                    continue;
                }

                Assert.Equal(expected, PlaceNames.Fold((char)c));
            }
        }
    }

    /// <summary>The fold as written before session 33: the first character of the lower-cased letter's canonical decomposition.</summary>
    private static char ReferenceFold(char c)
    {
        var lower = char.IsSurrogate(c) ? c : c.ToString().ToLowerInvariant()[0];
        if (lower < 0x80 || char.IsSurrogate(lower))
        {
            return lower;
        }

        var decomposed = lower.ToString().Normalize(NormalizationForm.FormD);
        return decomposed.Length > 0 ? decomposed[0] : lower;
    }
}
