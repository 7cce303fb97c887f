using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// Ages written with native numerals before a CJK age unit (the <c>ageUnits</c> of the Japanese, Chinese
/// and Korean lexicons): Han numerals before <c>岁</c>, <c>歲</c>, <c>歳</c>, <c>才</c> (<c>十二岁</c>,
/// <c>十一歲</c>, <c>九歳</c>, <c>二十五歳</c>, <c>十二周岁</c>), Korean native numbers before <c>살</c>
/// (<c>열 살</c>, <c>열두살</c>, <c>스물다섯 살</c>) and Sino-Korean numbers before <c>세</c> (<c>십이 세</c>).
/// Digits before a unit (<c>12岁</c>, full-width <c>１２</c> folds to ASCII) are read by <see cref="AgeDetector"/>.
/// </summary>
/// <remarks>
/// Korean units are also ordinary syllables (<c>세상</c> world, <c>세트</c> set, <c>살색</c> skin colour), so a
/// Hangul unit counts only at the end of its word or before a particle (<see cref="IsHangulUnitEnd"/>), and a
/// Sino-Korean number only with <c>십</c> or <c>백</c> in it (<c>이</c> alone is "this": <c>이 세 사람</c>).
/// <c>才</c> is also Chinese "only then": it counts only at the end of its run or before kana (<c>七才の</c>).
/// </remarks>
internal static class CjkAges
{
    /// <summary>Longest numeral read before a unit (<c>스물다섯</c>, <c>二十五</c>, <c>百二十</c>).</summary>
    private const int MaxNumeral = 6;

    /// <summary>Korean particles and suffixes that may follow an age unit: <c>열 살의</c>, <c>열두살짜리</c>, <c>십이 세인</c>.</summary>
    private static readonly string[] HangulEndings =
        ["의", "처럼", "같은", "같이", "짜리", "부터", "까지", "도", "배기", "쯤", "정도", "때", "인", "이", "가", "은", "는", "로", "에", "이다", "입니다", "이야", "야", "밖에", "난", "된", "먹은", "소녀", "소년", "여자", "남자", "아이", "여아", "남아", "딸", "아들"];

    public static void Detect(TokenizedText text, int i, LexiconSet lexicons, SignalSummary into)
    {
        var units = lexicons.CjkAgeUnits;
        if (units.Length == 0)
        {
            return;
        }

        ref var token = ref text[i];
        var run = text.TextOf(in token);
        for (var at = 0; at < run.Length; at++)
        {
            if (!MayStartUnit(run[at]))
            {
                continue;
            }

            foreach (var unit in units)
            {
                WorkCounter.Add(1);
                if (!run[at..].StartsWith(unit, StringComparison.Ordinal))
                {
                    continue;
                }

                var end = at + unit.Length;
                if (TryAgeBefore(text, i, run, at, end, unit, out var age, out var sourceStart))
                {
                    var sourceEnd = end < run.Length ? text.SourceIndexAt(token.Start + end) : token.SourceEnd;
                    AgeDetector.Emit(into, age, sourceStart, sourceEnd, text.Source);
                    at = end - 1;
                }

                break;
            }
        }
    }

