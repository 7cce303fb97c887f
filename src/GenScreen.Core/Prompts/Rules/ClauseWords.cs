namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// The words of one clause, as the clause readers (<see cref="ChildStatements"/>, <see cref="SexualStatements"/>) see them:
/// one splitting and one notion of an unspaced script for both, so a clause is cut the same way whichever table reads it.
/// </summary>
internal static class ClauseWords
{
    /// <summary>Han, kana, Hangul and Thai: scripts written without spaces, whose entries are looked for inside the clause.</summary>
    public static bool IsUnspaced(char c) => (c >= '\u2E80' && c <= '\uD7FF') || (c >= '\u0E00' && c <= '\u0E7F');

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
            while (i < end && !ChildStatementTable.IsWordChar(source[i]))
            {
                i++;
            }

            var s = i;
            while (i < end && ChildStatementTable.IsWordChar(source[i]))
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
}
