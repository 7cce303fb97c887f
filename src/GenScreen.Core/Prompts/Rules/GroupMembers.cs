using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// A member of a K-pop group named in Hangul by a stage name beside the group's name: "카리나 에스파", "트와이스 나연",
/// "에스파의 윈터". Group names are a finite, listable class (Rules/Data/kpop-groups.txt, from kpopnet); stage names are
/// not (new idols debut every month, and the lexicon leaves Hangul stage names out), so the word beside a group is read
/// by its shape: one Hangul word of two to four syllables that is no term, no person or role word, no other group and
/// none of the words that make the group a style or a scene (스타일, 느낌, 컨셉, 무대, 노래, 멤버...). One real person: a
/// hint that singles out (<see cref="PromptRules.SingledOut"/>), as a listed name would. A stage name alone, without its
/// group, carries nothing here: "카리나 누드" could be any Karina (docs/categories.md). Runs only beside a sexual or
/// undressing signal, on a Hangul word followed by another.
/// </summary>
internal static class GroupMembers
{
    /// <summary>Words beside a group's name that are no member: a style, a scene, a performance, a fan, a generic member.</summary>
    private static readonly HashSet<string> NotMembers = new(StringComparer.Ordinal)
    {
        "스타일", "느낌", "컨셉", "콘셉트", "무대", "노래", "의상", "풍", "분위기", "콘서트", "팬", "팬아트", "커버", "안무", "뮤비", "뮤직비디오", "멤버", "멤버들",
        "같은", "처럼", "st", "룩", "패션", "메이크업", "헤어", "코디", "굿즈", "포스터", "앨범", "로고", "응원봉", "댄스", "춤", "노래방", "공연", "팬미팅",
        "전원", "모두", "다", "전부", "완전체", "사진", "화보", "누드", "실사", "고화질", "섹시", "야한", "속옷", "비키니", "알몸", "침대", "위", "차림",
    };

    private static readonly Lazy<HashSet<string>> Groups = new(Load);

    private static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup => Groups.Value.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Token <paramref name="i"/> and the next are spaced Hangul words: emits a hint when one is a group and the other a stage name.</summary>
    public static void TryAt(TokenizedText text, int i, SignalSummary into)
    {
        var first = WithoutPossessive(text.TextOf(in text[i]));
        var second = text.TextOf(in text[i + 1]);
        var lookup = Lookup;
        if (lookup.Contains(first) ? IsStageName(text, i + 1, second, lookup) : lookup.Contains(second) && IsStageName(text, i, first, lookup))
        {
            PersonDetector.Emit(text, i, i + 1, into, PromptRules.SingledOut);
        }
    }

    private static bool IsStageName(TokenizedText text, int j, ReadOnlySpan<char> word, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> groups)
    {
        if (word.Length is < 2 or > 4 || (text[j].Tags & (WordTags.Matched | WordTags.PersonWord | WordTags.RelationNoun | WordTags.Possessive)) != 0
            || groups.Contains(word) || NotMembers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!Scripts.IsHangulSyllable(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>에스파의 → 에스파: the possessive particle after a group ("에스파의 윈터").</summary>
    private static ReadOnlySpan<char> WithoutPossessive(ReadOnlySpan<char> word) => word.Length >= 3 && word[^1] == '의' ? word[..^1] : word;

    private static HashSet<string> Load()
    {
        using var reader = RuleDataFile.Open("kpop-groups.txt");
        var groups = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                groups.Add(line.Trim());
            }
        }

        // Boy groups and other Hangul forms of the groups file (방탄소년단, 엑소): kpopnet lists mostly girl groups.
        groups.UnionWith(GroupNames.HangulForms());
        return groups;
    }
}
