namespace GenScreen.Core.Prompts.Lexicons;

/// <summary>
/// What the index knows about one normalized word or phrase: the entry it is (if any) and the longest
/// phrase, in tokens, that starts with it, so one lookup per word serves both.
/// </summary>
internal readonly record struct TermInfo(LexiconEntry? Entry, int MaxPhraseTokens);
