namespace GenScreen.Core.Prompts.Lexicons;

/// <summary>
/// What the index knows about one normalized word or phrase: the entry it is (if any) and the longest
/// phrase, in tokens, that starts with it, the number or ordinal it spells, its grammatical roles (age
/// detection, negation), the languages it is evidence of, and what kind of word it is for people
/// (<see cref="WordTags"/>, with the steering language of a person word), so one lookup per word serves all of them.
/// <see cref="Number"/> and <see cref="Ordinal"/> are -1 for words that are not number words.
/// <see cref="Languages"/> are the languages (one bit each) this word or phrase is evidence of: their stop
/// word, or one of their own terms that is neither benign nor language-only.
/// <see cref="Language"/> indexes <see cref="LexiconSet.SteeringLanguages"/> (0: none).
/// </summary>
/// <remarks>
/// One of these is stored per key of the prompt index (~150,000): the phrase length and the ordinal are kept in one
/// byte and two (checked when set), so the value is 32 bytes instead of 40 (~1.2 MB of the lexicon memory budget).
/// The properties keep their int types, so callers and <c>with</c> expressions are as before.
/// </remarks>
internal readonly record struct TermInfo
{
    private readonly byte _maxPhraseTokens;
    private readonly short _ordinal;

    public TermInfo(
        LexiconEntry? Entry,
        int MaxPhraseTokens,
        int Number = -1,
        int Ordinal = -1,
        WordRole Roles = WordRole.None,
        ulong Languages = 0,
        WordTags Tags = WordTags.None,
        byte Language = 0)
    {
        this.Entry = Entry;
        this.MaxPhraseTokens = MaxPhraseTokens;
        this.Number = Number;
        this.Ordinal = Ordinal;
        this.Roles = Roles;
        this.Languages = Languages;
        this.Tags = Tags;
        this.Language = Language;
    }

    public LexiconEntry? Entry { get; init; }

    public int MaxPhraseTokens
    {
        get => _maxPhraseTokens;
        init => _maxPhraseTokens = value is >= 0 and <= byte.MaxValue
            ? (byte)value
            : throw new LexiconFormatException($"A lexicon phrase has {value} words; at most {byte.MaxValue} are supported.");
    }

    public int Number { get; init; }

    public int Ordinal
    {
        get => _ordinal;
        init => _ordinal = value is >= -1 and <= short.MaxValue
            ? (short)value
            : throw new LexiconFormatException($"Ordinal word value {value} is out of range (at most {short.MaxValue}).");
    }

    public WordRole Roles { get; init; }

    public ulong Languages { get; init; }

    public WordTags Tags { get; init; }

    public byte Language { get; init; }
}
