using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Lexicons;

/// <summary>Which rare per-word rules a plain word can set off (see <see cref="PlainWordMemo.Classify"/>).</summary>
internal delegate WordShape WordClassifier(ReadOnlySpan<char> word);

/// <summary>
/// What the matcher last learned about a plain word (letters only, no digit, leet symbol, other script or clitic
/// prefix): its entry in the term index, and whether none of its disguised forms (stretched, look-alike letters,
/// joined youth or nudity parts, diminutives, inflection stems, affixes, compounds) is a term. For such a word both
/// answers depend on the word alone (and on whether the tokenizer saw a repeated letter in it), never on its
/// neighbours, so the matcher reads them here in one probe of a small table instead of probing the large term
/// table and trying the five disguise gates again for every occurrence of the same word (docs/performance.md,
/// "Session 11: plain words learned once").
/// </summary>
/// <remarks>
/// A fixed table of <see cref="SlotCount"/> slots, one word each, chosen by a hash of the word; a word that lands
/// on a taken slot replaces its occupant, so memory stays bounded (at most a few hundred kilobytes, whatever the
/// traffic) and a forgotten word is only computed again. Each slot holds an object published with one
/// reference write (immutable but for one remembered pair of words, itself one reference: <see cref="KnownWord"/>), so readers on other threads see either the old word or the new one, never a mix, and take no
/// lock. A slot is compared by the word itself, so a hash collision can cost a recomputation, never a wrong answer.
/// </remarks>
internal sealed class PlainWordMemo
{
    /// <summary>Slots (a power of two): room for the distinct words of many prompts, 32 KiB of references when empty.</summary>
    public const int SlotCount = 1 << SlotBits;

    /// <summary>Longest word kept: almost every word of a prompt is shorter; a longer one is computed as before.</summary>
    public const int MaxWordLength = 24;

    private readonly Known?[] _slots = new Known?[SlotCount];

    /// <summary>
    /// Is <paramref name="token"/> a word whose lookup and disguise answers depend on its text alone: letters only
    /// (joined to the previous token or not, with or without a repeated letter), short enough to keep?
    /// The caller also rules out words that may start with a clitic prefix (their matches read the next words).
    /// </summary>
    public static bool IsPlain(in Token token) =>
        token.Length <= MaxWordLength && (token.Flags & ~(TokenFlags.Letter | TokenFlags.Joined | TokenFlags.Repeats)) == 0 && token.Has(TokenFlags.Letter);

    /// <summary>What is known of <paramref name="word"/> written with (<paramref name="repeats"/>) or without a repeated letter; null when nothing is.</summary>
    public Known? Find(ReadOnlySpan<char> word, bool repeats) => Find(word, repeats, HashOf(word));

    /// <summary>The same, with the word's <see cref="HashOf"/> already known (the tokenizer computes it as it writes the word: <see cref="Token.Hash"/>).</summary>
    public Known? Find(ReadOnlySpan<char> word, bool repeats, uint hash)
    {
        WorkCounter.Add(1 + word.Length);
        var known = Volatile.Read(ref _slots[SlotOf(hash)]);
        return known is not null && known.Repeats == repeats && word.SequenceEqual(known.Word) ? known : null;
    }

    /// <summary>
    /// Finds which rare per-word rules a word can set off (<see cref="WordShape"/>), once, when the word is first kept;
    /// null (the negative prompt's index, whose words no age or people rule reads): words are kept unclassified.
    /// </summary>
    public WordClassifier? Classify { get; set; }

    /// <summary>Keeps what the matcher found for <paramref name="word"/> (replacing the slot's word, if any) and returns it.</summary>
    /// <param name="found">Whether the term index has the word.</param>
    /// <param name="info">The index's answer (default when not found).</param>
    /// <param name="inert">No disguised form of the word is a term (only meaningful when the word itself is no term).</param>
    public Known Remember(ReadOnlySpan<char> word, bool repeats, bool found, in TermInfo info, bool inert) =>
        Remember(word, HashOf(word), repeats, found, in info, inert);

    /// <summary>The same, with the word's <see cref="HashOf"/> already known.</summary>
    public Known Remember(ReadOnlySpan<char> word, uint hash, bool repeats, bool found, in TermInfo info, bool inert)
    {
        WorkCounter.Add(1 + word.Length);
        var known = new Known(word.ToString(), repeats, found, info, inert, Classify?.Invoke(word) ?? WordShape.None);
        Volatile.Write(ref _slots[SlotOf(hash)], known);
        return known;
    }

    /// <summary>Forgets every word (tests compare answers with and without what was learned).</summary>
    internal void Clear() => Array.Clear(_slots);

    /// <summary>Words kept now (tests).</summary>
    internal int Count => _slots.Count(known => known is not null);

    /// <summary>The word's hash as the tokenizer computes it (<see cref="WordHash"/>, <see cref="Token.Hash"/>).</summary>
    public static uint HashOf(ReadOnlySpan<char> word) => WordHash.Of(word);

    /// <summary>Fibonacci hashing of the word's hash: its top bits, which every character reached through the multiply.</summary>
    private static int SlotOf(uint hash) => (int)((hash * 2654435769u) >> (32 - SlotBits));

    private const int SlotBits = 12;

    /// <summary>One word's answers, immutable once published.</summary>
    internal sealed class Known(string word, bool repeats, bool found, TermInfo info, bool inert, WordShape shape = WordShape.None) : KnownWord(shape)
    {
        public string Word { get; } = word;

        /// <summary>The tokenizer saw a repeated letter (a stretched word is tried squeezed).</summary>
        public bool Repeats { get; } = repeats;

        public bool Found { get; } = found;

        public TermInfo Info { get; } = info;

        /// <summary>None of the word's disguised forms is a term.</summary>
        public bool Inert { get; } = inert;
    }
}
