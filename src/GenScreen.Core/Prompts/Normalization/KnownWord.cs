namespace GenScreen.Core.Prompts.Normalization;

/// <summary>
/// What the matcher's memo knows of a word (<see cref="Lexicons.PlainWordMemo.Known"/>) that the age and people rules
/// read later from the word's token (<see cref="Token.Known"/>): its class bits, and one pair of words remembered.
/// </summary>
internal abstract class KnownWord(WordShape shape)
{
    /// <summary>
    /// A pair remembered: the word (its own memo entry) last found right after this one with no protected name whose
    /// first two words both could be these two with typos (<c>PersonDetector.TryDoublyTypedName</c>'s test of the two
    /// words alone, before it reads their context). The one field an entry changes after it is published: a single
    /// reference write, so a reader sees the old pair or the new one; entries are compared by identity, so a replaced
    /// entry (another word took its memo slot) only misses.
    /// </summary>
    private KnownWord? _noTypedNameBefore;

    /// <summary>
    /// The word as the anchor of a typed name (<c>PersonDetector.TryTypedName</c>: the names with this word and a neighbour
    /// of a given initial): for the next word (<c>&gt;</c>) and the previous one, which initials a–z were looked up (bits
    /// 0–25) and which of them found names (bits 32–57). An answer of the word and the initial alone, learned as it is
    /// asked; bits are only ever added (atomically), so a reader sees an answer or none.
    /// </summary>
    private long _anchorAfter, _anchorBefore;

    /// <summary>The rare per-word rules the word can set off; <see cref="WordShape.None"/> when not classified.</summary>
    public WordShape Shape { get; } = shape;

    /// <summary>Were this word and <paramref name="next"/> found to be no doubly typed name by their words alone?</summary>
    public bool IsNoTypedNameBefore(KnownWord next) => ReferenceEquals(Volatile.Read(ref _noTypedNameBefore), next);

    /// <summary>Notes that this word and <paramref name="next"/> are no doubly typed name by their words alone.</summary>
    public void NoteNoTypedNameBefore(KnownWord next) => Volatile.Write(ref _noTypedNameBefore, next);

    /// <summary>Has this word, as a typed-name anchor with a neighbour of <paramref name="initial"/>, names to try? False only when a lookup found none.</summary>
    /// <param name="after">The neighbour follows the word (else it precedes it).</param>
    public bool MayAnchorNames(bool after, char initial)
    {
        var bit = initial - 'a';
        var known = Volatile.Read(ref after ? ref _anchorAfter : ref _anchorBefore);
        return (uint)bit >= 26 || (known & (1L << bit)) == 0 || (known & (1L << (bit + 32))) != 0;
    }

    /// <summary>Keeps what a lookup of this word as an anchor with a neighbour of <paramref name="initial"/> found.</summary>
    public void NoteAnchorNames(bool after, char initial, bool found)
    {
        var bit = initial - 'a';
        if ((uint)bit < 26 && (Volatile.Read(ref after ? ref _anchorAfter : ref _anchorBefore) & (1L << bit)) == 0)
        {
            Interlocked.Or(ref after ? ref _anchorAfter : ref _anchorBefore, (1L << bit) | (found ? 1L << (bit + 32) : 0));
        }
    }
}
