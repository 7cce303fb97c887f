using GenScreen.Core.Prompts.Lexicons;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// Family names that are also ordinary words (Berg "mountain", Strand "beach", Wolf, Stone, Fontana "fountain", Ferro
/// "iron": Data/family-name-words.txt, faker's last-name data crossed with the ordinary-word lists, less place nouns and
/// titles). The Latin full-name rule refuses an ordinary word in the surname slot (Maria in the garden, a word of the
/// sentence after a given name), so Carina Berg and Gemma Stone were no person at all (session 27, i16-names31). A word of
/// this list, capitalised right after a capitalised given name that is itself no ordinary word, is a surname. Loaded on
/// first use: read only when such a pair is met.
/// </summary>
internal static class FamilyNameWords
{
    private static readonly Lazy<CompactWordSet> Words = RuleDataFile.LazyWords("family-name-words.txt");

    /// <summary>True when the folded word is a family name that is also an ordinary word.</summary>
    public static bool Contains(ReadOnlySpan<char> folded) => Words.Value.Contains(folded);
}
