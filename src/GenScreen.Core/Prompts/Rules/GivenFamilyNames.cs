using GenScreen.Core.Prompts.Lexicons;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// Words that are both given names and family names (Kelly, Thomas, Morgan: Data/given-family-names.txt, faker's
/// last-name data crossed with the given-name lists). The Latin full-name rule refuses a given name in the surname slot,
/// so that two given names (Mary Jane) are no person; a word of this list, capitalised after a capitalised given name,
/// is a surname all the same (Chloe Kelly, Olivia Thomas). Loaded on first use.
/// </summary>
internal static class GivenFamilyNames
{
    private static readonly Lazy<CompactWordSet> Words = RuleDataFile.LazyWords("given-family-names.txt");

    /// <summary>True when the folded word is a given name that is also a common family name.</summary>
    public static bool Contains(ReadOnlySpan<char> folded) => Words.Value.Contains(folded);
}
