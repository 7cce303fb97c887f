using System.Buffers;
using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// A year that dates a person is an age: <c>born in 2012</c>, <c>b. 2011</c>, <c>Jahrgang 2012</c>,
/// <c>2012 года рождения</c>, <c>2012년생</c>, <c>2013年生まれ</c>, <c>Lily (2013)</c> (a year in brackets right after a
/// person), <c>class of 2031</c> (the year a pupil leaves school) and <c>born in the 2010s</c>. The age is counted
/// from the verdict's own clock (the screener's <see cref="TimeProvider"/>), never the machine's date, so stored
/// verdicts can be re-run. Only a word with the <c>born</c> or <c>graduation</c> role, a CJK birth-year suffix or a
/// person before the brackets makes a year an age: score tags, seeds, resolutions, versions, artwork dates
/// (<c>painted in 2012</c>) and era styles (<c>2010s fashion</c>) stay numbers.
/// </summary>
internal static class BirthYears
{
    private const int AdultAge = 18;

    /// <summary>The usual age of a pupil in the year they leave school (<c>class of 2031</c>).</summary>
    private const int LeavingAge = 18;

    private const int EarliestYear = 1900;

    /// <summary>Between a birth word and its year: <c>b. 2011</c>, <c>born: 2012</c>, <c>born-2012</c>.</summary>
    private static readonly SearchValues<char> BirthGap = SearchValues.Create(" .:-_");

    /// <summary>
    /// Reads the year at <paramref name="i"/> (four digits, or a decade <c>2010s</c>) when a birth or graduation word
    /// dates a person by it, and emits the age; returns false when the year is not such a date.
    /// </summary>
    public static bool TryDetect(TokenizedText text, int i, LexiconSet lexicons, int currentYear, SignalSummary into)
    {
        var word = text.TextOf(in text[i]);
        if (word.Length < 4 || !char.IsAsciiDigit(word[0]) || !char.IsAsciiDigit(word[1]) || !char.IsAsciiDigit(word[2]) || !char.IsAsciiDigit(word[3])
            || (word.Length > 4 && !(word.Length == 5 && word[4] == 's')))
        {
            return false;
        }

        var year = ((word[0] - '0') * 1000) + ((word[1] - '0') * 100) + ((word[2] - '0') * 10) + (word[3] - '0');
        var decade = word.Length == 5;
        if (year < EarliestYear || year > currentYear + 20 || (decade && year % 10 != 0))
        {
            return false;
        }

        var index = lexicons.Prompt;
        var start = text[i].SourceStart;
        var end = text[i].SourceEnd;
        var bornWord = true;
        if (TryBirthWordBefore(text, i, index, out var first))
        {
            start = text[first].SourceStart;
        }
        else if (TryBirthWordAfter(text, i, index, lexicons, out var after))
        {
            end = after;
        }
        else if (!decade && TryGraduationBefore(text, i, index, out first))
        {
            // Graduating in 2031 means about 18 in 2031. Only a minor counts: "business class 2019" is no adult marker.
            EmitMinor(into, LeavingAge - (year - currentYear), text[first].SourceStart, end, text.Source);
            return true;
        }
        else if (!decade && IsBracketedAfterPerson(text, i, index))
        {
            start--;
            end++;
            bornWord = false;
        }
        else
        {
            return false;
        }

        if (year > currentYear)
        {
            return true; // not born yet: no age, and no other reading of the number either
        }

        if (!decade)
        {
            // The youngest the person can be: born in December of that year. A bracketed year is an adult marker only
            // with a birth word: "woman (1985)" may be a film's or a photo's year.
            var age = Math.Max(0, currentYear - year - 1);
            if (bornWord)
            {
                AgeDetector.Emit(into, age, start, end, text.Source);
            }
            else
            {
                EmitMinor(into, age, start, end, text.Source);
            }
        }
        else if (currentYear - year < AdultAge)
        {
            AgeDetector.Emit(into, currentYear - year, start, end, text.Source); // every year of the decade is a minor
        }
        else if (currentYear - year - 10 >= AdultAge)
        {
            AgeDetector.Emit(into, currentYear - year - 10, start, end, text.Source); // every year of it an adult
        }

        return true;
    }

