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

    /// <summary>
    /// Session 37 (i16-namescjk45): native Korean given names (고유어 이름) that are also ordinary words, so the faker list above
    /// leaves them out — 하늘 sky, 슬기 wisdom, 보람 worth, 으뜸 the best, 나래 wings, 다솜 love, 한결 steadfast, 누리 world, 초롱
    /// lantern, 새롬 newness, 단비 welcome rain, 이슬 dew, 노을 sunset glow, 아름 beauty, 한별 great star: written for GenScreen from
    /// general knowledge of Korean naming (MIT, this project). After a family syllable, in the places <see cref="CjkPersonNames"/>
    /// reads a listed given name (beside the sexual term, as the head of a modified phrase), the word is a name: 심으뜸 누드, 알몸의
    /// 국하늘. The family syllable 한 ("one, great") is refused: 한아름 (an armful), 한마음, 한가람 and 한누리 are words.
    /// </summary>
    public static bool IsNativeWordName(ReadOnlySpan<char> family, ReadOnlySpan<char> given) =>
        given.Length == 2 && !family.SequenceEqual("한") && NativeWordNames.Contains(given);

    private static readonly CompactWordSet NativeWordNames = new(["하늘", "슬기", "보람", "으뜸", "나래", "다솜", "한결", "누리", "초롱", "새롬",
        "단비", "이슬", "노을", "아름", "한별", "은별", "샛별", "하람", "여름", "겨울", "고운", "그루", "미르", "온유", "해솔", "가온", "라온"]);
}
