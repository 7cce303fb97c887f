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
    private readonly (SearchValues<string> Values, int Longest, SearchValues<char>? Anchors)[] _parts;

    public ScriptSplitTriggers(IReadOnlyCollection<string> triggers)
    {
        All = [.. triggers];
        var ascii = triggers.Where(t => System.Text.Ascii.IsValid(t)).ToArray();
        var uncased = triggers.Where(t => !System.Text.Ascii.IsValid(t) && t.All(IsUncased)).ToArray();
        var rest = triggers.Where(t => !System.Text.Ascii.IsValid(t) && !t.All(IsUncased)).ToArray();
        _parts =
        [
            .. new[] { (ascii, StringComparison.OrdinalIgnoreCase, false), (uncased, StringComparison.Ordinal, false), (rest, StringComparison.OrdinalIgnoreCase, true) }
                .Where(p => p.Item1.Length > 0)
                .Select(p => (SearchValues.Create(p.Item1, p.Item2), p.Item1.Max(t => t.Length), p.Item3 ? SearchValues.Create(AnchorMatches(p.Item1)) : null)),
        ];
    }

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
        foreach (var (values, longest, anchors) in _parts)
        {
            if (anchors is not null && !text.ContainsAny(anchors))
            {
                continue; // no trigger of this set can match (AnchorMatches)
            }

            // Once a match is known, a later set matters only if it matches further left: its match lies within the first
            // best + longest - 1 characters.
            var window = best < 0 ? text : text[..Math.Min(text.Length, best + longest - 1)];
            var at = window.IndexOfAny(values);
            if (at >= 0 && (best < 0 || at < best))
            {
                best = at;
            }
        }

        return best;
    }

    /// <summary>
    /// The leftmost place at or after <paramref name="from"/> of <paramref name="text"/> where a trigger matches (ordinal, ignoring
    /// case), or -1: <c>IndexOfAny(text[from..])</c> shifted by <paramref name="from"/>, reusing what the earlier searches of the
    /// same text through <paramref name="cursor"/> learnt (session 37, i16-speed45). A clause reader asks again after each clause
    /// and after each trigger found inside a longer word (mum in maximum); without the cursor every set was searched again from
    /// there, so a set whose match lay further on, or which held none, walked the same characters once per question (the
    /// ignore-case set by the runtime's per-character dictionary walk). With it, a set is searched again only from where its
    /// last answer no longer holds.
    /// </summary>
    /// <remarks>
    /// Same answer as <see cref="IndexOfAny(ReadOnlySpan{char})"/>: what a set's search says holds for every later start. A match
    /// found at q is the leftmost from every start up to q (a match starting at or after a start lies wholly after it); none
    /// found from a start means none from any later start; a window search that found nothing before the best place so far
    /// (every match starting before it ends inside the window) means no match starts between the start and that place. A
    /// question from an earlier place than the last starts over (the cursor is cleared).
    /// </remarks>
    public int IndexOfAny(string text, int from, ref Cursor cursor)
    {
        if (from < cursor.From)
        {
            cursor = default;
        }

        cursor.From = from;
        var best = -1;
        for (var k = 0; k < _parts.Length; k++)
        {
            ref var known = ref cursor.Parts[k];
            int at;
            if (known.State == Learnt.NoMatch)
            {
                continue;
            }

            if (known.State == Learnt.MatchAt && known.Place >= from)
            {
                at = known.Place;
            }
            else
            {
                var (values, longest, anchors) = _parts[k];
                var start = known.State == Learnt.NoMatchBefore ? Math.Max(from, known.Place) : from;
                if (best >= 0 && start >= best)
                {
                    continue; // its leftmost match is at start or later: not left of the best
                }

                if (anchors is not null && cursor.LastAnchor(text, anchors) < start)
                {
                    known = new Known(Learnt.NoMatch, 0); // every trigger of the set holds an anchor (AnchorMatches)
                    continue;
                }

                var end = best < 0 ? text.Length : Math.Min(text.Length, best + longest - 1);
                var hit = text.AsSpan(start, end - start).IndexOfAny(values);
                if (hit >= 0 && (best < 0 || start + hit < best))
                {
                    at = start + hit;
                    known = new Known(Learnt.MatchAt, at);
                }
                else
                {
                    // Nothing from start (a whole search), or nothing before the best place (a window search).
                    known = best < 0 ? new Known(Learnt.NoMatch, 0) : new Known(Learnt.NoMatchBefore, best);
                    continue;
                }
            }

            if (best < 0 || at < best)
            {
                best = at;
            }
        }

        return best;
    }

    /// <summary>What a set's earlier searches of one text say from the cursor's place on.</summary>
    internal enum Learnt : byte
    {
        /// <summary>Nothing (the default: the set is searched).</summary>
        Nothing,

        /// <summary>A match starts at the place, and none between the start searched from and it.</summary>
        MatchAt,

        /// <summary>No match starts between the start searched from and the place.</summary>
        NoMatchBefore,

        /// <summary>No match starts at or after the start searched from.</summary>
        NoMatch,
    }

    internal readonly record struct Known(Learnt State, int Place);

    /// <summary>One state per set (at most three).</summary>
    [System.Runtime.CompilerServices.InlineArray(3)]
    internal struct KnownParts
    {
        private Known _first;
    }

    /// <summary>What the searches of one text have learnt, for <see cref="IndexOfAny(string, int, ref Cursor)"/>; <c>default</c> knows nothing.
    /// Belongs to one text and one trigger set: a reader makes one per prompt it reads.</summary>
    internal struct Cursor
    {
        internal KnownParts Parts;
        internal int From;
        private int _lastAnchorPlusTwo; // 0: not looked for yet; 1: the text holds none

        /// <summary>The text's last anchor character (-1: none), looked for once.</summary>
        internal int LastAnchor(string text, SearchValues<char> anchors)
        {
            if (_lastAnchorPlusTwo == 0)
            {
                _lastAnchorPlusTwo = text.AsSpan().LastIndexOfAny(anchors) + 2;
            }

            return _lastAnchorPlusTwo - 2;
        }
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
