namespace GenScreen.Core.Prompts.Lexicons;

/// <summary>
/// Diminutive and endearing suffixes of the languages whose youth and relation words take them
/// (<c>sobrina</c> → <c>sobrinita</c>, <c>niña</c> → <c>niñita</c>, <c>Schwester</c> → <c>Schwesterchen</c>,
/// <c>сестра</c> → <c>сестрёнка</c>). A word that matched nothing is tried with each suffix replaced by the
/// endings its base may have; the result counts only when the base is a <see cref="Signal.Minor"/> term,
/// at the base's level (a diminutive makes no adult word a child's: <c>signorina</c> is no term). Words are
/// compared in normalized form (diacritics and <c>ñ</c> folded, <c>ё</c> read as <c>е</c>).
/// </summary>
internal static class Diminutives
{
    /// <summary>Suffix (normalized) → the endings of its base, tried in order. Longer suffixes first.</summary>
    private static readonly (string Suffix, string[] Bases)[] Rules =
    [
        // Spanish: -ito/-ita, -illo/-illa, -cito/-cita (plural too); "qu"/"gu" before -ito spell the c/g of the base.
        ("citas", ["as", "es", "s"]), ("citos", ["os", "es", "s"]), ("cita", ["a", "e", ""]), ("cito", ["o", "e", ""]),
        ("itas", ["as", "a"]), ("itos", ["os", "o"]), ("ita", ["a"]), ("ito", ["o"]),
        ("illas", ["as", "a"]), ("illos", ["os", "o"]), ("illa", ["a"]), ("illo", ["o"]),
        // Portuguese: -inho/-inha, -zinho/-zinha.
        ("zinhas", ["s", ""]), ("zinhos", ["s", ""]), ("zinha", ["", "a"]), ("zinho", ["", "o"]),
        ("inhas", ["as", "a"]), ("inhos", ["os", "o"]), ("inha", ["a"]), ("inho", ["o"]),
        // Italian: -ino/-ina, -etto/-etta, -ello/-ella, -uccio/-uccia (the base may end in -a, -o or -e: nipote).
        ("ina", ["a", "e"]), ("ino", ["o", "e"]), ("ine", ["e", "a"]), ("ini", ["i"]),
        ("etta", ["a", "e"]), ("etto", ["o", "e"]), ("uccia", ["a"]), ("uccio", ["o"]),
        // German: -chen, -lein (umlauts are folded already: Töchterchen → tochter).
        ("chen", [""]), ("lein", [""]),
        // Dutch: -tje, -etje, -pje, -je; after a short vowel -etje doubles the consonant (knul → knulletje, man → mannetje),
        // so the doubled consonant's first letter goes with the suffix.
        ("letje", [""]), ("netje", [""]), ("metje", [""]), ("retje", [""]), ("petje", [""]), ("getje", [""]), ("ketje", [""]),
        ("etje", [""]), ("tje", [""]), ("pje", [""]), ("je", [""]),
        // Russian and Ukrainian: -ёнка/-енка, -ичка, -очка, -ечка, -енька, -онька, -ушка (сестрёнка → сестра).
        ("енка", ["а"]), ("ичка", ["а"]), ("очка", ["а", "ка"]), ("ечка", ["а", "я", "ка"]),
        ("енька", ["а", "ка", "ь"]), ("онька", ["а"]), ("ушка", ["а"]),
        // Polish: -eczka, -unia, -usia, -ka (córeczka, córunia → córka).
        ("eczka", ["ka", "a"]), ("unia", ["ka", "a"]), ("usia", ["ka", "a"]), ("iczka", ["ka", "a"]),
        // English: the nickname ending -ie (tweenie, preteenies → tween, preteen).
        ("ies", [""]), ("ie", [""]),
    ];

    /// <summary>The rules by the last two letters of their suffix, so an ordinary word costs one lookup.</summary>
    private static readonly Dictionary<int, (string Suffix, string[] Bases)[]> ByEnding = Rules
        .GroupBy(rule => EndingKey(rule.Suffix))
        .ToDictionary(group => group.Key, group => group.ToArray());

    /// <summary>The shortest stem a suffix may leave (so a short word never becomes another).</summary>
    private const int MinStem = 3;

    /// <summary>
    /// Finds the minor term that <paramref name="word"/> is a diminutive of. <paramref name="buffer"/> must
    /// hold the word plus two characters.
    /// </summary>
    public static bool TryBase(ReadOnlySpan<char> word, TermIndex index, Span<char> buffer, out LexiconEntry entry)
    {
        entry = null!;
        if (word.Length < MinStem + 2 || word.Length + 2 > buffer.Length)
        {
            return false;
        }

        if (!ByEnding.TryGetValue(EndingKey(word), out var rules))
        {
            return false;
        }

        Span<char> respelled = stackalloc char[word.Length];
        foreach (var (suffix, bases) in rules)
        {
            if (!word.EndsWith(suffix, StringComparison.Ordinal) || word.Length - suffix.Length < MinStem)
            {
                continue;
            }

            var stem = word[..^suffix.Length];
            foreach (var ending in bases)
            {
                if (TryStem(stem, ending, index, buffer, out entry)
                    || (Respell(stem, respelled) is var length and > 0 && TryStem(respelled[..length], ending, index, buffer, out entry)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static int EndingKey(ReadOnlySpan<char> word) => (word[^2] << 16) | word[^1];

    private static bool TryStem(ReadOnlySpan<char> stem, string ending, TermIndex index, Span<char> buffer, out LexiconEntry entry)
    {
        stem.CopyTo(buffer);
        ending.CopyTo(buffer[stem.Length..]);
        entry = null!;
        if (!index.TryGet(buffer[..(stem.Length + ending.Length)], out var info) || info.Entry is not { Signal: Signal.Minor, OnlyInLanguages: 0 } found)
        {
            return false;
        }

        entry = found;
        return true;
    }

    /// <summary>
    /// Spanish writes the c and g of a base as qu and gu before -ito (chica → chiquita, amiga → amiguita):
    /// writes the stem with them undone and returns its length, 0 when the stem has neither.
    /// </summary>
    private static int Respell(ReadOnlySpan<char> stem, Span<char> into)
    {
        if (stem.Length < MinStem + 1 || !(stem.EndsWith("qu") || stem.EndsWith("gu")))
        {
            return 0;
        }

        stem[..^2].CopyTo(into);
        into[stem.Length - 2] = stem[^2] == 'q' ? 'c' : 'g';
        return stem.Length - 1;
    }
}
