using GenScreen.Core.Prompts.Lexicons;

namespace GenScreen.Core.Tests.Prompts;

/// <summary>
/// The cheap filters in front of the hot path's lookups may only turn away what the lookup would have missed:
/// the key gate never rejects a key, and the fuzzy-name edit distance with its letter bound equals a plain
/// Damerau (optimal string alignment) distance.
/// </summary>
public sealed class HotPathFilterTests
{
    /// <summary>The words of the labelled prompts (every script), and each pair of neighbours as a phrase.</summary>
    private static readonly Lazy<string[]> LexiconWords = new(() =>
        [.. LabelledPrompt.LoadAll()
            .Select(p => p.Prompt.ToLowerInvariant().Split([' ', ',', '(', ')', '[', ']', ':', '.', '<', '>'], StringSplitOptions.RemoveEmptyEntries))
            .SelectMany(words => words.Concat(words.Zip(words.Skip(1), (a, b) => a + " " + b)))
            .Distinct(StringComparer.Ordinal)]);

    [Fact]
    public void KeyGate_EveryKeyPasses()
    {
        var keys = LexiconWords.Value;
        var gate = new KeyGate(keys);

        Assert.All(keys, key => Assert.True(gate.MayContain(key), key));
    }

    [Fact]
    public void KeyGate_TurnsAwayMostWordsThatAreNoKey()
    {
        var words = LexiconWords.Value;
        var keys = words.Where((_, i) => i % 2 == 0).ToArray();
        var others = words.Where((_, i) => i % 2 == 1).ToHashSet(StringComparer.Ordinal);
        others.ExceptWith(keys);
        var gate = new KeyGate(keys);

        var passed = others.Count(w => gate.MayContain(w));

        Assert.True(others.Count > 1000, $"only {others.Count} words to try");
        Assert.True(passed < others.Count / 4, $"{passed} of {others.Count} non-keys passed the gate");
    }

    [Fact]
    public void KeyGate_EmptyAndOneLetterKeys()
    {
        var gate = new KeyGate(["", "a"]);

        Assert.True(gate.MayContain(""));
        Assert.True(gate.MayContain("a"));
    }

    [Fact]
    public void EditDistance_EqualsPlainDamerauDistanceUpToTheBudget()
    {
        // A small alphabet so that most pairs are within two edits, and lengths around a name word's.
        var random = new Random(16);
        var checkedPairs = 0;
        for (var n = 0; n < 20_000; n++)
        {
            var typed = RandomWord(random);
            var word = random.Next(3) == 0 ? Mutate(typed, random) : RandomWord(random);
            var max = 1 + random.Next(2);
            var expected = Math.Min(Damerau(typed, word), max + 1);

            Assert.True(expected == NameFuzzyIndex.EditDistance(typed, word, max), $"{typed} / {word} (max {max})");
            checkedPairs += expected <= max ? 1 : 0;
        }

        Assert.True(checkedPairs > 2_000, $"only {checkedPairs} pairs within the budget");
    }

    [Fact]
    public void InitialsGroup_NeverTurnsAwayAPairWithinTheEditBudget()
    {
        // MayAlign may only reject a pair whose words are each more than two edits (the most a doubly typed name's word
        // may carry) from the name's first two words: random pairs of words, a third of them typos of the name.
        var random = new Random(10);
        var (rejected, within) = (0, 0);
        for (var n = 0; n < 20_000; n++)
        {
            var name = new FuzzyName([RandomWord(random), RandomWord(random)], new LexiconEntry("x", Signal.RealPerson, 2, "test"));
            var group = new InitialsGroup([name]);
            var first = random.Next(3) == 0 ? Mutate(name.Words[0], random) : RandomWord(random);
            var second = random.Next(3) == 0 ? Mutate(name.Words[1], random) : RandomWord(random);
            var mayAlign = group.MayAlign(0, first, NameFuzzyIndex.LetterMask(first), second, NameFuzzyIndex.LetterMask(second));
            var isWithin = Damerau(first, name.Words[0]) <= 2 && Damerau(second, name.Words[1]) <= 2;

            Assert.True(mayAlign || !isWithin, $"{first} {second} / {name.Words[0]} {name.Words[1]}");
            rejected += mayAlign ? 0 : 1;
            within += isWithin ? 1 : 0;
        }

        Assert.True(within > 500, $"only {within} pairs within the budget");
        Assert.True(rejected > 5_000, $"only {rejected} pairs turned away");
    }

    [Theory]
    [InlineData("johanson", "johansson", 1)]
    [InlineData("scarlet", "scarlett", 1)]
    [InlineData("swfit", "swift", 1)]
    [InlineData("rutkowski", "rutkowsky", 1)]
    [InlineData("mucha", "macha", 1)]
    [InlineData("greg", "gerg", 1)]
    [InlineData("alphonse", "alfonse", 2)]
    [InlineData("abcde", "vwxyz", 3)]
    public void EditDistance_NameWords(string typed, string word, int expected)
    {
        // 3 is "more than the budget of 2".
        Assert.Equal(expected, NameFuzzyIndex.EditDistance(typed, word, 2));
    }

    private static string RandomWord(Random random)
    {
        var chars = new char[5 + random.Next(6)];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = "aeinorst"[random.Next(8)];
        }

        return new string(chars);
    }

    private static string Mutate(string s, Random random)
    {
        var chars = s.ToList();
        var edits = 1 + random.Next(3);
        for (var e = 0; e < edits; e++)
        {
            var at = random.Next(chars.Count);
            switch (random.Next(4))
            {
                case 0: chars[at] = "aeinorstxyz"[random.Next(11)]; break;
                case 1: chars.Insert(at, "aeinorstxyz"[random.Next(11)]); break;
                case 2 when chars.Count > 3: chars.RemoveAt(at); break;
                default:
                    if (at + 1 < chars.Count)
                    {
                        (chars[at], chars[at + 1]) = (chars[at + 1], chars[at]);
                    }

                    break;
            }
        }

        return new string([.. chars]);
    }

    /// <summary>The textbook optimal-string-alignment distance, with no bound and no filter.</summary>
    private static int Damerau(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
