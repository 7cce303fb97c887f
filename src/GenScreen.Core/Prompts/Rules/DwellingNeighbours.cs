using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// Session 43 (i16-roles51): one person of the user's home singled out by where that person lives relative to the user: a
/// person noun and a dwelling position ("the woman upstairs", "the guy who lives across the hall from me", "die Frau aus der
/// Wohnung über mir", "la mujer que vive al lado", "соседка сверху", "η γειτόνισσα από πάνω", "üst kattaki kadın", 楼上的女人,
/// 윗집 여자, "ऊपर वाली भाभी", "ผู้หญิงห้องข้างๆ"). Beside nudity such a prompt exposes a real neighbour, as "my neighbour" does:
/// a real-person hint of level 2 (a person of the user's life: nudity blocks, lingerie reviews unless it is to look real).
/// </summary>
/// <remarks>
/// <para>The word classes are data (Rules/Data/dwelling-cues.tsv, written by tools/roles51/dwelling_cues.py): person nouns,
/// neighbour nouns, positions written after their noun (with the relative clauses "who lives upstairs", "die über mir wohnt"
/// generated per language) and positions written before it (üst kattaki, 楼上的, ऊपर वाली). The looser positions (next door,
/// сверху, von oben: also a trope, a camera angle or a sex position) single out a neighbour noun only. A noun after an
/// indefinite article (a woman upstairs in a cabin) is no one.</para>
/// <para>Read only beside a sexual or undressing signal. One pass over the prompt: at each word start (each character of an
/// unspaced script) one lookup per position length; at a position, a bounded look at the few words beside it. Linear.</para>
/// </remarks>
internal static class DwellingNeighbours
{
    /// <summary>The most words between a noun and a position after it (an adjective, a comma and relative pronoun are in the position).</summary>
    private const int MaxWordsBetween = 2;

    /// <summary>The most characters between a noun and its position.</summary>
    private const int MaxGap = 24;

    private static readonly string[] Indefinites =
        ["a", "an", "one", "some", "ein", "eine", "einen", "einer", "un", "une", "una", "uno", "um", "uma", "een", "en", "ett", "bir", "ένας", "μια", "μία", "ένα"];

    internal sealed class Table
    {
        public readonly HashSet<string> Nouns = new(StringComparer.Ordinal);
        public readonly HashSet<string> Neighbours = new(StringComparer.Ordinal);
        public readonly HashSet<string> After = new(StringComparer.Ordinal);
        public readonly HashSet<string> AfterNeighbour = new(StringComparer.Ordinal);
        public readonly HashSet<string> Before = new(StringComparer.Ordinal);
        public int[] NounLengths = [];
        public int[] PositionLengths = [];
        public readonly HashSet<char> PositionFirst = [];
    }

    private static readonly Lazy<Table> Cues = new(() =>
    {
        using var reader = RuleDataFile.Open("dwelling-cues.tsv");
        return Parse(reader);
    });

    /// <summary>For tests: the shipped cue table.</summary>
    internal static Table Shipped => Cues.Value;

    internal static Table Parse(TextReader reader)
    {
        var t = new Table();
        foreach (var row in RuleDataFile.Rows(reader))
        {
            var cells = row.Split('\t');
            if (cells.Length != 3 || cells[2].Length == 0)
            {
                throw new InvalidOperationException($"dwelling-cues.tsv: bad row '{row}'.");
            }

            var set = cells[0] switch
            {
                "noun" => t.Nouns,
                "neighbour" => t.Neighbours,
                "after" => t.After,
                "after-n" => t.AfterNeighbour,
                "before" => t.Before,
                _ => throw new InvalidOperationException($"dwelling-cues.tsv: unknown kind in '{row}'."),
            };
            set.Add(cells[2]);
            if (set != t.Nouns && set != t.Neighbours)
            {
                t.PositionFirst.Add(cells[2][0]);
            }
        }

        // A neighbour noun is a person noun too.
        t.Nouns.UnionWith(t.Neighbours);
        t.NounLengths = t.Nouns.Select(n => n.Length).Distinct().OrderByDescending(l => l).ToArray();
        t.PositionLengths = t.After.Concat(t.AfterNeighbour).Concat(t.Before).Select(n => n.Length).Distinct().OrderByDescending(l => l).ToArray();
        return t;
    }

    /// <param name="source">The prompt as written.</param>
    /// <param name="into">The signals so far: a real-person hint (level 2) is added to them.</param>
    public static void Detect(string source, SignalSummary into)
    {
        // Another reader's hint over the same person (a neighbour of a listed floor: сусідка з п'ятого поверху) may single
        // that person out more strongly: this looser one is added only where none was found.
        if ((!into.Has(Signal.Sexual) && !into.Has(Signal.Undress)) || into.Has(Signal.RealPersonHint))
        {
            return;
        }

        var n = source.Length;
        Span<char> lower = n <= 1024 ? stackalloc char[n] : new char[n];
        InvariantLower.Write(source.AsSpan(), lower);
        if (Find(lower, Cues.Value) is var (start, end) && end > start)
        {
            into.Add(Signal.RealPersonHint, source[start..end], 2, start, end, PromptField.Prompt);
        }
    }

