using System.Numerics;

namespace GenScreen.Core.Prompts.Lexicons;

/// <summary>
/// The words a joined word can be split into (<c>younggirl</c>, <c>lilgirl</c>, <c>nudeteen</c>): youth and
/// nudity words grouped by two letters (the first two for heads, the last two for tails), so a word
/// that shares no pair with any of them is rejected with one array read.
/// </summary>
/// <remarks>
/// Session 42 (i16-speed50): a word's parts are found by their lengths, not by reading the pair's whole group. Each pair
/// keeps a mask of the lengths its parts have; a word tries only those lengths (longest first, as the group is ordered),
/// each by one probe of a set of all the parts. The group of a frequent pair had grown to hundreds of words (sexforms49's
/// inflected forms: every level-4 sexual word is a head), each compared with every first-seen word that starts with
/// those two letters: 96 % of the term matcher's steps on a first-seen benign prompt (67,695 of 70,737). The parts found,
/// and their order, are those of the group's scan (<see cref="For"/>, kept for the image and the tests).
/// </remarks>
internal sealed class JoinedWordParts
{
    private const int Letters = 26;
    private readonly string[]?[] _byPair = new string[]?[Letters * Letters];

    /// <summary>For each pair, bit k set when some part of that pair has k letters (parts of 64 letters or more cannot be found in a word the matcher splits).</summary>
    private readonly ulong[] _lengthsByPair = new ulong[Letters * Letters];

    private HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _parts;

    /// <summary>Whether the pair is a word's last two letters (tails) rather than its first two (heads).</summary>
    private bool _byLastPair;

    private JoinedWordParts(IEnumerable<string> parts, bool byLastPair)
    {
        foreach (var group in parts.Distinct(StringComparer.Ordinal).GroupBy(p => byLastPair ? PairOf(p[^2], p[^1]) : PairOf(p[0], p[1])))
        {
            _byPair[group.Key] = [.. group.OrderByDescending(p => p.Length)];
        }

        IndexLengths(byLastPair);
    }

