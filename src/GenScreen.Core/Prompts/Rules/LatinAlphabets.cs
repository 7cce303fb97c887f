using System.Buffers;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// The accented letters each Latin-script language of the lexicons writes (its alphabet beyond a–z), so a word can be
/// told to be no word of a term's language: Czech <c>kreslení</c> (drawing), folded to <c>kresleni</c>, reads as the
/// Turkish <c>kreş</c> (nursery) + <c>-le</c> + <c>-ni</c>, but Turkish never writes <c>í</c>. Written from the
/// languages' standard orthographies (letters of loanwords left out: they are what the check looks for).
/// </summary>
internal static class LatinAlphabets
{
    private static readonly Dictionary<string, SearchValues<char>> Accented = new(StringComparer.Ordinal)
    {
        ["en"] = SearchValues.Create(""),
        ["de"] = SearchValues.Create("äöüß"),
        ["fr"] = SearchValues.Create("àâæçéèêëîïôœùûüÿ"),
        ["es"] = SearchValues.Create("áéíóúüñ"),
        ["it"] = SearchValues.Create("àèéìíîòóùú"),
        ["pt"] = SearchValues.Create("áâãàçéêíóôõú"),
        ["nl"] = SearchValues.Create("áéíóúàèëïöü"),
        ["pl"] = SearchValues.Create("ąćęłńóśźż"),
        ["cs"] = SearchValues.Create("áčďéěíňóřšťúůýž"),
        ["sv"] = SearchValues.Create("åäöé"),
        ["tr"] = SearchValues.Create("çğıöşüâîû"),
        ["id"] = SearchValues.Create(""),
        ["tl"] = SearchValues.Create("ñ"),
    };

    /// <summary>
    /// Does the prompt's word [<paramref name="start"/>, <paramref name="end"/>) write a letter that the language of
    /// <paramref name="lexiconSource"/> (<c>builtin:tr</c>, <c>builtin:youth21/tr</c>) never writes, while the rest of the
    /// prompt writes at least two more such letters? Then the prompt is in another language and the word is its own.
    /// One odd letter alone is no evidence: it may be a disguise of the term (<c>nïña</c>).
    /// </summary>
    public static bool WritesOtherLanguage(string source, int start, int end, string lexiconSource)
    {
        var alphabet = AlphabetOf(lexiconSource);
        if (alphabet is null || CountForeign(source.AsSpan(start, end - start), alphabet) == 0)
        {
            return false;
        }

        return CountForeign(source.AsSpan(0, start), alphabet) + CountForeign(source.AsSpan(end), alphabet) >= 2;
    }

    private static SearchValues<char>? AlphabetOf(string lexiconSource)
    {
        var cut = lexiconSource.AsSpan().LastIndexOfAny(':', '/');
        var code = lexiconSource.AsSpan(cut + 1);
        return code.Length == 2 && Accented.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(code, out var letters) ? letters : null;
    }

    /// <summary>Accented Latin letters (any case) of <paramref name="text"/> that are not in <paramref name="alphabet"/>.</summary>
    private static int CountForeign(ReadOnlySpan<char> text, SearchValues<char> alphabet)
    {
        var count = 0;
        foreach (var c in text)
        {
            WorkCounter.Add(1);
            if (c < 0xC0 || c > 0x024F || c == '\u00D7' || c == '\u00F7')
            {
                continue; // ASCII, Latin-1 punctuation and signs, and other scripts are no evidence either way
            }

            if (!alphabet.Contains(char.ToLowerInvariant(c)))
            {
                count++;
            }
        }

        return count;
    }
}