    /// <summary>A Hangul age unit ends its word or is followed by a particle: <c>12세</c>, <c>12세의</c>, not <c>2세대</c>, <c>1세트</c>.</summary>
    public static bool IsHangulUnitEnd(ReadOnlySpan<char> rest)
    {
        if (rest.IsEmpty)
        {
            return true;
        }

        foreach (var ending in HangulEndings)
        {
            if (rest.StartsWith(ending, StringComparison.Ordinal)
                && (rest.Length == ending.Length || ending.Length > 1 || IsHangulEndAfterParticle(rest[ending.Length..])))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsHangulEndAfterParticle(ReadOnlySpan<char> rest) =>
        rest.IsEmpty || !IsHangul(rest[0]);

    public static bool IsHangul(char c) => c is >= '\uAC00' and <= '\uD7A3';

    private static bool MayStartUnit(char c) => c is '岁' or '歲' or '歳' or '才' or '周' or '週' or '살' or '세';

    private static bool TryAgeBefore(TokenizedText text, int i, ReadOnlySpan<char> run, int at, int end, string unit, out int age, out int sourceStart)
    {
        age = -1;
        sourceStart = -1;
        ref var token = ref text[i];
        if (IsHangul(unit[0]))
        {
            if (!IsHangulUnitEnd(run[end..]))
            {
                return false;
            }

            var sino = unit == "세";
            if (at > 0)
            {
                if (!TryHangulBefore(run[..at], sino, out age, out var length))
                {
                    return false;
                }

                sourceStart = text.SourceIndexAt(token.Start + at - length);
                return true;
            }

            // "열 살", "십이 세": the number is the previous word.
            if (i == 0 || !text[i - 1].Has(TokenFlags.Cjk) || !AgeText.InPhrase(text, i - 1, i))
            {
                return false;
            }

            var previous = text.TextOf(in text[i - 1]);
            if (previous.Length > MaxNumeral || !TryHangulNumber(previous, sino, out age))
            {
                return false;
            }

            sourceStart = text[i - 1].SourceStart;
            return true;
        }

        if (unit[0] == '才' && end < run.Length && !IsKana(run[end]))
        {
            return false; // Chinese 才 "only then"; Japanese 七才 ends the word or meets kana (七才の)
        }

        // 十来岁, 十多岁, 十几岁 ("ten-odd", "teens"): the approximate number counts as its round part.
        var numeralEnd = at > 1 && IsApproximation(run[at - 1]) && HanNumeralValue(run[at - 2]) > 0 ? at - 1 : at;
        var start = numeralEnd;
        while (start > 0 && numeralEnd - start < MaxNumeral && HanNumeralValue(run[start - 1]) >= 0)
        {
            start--;
        }

        if (start == numeralEnd || !TryHanNumber(run[start..numeralEnd], out age))
        {
            return false;
        }

        sourceStart = text.SourceIndexAt(token.Start + start);
        return true;
    }

    private static bool IsApproximation(char c) => c is '来' or '來' or '多' or '几' or '幾';

    private static bool IsKana(char c) => c is >= '\u3040' and <= '\u30FF';

    /// <summary>The longest Korean number that ends <paramref name="before"/> (<c>소녀열두</c> → 12).</summary>
    private static bool TryHangulBefore(ReadOnlySpan<char> before, bool sino, out int value, out int length)
    {
        for (length = Math.Min(MaxNumeral, before.Length); length > 0; length--)
        {
            WorkCounter.Add(length);
            if (TryHangulNumber(before[^length..], sino, out value))
            {
                return true;
            }
        }

        value = -1;
        return false;
    }

    /// <summary>A whole Korean number: native (<c>열두</c>, <c>스물다섯</c>) before 살, Sino-Korean with 십/백 (<c>십이</c>) before 세.</summary>
    internal static bool TryHangulNumber(ReadOnlySpan<char> s, bool sino, out int value) =>
        sino ? TrySinoKorean(s, out value) : TryNativeKorean(s, out value);

    private static bool TryNativeKorean(ReadOnlySpan<char> s, out int value)
    {
        value = 0;
        var rest = s;
        foreach (var (word, tens) in NativeTens)
        {
            if (rest.StartsWith(word, StringComparison.Ordinal))
            {
                value = tens;
                rest = rest[word.Length..];
                break;
            }
        }

        if (!rest.IsEmpty)
        {
            var matched = false;
            foreach (var (word, unit) in NativeUnits)
            {
                if (rest.SequenceEqual(word))
                {
                    value += unit;
                    matched = true;
                    break;
                }
            }

            if (!matched)
            {
                return false;
            }
        }

        return value > 0;
    }

    private static bool TrySinoKorean(ReadOnlySpan<char> s, out int value)
    {
        value = 0;
        var digit = 0;
        var hasPlace = false;
        foreach (var c in s)
        {
            var d = SinoDigit(c);
            if (d > 0)
            {
                if (digit > 0)
                {
                    return false;
                }

                digit = d;
            }
            else if (c is '십' or '백')
            {
                value += (digit == 0 ? 1 : digit) * (c == '십' ? 10 : 100);
                digit = 0;
                hasPlace = true;
            }
            else
            {
                return false;
            }
        }

        value += digit;
        return hasPlace && value > 0;
    }

    /// <summary>A Han number: <c>九</c>, <c>十二</c>, <c>二十五</c>, <c>百</c>; <c>十七八</c> ("17 or 18") reads as its first.</summary>
    internal static bool TryHanNumber(ReadOnlySpan<char> s, out int value)
    {
        value = 0;
        var digit = -1;
        foreach (var c in s)
        {
            var v = HanNumeralValue(c);
            if (v is 10 or 100)
            {
                value += (digit <= 0 ? 1 : digit) * v;
                digit = -1;
            }
            else if (digit >= 0)
            {
                break; // 十七八: a range, keep the first
            }
            else
            {
                digit = v;
            }
        }

        if (digit > 0)
        {
            value += digit;
        }

        return value > 0;
    }

    /// <summary>
    /// The value of one Han numeral character: <c>〇</c>/<c>零</c> 0, <c>一</c> … <c>九</c> 1–9, <c>十</c> 10, <c>百</c> 100, and -1 for
    /// any other character. The one table of Han numerals, also read by <see cref="CjkSchoolStages"/>.
    /// </summary>
    internal static int HanNumeralValue(char c) => c switch
    {
        '〇' or '零' => 0,
        '一' => 1,
        '二' or '两' or '兩' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        '十' => 10,
        '百' => 100,
        _ => -1,
    };

    private static int SinoDigit(char c) => c switch
    {
        '일' => 1,
        '이' => 2,
        '삼' => 3,
        '사' => 4,
        '오' => 5,
        '육' => 6,
        '칠' => 7,
        '팔' => 8,
        '구' => 9,
        _ => 0,
    };

    private static readonly (string Word, int Value)[] NativeTens =
        [("스물", 20), ("스무", 20), ("서른", 30), ("마흔", 40), ("예순", 60), ("일흔", 70), ("여든", 80), ("아흔", 90), ("열", 10), ("쉰", 50)];

    private static readonly (string Word, int Value)[] NativeUnits =
        [("하나", 1), ("한", 1), ("둘", 2), ("두", 2), ("셋", 3), ("세", 3), ("넷", 4), ("네", 4), ("다섯", 5), ("여섯", 6), ("일곱", 7), ("여덟", 8), ("아홉", 9)];
}
