using System.Numerics;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Lexicons;

/// <summary>
/// Protected names that tolerate one typo. A name is tried only from one of its words written exactly (its
/// first or its last word, tagged <see cref="WordTags.NameAnchor"/> in the index), and only against the
/// names whose neighbouring word starts with the same letter as the neighbouring token, so a prompt costs
/// nothing unless it holds such a word, and then a handful of comparisons.
/// </summary>
/// <remarks>
/// The rule (docs/lexicons.md): the name has at least <see cref="MinNameLetters"/> letters (or <see cref="MinDoublingNameLetters"/>
/// for a doubled or undoubled letter, <see cref="IsDoubling"/>, the only typo allowed in a shorter name or word); each word that differs
/// does so by insertions, deletions, substitutions or swaps of neighbouring letters, has at least
/// <see cref="MinEditedLetters"/> letters and keeps its first letter; one edit in all, or two when the name has
/// <see cref="MinTwoEditNameLetters"/>+ letters (both in one word only when that word has
/// <see cref="MinTwoEditWordLetters"/>+ letters; one in each of two words only when neither typed word is a common
/// word, found by the first two letters of both, <see cref="CandidatesByInitials"/>); and when a typed word is a common word
/// (<c>Scarlet</c>), another word of the name is written exactly and is distinctive: at least
/// <see cref="MinDistinctiveLetters"/> letters and no common word (so <c>Scarlet Johansson</c> is Scarlett
/// Johansson, but <c>Emma Stoned</c> is not Emma Stone).
/// </remarks>
internal sealed class NameFuzzyIndex
{
    public const int MinNameLetters = 10;
    public const int MinEditedLetters = 5;
    public const int MinDistinctiveLetters = 6;

    /// <summary>A name word this long may carry two edits (Damerau), a shorter one only one.</summary>
    public const int MinTwoEditWordLetters = 8;

    /// <summary>A name this long (letters) may carry two edits in all, in one word or one in each.</summary>
    public const int MinTwoEditNameLetters = 11;

    /// <summary>A name this long (letters) may carry a doubling typo (<see cref="IsDoubling"/>) even when it is shorter than <see cref="MinNameLetters"/>.</summary>
    public const int MinDoublingNameLetters = 7;

    /// <summary>A name word this long may carry a doubling typo even when it is shorter than <see cref="MinEditedLetters"/>.</summary>
    public const int MinDoublingWordLetters = 3;

    /// <summary>
    /// Does <paramref name="typed"/> differ from <paramref name="word"/> only by one letter doubled (Kaif → Kaiff, Fox → Foxx)
    /// or one doubled letter written once (Bhatt → Bhat, Sweeney's ee is no doubling of a single letter)? The commonest
    /// typo of a name and the one least likely to turn an ordinary word into a name: the letters and their order are kept.
    /// </summary>
    public static bool IsDoubling(ReadOnlySpan<char> typed, ReadOnlySpan<char> word)
    {
        if (typed.Length == word.Length + 1)
        {
            return OneLetterDoubled(typed, word);
        }

        return word.Length == typed.Length + 1 && OneLetterDoubled(word, typed);
    }

    private static bool OneLetterDoubled(ReadOnlySpan<char> longer, ReadOnlySpan<char> shorter)
    {

        var i = 0;
        while (i < shorter.Length && longer[i] == shorter[i])
        {
            i++;
        }

        // longer[i] is the extra letter: the rest must match, and the letter must repeat its neighbour.
        return longer[(i + 1)..].SequenceEqual(shorter[i..])
            && ((i > 0 && longer[i - 1] == longer[i]) || (i + 1 < longer.Length && longer[i + 1] == longer[i]));
    }

    private readonly Dictionary<string, FuzzyName[]>.AlternateLookup<ReadOnlySpan<char>> _byAnchor;
    private readonly Dictionary<ulong, InitialsGroup> _byInitials;

