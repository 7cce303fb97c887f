using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// Whether words of another script, already matched to a listed Latin name by their consonant skeleton
/// (<see cref="OtherScriptNames"/>), also spell it with its vowels. The skeleton is a lookup key, and ordinary words share
/// skeletons with names by chance: Bengali কালো লেসের ("black lace", kalo leser) keys as Keri Russell, Greek πουλάει
/// λουλούδια ("sells flowers") as Paul Rudd, Korean 택시 ("taxi") as Taye Diggs. A name written in a script that writes its
/// vowels keeps most of them in the order the Latin name has them (Тейлор Свифт teylor svift, Taylor Swift): the name is
/// attested by its spelling only when most of its letters, vowels included, are found in order in the words.
/// </summary>
/// <remarks>
/// Letters are compared by sound class (b/p/f/v, d/t, g/k/c/q, s/z, l/r; y is i, w is u; h and doubled letters dropped),
/// so a transliteration's customary differences cost nothing; vowels are compared by identity. Abjads (Arabic, Persian,
/// Hebrew) leave short vowels out, so they are not judged here (<see cref="Judges"/>); Han is read as pinyin letter by letter
/// already. Runs only on a skeleton match, at most 48 letters a side.
/// </remarks>
internal static class SpelledNames
{
    /// <summary>
    /// Below both bounds the words do not spell the name: too few of the name's letter classes are found in order in them
    /// (share), and what is found is too little of both sides together (Dice: 2 × common / (name + words), which also
    /// falls when the words are much longer than the name, as inflected ordinary words are). Set from the shares of
    /// every sound match on the labelled sets, names-in-scripts and spent batch 20 (docs/lexicons.md, session 17):
    /// the true names written in scripts score share ≥ 0.55 and Dice ≥ 0.55, chance matches down to 0.33 and 0.31. So the
    /// Dice bound (0.50) is the one that keeps every true name; the share bound is higher (0.70) because share alone cannot
    /// tell a name spelled inside much longer words from a chance match, and serves only for a name found nearly whole there.
    /// </summary>
    internal const double MinShare = 0.70;

    internal const double MinDice = 0.50;

    private const int MaxLetters = 48;
    private static readonly Dictionary<char, string> NoHan = new();

    /// <summary>Scripts whose transliteration writes the vowels a name is spelled with.</summary>
    public static bool Judges(char first) =>
        first is >= '\u0370' and < '\u0530' // Greek, Cyrillic
        or >= '\u0900' and <= '\u09FF' // Devanagari, Bengali
        or >= Scripts.ThaiFirst and <= Scripts.ThaiLast // Thai
        or >= Scripts.KanaFirst and <= Scripts.KanaLast // kana
        or >= Scripts.HangulFirst and <= Scripts.HangulLast; // Hangul

    /// <summary>Do the words of <paramref name="words"/> (folded buffer text) spell <paramref name="name"/> (a Latin name) closely enough?</summary>
    public static bool Spells(ReadOnlySpan<char> words, string name)
    {
        var (common, nameLength, wordsLength) = Compare(words, name);
        if (nameLength == 0 || wordsLength == 0)
        {
            return true; // not comparable (too long, a letter without a reading): left to the skeleton, as before
        }

        return (double)common / nameLength >= MinShare || 2.0 * common / (nameLength + wordsLength) >= MinDice;
    }

    /// <summary>
    /// Share and Dice from which the words spell a name closely, as true transliterations do (Тейлор Свифт 0.82, 테일러
    /// 스위프트 0.82, एंजेलिना जोली 0.77): ordinary words that skeleton-match a name after the prompt's subject score at most
    /// 0.71 on the labelled sets and spent batches 20 and 21 (docs/lexicons.md, session 18).
    /// </summary>
    internal const double CloseSpelling = 0.75;

    /// <summary>Do the words spell <paramref name="name"/> closely (share or Dice at least <see cref="CloseSpelling"/>)?</summary>
    public static bool SpellsClosely(ReadOnlySpan<char> words, string name)
    {
        var (common, nameLength, wordsLength) = Compare(words, name);
        if (nameLength == 0 || wordsLength == 0)
        {
            return true; // not comparable: left to the skeleton, as Spells does
        }

        return (double)common / nameLength >= CloseSpelling || 2.0 * common / (nameLength + wordsLength) >= CloseSpelling;
    }

