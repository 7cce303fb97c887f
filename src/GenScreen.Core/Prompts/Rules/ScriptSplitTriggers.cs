using System.Buffers;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// A clause table's trigger search for prompts not written in ASCII alone (session 32, i16-speed40), split by script: the ASCII
/// triggers, the triggers of scripts without case (Han, kana, Hangul, Thai, Arabic, Hebrew, Devanagari, Bengali), searched
/// ordinally, and the rest (Cyrillic, Greek, accented Latin), searched ignoring case. One search ignoring case over all of
/// them (the runtime's <see cref="SearchValues{T}"/> of strings) walks a non-ASCII prompt one character at a time with a
/// dictionary look-up per character (10 % of the bulk file's CPU, docs/performance.md); the uncased triggers need no case
/// folding, and each smaller set is searched by the runtime's fastest path for it.
/// </summary>
/// <remarks>
/// Same answer as the one search: <see cref="IndexOfAny"/> is the leftmost place where a trigger matches, and the leftmost
/// match of a union is the leftmost of the parts' leftmost matches. An uncased trigger searched ordinally finds what the
/// ignore-case search found: no character's upper case is a letter of those scripts, and theirs is themselves.
/// </remarks>
internal sealed class ScriptSplitTriggers
{
    private readonly (SearchValues<string> Values, int Longest, SearchValues<char>? Anchors, int AnchorReach)[] _parts;

    public ScriptSplitTriggers(IReadOnlyCollection<string> triggers)
    {
        All = [.. triggers];
        var ascii = triggers.Where(t => System.Text.Ascii.IsValid(t)).ToArray();
        var uncased = triggers.Where(t => !System.Text.Ascii.IsValid(t) && t.All(IsUncased)).ToArray();
        var rest = triggers.Where(t => !System.Text.Ascii.IsValid(t) && !t.All(IsUncased)).ToArray();
        _parts =
        [
            .. new[]
                {
                    (ascii, StringComparison.OrdinalIgnoreCase, (SearchValues<char>?)null, 0),
                    (uncased, StringComparison.Ordinal, uncased.Length > 0 ? SearchValues.Create([.. uncased.Select(t => t[0]).Distinct()]) : null, 0),
                    (rest, StringComparison.OrdinalIgnoreCase, rest.Length > 0 ? SearchValues.Create(AnchorMatches(rest)) : null, rest.Length > 0 ? rest.Max(AnchorOffset) : 0),
                }
                .Where(p => p.Item1.Length > 0)
                .Select(p => (SearchValues.Create(p.Item1, p.Item2), p.Item1.Max(t => t.Length), p.Item3, p.Item4)),
        ];
    }

    /// <summary>Where a cased trigger's anchor (its first non-ASCII character) stands in it.</summary>
    private static int AnchorOffset(string trigger) => trigger.AsSpan().IndexOfAnyExceptInRange('\0', '\u007F');

    /// <summary>
    /// Every character that equals, ignoring case, the anchor of some trigger of the cased set: its first non-ASCII character
    /// (each of them has one, else it would be in the ASCII set). A text with none of these holds no trigger of the set, and
    /// its search (the runtime's ignore-case walk, a dictionary look-up per character: the costliest part of a flagged
    /// non-ASCII line's trigger search, docs/performance.md session 35) is skipped: half of the bulk file's non-ASCII prompts
    /// (Han, kana, Hangul, Arabic, Thai, Devanagari beside ASCII) hold no cased non-ASCII letter at all. A necessary
    /// condition only; the characters are those whose invariant upper case is an anchor's (ignoring case compares invariant
    /// upper cases; a test checks every character against every anchor by the comparison itself).
    /// </summary>
    internal static char[] AnchorMatches(IEnumerable<string> cased)
    {
        var uppers = cased.Select(t => char.ToUpperInvariant(t.First(c => !char.IsAscii(c)))).ToHashSet();
        var matches = new List<char>();
        for (var c = 0; c <= char.MaxValue; c++)
        {
            if (uppers.Contains(char.ToUpperInvariant((char)c)))
            {
                matches.Add((char)c);
            }
        }

        return [.. matches];
    }

    /// <summary>Every trigger (tests compare the split search with one search of them all).</summary>
    internal string[] All { get; }

    /// <summary>How many sets the triggers were split into (tests).</summary>
    internal int PartCount => _parts.Length;

    /// <summary>The leftmost index of <paramref name="text"/> where a trigger matches (ordinal, ignoring case), or -1.</summary>
    public int IndexOfAny(ReadOnlySpan<char> text)
    {
        var best = -1;
        foreach (var (values, longest, anchors, anchorReach) in _parts)
        {
            // The sets of other scripts start their search at the first place a match can start (session 37, i16-speed45): each
            // match holds an anchor no further than the set's reach from its start (the uncased set: its first character, as
            // written; the cased set: its first non-ASCII character, ignoring case, AnchorMatches), so none starts before the
            // first anchor less the reach. Half the characters of the bulk file's non-ASCII flagged prompts stand before their
            // first non-ASCII one (ASCII tags, a Latin name): the runtime's search walks them one at a time with a look-up per
            // character, the anchor search by vector. A text with no anchor holds no match of the set.
            var skip = 0;
            if (anchors is not null)
            {
                var anchor = text.IndexOfAny(anchors);
                if (anchor < 0)
                {
                    continue;
                }

                skip = Math.Max(0, anchor - anchorReach);
                if (best >= 0 && skip >= best)
                {
                    continue; // its leftmost match is not left of the best
                }
            }

            // Once a match is known, a later set matters only if it matches further left: its match lies within the first
            // best + longest - 1 characters.
            var window = best < 0 ? text[skip..] : text[skip..Math.Min(text.Length, best + longest - 1)];
            var at = window.IndexOfAny(values);
            if (at >= 0 && (best < 0 || at + skip < best))
            {
                best = at + skip;
            }
        }

        return best;
    }

    /// <summary>
    /// A character of a script without case: no case mapping leads to or from it. Only these blocks are counted (a character
    /// outside them keeps its trigger in the ignore-case set, which is always right, only slower).
    /// </summary>
    internal static bool IsUncased(char c) => c is >= '\u0590' and <= '\u05FF' // Hebrew
        or >= '\u0600' and <= '\u06FF' // Arabic
        or >= '\u0900' and <= '\u09FF' // Devanagari, Bengali
        or >= '\u0E00' and <= '\u0E7F' // Thai
        or >= '\u1100' and <= '\u11FF' // Hangul Jamo
        or >= '\u3000' and <= '\u30FF' // CJK symbols and punctuation, Hiragana, Katakana
        or >= '\u3130' and <= '\u318F' // Hangul compatibility Jamo
        or >= '\u3400' and <= '\u4DBF' // CJK extension A
        or >= '\u4E00' and <= '\u9FFF' // CJK unified ideographs
        or >= '\uAC00' and <= '\uD7AF'; // Hangul syllables
}
