namespace GenScreen.Core.Prompts.Lexicons;

/// <summary>A lexicon entry with the normalized key it is matched by.</summary>
/// <param name="Key">Normalized tokens joined by single spaces (or the normalized CJK string).</param>
/// <param name="TokenCount">Number of word tokens in the key.</param>
/// <param name="IsCjk">Matched as a substring of CJK text.</param>
/// <param name="Entry">The entry.</param>
/// <param name="Override">From configuration: replaces a built-in entry with the same key.</param>
internal sealed record NormalizedTerm(string Key, int TokenCount, bool IsCjk, LexiconEntry Entry, bool Override);