    /// <summary>The length masks and the set of every part, from <see cref="_byPair"/> (built or read from the image).</summary>
    private void IndexLengths(bool byLastPair)
    {
        _byLastPair = byLastPair;
        var all = new HashSet<string>(StringComparer.Ordinal);
        for (var pair = 0; pair < _byPair.Length; pair++)
        {
            foreach (var part in _byPair[pair] ?? [])
            {
                all.Add(part);
                if (part.Length < 64)
                {
                    _lengthsByPair[pair] |= 1UL << part.Length;
                }
            }
        }

        _parts = all.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>
    /// Heads: single youth words (<c>teen</c>, <c>loli</c>), single nudity or explicit words (<c>nude</c>) and the
    /// first words of youth phrases (<c>young</c> of <c>young girl</c>, <c>lil</c> of <c>lil girl</c>); never a false
    /// friend (a language-only term).
    /// </summary>
    private JoinedWordParts()
    {
    }

    /// <summary>The parts as <see cref="WriteImage"/> wrote them (<see cref="TermIndexImage"/>).</summary>
    /// <param name="byLastPair">Whether the parts are tails (grouped by their last two letters), as when they were built.</param>
    internal static JoinedWordParts ReadImage(BinaryReader image, bool byLastPair)
    {
        var parts = ReadGroups(image);
        parts.IndexLengths(byLastPair);
        return parts;
    }

    private static JoinedWordParts ReadGroups(BinaryReader image)
    {
        var parts = new JoinedWordParts();
        for (var pair = 0; pair < parts._byPair.Length; pair++)
        {
            var count = image.ReadInt32();
            if (count >= 0)
            {
                var words = new string[count];
                for (var i = 0; i < count; i++)
                {
                    words[i] = image.ReadString();
                }

                parts._byPair[pair] = words;
            }
        }

        return parts;
    }

    internal void WriteImage(BinaryWriter image)
    {
        foreach (var words in _byPair)
        {
            image.Write(words?.Length ?? -1);
            foreach (var word in words ?? [])
            {
                image.Write(word);
            }
        }
    }

    public static JoinedWordParts Heads(IReadOnlyDictionary<string, TermInfo> words)
    {
        var heads = new List<string>();
        foreach (var (key, info) in words)
        {
            // A false friend (language-only) is too weak to be read inside another word: "mankind" holds
            // German "kind" only by accident.
            if (info.Entry is not { OnlyInLanguages: 0 } entry)
            {
                continue;
            }

            var space = key.IndexOf(' ', StringComparison.Ordinal);
            var isYouth = entry.Signal is Signal.Minor or Signal.SexualMinor;
            if (space < 0 && (isYouth || (entry.Signal == Signal.Sexual && entry.Level >= 4)))
            {
                heads.Add(key);
            }
            else if (space > 0 && isYouth && key.IndexOf(' ', space + 1) < 0)
            {
                heads.Add(key[..space]);
            }
        }

        return new JoinedWordParts(heads.Where(IsPart), byLastPair: false);
    }

    /// <summary>Tails: single youth words of four letters or more (<c>teen</c>, <c>loli</c>, <c>toddler</c>), false friends excepted.</summary>
    public static JoinedWordParts Tails(IReadOnlyDictionary<string, TermInfo> words) =>
        new(words
            .Where(kv => kv.Value.Entry is { Signal: Signal.Minor or Signal.SexualMinor, OnlyInLanguages: 0 } && kv.Key.Length >= 4 && !kv.Key.Contains(' ', StringComparison.Ordinal))
            .Select(kv => kv.Key)
            .Where(IsPart), byLastPair: true);

    /// <summary>
    /// The parts of at most <paramref name="maxLength"/> letters that begin <paramref name="word"/> (heads) or end it
    /// (tails), longest first: the parts of the word's pair group that it starts or ends with, in the group's order, found
    /// by one set probe per length the group has (<see cref="_lengthsByPair"/>).
    /// </summary>
    public PartMatches In(ReadOnlySpan<char> word, int maxLength)
    {
        if (word.Length < 2 || maxLength < 1)
        {
            return default;
        }

        var pair = _byLastPair ? PairOf(word[^2], word[^1]) : PairOf(word[0], word[1]);
        if (pair < 0)
        {
            return default;
        }

        var lengths = _lengthsByPair[pair];
        if (maxLength < 63)
        {
            lengths &= (2UL << maxLength) - 1;
        }

        return new PartMatches(word, lengths, _parts, _byLastPair);
    }

    /// <summary>The parts <see cref="In"/> found, longest first (a <c>foreach</c> over it allocates nothing).</summary>
    internal ref struct PartMatches
    {
        private readonly ReadOnlySpan<char> _word;
        private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _parts;
        private readonly bool _suffix;
        private ulong _lengths;

        internal PartMatches(ReadOnlySpan<char> word, ulong lengths, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> parts, bool suffix)
        {
            _word = word;
            _lengths = lengths;
            _parts = parts;
            _suffix = suffix;
            Current = null!;
        }

        public string Current { get; private set; }

        public readonly PartMatches GetEnumerator() => this;

        public bool MoveNext()
        {
            while (_lengths != 0)
            {
                var length = 63 - BitOperations.LeadingZeroCount(_lengths);
                _lengths &= ~(1UL << length);
                if (length > _word.Length)
                {
                    continue;
                }

                WorkCounter.Add(1);
                if (_parts.TryGetValue(_suffix ? _word[^length..] : _word[..length], out var part))
                {
                    Current = part;
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>The group of parts of one pair, longest first (the image, and the tests' reference for <see cref="In"/>).</summary>
    public ReadOnlySpan<string> For(char a, char b)
    {
        var pair = PairOf(a, b);
        return pair < 0 ? default : _byPair[pair];
    }

    private static bool IsPart(string word) => word.Length >= 3 && word.All(char.IsAsciiLetterLower);

    private static int PairOf(char a, char b) =>
        char.IsAsciiLetterLower(a) && char.IsAsciiLetterLower(b) ? ((a - 'a') * Letters) + (b - 'a') : -1;
}
