using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// Whether any cue of a fixed table stands in a text: one ordinal search per cue over the lower-cased text (no regex; linear
/// in the text for the fixed table). Shared by the cue tables read only beside sexual content or an input image, never on the
/// text-to-image hot path (<see cref="InputKept"/>, <see cref="Surroundings"/>).
/// </summary>
internal static class CueScan
{
    /// <summary>Which cues must start a word: none, those written in Latin ("same face", not "shame facets"), or those in
    /// Latin, Greek or Cyrillic ("bra", not "zebra"). Cues of other scripts are matched where they stand.</summary>
    public enum WordStart
    {
        Anywhere,
        Latin,
        Cased,
    }

    /// <summary>Whether a cue stands in <paramref name="text"/> outside <paramref name="skipStart"/>..<paramref name="skipEnd"/>
    /// (an empty span by default).</summary>
    public static bool Find(string text, string[] cues, WordStart wordStart, int skipStart = 0, int skipEnd = 0) =>
        FindFirst(text, cues, wordStart, skipStart, skipEnd).Start >= 0;

    /// <summary>Where the first cue of the table (in table order) found in <paramref name="text"/> outside
    /// <paramref name="skipStart"/>..<paramref name="skipEnd"/> stands; (-1, -1) when none (session 27: the neighbour word whose
    /// floor is read outside it).</summary>
    public static (int Start, int End) FindFirst(string text, string[] cues, WordStart wordStart, int skipStart = 0, int skipEnd = 0)
    {
        var n = text.Length;
        Span<char> lower = n <= 1024 ? stackalloc char[n] : new char[n];
        InvariantLower.Write(text.AsSpan(), lower);
        // Session 32: a cue with a character the text lacks (most cues of a table are in the scripts the prompt is not
        // written in) is skipped without its search; the first cue found in table order is the same.
        var present = CharBlocks.Of(lower);
        var needed = Needed.GetValue(cues, static table => [.. table.Select(cue => CharBlocks.Of(cue))]);
        for (var k = 0; k < cues.Length; k++)
        {
            var cue = cues[k];
            if (!CharBlocks.MayHold(present, needed[k]))
            {
                continue;
            }

            for (var from = 0; from <= n - cue.Length;)
            {
                WorkCounter.Add(1);
                var at = ((ReadOnlySpan<char>)lower[from..]).IndexOf(cue.AsSpan(), StringComparison.Ordinal);
                if (at < 0)
                {
                    break;
                }

                at += from;
                var outside = at + cue.Length <= skipStart || at >= skipEnd;
                if (outside && (!MustStartWord(cue[0], wordStart) || at == 0 || !char.IsLetterOrDigit(lower[at - 1])))
                {
                    return (at, at + cue.Length);
                }

                from = at + 1;
            }
        }

        return (-1, -1);
    }

    /// <summary>Each table's cues' <see cref="CharBlocks"/>, made at a table's first search (the tables live as long as the process).</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<string[], ulong[]> Needed = new();

    private static bool MustStartWord(char first, WordStart wordStart) => wordStart switch
    {
        WordStart.Latin => first is >= 'a' and <= 'z' or >= '\u00C0' and <= '\u024F',
        WordStart.Cased => first is >= 'a' and <= 'z' or >= '\u00C0' and <= '\u024F' or >= '\u0370' and <= '\u04FF',
        _ => false,
    };
}
