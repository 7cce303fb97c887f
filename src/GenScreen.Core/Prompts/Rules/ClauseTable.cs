using System.Buffers;

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

    protected ClauseTable(ClauseTableRows<TKinds> rows)
    {
        _spaced = rows.Spaced;
        _counts = rows.Counts;
        Unspaced = rows.Unspaced();
        Triggers = rows.TriggerSearch();
        AsciiTriggers = rows.AsciiTriggers();
        ShortAsciiTriggers = rows.ShortAsciiTriggers();
    }

    /// <summary>Entries written in an unspaced script (Han, kana, Hangul, Thai), looked for inside a clause.</summary>
    public List<(string Text, TKinds Kinds)> Unspaced { get; }

    /// <summary>The trigger words: the longest word of every spaced entry of a trigger kind, and whole unspaced entries of those kinds.</summary>
    public SearchValues<string> Triggers { get; }

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
        for (var n = Math.Min(MaxPhraseWords, count - i); n >= 1; n--)
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

    /// <summary>What the table reads in a word that is not listed (<paramref name="word"/> keyed as a listed one), or none.</summary>
    protected virtual TKinds ReadWord(ReadOnlySpan<char> word) => default;
}
