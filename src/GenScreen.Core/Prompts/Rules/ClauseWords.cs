using System.Globalization;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// The words of one clause, as the clause readers (<see cref="ChildStatements"/>, <see cref="SexualStatements"/>) see them:
/// one splitting, one notion of a word character and of an unspaced script, and one way to key a phrase for their tables,
/// so a clause is cut and looked up the same way whichever table reads it.
/// </summary>
internal static class ClauseWords
{
    /// <summary>Longest phrase key looked up in a clause table, in characters.</summary>
    public const int MaxKey = 64;

    /// <summary>Han, kana, Hangul and Thai: scripts written without spaces, whose entries are looked for inside the clause.</summary>
    public static bool IsUnspaced(char c) => (c >= '\u2E80' && c <= '\uD7FF') || Scripts.IsThai(c);

    /// <summary>Letters, digits, combining marks and the apostrophe (straight or ’): what a word of a clause is made of.</summary>
    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '\'' or '\u2019'
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    /// <summary>Does [start, end) hold a character of an unspaced script?</summary>
    public static bool HasUnspaced(string source, int start, int end)
    {
        foreach (var c in source.AsSpan(start, end - start))
        {
            if (IsUnspaced(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Splits [start, end) into words (letters, digits, marks and apostrophes; a hyphen, underscore or joiner separates),
    /// at most <paramref name="words"/>' length of them; returns how many.
    /// </summary>
    public static int Split(string source, int start, int end, Span<(int Start, int End)> words)
    {
        var count = 0;
        var i = start;
        while (i < end && count < words.Length)
        {
            while (i < end && !IsWordChar(source[i]))
            {
                i++;
            }

            var s = i;
            while (i < end && IsWordChar(source[i]))
            {
                i++;
            }

            if (i > s)
            {
                words[count++] = (s, i);
            }
        }

        return count;
    }

    /// <summary>
    /// Writes the table key of words <paramref name="i"/> to <paramref name="i"/> + <paramref name="n"/> − 1 into
    /// <paramref name="key"/> (<see cref="MaxKey"/> long): lower case, one space between words, ’ read as '. Returns its
    /// length, or −1 when the phrase is too long to be an entry.
    /// </summary>
    /// <summary>
    /// Session 43 (i16-para51): the Arabic vowel signs, tanween, shadda and sukun (U+064B to U+0652) are left out of a clause
    /// key, as the rows are keyed without them (<see cref="ClauseTableRows{TKinds}.AsClauseKey"/>): a vocalised prompt
    /// (<c>حصانًا خشبيًا هزّازًا</c>) meets the rows as written plain. The superscript alef (U+0670) too.
    /// </summary>
    public const char FirstArabicMark = '\u064B';

    /// <summary>The last Arabic vowel sign left out of a key (sukun).</summary>
    public const char LastArabicMark = '\u0652';

    /// <summary>Is <paramref name="c"/> an Arabic vowel sign, tanween, shadda, sukun or the superscript alef?</summary>
    public static bool IsArabicMark(char c) => c is >= FirstArabicMark and <= LastArabicMark or '\u0670';

    /// <summary>Removes the Arabic marks from <paramref name="span"/> in place; returns the length left.</summary>
    private static int DropArabicMarks(Span<char> span)
    {
        var kept = 0;
        foreach (var c in span)
        {
            if (!IsArabicMark(c))
            {
                span[kept++] = c;
            }
        }

        return kept;
    }

    public static int WriteKey(string source, ReadOnlySpan<(int Start, int End)> words, int i, int n, Span<char> key)
    {
        var length = 0;
        for (var k = i; k < i + n; k++)
        {
            var word = source.AsSpan(words[k].Start, words[k].End - words[k].Start);
            if (length + word.Length + 1 > MaxKey)
            {
                return -1;
            }

            if (k > i)
            {
                key[length++] = ' ';
            }

            var written = InvariantLower.Write(word, key[length..]);
            key[length..(length + written)].Replace('\u2019', '\'');
            if (key[length..(length + written)].IndexOfAnyInRange(FirstArabicMark, LastArabicMark) >= 0)
            {
                written = DropArabicMarks(key.Slice(length, written));
            }

            length += written;
        }

        return length;
    }
}
