using GenScreen.Core.Prompts.Lexicons;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// Two-syllable Korean given names (Data/korean-given-names.txt: faker's ko data less the ordinary words of the project's
/// lists; session 25, i16-names29). <see cref="CjkPersonNames"/> reads a family syllable and a given name of this list
/// beside sexual content as a likely person, where the naming-syllable test alone misses names whose syllables are also
/// common in words (송가인: 가 and 인). Loaded on first use.
/// </summary>
internal static class KoreanGivenNames
{
    private static readonly Lazy<CompactWordSet> Names = RuleDataFile.LazyWords("korean-given-names.txt");

    /// <summary>True when the two syllables are a listed given name.</summary>
    public static bool Contains(ReadOnlySpan<char> given) => given.Length == 2 && Names.Value.Contains(given);
}
