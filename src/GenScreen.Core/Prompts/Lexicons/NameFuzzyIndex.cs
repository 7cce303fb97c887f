namespace GenScreen.Core.Prompts.Lexicons;

/// <summary>
/// Protected names that tolerate one typo. A name is tried only from one of its words written exactly (its
/// first or its last word, tagged <see cref="WordTags.NameAnchor"/> in the index), and only against the
/// names whose neighbouring word starts with the same letter as the neighbouring token, so a prompt costs
/// nothing unless it holds such a word, and then a handful of comparisons.
/// </summary>
/// <remarks>
/// The rule (docs/lexicons.md): the name has at least <see cref="MinNameLetters"/> letters; exactly one of its
/// words differs, by one insertion, deletion, substitution or swap of neighbouring letters; that word has at
/// least <see cref="MinEditedLetters"/> letters and keeps its first letter; and when the typed word is a common word
/// (<c>Scarlet</c>), another word of the name is written exactly and is distinctive: at least
/// <see cref="MinDistinctiveLetters"/> letters and no common word (so <c>Scarlet Johansson</c> is Scarlett
/// Johansson, but <c>Emma Stoned</c> is not Emma Stone).
/// </remarks>
internal sealed class NameFuzzyIndex
{
    public const int MinNameLetters = 10;
    public const int MinEditedLetters = 5;
    public const int MinDistinctiveLetters = 6;

    private readonly Dictionary<string, FuzzyName[]>.AlternateLookup<ReadOnlySpan<char>> _byAnchor;

    public NameFuzzyIndex(IEnumerable<NormalizedTerm> names)
    {
        var byAnchor = new Dictionary<string, List<FuzzyName>>(StringComparer.Ordinal);
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        foreach (var term in names)
        {
            if (term.TokenCount is < 2 or > 3 || term.IsCjk)
            {
                continue;
            }

            var words = term.Key.Split(' ');
            if (words.Sum(w => w.Length) < MinNameLetters || !words.All(w => w.All(char.IsLetter)) || !words.Any(w => w.Length >= MinEditedLetters))
            {
                continue;
            }

            var name = new FuzzyName(words, term.Entry);
            Add(byAnchor, KeyOf(words[0], '>', words[1][0]), name);
            Add(byAnchor, KeyOf(words[^1], '<', words[^2][0]), name);
            anchors.Add(words[0]);
            anchors.Add(words[^1]);
        }

        Anchors = anchors;
        _byAnchor = byAnchor.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Words from which a name is tried (tagged <see cref="WordTags.NameAnchor"/> in the prompt index).</summary>
    public IReadOnlySet<string> Anchors { get; }

    /// <summary>
    /// Names that start with <paramref name="anchor"/> (<paramref name="direction"/> '&gt;': the next word starts
    /// with <paramref name="neighbourInitial"/>) or end with it ('&lt;': the previous word starts so).
    /// </summary>
    public FuzzyName[]? Candidates(ReadOnlySpan<char> anchor, char direction, char neighbourInitial)
    {
        Span<char> key = stackalloc char[Math.Min(anchor.Length + 2, 64)];
        if (anchor.Length + 2 > key.Length)
        {
            return null;
        }

        anchor.CopyTo(key);
        key[anchor.Length] = direction;
        key[anchor.Length + 1] = neighbourInitial;
        return _byAnchor.TryGetValue(key, out var names) ? names : null;
    }

    /// <summary>True when <paramref name="typed"/> is <paramref name="word"/> with exactly one edit (Damerau: insert, delete, substitute, swap).</summary>
    public static bool IsOneEdit(ReadOnlySpan<char> typed, ReadOnlySpan<char> word)
    {
        var diff = typed.Length - word.Length;
        if (diff is < -1 or > 1)
        {
            return false;
        }

        var prefix = 0;
        var shorter = Math.Min(typed.Length, word.Length);
        while (prefix < shorter && typed[prefix] == word[prefix])
        {
            WorkCounter.Add(1);
            prefix++;
        }

        if (diff != 0)
        {
            // One insertion or deletion: the rest must match shifted by one.
            var longer = diff > 0 ? typed : word;
            var other = diff > 0 ? word : typed;
            return prefix < longer.Length && longer[(prefix + 1)..].SequenceEqual(other[prefix..]);
        }

        if (prefix == typed.Length)
        {
            return false; // identical
        }

        if (typed[(prefix + 1)..].SequenceEqual(word[(prefix + 1)..]))
        {
            return true; // one substitution
        }

        // A swap of two neighbouring letters.
        return prefix + 1 < typed.Length
            && typed[prefix] == word[prefix + 1] && typed[prefix + 1] == word[prefix]
            && typed[(prefix + 2)..].SequenceEqual(word[(prefix + 2)..]);
    }

    private static string KeyOf(string anchor, char direction, char initial) => string.Concat(anchor, direction.ToString(), initial.ToString());

    private static void Add(Dictionary<string, List<FuzzyName>> byAnchor, string key, FuzzyName name)
    {
        if (!byAnchor.TryGetValue(key, out var list))
        {
            byAnchor[key] = list = [];
        }

        list.Add(name);
    }
}

/// <summary>A protected name's normalized words and its entry.</summary>
internal sealed record FuzzyName(string[] Words, LexiconEntry Entry);
