namespace GenScreen.Core.Prompts.Lexicons;

/// <summary>
/// What the index knows about one normalized word or phrase: the entry it is (if any) and the longest
/// phrase, in tokens, that starts with it, and the number it spells (age detection), so one lookup per word
/// serves all three. <see cref="Number"/> is -1 for words that are not number words.
/// </summary>
internal readonly record struct TermInfo(LexiconEntry? Entry, int MaxPhraseTokens, int Number = -1);
