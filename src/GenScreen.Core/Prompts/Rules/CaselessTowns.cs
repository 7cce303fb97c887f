namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// Session 34 (i16-roles42): the town of a town or council office in Hebrew, Persian and Arabic, which write no capital to
/// mark a name (<see cref="OfficeHolders"/>' <c>PlaceNameAfter</c> reads capitals only). The town is read by the language's
/// own link and the shape of the word after it, not from a list of towns: Hebrew "של" + a word without the article ה
/// ("ראש העירייה של נתניה"; "של העיר" is "of the city", a common noun), Persian "شهر" + a word ("شورای شهر مشهد"), Arabic
/// "مدينة" + a word without the article ال ("بلدية مدينة طنطا"). Words that say whose or what kind of town (our, my, small,
/// imaginary) are no names. Read only beside an office hit of a town or council in a sexual prompt.
/// </summary>
/// <remarks>Written for GenScreen from general knowledge of the three languages (MIT, this project).</remarks>
internal static class CaselessTowns
{
    /// <summary>The most characters between the office and its link word ("عضو زن شورای شهر": a "woman" word between).</summary>
    private const int MaxLead = 14;

    private static readonly string[] Links = [" של ", " شهر ", " مدينة "];

    /// <summary>Words after a link that are no town's name: possessives, size, imaginary, a pronoun.</summary>
    private static readonly HashSet<string> NoName = new(StringComparer.Ordinal)
    {
        "שלי", "שלנו", "שלך", "שלה", "שלו", "מישהו", "כלשהי", "כלשהו", "דמיונית", "בדיונית", "פנטזיה", "קטנה", "גדולה", "אחרת",
        "ما", "من", "خودمون", "خودم", "کوچک", "بزرگ", "خیالی", "افسانه‌ای", "دیگر", "ای", "شما",
        "صغيرة", "كبيرة", "خيالية", "أخرى", "ما",

        // Session 41 (i16-roles49): what follows "ראש העיר" or "شهردار" when no town does: nudity, clothing, current/former, links.
        "עירום", "עירומה", "ערום", "ערומה", "עירומים", "סקסי", "סקסית", "חשופה", "בתחתונים", "בביקיני", "בהלבשה", "בבגד", "לשעבר",
        "עם", "על", "בלי", "ללא", "לבד", "שוכב", "שוכבת", "עומד", "עומדת", "יושב", "יושבת",
        "لخت", "برهنه", "عریان", "سکسی", "فعلی", "سابق", "با", "در", "توی", "تو", "رو", "را", "هم", "که", "و", "بدون", "زن", "مرد", "لختی",
    };

    /// <param name="townOrCouncil">The office is a town office or a council or service role; Hebrew offices whose words say
    /// city or council (ראש העירייה, ראש המועצה) count too.</param>
    public static bool TownAfter(string source, int start, int end, bool townOrCouncil)
    {
        var role = source.AsSpan(start, end - start);
        var first = role.Length > 0 ? role[0] : '\0';
        var hebrew = first is >= '\u05D0' and <= '\u05EA';
        var arabicScript = first is >= '\u0600' and <= '\u06FF';
        if (!hebrew && !arabicScript)
        {
            return false;
        }

        if (!townOrCouncil && !(hebrew && (role.Contains("עיר", StringComparison.Ordinal) || role.Contains("מועצ", StringComparison.Ordinal))))
        {
            return false;
        }

        // "عضو شورای شهر" ends with its link: the town's name follows it.
        if (role.EndsWith("شهر", StringComparison.Ordinal) || role.EndsWith("مدينة", StringComparison.Ordinal))
        {
            return NameAt(source, end + 1);
        }

        // Session 41 (i16-roles49): Hebrew "ראש העיר נתניה" (the city's head, the town's name in apposition after "the city") and
        // Persian town offices with the town in the unwritten ezafe after them ("شهردار تبریز", "معاون استاندار فارس"): the
        // office ends with its town word, so the name follows it; the nudity and clothing words that also follow an office are no name.
        if (role.EndsWith("העיר", StringComparison.Ordinal)
            || (townOrCouncil && (role.EndsWith("شهردار", StringComparison.Ordinal) || role.EndsWith("استاندار", StringComparison.Ordinal)
                || role.EndsWith("فرماندار", StringComparison.Ordinal) || role.EndsWith("بخشدار", StringComparison.Ordinal))))
        {
            return NameAt(source, end + 1);
        }

        var window = source.AsSpan(end, Math.Min(source.Length - end, MaxLead + 8));
        foreach (var link in Links)
        {
            var at = window.IndexOf(link, StringComparison.Ordinal);
            if (at >= 0 && at <= MaxLead && (link != " של " || at == 0) && !HasBreak(window[..at]) && NameAt(source, end + at + link.Length))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A word at <paramref name="from"/> shaped as a town's name: no article (ה, ال), not a word of whose or what kind.</summary>
    private static bool NameAt(string source, int from)
    {
        if (from <= 0 || from >= source.Length || source[from - 1] != ' ')
        {
            return false;
        }

        var to = from;
        while (to < source.Length && char.IsLetter(source[to]))
        {
            to++;
        }

        var word = source.AsSpan(from, to - from);
        return word.Length >= 2 && word[0] != 'ה' && !word.StartsWith("ال", StringComparison.Ordinal) && !NoNames.Contains(word);
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NoNames = NoName.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly System.Buffers.SearchValues<char> Breaks = System.Buffers.SearchValues.Create(",.;:،؛");

    private static bool HasBreak(ReadOnlySpan<char> gap) => gap.IndexOfAny(Breaks) >= 0;
}
