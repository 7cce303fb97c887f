using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// A child's age in the native Japanese counter (<c>ひとつ … ここのつ, とお</c>), the way a parent says it of a child:
/// <c>七つの女の子</c> (a girl of seven), <c>六つになる娘</c> (a daughter turning six), <c>十になる息子</c> (a son turning ten).
/// The counter also counts things (<c>三つの願い</c>, three wishes; <c>ケーキが八つになる</c>), so the number is an age only
/// when a person noun follows it through <c>の</c> or <c>になる</c>/<c>になった</c>. Native counting stops at ten, so
/// every age read here is a child's. One pass over the run, a fixed look-ahead per counter.
/// </summary>
internal static class NativeCounterAges
{
    private const string Numerals = "一二三四五六七八九";

    /// <summary>What joins the counted age to its person: "of" and "turning", "turned", "just turned".</summary>
    private static readonly string[] Joins = ["になったばかりの", "になったばかりで", "になった", "になる", "の"];

    /// <summary>Person nouns said of a child by age (a girl, a boy, a daughter, a son, a child, a grandchild, siblings).</summary>
    private static readonly string[] Persons =
        ["女の子", "男の子", "女児", "男児", "少女", "少年", "娘", "息子", "子供", "子ども", "子", "孫", "妹", "弟", "姪", "甥", "坊や", "嬢ちゃん"];

    public static void Detect(TokenizedText text, int i, SignalSummary into)
    {
        ref var token = ref text[i];
        var run = text.TextOf(in token);
        for (var at = 0; at < run.Length; at++)
        {
            int age;
            int after;
            if (KanaCounter(run, at, out var kanaAge, out var kanaLength))
            {
                if (PersonBefore(text, i, run, at) && AgeEnds(run[(at + kanaLength)..]))
                {
                    var kanaEnd = at + kanaLength < run.Length ? text.SourceIndexAt(token.Start + at + kanaLength) : token.SourceEnd;
                    AgeDetector.Emit(into, kanaAge, text.SourceIndexAt(token.Start + at), kanaEnd, text.Source);
                }

                at += kanaLength - 1;
                continue;
            }

            if (run[at] == 'つ' && at > 0 && Numerals.IndexOf(run[at - 1]) is var n and >= 0 && !IsNumeral(run, at - 2))
            {
                age = n + 1; // 七つ
                after = at + 1;
                at--;
            }
            else if (run[at] == '十' && !IsNumeral(run, at - 1) && at + 1 < run.Length && run[at + 1] != 'つ' && Numerals.IndexOf(run[at + 1]) < 0)
            {
                age = 10; // 十になる: とお, read only with になる or の and a person (十の is rarely a count of people)
                after = at + 1;
            }
            else
            {
                continue;
            }

            if (!TryPerson(run[after..], out var length) && PersonBefore(text, i, run, at) && AgeEnds(run[after..]))
            {
                // うちの娘 七つ, 息子は九つ: the person said first, the counter closing the statement (session 23, i16-children25)
                var closed = after < run.Length ? text.SourceIndexAt(token.Start + after) : token.SourceEnd;
                AgeDetector.Emit(into, age, text.SourceIndexAt(token.Start + at), closed, text.Source);
                at = after - 1;
                continue;
            }

            if (TryPerson(run[after..], out length))
            {
                var end = after + length;
                var sourceEnd = end < run.Length ? text.SourceIndexAt(token.Start + end) : token.SourceEnd;
                AgeDetector.Emit(into, age, text.SourceIndexAt(token.Start + at), sourceEnd, text.Source);
                at = end - 1;
            }
            else if (age < 10)
            {
                at++; // past the numeral we stepped back to
            }
        }
    }

    /// <summary>
    /// The native counters in kana from three to nine (<c>みっつ … ここのつ</c>): read only after a person and closing the
    /// statement (<c>娘はななつ</c>); one and two (<c>ひとつ</c>, <c>ふたつ</c>) count things far more often than a child's years.
    /// </summary>
    private static readonly string[] KanaCounters = ["みっつ", "よっつ", "いつつ", "むっつ", "ななつ", "やっつ", "ここのつ"];

    /// <summary>What may follow a counter that closes an age statement: nothing, a stop, "turning" or "is".</summary>
    private static readonly string[] AgeEndings = ["、", "。", "！", "!", "になる", "になった", "です", "だよ", "だね", "歳", "才"];

