namespace GenScreen.Core.Prompts.Normalization;

/// <summary>
/// One token of normalized text. <see cref="Start"/>/<see cref="Length"/> index the normalized buffer,
/// <see cref="SourceStart"/>/<see cref="SourceEnd"/> the caller's original string (for reason spans).
/// </summary>
internal struct Token
{
    public int Start;
    public int Length;
    public int SourceStart;
    public int SourceEnd;
    public TokenFlags Flags;

    /// <summary>The number a number word spells (twelve, doce), set by the matcher's lookup; -1 otherwise.</summary>
    public int NumberWord;

    /// <summary>The number an ordinal word stands for (fifth, quinto), set by the matcher's lookup; -1 otherwise.</summary>
    public int OrdinalWord;

    /// <summary>The word's grammatical roles (age detection, negation), set by the matcher's lookup.</summary>
    public Lexicons.WordRole Roles;

    /// <summary>
    /// Languages this word is evidence of (one bit per lexicon language: its stop word or one of its own
    /// terms), set by the matcher; 0 for words no language claims. Decides language-only terms (false friends).
    /// </summary>
    public ulong Languages;
    /// <summary>What kind of word the matcher's lookup found (given name, role…), and whether a term consumed it.</summary>
    public GenScreen.Core.Prompts.Lexicons.WordTags Tags;

    /// <summary>Steering language of a person word (see <see cref="GenScreen.Core.Prompts.Lexicons.TermInfo.Language"/>).</summary>
    public byte Language;

    /// <summary>
    /// <see cref="WordHash"/> of the token's text, accumulated by the tokenizer as it writes the text and
    /// recomputed when the text is rewritten or merged; 0 for synthetic tokens (never plain words). A stale value would
    /// only send the memo to another slot, where the word comparison fails: a recomputation, never a wrong answer.
    /// </summary>
    public uint Hash;

    /// <summary>What the matcher's memo knows of this word (null when the word is not kept there): pairs of words are remembered through it.</summary>
    public KnownWord? Known;

    /// <summary>Which rare per-word rules this word can set off, when the matcher's memo knows the word (<see cref="WordShape"/>).</summary>
    public WordShape Shape;

    public readonly int End => Start + Length;

    /// <summary>
    /// May this word set off the rule of <paramref name="shape"/>? False only when the word is classified and has not the
    /// bit: a gate in front of a per-word rule, so a word known not to start its shape costs no call.
    /// </summary>
    public readonly bool MayBe(WordShape shape) => (Shape & WordShape.Classified) == 0 || (Shape & shape) != 0;

    public readonly bool Has(TokenFlags flag) => (Flags & flag) != 0;
}

[Flags]
internal enum TokenFlags : byte
{
    None = 0,

    /// <summary>A run of a script written without spaces (Han, kana, Hangul, Thai…): matched by substring, not as a whole word.</summary>
    Cjk = 1,

    /// <summary>Contains a digit.</summary>
    Digit = 2,

    /// <summary>Contains a letter.</summary>
    Letter = 4,

    /// <summary>Contains a leet symbol (@, $, !, |).</summary>
    LeetSymbol = 8,

    /// <summary>Contains a Greek or Cyrillic letter: may be a homoglyph disguise.</summary>
    NonLatin = 16,

    /// <summary>Separated from the previous token by a single joiner (<c>_ - . *</c>), not by space.</summary>
    Joined = 32,

    /// <summary>Synthesised by joining spaced-out letters (<c>n u d e</c>); not part of the phrase sequence.</summary>
    Synthetic = 64,

    /// <summary>Contains a run of two or more identical letters (a possible stretched word: nuuude).</summary>
    Repeats = 128,
}
