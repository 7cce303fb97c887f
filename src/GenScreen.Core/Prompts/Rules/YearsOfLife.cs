using System.Buffers;
using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// An age said as the ordinal year of life: <c>in her tenth year</c>, <c>im zehnten Lebensjahr</c>,
/// <c>dans sa dixième année</c>, <c>на десятом году жизни</c>, <c>w dziesiątym roku życia</c>. The Nth year of
/// life is age N-1. A year is a year of life when the language says so (<c>Lebensjahr</c>, <c>of life</c>,
/// <c>жизни</c>), or when a personal possessive stands right before the ordinal and nothing of the phrase follows
/// the year (<c>her fifth year of marriage</c>, <c>her third year of college</c> are spans of something else).
/// A possessive that also means "its" (<c>su</c>, <c>sa</c>, <c>sein</c>) counts only with a person earlier in
/// the same tag, so <c>la empresa en su décimo año</c> stays a company's anniversary.
/// </summary>
/// <remarks>
/// The words are few and closed-class (possessives, "year", "life" in the languages that say ages this way),
/// so they live here rather than in a lexicon role; the ordinals come from the lexicons.
/// </remarks>
internal static class YearsOfLife
{
    /// <summary>One word that is "year of life" by itself.</summary>
    private static readonly string[] LifeYears =
    [
        "lebensjahr", "lebensjahres", "lebensjahrs", "levensjaar", "levnadsår", "levnadsåret", "leveår", "leveåret",
        "ikävuosi", "ikävuotta", "lebensjahre",
    ];

    /// <summary>"Year" in the languages that count a child's age so (case forms included).</summary>
    private static readonly string[] YearWords =
    [
        "year", "annee", "année", "an", "ano", "año", "anno", "jaar", "jahr", "år", "året",
        "году", "год", "roku", "rok", "roce", "році", "рік", "року", "έτος", "χρόνο",
    ];

    /// <summary>"Life" after the year (genitive where the language has one), and "of" before it.</summary>
    private static readonly string[] LifeWords =
    ["life", "vie", "vida", "vita", "жизни", "życia", "zycia", "života", "zivota", "життя", "leven", "livet", "ζωής"];

    private static readonly string[] OfWords =
    ["of", "de", "di", "do", "da", "del", "van", "des"];

    /// <summary>Possessives that can only mean a person's: <c>her</c>, <c>his</c>, <c>ihrem</c>, <c>haar</c>.</summary>
    private static readonly string[] PersonalPossessives =
    ["her", "his", "ihrem", "ihres", "ihrer", "haar", "hennes", "hans", "jejím", "jejim", "jeho"];

    /// <summary>Possessives that also mean "its" or "their", and the prepositions that open such a phrase without one.</summary>
    private static readonly string[] OtherOpeners =
    [
        "su", "sa", "son", "sua", "suo", "seu", "seinem", "seines", "zijn", "sitt", "sin", "its", "their",
        "im", "in", "dans", "en", "al", "nel", "no", "на", "w", "v", "ve", "i", "в", "у",
    ];

    /// <summary>Between the ordinal and "year": a space, or the full stop of a German-style ordinal (<c>12. Lebensjahr</c>).</summary>
    private static readonly SearchValues<char> OrdinalGap = SearchValues.Create(" .-");

    /// <summary>Tokens looked back over for a person in the tag of an ambiguous possessive.</summary>
    private const int PersonWindow = 6;

    /// <summary>
    /// Reads the ordinal <paramref name="ordinal"/> at token <paramref name="i"/> as a year of life and emits age
    /// ordinal-1. Returns the last token read, or <paramref name="i"/> when it is none.
    /// </summary>
    public static int TryDetect(TokenizedText text, int i, int ordinal, LexiconSet lexicons, SignalSummary into)
    {
        var n = text.SequenceCount;
        var year = i + 1;
        if (ordinal is < 1 or > 100 || year >= n || !AgeText.GapOnly(text, i, year, OrdinalGap))
        {
            return i;
        }

        var yearWord = text.TextOf(in text[year]);
        var last = -1;
        if (IsOneOf(LifeYears, yearWord))
        {
            last = year;
        }
        else if (IsOneOf(YearWords, yearWord))
        {
            last = LifeAfter(text, year) ?? (AgeText.EndsChunk(text, year) && IsSomeonesYear(text, i, lexicons.Prompt) ? year : -1);
        }

        if (last < 0)
        {
            return i;
        }

        AgeDetector.Emit(into, ordinal - 1, text[i].SourceStart, text[last].SourceEnd, text.Source);
        return last;
    }

    /// <summary><c>year of life</c>, <c>году жизни</c>, <c>año de vida</c>: the last token of "life", or null.</summary>
    private static int? LifeAfter(TokenizedText text, int year)
    {
        var n = text.SequenceCount;
        var j = year + 1;
        if (j < n && AgeText.InPhrase(text, year, j) && IsOneOf(OfWords, text.TextOf(in text[j])))
        {
            j++;
        }

        return j < n && j > year && AgeText.InPhrase(text, j - 1, j) && IsOneOf(LifeWords, text.TextOf(in text[j])) ? j : null;
    }

    /// <summary>
    /// A personal possessive right before the ordinal (<c>her tenth year</c>), or a possessive that may be a
    /// thing's, or a bare preposition, with a person earlier in the same tag (<c>niña en su décimo año</c>,
    /// <c>голый мальчик на двенадцатом году</c>).
    /// </summary>
    private static bool IsSomeonesYear(TokenizedText text, int i, TermIndex index)
    {
        if (i == 0 || !AgeText.InPhrase(text, i - 1, i))
        {
            return false;
        }

        var before = text.TextOf(in text[i - 1]);
        if (IsOneOf(PersonalPossessives, before))
        {
            return true;
        }

        if (!IsOneOf(OtherOpeners, before))
        {
            return false;
        }

        for (var k = i - 2; k >= Math.Max(0, i - 2 - PersonWindow); k--)
        {
            if (AgeText.IsChunkBreak(text, k, k + 1))
            {
                return false;
            }

            if (AgeText.IsPerson(text, k, index))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A linear look through a handful of words: no hashing, no allocation.</summary>
    private static bool IsOneOf(string[] words, ReadOnlySpan<char> word)
    {
        foreach (var candidate in words)
        {
            if (word.SequenceEqual(candidate))
            {
                return true;
            }
        }

        return false;
    }
}
