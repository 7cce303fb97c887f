namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// The inflected forms of the sexual table's words that no row lists (session 21, i16-sexual22): a word read after its
/// ending or affixes come off, the base then looked up as listed (<see cref="SexualStatementTable.ReadBase"/>: a row, a stem,
/// the Arabic or Hebrew prefix letters and article).
/// <list type="bullet">
/// <item>Arabic script (Arabic and Persian): possessive and object endings (<c>بزازها</c>, <c>منيه</c>, <c>کیرشو</c>, <c>کوسش</c>,
/// <c>بیرونه</c>, <c>کیرتو</c>); not ی/ي (Persian <c>کسی</c> is "someone"), not ان/ات/ين (<c>کسان</c> is "people");</item>
/// <item>Hebrew: the possessive endings (<c>זינו</c>, <c>ציציה</c>, <c>פטמותיה</c>);</item>
/// <item>Bengali: case endings and classifiers (<c>মুখে</c>, <c>বুকের</c>, <c>তোয়ালের</c>, <c>মাইগুলো</c>, <c>বাঁড়াটা</c>);</item>
/// <item>Tagalog (Latin letters): the verb affixes mag-/nag-/ma-/na-/ni-/i-/ipa-/pag-, the infixes -in- and -um-, the reduplicated
/// first syllable and the suffixes -an/-in (<c>kinikiskis</c> → kiskis, <c>nilalamas</c> → lamas, <c>sinususo</c> → suso).</item>
/// </list>
/// A base must be at least two letters and listed as a word, or three and a stem. Read only for a word of a clause that a
/// trigger opened and that the table does not read as written, so a benign prompt pays nothing.
/// </summary>
internal static class SexualInflection
{
    /// <summary>Endings of the Arabic script, longest first (Arabic ها ه هم هما هن ك نا; Persian ‌ها هاش ش شو اش ه تو رو).</summary>
    private static readonly string[] ArabicScriptEndings =
        ["هاشون", "هاشو", "هایش", "هاش", "های", "شون", "هما", "ها", "هم", "هن", "شو", "اش", "تو", "رو", "نا", "ش", "ه", "ك", "ک"];

    /// <summary>Hebrew possessive endings, longest first.</summary>
    private static readonly string[] HebrewEndings = ["יהם", "יהן", "יה", "יו", "יך", "ה", "ו", "ך"];

    /// <summary>Bengali case endings and classifiers, longest first.</summary>
    private static readonly string[] BengaliEndings =
        ["গুলোর", "গুলো", "গুলি", "টাকে", "টার", "টির", "দের", "টা", "টি", "কে", "তে", "রা", "ের", "য়", "র", "ে"];

    /// <summary>Tagalog verb prefixes, longest first.</summary>
    private static readonly string[] TagalogPrefixes = ["nakaka", "nagpa", "naka", "maka", "nag", "mag", "ipa", "pag", "na", "ni", "ma", "i"];

    /// <summary>What the table reads in <paramref name="word"/> (lower case, not read as written) once its inflection is off.</summary>
    public static SexualStatementKinds Read(SexualStatementTable table, ReadOnlySpan<char> word)
    {
        var first = word[0];
        if (Scripts.IsArabic(first))
        {
            return ReadEnding(table, word, ArabicScriptEndings);
        }

        if (Scripts.IsHebrewLetter(first))
        {
            return ReadEnding(table, word, HebrewEndings);
        }

        if (first is >= '\u0980' and <= '\u09FF')
        {
            return ReadEnding(table, word, BengaliEndings);
        }

        return first is >= 'a' and <= 'z' && word.Length >= 5 ? ReadTagalog(table, word) : SexualStatementKinds.None;
    }

    private static SexualStatementKinds ReadEnding(SexualStatementTable table, ReadOnlySpan<char> word, string[] endings)
    {
        foreach (var ending in endings)
        {
            if (word.Length - ending.Length >= 2 && word.EndsWith(ending, StringComparison.Ordinal))
            {
                WorkCounter.Add(1);
                var kinds = table.ReadBase(word[..^ending.Length]);
                if (kinds != SexualStatementKinds.None)
                {
                    return kinds;
                }
            }
        }

        return SexualStatementKinds.None;
    }

    /// <summary>A Tagalog verb form: prefix, then -in-/-um-, then a reduplicated syllable, then -an/-in, each step tried in turn.</summary>
    private static SexualStatementKinds ReadTagalog(SexualStatementTable table, ReadOnlySpan<char> word)
    {
        var rest = word;
        foreach (var prefix in TagalogPrefixes)
        {
            if (rest.Length - prefix.Length >= 4 && rest.StartsWith(prefix, StringComparison.Ordinal))
            {
                rest = rest[prefix.Length..];
                break;
            }
        }

        Span<char> buffer = stackalloc char[Math.Min(64, word.Length)];
        if (rest.Length > buffer.Length)
        {
            return SexualStatementKinds.None;
        }

        // -in- or -um- after the first consonant or pair (k-in-iskis, ts-in-utsupa), then the repeated syllable (ki-kiskis).
        var length = rest.Length;
        rest.CopyTo(buffer);
        var infix = InfixAt(buffer[..length]);
        if (infix > 0)
        {
            buffer[(infix + 2)..length].CopyTo(buffer[infix..]);
            length -= 2;
        }

        var stem = buffer[..length];
        if (Reduplicated(stem) is var syllable and > 0 && stem.Length - syllable >= 4)
        {
            stem = stem[syllable..];
        }

        if (stem.Length == word.Length)
        {
            return SexualStatementKinds.None; // nothing came off: not a Tagalog form
        }

        WorkCounter.Add(1);
        var kinds = table.ReadBase(stem);
        if (kinds == SexualStatementKinds.None && stem.Length >= 6 && (stem.EndsWith("an") || stem.EndsWith("in")))
        {
            var root = stem[..^2];
            kinds = table.ReadBase(root);
            if (kinds == SexualStatementKinds.None && root[^1] == 'h')
            {
                kinds = table.ReadBase(root[..^1]);
            }
        }

        return kinds;
    }

    /// <summary>Where -in- or -um- stands after the first consonant or consonant pair (k|in|iskis, ts|in|upa), or -1.</summary>
    private static int InfixAt(ReadOnlySpan<char> word)
    {
        var at = !IsVowel(word[0]) && word.Length > 2 && !IsVowel(word[1]) ? 2 : 1;
        if (IsVowel(word[0]) || word.Length < at + 5)
        {
            return -1;
        }

        var pair = word.Slice(at, 2);
        return pair is "in" or "um" ? at : -1;
    }

    /// <summary>The length of a repeated first syllable (ki|kiskis, la|lamas, tsu|tsupa), or 0.</summary>
    private static int Reduplicated(ReadOnlySpan<char> word)
    {
        for (var n = 3; n >= 2; n--)
        {
            if (word.Length >= 2 * n + 2 && IsVowel(word[n - 1]) && word[..n].SequenceEqual(word.Slice(n, n)))
            {
                return n;
            }
        }

        return 0;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