    private static void EmitMinor(SignalSummary into, int age, int start, int end, string source)
    {
        if (age is >= 0 and < AdultAge)
        {
            AgeDetector.Emit(into, age, start, end, source);
        }
    }

    /// <summary><c>born 2012</c>, <c>born in 2012</c>, <c>born in the 2010s</c>, <c>b. 2011</c>, <c>nacida en 2012</c>: up to two short words between.</summary>
    private static bool TryBirthWordBefore(TokenizedText text, int i, TermIndex index, out int first)
    {
        first = -1;
        for (var k = i - 1; k >= Math.Max(0, i - 4); k--)
        {
            WorkCounter.Add(1);
            if (!AgeText.GapOnly(text, k, k + 1, BirthGap))
            {
                return false;
            }

            // A one-letter birth word is an abbreviation and needs its dot: "b. 2011", not "plan b 2012" (nor Russian
            // "в 2013", which reads as b): without one it is a short word like any other.
            if (AgeText.Has(text, k, index, WordRole.Born) && (text[k].Length > 1 || AgeText.Gap(text, k, k + 1).Contains('.')))
            {
                first = k;
                return true;
            }

            if (text[k].Length > 5 || text[k].Has(TokenFlags.Digit))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary><c>2012 года рождения</c>, <c>2012 doğumlu</c>, <c>2012년생</c>, <c>2013年生まれ</c>: the birth word after the year.</summary>
    private static bool TryBirthWordAfter(TokenizedText text, int i, TermIndex index, LexiconSet lexicons, out int end)
    {
        end = -1;
        var n = text.SequenceCount;
        if (i + 1 < n && text[i + 1].Has(TokenFlags.Cjk))
        {
            var next = text.TextOf(in text[i + 1]);
            foreach (var suffix in lexicons.BirthYearSuffixes)
            {
                WorkCounter.Add(1);
                if (next.StartsWith(suffix, StringComparison.Ordinal) && AgeText.GapOnly(text, i, i + 1, BirthGap))
                {
                    end = Math.Min(text[i + 1].SourceStart + suffix.Length, text[i + 1].SourceEnd);
                    return true;
                }
            }

            return false;
        }

        for (var k = i + 1; k < Math.Min(n, i + 3); k++)
        {
            WorkCounter.Add(1);
            if (!AgeText.GapOnly(text, k - 1, k, BirthGap))
            {
                return false;
            }

            if (AgeText.Has(text, k, index, WordRole.Born) && text[k].Length > 1)
            {
                end = text[k].SourceEnd;
                return true;
            }

            if (text[k].Length > 5 || text[k].Has(TokenFlags.Digit))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary><c>class of 2031</c>, <c>promo 2031</c>, <c>Abiturjahrgang 2031</c>: a graduation word and at most one short word.</summary>
    private static bool TryGraduationBefore(TokenizedText text, int i, TermIndex index, out int first)
    {
        first = -1;
        for (var k = i - 1; k >= Math.Max(0, i - 2); k--)
        {
            WorkCounter.Add(1);
            if (!AgeText.GapOnly(text, k, k + 1, BirthGap))
            {
                return false;
            }

            if (AgeText.Has(text, k, index, WordRole.Graduation))
            {
                first = k;
                return true;
            }

            if (text[k].Length > 3)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary><c>Lily (2013)</c>, <c>girl (2012)</c>: the year alone in brackets right after a person word or a given name.</summary>
    private static bool IsBracketedAfterPerson(TokenizedText text, int i, TermIndex index)
    {
        ref var token = ref text[i];
        var source = text.Source;
        if (i == 0 || token.SourceStart == 0 || source[token.SourceStart - 1] != '(' || token.SourceEnd >= source.Length || source[token.SourceEnd] != ')')
        {
            return false;
        }

        var gap = AgeText.Gap(text, i - 1, i).Trim();
        return gap is "(" && (AgeText.IsPerson(text, i - 1, index) || (text[i - 1].Tags & WordTags.GivenName) != 0);
    }
}
