namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// What the clause tables (<see cref="ChildStatementTable"/>, <see cref="SexualStatementTable"/>) share once loaded
/// (<see cref="ClauseTableRows{TKinds}"/>): spaced words and phrases by text, unspaced entries as a list, the trigger
/// words, and the longest-entry lookup at a word of a clause. A table adds its own reading of a word that is not listed
/// (<see cref="ReadWord"/>: the stems of the sexual table).
/// </summary>
/// <typeparam name="TKinds">The table's flags enum (32 bits).</typeparam>
internal abstract class ClauseTable<TKinds>
    where TKinds : unmanaged, Enum
{
    /// <summary>Longest phrase of a table, in words.</summary>
    public const int MaxPhraseWords = 4;

    private readonly Dictionary<string, TKinds> _spaced;
    private readonly Dictionary<TKinds, int> _counts;

    /// <summary>Bits of <see cref="_phraseFirstWords"/>: 2^16, 8 KB.</summary>
    private const int FirstWordBits = 16;

    /// <summary>
    /// Session 26 (i16-speed30): the first words of the entries of two words or more, as bits of their hash
    /// (<see cref="FirstWordBit"/>). A clause word whose bit is clear starts no phrase of the table, so
    /// <see cref="LongestEntry"/> looks it up alone, without writing and probing its two-, three- and four-word keys (which
    /// could not be listed: a phrase's key starts with its first word's key and a space). A set bit only lets the probes run.
    /// </summary>
    private readonly ulong[] _phraseFirstWords = new ulong[(1 << FirstWordBits) / 64];

    protected ClauseTable(ClauseTableRows<TKinds> rows)
    {
        _spaced = rows.Spaced;
        _counts = rows.Counts;
        foreach (var text in _spaced.Keys)
        {
            var space = text.IndexOf(' ', StringComparison.Ordinal);
            if (space >= 0)
            {
                var bit = FirstWordBit(text.AsSpan(0, space));
                _phraseFirstWords[bit >> 6] |= 1UL << (bit & 63);
            }
        }

        Unspaced = rows.Unspaced();
        Triggers = rows.TriggerSearch();
        AsciiTriggers = rows.AsciiTriggers();
        ShortAsciiTriggers = rows.ShortAsciiTriggers();
    }

    /// <summary>Entries written in an unspaced script (Han, kana, Hangul, Thai), looked for inside a clause.</summary>
    public List<(string Text, TKinds Kinds)> Unspaced { get; }

    /// <summary>The trigger words: the longest word of every spaced entry of a trigger kind, and whole unspaced entries of those kinds.</summary>
    public ScriptSplitTriggers Triggers { get; }

    /// <summary>
    /// The triggers that can match a prompt written in ASCII alone (<see cref="StatementTriggers"/> finds them for both tables
    /// at once), each with whether it is a whole word (not a prefix: a stem).
    /// </summary>
    public (string Trigger, bool WholeWord)[] AsciiTriggers { get; }

    /// <summary>ASCII triggers shorter than the shared finder's key (the number 69), looked for by their reader on its own.</summary>
    public string[] ShortAsciiTriggers { get; }

    /// <summary>Rows of the table of one kind as written.</summary>
    public int CountOf(TKinds kind) => _counts.GetValueOrDefault(kind);

    /// <summary>The kinds of a listed word or phrase (lower case, as keyed), if listed.</summary>
    protected bool TryGetSpaced(ReadOnlySpan<char> key, out TKinds kinds) => _spaced.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out kinds);

    /// <summary>
    /// The longest listed entry starting at word <paramref name="i"/> (lower-cased, one space between words, ’ read as '):
    /// its kinds, how many words it spans and its text as listed; else, for the word alone, what <see cref="ReadWord"/>
    /// reads in it (no text); else nothing.
    /// </summary>
    protected (TKinds Kinds, int Words, string? Term) LongestEntry(string source, ReadOnlySpan<(int Start, int End)> words, int i, int count)
    {
        Span<char> key = stackalloc char[ClauseWords.MaxKey];
        var lookup = _spaced.GetAlternateLookup<ReadOnlySpan<char>>();
        var longest = Math.Min(MaxPhraseWords, count - i);
        if (longest > 1)
        {
            // The word's own key is the start of every longer key written here: when no phrase starts with it, only it is looked up.
            var own = ClauseWords.WriteKey(source, words, i, 1, key);
            if (own < 0 || !MayStartPhrase(key[..own]))
            {
                longest = 1;
            }
        }

        for (var n = longest; n >= 1; n--)
        {
            var length = ClauseWords.WriteKey(source, words, i, n, key);
            WorkCounter.Add(1);
            if (length >= 0 && lookup.TryGetValue(key[..length], out var term, out var kinds))
            {
                return (kinds, n, term);
            }

            if (n == 1 && length >= 0 && ReadWord(key[..length]) is var read && !EqualityComparer<TKinds>.Default.Equals(read, default))
            {
                return (read, 1, null);
            }
        }

        return default;
    }

    /// <summary>Whether an entry of two words or more may start with the word keyed as <paramref name="firstWord"/> (no false "no").</summary>
    private bool MayStartPhrase(ReadOnlySpan<char> firstWord)
    {
        var bit = FirstWordBit(firstWord);
        return (_phraseFirstWords[bit >> 6] & (1UL << (bit & 63))) != 0;
    }

    /// <summary>A word's bit in <see cref="_phraseFirstWords"/>: the top bits of its FNV-1a hash.</summary>
    private static int FirstWordBit(ReadOnlySpan<char> word)
    {
        var hash = 2166136261u;
        foreach (var c in word)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash >> (32 - FirstWordBits));
    }

    /// <summary>What the table reads in a word that is not listed (<paramref name="word"/> keyed as a listed one), or none.</summary>
    protected virtual TKinds ReadWord(ReadOnlySpan<char> word) => default;
}
