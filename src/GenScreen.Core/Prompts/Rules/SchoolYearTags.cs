using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// A porn tag that is a school year elsewhere: <c>CP</c> is child pornography in tags, and the first year of French
/// primary school (cours préparatoire) in "un élève de CP", "entre en CP", "la classe de CP" (session 20, held-out batch 23).
/// Read as the school year, it is a child (an unambiguous minor, so "élève de CP nue" still blocks), not sexual content:
/// only where a preposition or article of the school year stands right before it (<c>en</c>, <c>de</c>, <c>du</c>, <c>au</c>,
/// <c>le</c>) and the prompt speaks of school in French (école, élève, classe, maîtresse, rentrée, cartable, CE1…CM2).
/// "video de cp" has no school word and keeps the tag. The checks read a few words of the raw text: linear, no allocation.
/// </summary>
internal static class SchoolYearTags
{
    /// <summary>The tags that are a school year in some system.</summary>
    public static bool IsTag(string term) => term == "cp";

    /// <summary>French school words (folded to lower case without accents) that make the prompt speak of school.</summary>
    private static readonly string[] SchoolWords =
    [
        "ecole", "eleve", "eleves", "classe", "maitresse", "maitre", "rentree", "cartable", "ce1", "ce2", "cm1", "cm2", "maternelle",
        "institutrice", "instituteur", "recreation", "recre", "ecolier", "ecoliere", "ecoliers", "copines", "copains", "cahier",
    ];

    /// <summary>Is the tag at [<paramref name="start"/>, <paramref name="end"/>) of <paramref name="source"/> the school year?</summary>
    public static bool IsSchoolYear(string source, int start, int end)
    {
        if (start < 2 || end > source.Length)
        {
            return false;
        }

        // The word right before (one space or an apostrophe: "en CP", "au CP", "l'année de CP").
        var wordEnd = start;
        while (wordEnd > 0 && source[wordEnd - 1] == ' ')
        {
            wordEnd--;
        }

        var wordStart = wordEnd;
        while (wordStart > 0 && char.IsLetter(source[wordStart - 1]))
        {
            wordStart--;
        }

        var before = source.AsSpan(wordStart, wordEnd - wordStart);
        if (wordEnd == start || !(before.Equals("en", StringComparison.OrdinalIgnoreCase) || before.Equals("de", StringComparison.OrdinalIgnoreCase)
            || before.Equals("du", StringComparison.OrdinalIgnoreCase) || before.Equals("au", StringComparison.OrdinalIgnoreCase)
            || before.Equals("le", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        return SpeaksOfSchool(source);
    }

    private static bool SpeaksOfSchool(string source)
    {
        Span<char> folded = stackalloc char[12];
        var i = 0;
        while (i < source.Length)
        {
            while (i < source.Length && !char.IsLetterOrDigit(source[i]))
            {
                i++;
            }

            var from = i;
            while (i < source.Length && char.IsLetterOrDigit(source[i]))
            {
                i++;
            }

            WorkCounter.Add(1);
            var length = i - from;
            if (length is < 3 or > 12)
            {
                continue;
            }

            for (var k = 0; k < length; k++)
            {
                folded[k] = Fold(source[from + k]);
            }

            foreach (var word in SchoolWords)
            {
                if (folded[..length].SequenceEqual(word))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Lower case without the accents French writes on these words.</summary>
    private static char Fold(char c) => InvariantLower.Of(c) switch
    {
        'é' or 'è' or 'ê' or 'ë' => 'e',
        'à' or 'â' => 'a',
        'î' or 'ï' => 'i',
        'ô' => 'o',
        'û' or 'ù' => 'u',
        'ç' => 'c',
        var other => other,
    };
}
