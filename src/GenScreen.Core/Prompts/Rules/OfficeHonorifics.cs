namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// Session 34 (i16-roles42): an office addressed with an honorific is one person the speaker knows — "ilçe belediye başkanı
/// hanımefendi", "bu camat di kecamatan kami", "Frau Bürgermeisterin", "madame la maire", "市長さん", "구청장님", "区长女士",
/// "पार्षद जी", "ท่านนายก…", "pani wójt". A title of address is said to or of the one holder; a generic or fictional office
/// ("a mayor", "the queen of the elves") is not addressed so. Read in <see cref="OfficeHolders"/>, beside an office word, in a
/// prompt with a sexual or undressing signal only: the office's own neighbourhood is read, nothing else.
/// </summary>
/// <remarks>
/// The honorifics are written for GenScreen from general knowledge of each language (MIT, this project): the titles of
/// address that stand before an office (bu, pak, ibu, Frau, Herr, madame, signora, señora, senhora, pani, paní, sayın, ท่าน;
/// not Vietnamese ông/bà, which are also the plain "man"/"woman": "ông trưởng thôn, người phụ nữ trần truồng" is no pinned person),
/// السيدة, גברת, خانم, श्रीमती, জনাব) and after it (hanımefendi, hanım, bey, さん, 様, 님, 女士, 先生, जी, ম্যাডাম, madam).
/// Lower case, as <see cref="OfficeHolders"/> reads the prompt.
/// </remarks>
internal static class OfficeHonorifics
{
    /// <summary>Titles of address before an office, then one space (or "la"/"le"/"l'": madame la maire, monsieur le maire).</summary>
    private static readonly string[] Before =
    [
        "bu", "pak", "ibu", "bapak", "frau", "herr", "madame", "monsieur", "signora", "signor", "señora", "señor", "senora", "senor", "senhora", "senhor",
        "dona", "doña", "pani", "pan", "paní", "sayın", "sayin", "mevrouw", "meneer", "fru", "herr", "κυρία", "κύριε", "κύριος", "госпожа", "господин", "пані", "пан",
        "ท่าน", "السيدة", "السيد", "سيادة", "גברת", "מר", "خانم", "آقای", "سرکار", "श्रीमती", "श्री", "জনাব", "শ্রীমতী", "gng.", "g.", "ginang", "madam", "ma'am",
    ];

    /// <summary>Titles of address after an office: after one space, or written onto it in the scripts without spaces (市長さん, 구청장님).</summary>
    private static readonly string[] After =
    [
        "hanımefendi", "hanimefendi", "hanım", "hanim", "beyefendi", "bey", "さん", "様", "さま", "殿", "님", "女士", "先生", "小姐", "大人", "जी", "साहब", "साहिबा",
        "ম্যাডাম", "সাহেব", "madam", "ma'am", "sahiba", "sahib", "ji",
    ];

    private static readonly string[] Articles = ["la ", "le ", "l'", "l’"];

    /// <summary>Whether an honorific is written against the office <paramref name="start"/>..<paramref name="end"/> of <paramref name="lower"/>.</summary>
    public static bool Addressed(ReadOnlySpan<char> lower, int start, int end) =>
        (Before_(lower, start, out var title) && !IsRomanceAdjective(lower[start..Math.Min(end, lower.Length)], title)) || After_(lower, end);

    /// <summary>
    /// An English office word that Spanish writes as an adjective after a title: "señora mayor de pelo plateado" is an elderly
    /// lady (mayor, older; session 34, a validation batch's adult nude): after a Romance title it is no office. The language's
    /// own office words (alcaldesa, maire) still are.
    /// </summary>
    private static bool IsRomanceAdjective(ReadOnlySpan<char> office, string title) =>
        office.SequenceEqual("mayor") && RomanceTitles.Contains(title);

    private static readonly HashSet<string> RomanceTitles =
        new(["señora", "señor", "senora", "senor", "senhora", "senhor", "signora", "signor", "madame", "monsieur", "doña", "dona"], StringComparer.Ordinal);

    /// <summary>A title of <see cref="Before"/> right before the office (past "la"/"le"), given back in <paramref name="title"/>.</summary>
    private static bool Before_(ReadOnlySpan<char> lower, int start, out string title)
    {
        title = string.Empty;
        var head = lower[..start];
        foreach (var article in Articles)
        {
            if (head.EndsWith(article, StringComparison.Ordinal))
            {
                head = head[..^article.Length];
                break;
            }
        }

        if (head.Length < 2 || head[^1] != ' ')
        {
            return false;
        }

        head = head[..^1];
        foreach (var candidate in Before)
        {
            if (head.EndsWith(candidate, StringComparison.Ordinal) && (head.Length == candidate.Length || !char.IsLetter(head[head.Length - candidate.Length - 1])))
            {
                title = candidate;
                return true;
            }
        }

        return false;
    }

    private static bool After_(ReadOnlySpan<char> lower, int end)
    {
        var tail = lower[end..];
        var spaced = tail.Length > 0 && tail[0] == ' ';
        if (spaced)
        {
            tail = tail[1..];
        }

        foreach (var title in After)
        {
            // Latin and Devanagari titles stand as their own word; さん, 님, 女士 are written onto the office.
            var attached = title[0] >= '\u3000';
            if ((spaced || attached) && tail.StartsWith(title, StringComparison.Ordinal)
                && (attached || tail.Length == title.Length || !char.IsLetter(tail[title.Length])))
            {
                return true;
            }
        }

        return false;
    }
}