    public NameFuzzyIndex(IEnumerable<NormalizedTerm> names, StringPool? strings = null)
    {
        var byAnchor = new Dictionary<string, List<FuzzyName>>(StringComparer.Ordinal);
        var byInitials = new Dictionary<ulong, List<FuzzyName>>();
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        foreach (var term in names)
        {
            if (term.TokenCount is < 2 or > 3 || term.IsCjk)
            {
                continue;
            }

            var words = term.Key.Split(' ');
            var nameLetters = words.Sum(w => w.Length);

            // A shorter name (Megan Fox, Alia Bhatt, Katrina Kaif's short surname) is indexed too, for the one typo that is
            // safe at any length: a letter doubled or a doubled letter written once (Foxx, Bhat, Kaiff). TryAlign allows
            // only that edit below MinNameLetters letters or in a word shorter than MinEditedLetters.
            if (nameLetters < MinDoublingNameLetters || !words.All(w => w.All(char.IsLetter)) || !words.Any(w => w.Length >= MinDoublingWordLetters))
            {
                continue;
            }

            if (strings is not null)
            {
                for (var w = 0; w < words.Length; w++)
                {
                    words[w] = strings.Share(words[w]); // the same words are name anchors and given names in the term index
                }
            }

            var name = new FuzzyName(words, term.Entry);
            Add(byAnchor, KeyOf(words[0], '>', words[1][0]), name);
            Add(byAnchor, KeyOf(words[^1], '<', words[^2][0]), name);
            anchors.Add(words[0]);
            anchors.Add(words[^1]);

            // Names with no word written exactly (a typo in each): found by the first two letters of their first two words.
            if (words.Sum(w => w.Length) >= MinTwoEditNameLetters && words[0].Length >= MinEditedLetters && words[1].Length >= MinEditedLetters)
            {
                var initials = InitialsKey(words[0], words[1]);
                if (!byInitials.TryGetValue(initials, out var list))
                {
                    byInitials[initials] = list = [];
                }

                list.Add(name);
            }
        }

        // Four lower-case initials (almost every pair a prompt asks about) find their group by the rank of their bit: the
        // groups are kept in bit order, so a group's index is the count of set bits before its own. Other letters go to
        // the dictionary. (Two passes, no sorting: the bits first, then each group straight to its rank.)
        foreach (var key in byInitials.Keys)
        {
            if (LowerInitialsSlot(key) is var slot and >= 0)
            {
                _lowerInitials[slot >> 6] |= 1UL << (slot & 63);
            }
        }

        _lowerRanks = new int[_lowerInitials.Length];
        var ranked = 0;
        for (var w = 0; w < _lowerInitials.Length; w++)
        {
            _lowerRanks[w] = ranked;
            ranked += BitOperations.PopCount(_lowerInitials[w]);
        }

        _lowerGroups = new InitialsGroup[ranked];
        _byInitials = [];
        foreach (var (key, list) in byInitials)
        {
            var group = new InitialsGroup([.. list]);
            if (LowerInitialsSlot(key) is var slot and >= 0)
            {
                _lowerGroups[_lowerRanks[slot >> 6] + BitOperations.PopCount(_lowerInitials[slot >> 6] & ((1UL << (slot & 63)) - 1))] = group;
            }
            else
            {
                _byInitials[key] = group;
            }
        }

        _anchors = anchors;
        _byAnchor = byAnchor.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    // Needed once, while the term index is tagged; not kept for the index's lifetime (tens of thousands of entries).
    private HashSet<string>? _anchors;

    /// <summary>
    /// Words from which a name is tried (to tag as <see cref="WordTags.NameAnchor"/> in the prompt index). Handed out
    /// once: the index lets go of the set, which only the build needs.
    /// </summary>
    public HashSet<string> TakeAnchors()
    {
        var anchors = _anchors ?? throw new InvalidOperationException("The name anchors were already taken.");
        _anchors = null;
        return anchors;
    }

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

    /// <summary>
    /// <see cref="Candidates(ReadOnlySpan{char}, char, char)"/> for a word the matcher's memo knows: an anchor and initial
    /// whose lookup found nothing before are answered from the word's entry (<see cref="KnownWord.MayAnchorNames"/>)
    /// without building the key and probing the table again.
    /// </summary>
    public FuzzyName[]? Candidates(ReadOnlySpan<char> anchor, char direction, char neighbourInitial, KnownWord? known)
    {
        if (known is null)
        {
            return Candidates(anchor, direction, neighbourInitial);
        }

        var after = direction == '>';
        if (!known.MayAnchorNames(after, neighbourInitial))
        {
            return null;
        }

        var names = Candidates(anchor, direction, neighbourInitial);
        known.NoteAnchorNames(after, neighbourInitial, names is not null);
        return names;
    }

    /// <summary>Names whose first two words begin with the first two letters of <paramref name="first"/> and <paramref name="second"/>.</summary>
    public InitialsGroup? CandidatesByInitials(ReadOnlySpan<char> first, ReadOnlySpan<char> second)
    {
        if (first.Length < 2 || second.Length < 2)
        {
            return null;
        }

        // Asked for every pair of ordinary words: the bit of four lower-case letters answers most of them without a probe of
        // the large table (whose buckets are rarely in the cache). Other letters go to the table.
        var key = InitialsKey(first, second);
        var slot = LowerInitialsSlot(key);
        if (slot < 0)
        {
            return _byInitials.TryGetValue(key, out var names) ? names : null;
        }

        var bits = _lowerInitials[slot >> 6];
        var bit = 1UL << (slot & 63);
        return (bits & bit) == 0 ? null : _lowerGroups[_lowerRanks[slot >> 6] + BitOperations.PopCount(bits & (bit - 1))];
    }

    /// <summary>One bit for each four lower-case ASCII initials (26⁴, 56 KiB): set when some name has them.</summary>
    private readonly ulong[] _lowerInitials = new ulong[((26 * 26 * 26 * 26) + 63) / 64];

    /// <summary>The groups of the set bits of <see cref="_lowerInitials"/>, in bit order.</summary>
    private readonly InitialsGroup[] _lowerGroups;

    /// <summary>Set bits of <see cref="_lowerInitials"/> before each of its words (28 KiB): a group's index is this plus the bits before it in its word.</summary>
    private readonly int[] _lowerRanks;

    /// <summary>The bit of <paramref name="key"/> when its four letters are lower-case ASCII; -1 otherwise.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static int LowerInitialsSlot(ulong key)
    {
        var slot = 0;
        for (var shift = 48; shift >= 0; shift -= 16)
        {
            var letter = (int)((key >> shift) & 0xFFFF) - 'a';
            if ((uint)letter >= 26)
            {
                return -1;
            }

            slot = (slot * 26) + letter;
        }

        return slot;
    }

    /// <summary>The letters of <paramref name="word"/> by their low six bits, as <see cref="MissingLetters"/> reads them.</summary>
    public static ulong LetterMask(ReadOnlySpan<char> word)
    {
        ulong mask = 0;
        foreach (var c in word)
        {
            mask |= 1UL << (c & 63);
        }

        return mask;
    }

    /// <summary>The first two letters of two words packed into one key (UTF-16 code units).</summary>
    public static ulong InitialsKey(ReadOnlySpan<char> first, ReadOnlySpan<char> second) =>
        ((ulong)first[0] << 48) | ((ulong)first[1] << 32) | ((ulong)second[0] << 16) | second[1];

    /// <summary>
    /// The Damerau (optimal string alignment) distance between <paramref name="typed"/> and <paramref name="word"/>
    /// when it is at most <paramref name="max"/>, otherwise <paramref name="max"/> + 1. Words are short (a name's
    /// word); longer ones are never compared.
    /// </summary>
    public static int EditDistance(ReadOnlySpan<char> typed, ReadOnlySpan<char> word, int max)
    {
        if (Math.Abs(typed.Length - word.Length) > max || typed.Length > 40 || word.Length > 40 || MissingLetters(typed, word) > max)
        {
            return max + 1;
        }

        var columns = word.Length + 1;
        Span<int> rows = stackalloc int[3 * columns];
        var previous2 = rows[..columns];
        var previous = rows.Slice(columns, columns);
        var current = rows.Slice(2 * columns, columns);
        for (var j = 0; j < columns; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= typed.Length; i++)
        {
            current[0] = i;
            var rowMin = i;
            for (var j = 1; j < columns; j++)
            {
                WorkCounter.Add(1);
                var cost = typed[i - 1] == word[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && typed[i - 1] == word[j - 2] && typed[i - 2] == word[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (rowMin > max)
            {
                return max + 1;
            }

            var recycled = previous2;
            previous2 = previous;
            previous = current;
            current = recycled;
        }

        return Math.Min(previous[word.Length], max + 1);
    }

    /// <summary>
    /// A lower bound of the edit distance read in one pass: letters (by their low six bits) that one word has and
    /// the other lacks entirely. Each such letter needs an edit of its own (a swap only moves letters both words
    /// have), so a bound above the budget rejects the pair without filling the table: most candidates a name's
    /// initials bring are unrelated words.
    /// </summary>
    private static int MissingLetters(ReadOnlySpan<char> typed, ReadOnlySpan<char> word) => MissingLetters(LetterMask(typed), LetterMask(word));

    private static int MissingLetters(ulong inTyped, ulong inWord) =>
        Math.Max(BitOperations.PopCount(inTyped & ~inWord), BitOperations.PopCount(inWord & ~inTyped));

    /// <summary>Is the letters-missing bound of two words (by their <see cref="LetterMask"/>s) at most <paramref name="max"/>?</summary>
    public static bool MissingLettersWithin(ulong typedMask, ulong wordMask, int max) => MissingLetters(typedMask, wordMask) <= max;

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

/// <summary>
/// The names that share the first two letters of their first two words (<see cref="NameFuzzyIndex.CandidatesByInitials"/>),
/// with the letter masks of those two words beside them, so that a pair of ordinary words ("warm color", "film grain")
/// turns most candidates away with two masks compared instead of two edit-distance tables (hot path: every pair of
/// unmatched words of a prompt asks).
/// </summary>
internal sealed class InitialsGroup
{
    /// <summary>The most edits a word of a doubly typed name may carry (<see cref="NameFuzzyIndex.MinTwoEditWordLetters"/>).</summary>
    private const int MaxWordEdits = 2;

    private readonly ulong[] _masks;

    /// <summary>The lengths of each name's first two words, beside the masks: a candidate is judged without reading the name itself.</summary>
    private readonly byte[] _lengths;

    /// <summary>Shortest and longest first and second words of the group: a pair outside them by more than the edits fits no name.</summary>
    private readonly int _minFirst, _maxFirst, _minSecond, _maxSecond;

    public InitialsGroup(FuzzyName[] names)
    {
        Names = names;
        _masks = new ulong[2 * names.Length];
        _lengths = new byte[2 * names.Length];
        (_minFirst, _maxFirst, _minSecond, _maxSecond) = (int.MaxValue, 0, int.MaxValue, 0);
        for (var k = 0; k < names.Length; k++)
        {
            var (first, second) = (names[k].Words[0], names[k].Words[1]);
            _masks[2 * k] = NameFuzzyIndex.LetterMask(first);
            _masks[(2 * k) + 1] = NameFuzzyIndex.LetterMask(second);
            _lengths[2 * k] = (byte)Math.Min(first.Length, byte.MaxValue);
            _lengths[(2 * k) + 1] = (byte)Math.Min(second.Length, byte.MaxValue);
            (_minFirst, _maxFirst) = (Math.Min(_minFirst, first.Length), Math.Max(_maxFirst, first.Length));
            (_minSecond, _maxSecond) = (Math.Min(_minSecond, second.Length), Math.Max(_maxSecond, second.Length));
        }
    }

    /// <summary>Can any name of the group have first two words of these lengths, within <see cref="MaxWordEdits"/> edits each? (The same length test as <see cref="MayAlign"/>, for all at once.)</summary>
    public bool MayAlignAny(int firstLength, int secondLength) =>
        firstLength >= _minFirst - MaxWordEdits && firstLength <= _maxFirst + MaxWordEdits
        && secondLength >= _minSecond - MaxWordEdits && secondLength <= _maxSecond + MaxWordEdits;

    public FuzzyName[] Names { get; }

    /// <summary>
    /// Can name <paramref name="k"/>'s first two words be <paramref name="first"/> and <paramref name="second"/>, each
    /// written exactly or within <see cref="MaxWordEdits"/> edits? False only when the lengths or the letters
    /// (<see cref="NameFuzzyIndex.EditDistance"/>'s own lower bound) already rule out any budget the alignment grants.
    /// </summary>
    public bool MayAlign(int k, ReadOnlySpan<char> first, ulong firstMask, ReadOnlySpan<char> second, ulong secondMask)
    {
        return Math.Abs(first.Length - _lengths[2 * k]) <= MaxWordEdits && Math.Abs(second.Length - _lengths[(2 * k) + 1]) <= MaxWordEdits
            && NameFuzzyIndex.MissingLettersWithin(firstMask, _masks[2 * k], MaxWordEdits)
            && NameFuzzyIndex.MissingLettersWithin(secondMask, _masks[(2 * k) + 1], MaxWordEdits);
    }
}
