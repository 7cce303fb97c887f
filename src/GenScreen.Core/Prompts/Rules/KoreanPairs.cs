using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// Korean phrases of two spaced words that the term lists cannot hold as one term (the matcher joins a spaced Hangul
/// compound only for youth, sexual and undressing terms of three syllables or more):
/// <list type="bullet">
/// <item>a workplace and a person of it: 직장 동료, 회사 선배, 직장 상사 — a person of the user's life, a real-person hint;</item>
/// <item>a garment and its removal or absence: 옷 지워줘, 옷을 없애, 수영복 없이, 비키니 삭제 — with an input image, a nudify
/// request (weak undress, as <see cref="UndressGrammar"/> raises for "her dress gone").</item>
/// </list>
/// Runs only when the prompt has a sexual or undressing signal or on a garment word, one look at the next word.
/// </summary>
internal static class KoreanPairs
{
    private static readonly string[] Workplaces = ["직장", "회사", "사무실", "알바"];

    private static readonly string[] Colleagues = ["동료", "선배", "후배", "상사", "부장", "과장", "대리", "팀장", "언니", "누나"];

    /// <summary>A position in a group: the youngest member, the leader, the centre, the main vocalist.</summary>
    private static readonly string[] GroupPositions = ["막내", "리더", "센터", "메인보컬", "메인댄서", "비주얼"];

    /// <summary>Words that name a kind of group, not a group: 그룹 멤버 is any member.</summary>
    private static readonly string[] GenericGroups = ["그룹", "걸그룹", "보이그룹", "아이돌", "밴드", "팀", "우리", "우리팀", "가족", "회사", "직장", "동아리", "학교", "반"];

    private static readonly string[] Garments = ["옷", "수영복", "비키니", "속옷", "브라", "팬티", "원피스", "드레스", "치마", "셔츠", "수건", "상의", "겉옷", "하의"];

    /// <summary>Removal or absence after a garment: 지워 (erase), 없애 (get rid of), 삭제 (delete), 없이/없는 (without), 제거 (remove).</summary>
    private static readonly string[] Removals = ["지워", "지우", "없애", "삭제", "없이", "없는", "제거", "탈의"];

    /// <summary>Quantifiers between a garment and its removal: 다, 전부, 모두, 싹, 싹다, 몽땅, 완전히, 깨끗이, 하나도 (session 32).</summary>
    private static readonly string[] Quantifiers = ["다", "전부", "모두", "싹", "싹다", "몽땅", "완전히", "완전", "깨끗이", "깨끗하게", "전부다", "죄다"];

    /// <summary>People (object particle dropped) that 벗겨 takes as its object: 아줌마 벗겨줘, 그녀를 벗겨 (session 32).</summary>
    private static readonly string[] StrippedPeople =
    [
        "여자", "여자애", "아줌마", "아가씨", "언니", "누나", "그녀", "사람", "여친", "여자친구", "남친", "남자", "남자친구", "이모", "선생님",
        "동료", "엄마", "와이프", "아내", "누구", "얘", "걔", "쟤", "이분", "저분", "그분", "여성", "남성", "모델", "친구",
    ];

    /// <summary>Wearing verbs (입다, 걸치다, 착용하다) as written after 안/못.</summary>
    private static readonly string[] Wearing = ["입", "걸치", "걸친", "착용"];

    /// <summary>Not wearing, written as one word: 입지 (않은), 안입은, 걸치지 (않은), 착용하지 (않은).</summary>
    private static readonly string[] NotWearing = ["입지", "안입", "못입", "걸치지", "안걸", "착용하지", "착용안"];

