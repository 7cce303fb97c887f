namespace GenScreen.Core.Prompts.Lexicons;

/// <summary>A lexicon entry with the normalized key it is matched by.</summary>
/// <param name="Key">Normalized tokens joined by single spaces (or the normalized run of an unspaced script or of emoji).</param>
/// <param name="TokenCount">Number of word tokens in the key.</param>
/// <param name="Shape">How the key is matched: whole words, substring of an unspaced-script run, or emoji.</param>
/// <param name="Entry">The entry.</param>
/// <param name="Override">From configuration: replaces a built-in entry with the same key.</param>
/// <param name="LanguageBit">The bit of the file's language (0 when the file names none).</param>
/// <param name="LanguageOnly">A false friend: counts only when the prompt shows that language.</param>
internal sealed record NormalizedTerm(string Key, int TokenCount, TermShape Shape, LexiconEntry Entry, bool Override, ulong LanguageBit = 0, bool LanguageOnly = false)
{
    public bool IsCjk => Shape == TermShape.Unspaced;
}
