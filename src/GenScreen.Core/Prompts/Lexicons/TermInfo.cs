namespace GenScreen.Core.Prompts.Lexicons;

/// <summary>
/// What the index knows about one normalized word or phrase: the entry it is (if any) and the longest
/// phrase, in tokens, that starts with it, the number or ordinal it spells and its grammatical roles
/// (age detection, negation), so one lookup per word serves all of them. <see cref="Number"/> and
/// <see cref="Ordinal"/> are -1 for words that are not number words.
/// </summary>
internal readonly record struct TermInfo(LexiconEntry? Entry, int MaxPhraseTokens, int Number = -1, int Ordinal = -1, WordRole Roles = WordRole.None);
