using System.Collections.Frozen;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// A garment x-rayed or seen through (session 24, i16-nudify26): around a garment, in its clause and at most
/// <see cref="Reach"/> words away, an x-ray or transparency-effect word (<c>effetto raggi X sul costume</c>,
/// <c>doorkijkeffect op haar jurk</c>, <c>rentgen přes šaty</c>, <c>give her blouse an x-ray effect</c>) or a verb of seeing
/// with a "through" word (<c>qu'on voie à travers sa robe</c>, <c>se igenom hennes klänning</c>). It asks for the body under
/// the garment: weak undressing (<see cref="UndressGrammar.Weak"/>), so a nudify request with an input image and nothing in
/// a new picture. Words in Rules/Data/see-through-cues.tsv. Read only from a word tagged as a garment, so "x-ray of a hand"
/// and "make the background transparent" are never looked at; a plain sheer adjective is left to the sheer grammar, which
/// wants it beside its garment.
/// </summary>
internal static class SeeThroughGarment
{
    /// <summary>How many words either side of the garment a cue may stand: "effecto rayos X en su vestido" is four.</summary>
    private const int Reach = 5;

    private sealed record Cues(
        string[] Prefixes,
        FrozenDictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> Pairs,
        FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> See,
        FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Through);

    private static readonly Lazy<Cues> Words = new(Load);

    /// <summary>Whether the garment at <paramref name="i"/> is x-rayed or seen through; adds weak undressing when it is.</summary>
    public static bool TryAround(TokenizedText text, int i, SignalSummary into)
    {
        var first = i;
        while (first > 0 && first > i - Reach && Joined(text, first - 1, first))
        {
            first--;
        }

        var last = i;
        while (last + 1 < text.SequenceCount && last < i + Reach && Joined(text, last, last + 1))
        {
            last++;
        }

        var cues = Words.Value;
        int see = -1, through = -1;
        for (var k = first; k <= last; k++)
        {
            WorkCounter.Add(1);
            if (k == i)
            {
                continue;
            }

            var word = text.TextOf(in text[k]);
            if (IsXRay(cues, word) || (k < last && cues.Pairs.TryGetValue(word, out var seconds) && Contains(seconds, text.TextOf(in text[k + 1]))))
            {
                UndressGrammar.Weak(text, Math.Min(i, k), Math.Max(i, k), into);
                return true;
            }

            if (cues.See.Contains(word))
            {
                see = k;
            }
            else if (cues.Through.Contains(word))
            {
                through = k;
            }
        }

        if (see < 0 || through < 0)
        {
            return false;
        }

        UndressGrammar.Weak(text, Math.Min(i, Math.Min(see, through)), Math.Max(i, Math.Max(see, through)), into);
        return true;
    }

    /// <summary>Whether <paramref name="word"/> starts with an x-ray or transparency-effect prefix (<c>röntgenblick</c>, <c>rentgena</c>).</summary>
    public static bool IsXRayWord(ReadOnlySpan<char> word) => IsXRay(Words.Value, word);

    private static bool IsXRay(Cues cues, ReadOnlySpan<char> word)
    {
        foreach (var prefix in cues.Prefixes)
        {
            if (word.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Contains(string[] words, ReadOnlySpan<char> word)
    {
        foreach (var w in words)
        {
            if (word.SequenceEqual(w))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>One clause: spaces, an apostrophe (qu'on) or a hyphen between the two words (a combining mark is part of the
    /// space); a comma or stop ends it. Shared with <see cref="UnderGarment"/>.</summary>
    internal static bool Joined(TokenizedText text, int a, int b)
    {
        for (var k = text[a].SourceEnd; k < text[b].SourceStart; k++)
        {
            if (!char.IsWhiteSpace(text.Source[k]) && text.Source[k] is not ('\'' or '\u2019' or '-')
                && char.GetUnicodeCategory(text.Source[k]) != System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                return false;
            }
        }

        return true;
    }

    private static Cues Load()
    {
        List<string> prefixes = [], see = [], through = [];
        Dictionary<string, List<string>> pairs = new(StringComparer.Ordinal);
        RuleDataFile.ReadKindRows("see-through-cues.tsv", cells =>
        {
            switch (cells)
            {
                case ["prefix", { Length: > 0 } p]:
                    prefixes.Add(p);
                    return true;
                case ["pair", { Length: > 0 } a, { Length: > 0 } b]:
                    (pairs.TryGetValue(a, out var list) ? list : pairs[a] = []).Add(b);
                    return true;
                case ["see", { Length: > 0 } s]:
                    see.Add(s);
                    return true;
                case ["through", { Length: > 0 } t]:
                    through.Add(t);
                    return true;
                default:
                    return false;
            }
        });

        // Session 30 (i16-roles36): the rows are also read as the prompt folding writes them (Persian ی and ک as Arabic ي and
        // ك, ة as ه, hamza dropped): "اشعه ایکس" and "أشعة سينية" were never met, the tokens carry the folded letters.
        Dictionary<string, List<string>> foldedPairs = new(StringComparer.Ordinal);
        foreach (var (first, seconds) in pairs)
        {
            foreach (var key in UnderGarment.WithFolded([first]).Distinct())
            {
                var list = foldedPairs.TryGetValue(key, out var l) ? l : foldedPairs[key] = [];
                list.AddRange(UnderGarment.WithFolded(seconds));
            }
        }

        return new Cues(
            [.. UnderGarment.WithFolded(prefixes).Distinct()],
            foldedPairs.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.Distinct().ToArray(), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>(),
            UnderGarment.WithFolded(see).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>(),
            UnderGarment.WithFolded(through).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>());
    }
}
