namespace GenScreen.Core.Prompts.Lexicons;

/// <summary>
/// What the index knows about one normalized word or phrase: the entry it is (if any), the longest
/// phrase, in tokens, that starts with it, the number it spells (age detection), and what kind of word it is
/// (<see cref="WordTags"/>, with the language of a person word), so one lookup per word serves all of them.
/// <see cref="Number"/> is -1 for words that are not number words; <see cref="Language"/> indexes
/// <see cref="LexiconSet.SteeringLanguages"/> (0: none).
/// </summary>
internal readonly record struct TermInfo(LexiconEntry? Entry, int MaxPhraseTokens, int Number = -1, WordTags Tags = WordTags.None, byte Language = 0);
