using System.Buffers;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// Where a clause around a trigger word begins and ends, for the clause readers (<see cref="ChildStatements"/>,
/// <see cref="SexualStatements"/>): at a break character (comma, semicolon, brackets, a line end, the CJK and Arabic
/// commas), a sentence's full stop, or the <c>BREAK</c> keyword of prompt tools. The readers differ in two things, kept
/// as the rule's settings so that each reads the clauses it always read:
/// <list type="bullet">
/// <item>the Devanagari full stop (danda, ।) ends a sexual statement's clause, not a child statement's;</item>
/// <item>a child statement's clause goes on over a comma followed by a purpose conjunction (<c>, чтобы</c>, <c>, aby</c>).</item>
/// </list>
/// </summary>
/// <param name="dandaEnds">Whether ।, followed by a space or the end, ends a sentence like a full stop.</param>
/// <param name="goesOn">Whether the clause goes on over the break character at an index (null: it never does).</param>
internal sealed class ClauseBounds(bool dandaEnds, Func<string, int, bool>? goesOn = null)
{
    private static readonly SearchValues<char> Breaks = SearchValues.Create(",;|()[]{}<>\n\r\t!?\u3001\u3002\uFF0C\u060C\u061B\uFF08\uFF09\uFF3B\uFF3D\uFF1B\uFF01\uFF1F");

    /// <summary>The clause [Start, End) around index <paramref name="at"/>.</summary>
    public (int Start, int End) Around(string source, int at)
    {
        var start = at;
        while (start > 0 && !(IsBreakBefore(source, start) && !GoesOn(source, start - 1)))
        {
            start--;
        }

        var end = at;
        while (end < source.Length && !(IsBreakAt(source, end) && !GoesOn(source, end)))
        {
            end++;
        }

        return (start, end);
    }

    /// <summary>Where the clause that ends at <paramref name="end"/> starts (a break's own continuation not followed).</summary>
    public int StartOf(string source, int end)
    {
        var start = end;
        while (start > 0 && !IsBreakBefore(source, start))
        {
            start--;
        }

        return start;
    }

    /// <summary>A clause ends at <paramref name="i"/>: a break character, a sentence's full stop, or the BREAK keyword's first letter.</summary>
    public bool IsBreakAt(string source, int i)
    {
        var c = source[i];
        if (Breaks.Contains(c))
        {
            return true;
        }

        if ((c == '.' || (dandaEnds && c == '\u0964')) && (i + 1 == source.Length || char.IsWhiteSpace(source[i + 1])))
        {
            return true;
        }

        return c == 'B' && source.AsSpan(i).StartsWith("BREAK", StringComparison.Ordinal)
            && (i == 0 || !char.IsLetter(source[i - 1])) && (i + 5 == source.Length || !char.IsLetter(source[i + 5]));
    }

    /// <summary>
    /// A clause starts at <paramref name="start"/>: a break right before it, or the BREAK keyword ending right before it
    /// (the keyword is no word of the clause after it).
    /// </summary>
    public bool IsBreakBefore(string source, int start)
    {
        var i = start - 1;
        return IsBreakAt(source, i) || (i >= 4 && source[i] == 'K' && source[i - 4] == 'B' && IsBreakAt(source, i - 4));
    }

    private bool GoesOn(string source, int i) => goesOn is not null && goesOn(source, i);
}