    /// <summary>
    /// Session 42 (i16-para50): what else may stand right before a counter that closes its statement. A pet-name suffix closing a
    /// name (<c>みおちゃん、三つ</c>, <c>はるとくんは五つ</c>, <c>ゆうた君も六つ</c>): a name with ちゃん or くん is a person, and native
    /// counting of years stops at ten, so the counter is a small child's age (a grown-up called ちゃん by friends says her age in 歳).
    /// And the leads only an age takes: the traditional count (<c>数えで七つ</c>) and "this year" (<c>今年で五つ</c>).
    /// </summary>
    private static readonly string[] AgeLeads = ["ちゃん", "くん", "君", "数えで", "数え年で", "数え", "今年で"];

    /// <summary>Kin words of grown-ups that end in ちゃん (grandma, grandpa, mum, dad, auntie, uncle): no pet name of a child.</summary>
    private static readonly string[] GrownUpChan = ["ばあちゃん", "じいちゃん", "かあちゃん", "とうちゃん", "おばちゃん", "おじちゃん", "ねえちゃん", "にいちゃん"];

    /// <summary>Particles between the person and the counter (<c>娘は七つ</c>, <c>息子も九つ</c>) and what separates them.</summary>
    private const string PersonLinks = "はがも、 ";

    private static bool KanaCounter(ReadOnlySpan<char> run, int at, out int age, out int length)
    {
        for (var k = 0; k < KanaCounters.Length; k++)
        {
            if (run[at..].StartsWith(KanaCounters[k], StringComparison.Ordinal))
            {
                age = k + 3;
                length = KanaCounters[k].Length;
                return true;
            }
        }

        age = length = 0;
        return false;
    }

    /// <summary>The counter closes its statement: the run ends there or goes on with a stop or an age ending.</summary>
    private static bool AgeEnds(ReadOnlySpan<char> rest)
    {
        if (rest.IsEmpty)
        {
            return true;
        }

        foreach (var ending in AgeEndings)
        {
            if (rest.StartsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A person noun right before the counter, across one particle (<c>娘は</c>, <c>息子も</c>), in the same run or, when the counter
    /// opens its run, ending the run before it across a space (<c>うちの娘 七つ</c>).
    /// </summary>
    private static bool PersonBefore(TokenizedText text, int i, ReadOnlySpan<char> run, int at)
    {
        var before = run[..at];
        if (before.IsEmpty && i > 0 && text[i - 1].Has(TokenFlags.Cjk) && text[i].SourceStart - text[i - 1].SourceEnd <= 1)
        {
            before = text.TextOf(in text[i - 1]);
        }

        if (!before.IsEmpty && PersonLinks.Contains(before[^1]))
        {
            before = before[..^1];
        }

        foreach (var lead in AgeLeads)
        {
            if (before.EndsWith(lead, StringComparison.Ordinal))
            {
                return !IsGrownUpChan(before);
            }
        }

        foreach (var person in Persons)
        {
            // 子 alone only as a word of its own (この子, うちの子), not closing a compound (帽子, 椅子, 餃子: things counted)
            if (before.EndsWith(person, StringComparison.Ordinal)
                && !(person.Length == 1 && before.Length > 1 && person[0] == '\u5B50' && IsIdeograph(before[^2])))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsGrownUpChan(ReadOnlySpan<char> before)
    {
        foreach (var kin in GrownUpChan)
        {
            if (before.EndsWith(kin, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsIdeograph(char c) => c is >= '\u4E00' and <= '\u9FFF';

    private static bool IsNumeral(ReadOnlySpan<char> run, int at) =>
        at >= 0 && (Numerals.Contains(run[at]) || run[at] is '十' or '百' or '千' || char.IsAsciiDigit(run[at]));

    /// <summary>A join then a person noun right after the counter: the length of both, or false.</summary>
    private static bool TryPerson(ReadOnlySpan<char> rest, out int length)
    {
        length = 0;
        foreach (var join in Joins)
        {
            if (!rest.StartsWith(join, StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var person in Persons)
            {
                if (rest[join.Length..].StartsWith(person, StringComparison.Ordinal))
                {
                    length = join.Length + person.Length;
                    return true;
                }
            }

            return false;
        }

        return false;
    }
}
