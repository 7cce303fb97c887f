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

            if (TryPerson(run[after..], out var length))
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
