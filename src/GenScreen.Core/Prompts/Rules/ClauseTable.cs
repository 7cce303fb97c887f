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
    /// <summary>
    /// Longest phrase a table may list, in words (what <see cref="_phraseWords"/>' four bits hold). Until session 39 this was the
    /// longest phrase the lookup tried (4), so every row of five words or more was loaded and never matched (i16-minors47:
    /// 384 rows of child-statements.tsv, 68 of sexual-statements.tsv); a longer row is now refused at load.
    /// </summary>
    public const int MaxPhraseWords = 15;

    private readonly Dictionary<string, TKinds> _spaced;
    private readonly Dictionary<TKinds, int> _counts;

    /// <summary>Buckets of <see cref="_phraseWords"/>: 2^16 of four bits, 32 KB.</summary>
    private const int FirstWordBits = 16;

    /// <summary>
    /// Session 26 (i16-speed30) kept the first words of the entries of two words or more as bits of their hash, so a clause
    /// word that starts no phrase is looked up alone. Session 39 (i16-minors47): four bits per hash bucket
    /// (<see cref="FirstWordBucket"/>) hold the most words of an entry whose first word falls in it (0 for none), so
    /// <see cref="LongestEntry"/> probes a word's keys only from that many words down (never more than a listed phrase
    /// starting in its bucket can have: no false "no", and no fixed ceiling that leaves long rows unread).
    /// </summary>
    private readonly ulong[] _phraseWords = new ulong[(1 << FirstWordBits) * 4 / 64];

    protected ClauseTable(ClauseTableRows<TKinds> rows)
    {
        _spaced = rows.Spaced;
        _counts = rows.Counts;
        foreach (var text in _spaced.Keys)
        {
            var space = text.IndexOf(' ', StringComparison.Ordinal);
            if (space < 0)
            {
                continue;
            }

            var words = text.AsSpan().Count(' ') + 1;
            if (words > MaxPhraseWords || text.Length >= ClauseWords.MaxKey)
            {
                throw new InvalidDataException($"A clause table row is longer than {MaxPhraseWords} words or {ClauseWords.MaxKey - 1} characters: '{text}'.");
            }

            var bucket = FirstWordBucket(text.AsSpan(0, space));
            if (words > PhraseWordsAt(bucket))
            {
                var shift = (bucket & 15) * 4;
                _phraseWords[bucket >> 4] = (_phraseWords[bucket >> 4] & ~(15UL << shift)) | ((ulong)words << shift);
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
        var longest = count - i;
        if (longest > 1)
        {
            // The word's own key is the start of every longer key written here: only as many words as the longest phrase that
            // may start with it are looked up (one when none may).
            var own = ClauseWords.WriteKey(source, words, i, 1, key);
            longest = own < 0 ? 1 : Math.Min(longest, Math.Max(1, MostPhraseWords(key[..own])));
        }

        for (var n = longest; n >= 1; n--)
        {
            var length = ClauseWords.WriteKey(source, words, i, n, key);
            WorkCounter.Add(1);
            if (length >= 0 && lookup.TryGetValue(key[..length], out var term, out var kinds))
            {
                // Session 40 (i16-precision48): a one-word row that is a frequent word of another language fires only where the
                // prompt does not show that language without the row's own (ClauseRowLanguages): Turkish "ben" (I) is no
                // Swedish leg, Portuguese "vai" (goes) no Vietnamese shoulders.
                if (n == 1 && !ClauseRowLanguages.Allows(term))
                {
                    return default;
                }

                return (kinds, n, term);
            }

            if (n == 1 && length >= 0 && ReadWord(key[..length]) is var read && !EqualityComparer<TKinds>.Default.Equals(read, default))
            {
                return (read, 1, null);
            }
        }

        return default;
    }

    /// <summary>The most words of a listed phrase that may start with the word keyed as <paramref name="firstWord"/> (0: none; never too few).</summary>
    private int MostPhraseWords(ReadOnlySpan<char> firstWord) => PhraseWordsAt(FirstWordBucket(firstWord));

    private int PhraseWordsAt(int bucket) => (int)((_phraseWords[bucket >> 4] >> ((bucket & 15) * 4)) & 15);

    /// <summary>A word's bucket in <see cref="_phraseWords"/>: the top bits of its FNV-1a hash.</summary>
    private static int FirstWordBucket(ReadOnlySpan<char> word)
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
