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
internal readonly record struct TermInfo(
    LexiconEntry? Entry,
    int MaxPhraseTokens,
    int Number = -1,
    int Ordinal = -1,
    WordRole Roles = WordRole.None,
    ulong Languages = 0,
    WordTags Tags = WordTags.None,
    byte Language = 0);