    /// <summary>Do the words spell <paramref name="name"/> closely by both measures (share and Dice at least <see cref="CloseSpelling"/>)?</summary>
    public static bool SpellsCloselyBoth(ReadOnlySpan<char> words, string name)
    {
        var (common, nameLength, wordsLength) = Compare(words, name);
        if (nameLength == 0 || wordsLength == 0)
        {
            return true; // not comparable: left to the skeleton, as Spells does
        }

        return (double)common / nameLength >= CloseSpelling && 2.0 * common / (nameLength + wordsLength) >= CloseSpelling;
    }

    /// <summary>
    /// Does every word of a source span of a cased script (Cyrillic, Greek) start with a capital? Then the words are written
    /// as a name (голая Наталья Соколова), and a skeleton match is kept even when it spells another listed person: the
    /// prompt names someone, and lower-case ordinary words (чоловік-шахтар) are what the spelling check is for.
    /// </summary>
    public static bool AllCapitalised(ReadOnlySpan<char> span)
    {
        var words = 0;
        foreach (var range in span.SplitAny(" -\u00A0"))
        {
            var word = span[range];
            if (word.IsEmpty)
            {
                continue;
            }

            if (!char.IsUpper(word[0]) || word[0] is < '\u0370' or >= '\u0530')
            {
                return false;
            }

            words++;
        }

        return words > 0;
    }

    /// <summary>Letter classes the name and the words have in common in order, and the class lengths of each side (0 when either cannot be written).</summary>
    internal static (int Common, int NameLength, int WordsLength) Compare(ReadOnlySpan<char> words, string name)
    {
        Span<char> latin = stackalloc char[MaxLetters];
        Span<char> written = stackalloc char[MaxLetters];
        var length = 0;
        foreach (var range in words.SplitAny(" -\u00A0\u200C\u200D\u200B\u00B7\u30FB"))
        {
            var word = words[range];
            if (word.IsEmpty)
            {
                continue;
            }

            if (!ScriptTransliterator.TryWrite(word, NoHan, latin, out var n) || length + n > MaxLetters)
            {
                return default;
            }

            length = Classes(latin[..n], written, length);
        }

        if (name.Length > MaxLetters)
        {
            return default;
        }

        Span<char> lower = stackalloc char[name.Length];
        InvariantLower.Write(name.AsSpan(), lower);
        Span<char> spelled = stackalloc char[MaxLetters];
        var nameLength = Classes(lower, spelled, 0);
        return nameLength == 0 || length == 0 ? default : (CommonInOrder(spelled[..nameLength], written[..length]), nameLength, length);
    }

    /// <summary>Appends the sound classes of <paramref name="latin"/> to <paramref name="into"/> from <paramref name="at"/>; returns the new length.</summary>
    private static int Classes(ReadOnlySpan<char> latin, Span<char> into, int at)
    {
        foreach (var c in latin)
        {
            WorkCounter.Add(1);
            var k = Class(c);
            if (k != '\0' && (at == 0 || into[at - 1] != k) && at < into.Length)
            {
                into[at++] = k;
            }
        }

        return at;
    }

    private static char Class(char c) => c switch
    {
        'b' or 'p' or 'f' or 'v' => 'P',
        'd' or 't' => 'T',
        'g' or 'k' or 'c' or 'q' or 'x' => 'K',
        's' or 'z' => 'S',
        'l' or 'r' => 'R',
        'y' or 'i' or 'ı' => 'i',
        'w' or 'u' => 'u',
        'h' => '\0',
        >= 'a' and <= 'z' => c,
        _ => '\0', // spaces, dots, accents already folded
    };

    /// <summary>Length of the longest common subsequence (both sides ≤ 48 classes: a 49 × 49 table on the stack).</summary>
    private static int CommonInOrder(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        Span<int> previous = stackalloc int[b.Length + 1];
        Span<int> current = stackalloc int[b.Length + 1];
        previous.Clear();
        for (var i = 1; i <= a.Length; i++)
        {
            WorkCounter.Add(1);
            current[0] = 0;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = a[i - 1] == b[j - 1] ? previous[j - 1] + 1 : Math.Max(previous[j], current[j - 1]);
            }

            current.CopyTo(previous);
        }

        return previous[b.Length];
    }
}
