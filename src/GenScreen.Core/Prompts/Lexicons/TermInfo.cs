namespace GenScreen.Core.Prompts.Lexicons;

/// <summary>
/// What the index knows about one normalized word or phrase: the entry it is (if any) and the longest
/// phrase, in tokens, that starts with it, and the number it spells (age detection), so one lookup per word
/// serves all of them. <see cref="Number"/> is -1 for words that are not number words. <see cref="Languages"/>
/// are the languages (one bit each) this word or phrase is evidence of: their stop word, or one of their own
/// terms that is neither benign nor language-only.
/// </summary>
internal readonly record struct TermInfo(LexiconEntry? Entry, int MaxPhraseTokens, int Number = -1, ulong Languages = 0);
