using System.Buffers;
using System.Collections.Frozen;
using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// Ages said approximately, for <see cref="AgeDetector"/>: a range (<c>10 or 11</c>, <c>between 10 and 12</c>,
/// <c>12-14</c>, <c>10 to 12 year old</c>, <c>entre 10 y 12 años</c>, <c>10-12 лет</c>) is read as one number whose
/// value is its lower end, so a range that starts under 18 is a minor's age and <c>between 25 and 30</c> an adult's;
/// and hedges before a number (<c>almost</c>, <c>barely</c>, <c>casi</c>, <c>fast</c>, <c>почти</c>: lexicon role
/// <c>hedge</c>) are read with it, so <c>girl, almost 12</c> is read as <c>girl, 12</c> is. The range words are a closed
/// class of conjunctions and prepositions, kept here beside the rule as the team words are in <see cref="AgeGroups"/>.
/// Every look is a fixed number of tokens, so the work stays linear.
/// </summary>
internal static class AgeRanges
{
    /// <summary>Hedges read before a number (<c>just about 12</c>).</summary>
    private const int MaxHedges = 2;

    /// <summary>Symbols between the two numbers of a range: <c>12-14</c>, <c>12 – 14</c>, <c>12~14</c>.</summary>
    private static readonly SearchValues<char> RangeSymbols = SearchValues.Create(" -\u2010\u2011\u2012\u2013\u2014~\u301C\uFF5E");

    /// <summary>
    /// Words joining the two numbers of a range, in the supported languages (or, to, and; o, a, y; bis, oder ...). The
    /// one-letter words (o, a, y, e, i) are safe only because a number must stand on both sides of them.
    /// </summary>
    private static readonly FrozenSet<string> RangeWords = FrozenSet.ToFrozenSet(
    [
        "or", "to", "and", "till", "through", "thru",
        "o", "a", "y", "e", "ou", "ao", "à", "et", "oder", "bis", "und", "of", "tot", "en", "eller", "och",
        "lub", "albo", "do", "i", "czy", "nebo", "až", "или", "до", "и", "або", "і", "чи", "ile", "veya", "ya",
        "ή", "έως", "και", "או", "עד", "او", "أو", "إلى", "الى", "یا", "تا", "या", "से", "বা", "থেকে",
        "hoặc", "đến", "tới", "atau", "sampai", "hingga", "hanggang",
    ], StringComparer.Ordinal);

    /// <summary>
    /// After the number ending at <paramref name="last"/>: a range word or symbol and a second number in the same phrase.
    /// Sets the second number's value, last token and glued letters (<c>10-12yo</c>).
    /// </summary>
    public static bool TryUpperEnd(TokenizedText text, int last, TermIndex index, out int upper, out int upperLast, out ReadOnlySpan<char> suffix)
    {
        upper = -1;
        upperLast = last;
        suffix = default;
        var n = text.SequenceCount;
        var j = last + 1;
        if (j >= n)
        {
            return false;
        }

        if (!AgeText.GapOnly(text, last, j, RangeSymbols))
        {
            return false;
        }

        if (!IsNumberStart(text, j))
        {
            // A range word between: "10 or 11", "10 to 12", "10 y 12".
            if (!RangeWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.TextOf(in text[j]))
                || j + 1 >= n || !AgeText.GapOnly(text, j, j + 1, RangeSymbols))
            {
                return false;
            }

            j++;
        }
        else if (AgeText.Gap(text, last, j).IsEmpty || !text[last].Has(TokenFlags.Digit) || !text[j].Has(TokenFlags.Digit)
            || AgeText.Gap(text, last, j).IndexOfAnyExcept(' ') < 0)
        {
            return false; // two numbers with only spaces between are two numbers ("1 2" is read elsewhere as 12)
        }

        if (!IsNumberStart(text, j) || !AgeNumbers.TryCardinal(text, j, index, out upper, out upperLast, out suffix, out var isDecimal) || isDecimal)
        {
            return false;
        }

        return true;
    }

    /// <summary>Words that open a range (<c>between 10 and 12</c>, <c>from 11 to 13</c>, <c>entre 10 y 12</c>): read as hedges before a range only.</summary>
    private static readonly FrozenSet<string> RangeOpeners = FrozenSet.ToFrozenSet(
    [
        "between", "from", "entre", "zwischen", "von", "tra", "fra", "tussen", "van", "mellan", "från", "od", "mezi",
        "между", "от", "між", "від", "μεταξύ", "από", "بين", "بین", "از", "antara", "dari", "mula",
    ], StringComparer.Ordinal);

    /// <summary>A hedge's own abbreviation dot may stand before the number: <c>approx. 11</c>, <c>ca. 12</c>, <c>ok. 12</c>.</summary>
    private static readonly SearchValues<char> AbbreviationGap = SearchValues.Create(". ");

    /// <summary>
    /// The first of up to <see cref="MaxHedges"/> hedges right before token <paramref name="i"/>, in its phrase; <paramref name="i"/>
    /// when none. Before a range (<paramref name="isRange"/>), a range opener counts as a hedge (<c>between 10 and 12</c>).
    /// </summary>
    public static int HedgesBefore(TokenizedText text, int i, bool isRange, TermIndex index)
    {
        var lead = i;
        while (lead > 0 && i - lead < MaxHedges && IsHedgeGap(text, lead - 1, lead)
            && (AgeText.Has(text, lead - 1, index, WordRole.Hedge)
                || (isRange && RangeOpeners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.TextOf(in text[lead - 1])))))
        {
            lead--;
        }

        return lead;
    }

    private static bool IsHedgeGap(TokenizedText text, int hedge, int next)
    {
        if (AgeText.InPhrase(text, hedge, next))
        {
            return true;
        }

        var gap = AgeText.Gap(text, hedge, next);
        return gap.Length is 1 or 2 && gap[0] == '.' && !gap.ContainsAnyExcept(AbbreviationGap);
    }

    private static bool IsNumberStart(TokenizedText text, int j) =>
        text[j].Has(TokenFlags.Digit) || text[j].NumberWord >= 0;
}
