using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// Finds stated ages: <c>12 year old</c>, <c>12-year-old</c>, <c>12yo</c>, <c>12 y/o</c>, <c>aged 12</c>,
/// <c>twelve years old</c>, <c>12 años</c>, <c>12歳</c>, <c>3 months old</c>. Under 18 is an unambiguous minor
/// signal; 18 or more is an adult marker. Age units and number words come from the lexicons.
/// </summary>
internal static class AgeDetector
{
    private const int AdultAge = 18;
    private const int OldestPlausibleAge = 120;

    public static void Detect(TokenizedText text, LexiconSet lexicons, SignalSummary into)
    {
        var n = text.SequenceCount;
        for (var i = 0; i < n; i++)
        {
            ref var token = ref text[i];
            if (token.Has(TokenFlags.Cjk))
            {
                continue;
            }

            var word = text.TextOf(in token);
            if (TryReadNumber(word, in token, out var age, out var suffix))
            {
                if (suffix.Length > 0)
                {
                    // 12yo, 12yrs, 12y: the unit is glued to the number.
                    if (lexicons.IsAgeUnit(suffix) || suffix is "y")
                    {
                        Emit(into, age, token.SourceStart, token.SourceEnd, text.Source);
                    }
                }
                else if (i + 1 < n && TryUnit(text, i + 1, lexicons, out var unitEnd, out var infant) && !IsTimeAgo(text, i))
                {
                    Emit(into, infant ? 0 : age, token.SourceStart, unitEnd, text.Source);
                }
                else if (i > 0 && text.TextOf(in text[i - 1]) is "aged" or "age")
                {
                    Emit(into, age, text[i - 1].SourceStart, token.SourceEnd, text.Source);
                }
            }
        }
    }

    /// <summary>"10 years ago", "hace 10 años", "vor 10 Jahren", "10 anni fa": a time span, not an age.</summary>
    private static bool IsTimeAgo(TokenizedText text, int number)
    {
        if (number > 0 && text.TextOf(in text[number - 1]) is "hace" or "vor")
        {
            return true;
        }

        for (var j = number + 2; j < Math.Min(number + 4, text.SequenceCount); j++)
        {
            if (text.TextOf(in text[j]) is "ago" or "later" or "earlier" or "fa")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A number in digits (optionally with a glued suffix) or a number word.</summary>
    private static bool TryReadNumber(ReadOnlySpan<char> word, in Token token, out int value, out ReadOnlySpan<char> suffix)
    {
        suffix = default;
        value = 0;
        if (token.Has(TokenFlags.Digit))
        {
            var digits = 0;
            while (digits < word.Length && char.IsAsciiDigit(word[digits]))
            {
                digits++;
            }

            if (digits is 0 or > 3)
            {
                return false;
            }

            value = int.Parse(word[..digits], provider: System.Globalization.CultureInfo.InvariantCulture);
            suffix = word[digits..];
            return digits == word.Length || !token.Has(TokenFlags.LeetSymbol);
        }

        // Number words were looked up by the matcher in the same hash probe as lexicon terms.
        value = token.NumberWord;
        return value >= 0;
    }

    /// <summary>Is the token at <paramref name="j"/> an age unit? Sets where the unit ends in the source.</summary>
    private static bool TryUnit(TokenizedText text, int j, LexiconSet lexicons, out int sourceEnd, out bool infant)
    {
        ref var unit = ref text[j];
        var word = text.TextOf(in unit);
        sourceEnd = unit.SourceEnd;
        infant = word is "month" or "months" or "week" or "weeks" or "mo" or "mos";
        if (infant)
        {
            return true;
        }

        if (unit.Has(TokenFlags.Cjk))
        {
            foreach (var cjkUnit in lexicons.CjkAgeUnits)
            {
                if (word.StartsWith(cjkUnit, StringComparison.Ordinal))
                {
                    sourceEnd = Math.Min(unit.SourceStart + cjkUnit.Length, unit.SourceEnd);
                    return true;
                }
            }

            return false;
        }

        if (lexicons.IsAgeUnit(word))
        {
            return true;
        }

        // y/o and y.o.
        if (word is "y" && j + 1 < text.SequenceCount && text.TextOf(in text[j + 1]) is "o")
        {
            sourceEnd = text[j + 1].SourceEnd;
            return true;
        }

        return false;
    }

    private static void Emit(SignalSummary into, int age, int start, int end, string source)
    {
        if (age > OldestPlausibleAge)
        {
            return;
        }

        var term = source[start..end];
        if (age < AdultAge)
        {
            into.Add(Signal.Minor, term, 4, start, end, PromptField.Prompt);
        }
        else
        {
            into.Add(Signal.Adult, term, 0, start, end, PromptField.Prompt);
        }
    }
}