    public static void TryAt(TokenizedText text, int i, SignalSummary into)
    {
        var n = text.SequenceCount;
        if (i + 1 >= n || !text[i + 1].Has(TokenFlags.Cjk) || !PersonDetector.OnlySpaceBetween(text.Source, text[i].SourceEnd, text[i + 1].SourceStart))
        {
            return;
        }

        // 카리나 에스파, 트와이스 나연: a stage name beside its group's name.
        if (PlatformRoles.Matters(into))
        {
            GroupMembers.TryAt(text, i, into);
        }

        var word = WithoutObjectParticle(text.TextOf(in text[i]));
        var next = text.TextOf(in text[i + 1]);

        // 아무것도 안 입은, 아무것도 입지 않은, 아무것도 걸치지 않은: "wearing nothing", two or three spaced words (session 15), weak
        // undressing as for a garment removed.
        if (word is "아무것도" or "아무것두" && (StartsWithOneOf(next, NotWearing)
            || (next is "안" or "못" && i + 2 < n && PersonDetector.OnlySpaceBetween(text.Source, text[i + 1].SourceEnd, text[i + 2].SourceStart)
                && StartsWithOneOf(text.TextOf(in text[i + 2]), Wearing))))
        {
            var start = text[i].SourceStart;
            var end = text[next is "안" or "못" ? i + 2 : i + 1].SourceEnd;
            into.Add(Signal.Undress, text.Source[start..end], 1, start, end, PromptField.Prompt);
            return;
        }
        if ((IsOneOf(word, Garments) || IsOneOf(WithoutOnly(word), Garments)) && StartsWithOneOf(next, Removals))
        {
            var start = text[i].SourceStart;
            var end = text[i + 1].SourceEnd;
            into.Add(Signal.Undress, text.Source[start..end], 1, start, end, PromptField.Prompt);
            return;
        }

        // Session 32 (i16-nudify40s): a quantifier between the garment and its removal (옷 전부 지워줘, 옷을 다 없애줘, 옷 싹 다
        // 지워): up to two spaced quantifier words are skipped, as the undressing grammar skips fillers.
        if ((IsOneOf(word, Garments) || IsOneOf(WithoutOnly(word), Garments)) && IsOneOf(next, Quantifiers))
        {
            var j = i + 1;
            while (j + 1 < n && j < i + 3 && IsOneOf(text.TextOf(in text[j]), Quantifiers)
                && text[j + 1].Has(TokenFlags.Cjk) && PersonDetector.OnlySpaceBetween(text.Source, text[j].SourceEnd, text[j + 1].SourceStart))
            {
                j++;
                if (StartsWithOneOf(text.TextOf(in text[j]), Removals))
                {
                    var start = text[i].SourceStart;
                    var end = text[j].SourceEnd;
                    into.Add(Signal.Undress, text.Source[start..end], 1, start, end, PromptField.Prompt);
                    return;
                }
            }
        }

        // Session 32 (i16-nudify40s): 벗기다 ("strip someone") takes the person as its object: 아줌마 벗겨줘, 그녀를 벗겨, 이 여자
        // 벗겨줘. A person word or a person pronoun right before it; a thing stripped (사과 껍질 벗겨줘, 페인트 벗겨) has none.
        if (next.StartsWith("벗겨", StringComparison.Ordinal)
            && (IsOneOf(word, StrippedPeople) || (text[i].Tags & WordTags.PersonWord) != 0))
        {
            var start = text[i].SourceStart;
            var end = text[i + 1].SourceEnd;
            into.Add(Signal.Undress, text.Source[start..end], 1, start, end, PromptField.Prompt);
            return;
        }

        if (PlatformRoles.Matters(into) && IsOneOf(word, Workplaces) && StartsWithOneOf(next, Colleagues))
        {
            PersonDetector.Emit(text, i, i + 1, into);
            return;
        }

        // 블랙핑크 막내 멤버, 트와이스 리더: a group's name and a position in it (the youngest, the leader, the centre) is one
        // member. A generic word before the position (그룹 멤버, 아이돌 리더) names no group.
        if (PlatformRoles.Matters(into) && StartsWithOneOf(next, GroupPositions) && word.Length >= 2 && !IsOneOf(word, GenericGroups)
            && (text[i].Tags & (WordTags.Matched | WordTags.PersonWord)) == 0)
        {
            PersonDetector.Emit(text, i, i + 1, into);
        }
    }

    /// <summary>옷을 → 옷, 수영복을 → 수영복: the object particle after a garment.</summary>
    private static ReadOnlySpan<char> WithoutObjectParticle(ReadOnlySpan<char> word) =>
        word.Length >= 2 && word[^1] is '을' or '를' or '은' or '는' ? word[..^1] : word;

    /// <summary>옷만 → 옷, 옷도 → 옷: "only" and "also" after a garment (옷만 지워줘, session 16).</summary>
    private static ReadOnlySpan<char> WithoutOnly(ReadOnlySpan<char> word) =>
        word.Length >= 2 && word[^1] is '만' or '도' ? word[..^1] : word;

    private static bool IsOneOf(ReadOnlySpan<char> word, string[] words)
    {
        foreach (var w in words)
        {
            if (word.SequenceEqual(w))
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsWithOneOf(ReadOnlySpan<char> word, string[] words)
    {
        foreach (var w in words)
        {
            if (word.StartsWith(w, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
