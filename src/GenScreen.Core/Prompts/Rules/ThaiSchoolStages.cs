using System.Buffers;
using GenScreen.Core.Prompts.Lexicons;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// Thai school stages and child titles written as abbreviations with a dot (session 19, i16-langs20): <c>ป.4</c> (ประถม,
/// primary grade 4, from age 6), <c>ม.2</c> (มัธยม, secondary grade 2, from age 12), <c>อ.2</c> (อนุบาล, kindergarten, from
/// age 3), with Arabic or Thai digits (<c>ป.๔</c>), the dot optional or followed by a space; <c>ม.ต้น</c> (lower secondary)
/// and <c>ม.ปลาย</c> (upper); and the titles of a girl and a boy under 15, <c>ด.ญ.</c> and <c>ด.ช.</c>. The tokenizer cuts
/// at the dot, so these never reach the lexicons' substring matcher as one run; read here from the source instead.
/// <c>ม.</c> also abbreviates metre and หมู่ (village, in addresses: ม.3 ต.บางพลี), so a secondary grade counts only in a
/// prompt with a school or child word (เรียน, ชั้น, เด็ก, น้อง). A stage that may end at 18 (ม.6, ม.ปลาย) is ambiguous youth.
/// </summary>
/// <remarks>Cost: one vectorised search for a Thai character; a Thai prompt is scanned once for the four letters.</remarks>
internal static class ThaiSchoolStages
{
    private static readonly SearchValues<char> Letters = SearchValues.Create("ปมอด");

    private static readonly string[] SecondaryContext = ["เรียน", "ชั้น", "เด็ก", "น้อง"];

    public static void Detect(string source, SignalSummary into)
    {
        var span = source.AsSpan();
        if (!Scripts.ContainsThai(span))
        {
            return;
        }

        int? secondaryContext = null;
        for (var i = span.IndexOfAny(Letters); i >= 0 && i < span.Length; i = Next(span, i + 1))
        {
            var letter = span[i];
            if (letter == 'ด')
            {
                // ด.ญ. (เด็กหญิง) and ด.ช. (เด็กชาย)
                if (i + 3 < span.Length && span[i + 1] == '.' && span[i + 2] is 'ญ' or 'ช' && span[i + 3] == '.')
                {
                    into.Add(Signal.Minor, source[i..(i + 4)], 4, i, i + 4, PromptField.Prompt);
                }

                continue;
            }

            var j = i + 1;
            var dotted = j < span.Length && span[j] == '.';
            if (dotted)
            {
                j++;
            }

            if (letter == 'ม' && dotted)
            {
                var rest = span[j..];
                var part = rest.StartsWith("ต้น", StringComparison.Ordinal) ? 3 : rest.StartsWith("ปลาย", StringComparison.Ordinal) ? 4 : 0;
                if (part > 0)
                {
                    into.Add(Signal.Minor, source[i..(j + part)], part == 3 ? 4 : 2, i, j + part, PromptField.Prompt);
                    continue;
                }
            }

            if (dotted && j < span.Length && span[j] == ' ')
            {
                j++;
            }

            var n = j < span.Length ? DigitValue(span[j]) : -1;
            if (n < 1 || (j + 1 < span.Length && (DigitValue(span[j + 1]) >= 0 || span[j + 1] == '.')))
            {
                continue;
            }

            // A letter right after a Thai letter is inside a word unless the dot makes it an abbreviation (ชั้นป.6).
            if (!dotted && i > 0 && IsThaiLetter(span[i - 1]))
            {
                continue;
            }

            var (firstAge, count) = letter switch { 'ป' => (6, 6), 'ม' => (12, 6), _ => (3, 3) };
            if (n > count)
            {
                continue;
            }

            if (letter == 'ม')
            {
                secondaryContext ??= HasContext(span) ? 1 : 0;
                if (secondaryContext == 0)
                {
                    continue;
                }
            }

            var age = firstAge + n - 1;
            into.Add(Signal.Minor, source[i..(j + 1)], age + 1 < 18 ? 4 : 2, i, j + 1, PromptField.Prompt);
        }
    }

    private static int Next(ReadOnlySpan<char> span, int from)
    {
        if (from >= span.Length)
        {
            return -1;
        }

        var k = span[from..].IndexOfAny(Letters);
        return k < 0 ? -1 : from + k;
    }

    private static bool HasContext(ReadOnlySpan<char> span)
    {
        foreach (var word in SecondaryContext)
        {
            if (span.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>0-9 for an Arabic or Thai digit, else -1.</summary>
    private static int DigitValue(char c) => c is >= '0' and <= '9' ? c - '0' : c is >= '๐' and <= '๙' ? c - '๐' : -1;

    /// <summary>A Thai consonant or vowel sign (not a digit or punctuation).</summary>
    private static bool IsThaiLetter(char c) => c is >= '\u0E01' and <= '\u0E4E';
}
