using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// Korean names no list holds, read by their shape where the clause's person stands (session 33, i16-namescjk41). A Korean
/// name is a family syllable and one or two given syllables written as one word; <see cref="CjkPersonNames"/> read it only
/// when both given syllables were common naming syllables or the given name was listed, so 용혜인 (인 is no naming syllable
/// there) and a stage name of a family syllable and one more (홍자) went unread. A family syllable opens countless nouns, so
/// the word must also be no noun of <c>Data/korean-name-shaped-nouns.txt</c> (written for GenScreen: 박물관, 김치, 이불,
/// 사우나, 여자, 전신, 조명…), nor a compound of one (장미꽃 = 장미 + 꽃, 주름진 = 주름 + 진), nor a frequent word of the
/// project's lists.
/// </summary>
internal static class KoreanNameShapes
{
    private static readonly Lazy<CompactWordSet> Nouns = RuleDataFile.LazyWords("korean-name-shaped-nouns.txt");

    /// <summary>Whether the word is a listed noun of a name's shape, or a three-syllable compound that opens or ends with one.</summary>
    public static bool IsNoun(ReadOnlySpan<char> word)
    {
        var nouns = Nouns.Value;
        return nouns.Contains(word) || (word.Length == 3 && (nouns.Contains(word[..2]) || nouns.Contains(word[1..])));
    }

    /// <summary>
    /// Syllables that end Korean adjectives and verbs in their adnominal form (성숙한 mature, 은은한, 진한, 깊은, 젖은, 누운, 된):
    /// a word ending in one is a modifier, not a name, when it opens a prompt.
    /// </summary>
    private const string AdnominalEnds = "한된는운쁜픈긴친던른센큰";

    /// <summary>
    /// A family syllable and two given syllables of which at least one is a common naming syllable (용혜인): the weaker shape,
    /// read only where <see cref="CjkPersonNames"/> finds a subject or a phrase's head, and only when no noun explains the word.
    /// </summary>
    public static bool IsLooseFullName(ReadOnlySpan<char> name, int family, ReadOnlySpan<char> namingSyllables)
    {
        if (family != 1 || name.Length != 3 || IsNoun(name) || AdnominalEnds.Contains(name[^1]) || PersonNounEnds.Contains(name[^1]))
        {
            return false;
        }

        return namingSyllables.Contains(name[1]) || namingSyllables.Contains(name[2]);
    }

    /// <summary>
    /// Sino-Korean syllables that end nouns for people by their work or state (경비원 guard, 여직원, 어부 fisherman, 간호사, 주부,
    /// 경찰관, 학생, 가수): such a word after a family syllable is the prompt's anonymous adult, the commonest subject of an adult
    /// prompt, not a name. The labelled set's adult prompts (은퇴한 어부, 산림 경비원, 장난감 가게 여직원) refused a first version
    /// without this test.
    /// </summary>
    private const string PersonNounEnds = "원사부관생수상";

    /// <summary>A family syllable and one more (홍자): a stage name's shape, when no noun of the list is the word.</summary>
    public static bool IsStageNameShape(ReadOnlySpan<char> word) =>
        word.Length == 2 && KoreanNames.FamilyLength(word) == 1 && !IsNoun(word) && !AdnominalEnds.Contains(word[^1]) && !PersonNounEnds.Contains(word[^1]);
}
