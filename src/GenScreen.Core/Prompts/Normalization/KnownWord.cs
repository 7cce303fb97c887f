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

    /// <summary>The rare per-word rules the word can set off; <see cref="WordShape.None"/> when not classified.</summary>
    public WordShape Shape { get; } = shape;

    /// <summary>Were this word and <paramref name="next"/> found to be no doubly typed name by their words alone?</summary>
    public bool IsNoTypedNameBefore(KnownWord next) => ReferenceEquals(Volatile.Read(ref _noTypedNameBefore), next);

    /// <summary>Notes that this word and <paramref name="next"/> are no doubly typed name by their words alone.</summary>
    public void NoteNoTypedNameBefore(KnownWord next) => Volatile.Write(ref _noTypedNameBefore, next);
}
