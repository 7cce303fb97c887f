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
    public void OfficeCueTable_EveryCuePassesItsFilters_AndTheLengthsAreTheTerms()
    {
        var table = OfficeHolders.CueTable.Load();
        var entries = table.Entries.ToList();
        Assert.True(entries.Count > 10_000);
        var longest = new Dictionary<char, int>();
        foreach (var (term, kind) in entries)
        {
            // The shape bits are a necessary condition: a cue that failed its own would never be looked up.
            Assert.True(table.MayBe(term, roleOnly: false), term);
            Assert.True(table.TryGet(term, out _), term);
            if (kind is OfficeHolders.CueKind.Role or OfficeHolders.CueKind.Seat && term.Length <= 63)
            {
                Assert.True(table.MayBe(term, roleOnly: true), term);
                Assert.NotEqual(0UL, table.RoleLengthsFrom(term[0]) & (1UL << term.Length));
            }

            longest[term[0]] = Math.Max(longest.GetValueOrDefault(term[0]), term.Length);
        }

        for (var c = 0; c <= char.MaxValue; c++)
        {
            Assert.Equal(longest.GetValueOrDefault((char)c), table.MaxLengthFrom((char)c));
        }

        // The filter turns most non-cues away: few bits set (measured 2026-12-06: see docs/performance.md, "Session 33").
        Assert.True(table.ShapeFill(roleOnly: false) < 0.10, $"{table.ShapeFill(roleOnly: false)}");
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

    [Fact]
    public void AccentMarks_AsTheNormalisationOfTheWholeWord()
    {
        string[] words = ["khoả", "khỏa", "buổi", "buồi", "Göre", "gore", "píča", "pica", "ŁÓDŹ", "straße", "Ærøskøbing", "ǅemal", "İstanbul",
            "ınce", "Ωμέγα", "Ǆ", "ſex", "Kelvin", "naïve", "ĐẠI", "e\u0301\u0323", "a\u0323\u0302", "\u1EA0\u0301", "x"];
        foreach (var word in words)
        {
            Assert.Equal(ReferenceMarks(word), AccentFolds.Marks(word));
        }

        var random = new Random(41);
        for (var round = 0; round < 20_000; round++)
        {
            var chars = new char[random.Next(1, 90)];
            for (var k = 0; k < chars.Length; k++)
            {
                // Latin with its accents and combining marks mostly; anything in the BMP but surrogates sometimes.
                chars[k] = random.Next(4) switch
                {
                    0 => (char)random.Next(0x00C0, 0x0250),
                    1 => (char)random.Next(0x1E00, 0x1F00),
                    2 => (char)random.Next(0x0300, 0x0370),
                    _ => (char)(random.Next(2) == 0 ? random.Next(0xD800) : random.Next(0xE000, 0x10000)),
                };
            }

            var text = new string(chars);
            string expected;
            try
            {
                expected = ReferenceMarks(text);
            }
            catch (ArgumentException)
            {
                // A code point the normaliser refuses (U+FFFE, U+FFFF) is refused again, alone as in the word.
                Assert.Throws<ArgumentException>(() => AccentFolds.Marks(text));
                continue;
            }

            Assert.Equal(expected, AccentFolds.Marks(text));
        }
    }

    /// <summary>The marks as written before session 33: one normalisation of the whole lower-cased word.</summary>
    private static string ReferenceMarks(string text)
    {
        var marks = new List<char>();
        foreach (var c in text.ToLowerInvariant().Normalize(NormalizationForm.FormD))
        {
            if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark
                || (c >= 0x80 && char.IsLetter(c) && (c is (>= '\u00C0' and <= '\u024F') or (>= '\u1E00' and <= '\u1EFF'))))
            {
                marks.Add(c);
            }
        }

        marks.Sort();
        return new string([.. marks]);
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