    /// <summary>The span of the person noun of the first noun + position that singles out a person of the user's home, or null.</summary>
    internal static (int Start, int End)? Find(ReadOnlySpan<char> lower, Table t)
    {
        var n = lower.Length;
        var after = t.After.GetAlternateLookup<ReadOnlySpan<char>>();
        var afterN = t.AfterNeighbour.GetAlternateLookup<ReadOnlySpan<char>>();
        var before = t.Before.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var p = 0; p < n; p++)
        {
            WorkCounter.Add(1);
            var c = lower[p];
            if (!t.PositionFirst.Contains(c) || (p > 0 && char.IsLetter(lower[p - 1]) && !IsUnspaced(c) && !IsUnspaced(lower[p - 1])))
            {
                continue;
            }

            foreach (var length in t.PositionLengths)
            {
                WorkCounter.Add(1);
                var end = p + length;
                if (end > n || (end < n && char.IsLetter(lower[end]) && !IsUnspaced(lower[end - 1]) && !IsUnspaced(lower[end]) && !IsCombining(lower[end])))
                {
                    continue;
                }

                var slice = lower.Slice(p, length);
                // A dwelling position: the hint covers the person noun alone, so where the person lives is said outside it, as
                // PromptRules reads a neighbour's floor (Surroundings.HasDwelling outside the hint's words pins one person down).
                if (after.Contains(slice) && NounBefore(lower, p, t, neighbourOnly: false, out var nounEnd1) is var s1 and >= 0)
                {
                    return (s1, nounEnd1);
                }

                // The loose positions (la vecina de al lado, 옆집 누나) cover noun and position: a hint that opens with its neighbour
                // word is the archetype PromptRules reads as a genre (lingerie stays a review, nudity blocks).
                if (afterN.Contains(slice) && NounBefore(lower, p, t, neighbourOnly: true, out _) is var s2 and >= 0)
                {
                    return (s2, end);
                }

                if (before.Contains(slice) && NounAfter(lower, end, t, out _) is var e and > 0)
                {
                    return (p, e);
                }
            }
        }

        return null;
    }

    /// <summary>The start of a person noun ending just before <paramref name="p"/> or a word or two earlier, in one clause; -1 if none.</summary>
    private static int NounBefore(ReadOnlySpan<char> lower, int p, Table t, bool neighbourOnly, out int nounEnd)
    {
        nounEnd = -1;
        var set = (neighbourOnly ? t.Neighbours : t.Nouns).GetAlternateLookup<ReadOnlySpan<char>>();
        var e = p;
        var commas = 0;
        for (var word = 0; word <= MaxWordsBetween + 1 && p - e <= MaxGap; word++)
        {
            // Back over the spaces (and one comma: "die Frau, die über mir wohnt") before the word that ends at e.
            while (e > 0 && !char.IsLetter(lower[e - 1]) && !IsCombining(lower[e - 1]))
            {
                WorkCounter.Add(1);
                if (lower[e - 1] == ',' || lower[e - 1] == '،')
                {
                    if (++commas > 1)
                    {
                        return -1;
                    }
                }
                else if (lower[e - 1] != ' ' && lower[e - 1] != '\'' && lower[e - 1] != '-')
                {
                    return -1;
                }

                e--;
            }

            if (e == 0)
            {
                return -1;
            }

            foreach (var length in t.NounLengths)
            {
                WorkCounter.Add(1);
                var s = e - length;
                if (s < 0 || (s > 0 && char.IsLetter(lower[s - 1]) && !IsUnspaced(lower[s]) && !IsUnspaced(lower[s - 1])))
                {
                    continue;
                }

                if (set.Contains(lower.Slice(s, length)))
                {
                    nounEnd = e;
                    return AfterIndefinite(lower, s) ? -1 : s;
                }
            }

            // The word before: back over its letters.
            while (e > 0 && (char.IsLetter(lower[e - 1]) || IsCombining(lower[e - 1])))
            {
                WorkCounter.Add(1);
                e--;
            }
        }

        return -1;
    }

    /// <summary>The end of a person noun starting right after <paramref name="end"/> (its particle or space), or a word later; 0 if none.</summary>
    private static int NounAfter(ReadOnlySpan<char> lower, int end, Table t, out int nounStart)
    {
        nounStart = -1;
        var set = t.Nouns.GetAlternateLookup<ReadOnlySpan<char>>();
        var s = end;
        for (var word = 0; word <= 1; word++)
        {
            while (s < lower.Length && lower[s] == ' ')
            {
                s++;
            }

            if (s >= lower.Length || !char.IsLetter(lower[s]))
            {
                return 0;
            }

            foreach (var length in t.NounLengths)
            {
                WorkCounter.Add(1);
                if (s + length <= lower.Length && set.Contains(lower.Slice(s, length)))
                {
                    nounStart = s;
                    return AfterIndefinite(lower, s) ? 0 : s + length;
                }
            }

            while (s < lower.Length && (char.IsLetter(lower[s]) || IsCombining(lower[s])))
            {
                WorkCounter.Add(1);
                if (IsUnspaced(lower[s]))
                {
                    return 0; // an unspaced script: the noun stands right after its particle or not at all
                }

                s++;
            }
        }

        return 0;
    }

    /// <summary>Whether the word right before <paramref name="start"/> is an indefinite article (a woman, eine Frau, bir kadın).</summary>
    private static bool AfterIndefinite(ReadOnlySpan<char> lower, int start)
    {
        var e = start;
        while (e > 0 && lower[e - 1] == ' ')
        {
            e--;
        }

        var b = e;
        while (b > 0 && char.IsLetter(lower[b - 1]))
        {
            b--;
        }

        if (b == e || e == start)
        {
            return false;
        }

        var word = lower[b..e];
        foreach (var indefinite in Indefinites)
        {
            if (word.SequenceEqual(indefinite))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsCombining(char c) => char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    private static bool IsUnspaced(char c) =>
        Scripts.IsKana(c) || c is >= '\u3400' and <= '\u9FFF' || c is >= '\uF900' and <= '\uFAFF' || Scripts.IsHangulSyllable(c) || Scripts.IsThai(c);
}
