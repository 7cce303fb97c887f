using System.Collections.Frozen;
using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// A garment taken away by an edit that names what is left instead of the removal (session 29, i16-roles33), read from a
/// word tagged as a garment:
/// <list type="bullet">
/// <item>swapped for nothing: a swap or replace verb in the garment's clause and a "nothing" word after the garment with any
/// words between (<c>swap her sundress out for absolutely nothing</c>, <c>tausch ihr Dirndl gegen gar nichts aus</c>,
/// <c>elbisesini hiçbir şeyle değiştir</c>, <c>đổi cái váy thành không có gì</c>), or, in Tagalog order, the verb, a
/// connector and the nothing word before the garment (<c>palitan ng wala ang damit niya</c>). The verb is what makes the
/// nothing replace the garment; without it session 24's reading (connector and fillers only between) still applies.</item>
/// <item>only it left: an "only" or "except" word right before the garment and, within a few words either side (a comma
/// crossed), "the rest" with a removal word beside it (<c>leave her only the stockings, the rest off</c>, <c>lasciale solo le
/// calze, il resto via</c>, <c>оставь только чулки, остальное сними</c>), or an "everything" word and a removal before the
/// except word (<c>take off everything except the stockings</c>).</item>
/// </list>
/// Weak undressing (<see cref="UndressGrammar.Weak"/>): a nudify request with an input image, clothing in a new picture.
/// Words in Rules/Data/garment-left-cues.tsv. "Swap the dress for a red one", "replace the background with nothing" (no
/// garment before the nothing word) and "keep only the sky, remove the rest" (no garment) are not read; "the rest of the
/// background" is no rest of the clothes.
/// </summary>
internal static class GarmentLeftBare
{
    /// <summary>How many words after the garment its nothing word may stand, in the clause (<c>Sommerkleid bitte durch überhaupt nichts</c> is four).</summary>
    private const int Reach = 5;

    /// <summary>How many words before the garment the swap verb may stand, and three more (<c>palitan mo ng wala ang bestida</c>; verb-final languages put it after).</summary>
    private const int VerbReach = 4;

    /// <summary>How far, in words either side of the garment, "the rest" may stand (commas crossed: it is often its own clause).</summary>
    private const int RestReach = 8;

    private sealed record Cues(
        FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Swap,
        string[] SwapStems,
        FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> None,
        string[][] NoneRuns,
        FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> By,
        FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Only,
        FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Except,
        FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Rest,
        FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Of,
        FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Off,
        FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> And,
        FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Kept,
        FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Attribute);

    private static readonly Lazy<Cues> Words = new(Load);

    /// <summary>Whether the garment at <paramref name="i"/> is swapped for nothing or the only thing left; adds weak undressing when it is.</summary>
    public static bool TryAround(TokenizedText text, int i, SignalSummary into)
    {
        var cues = Words.Value;
        return SwappedForNothing(text, i, cues, into) || OnlyItLeft(text, i, cues, into) || ChangedToSheer(text, i, cues, into);
    }

    /// <summary>
    /// "mach die Bluse von der Frau durchsichtig", "làm cái váy của cô ấy trong suốt", "תעשה שהחולצה שלה תהיה שקופה": a change
    /// verb right before the garment (two words between at most) and a sheer word up to four words after it in the clause,
    /// the garment's possessor or a "be" verb between (session 29, after batch 35). Without the verb the sheer grammar still
    /// wants the sheer word beside its garment (a dress near a transparent umbrella is no see-through dress).
    /// </summary>
    private static bool ChangedToSheer(TokenizedText text, int i, Cues cues, SignalSummary into)
    {
        var verb = -1;
        for (var k = i - 1; k >= 0 && k >= i - 3 && SeeThroughGarment.Joined(text, k, k + 1); k--)
        {
            WorkCounter.Add(1);
            if ((text[k].Tags & WordTags.ChangeVerb) != 0)
            {
                verb = k;
                break;
            }
        }

        if (verb < 0)
        {
            return false;
        }

        for (var k = i + 1; k < text.SequenceCount && k <= i + 4 && SeeThroughGarment.Joined(text, k - 1, k); k++)
        {
            WorkCounter.Add(1);
            if (cues.And.Contains(text.TextOf(in text[k])) || (text[k].Tags & WordTags.Clothing) != 0)
            {
                return false;
            }

            if ((text[k].Tags & WordTags.GarmentSheer) != 0
                || (text.TextOf(in text[k]) is "trong" && k + 1 < text.SequenceCount && text.TextOf(in text[k + 1]) is "suot" or "suốt"))
            {
                UndressGrammar.Weak(text, verb, k, into);
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// From a change verb (leave, keep, lass, zostaw, оставь): "only" or "except" within a few words after it and a thing
    /// worn that is no garment right after that (<c>leave her only the necklace</c>, <c>lass ihr nur die Strümpfe an</c>),
    /// read as a garment left alone would be. A garment after the "only" word is read from the garment itself.
    /// </summary>
    public static bool TryFromVerb(TokenizedText text, int i, SignalSummary into)
    {
        var cues = Words.Value;
        var n = text.SequenceCount;
        for (var k = i + 1; k < n && k <= i + 4 && SeeThroughGarment.Joined(text, k - 1, k); k++)
        {
            WorkCounter.Add(1);
            var word = text.TextOf(in text[k]);
            if (!cues.Only.Contains(word) && !cues.Except.Contains(word))
            {
                continue;
            }

            for (var j = k + 1; j < n && j <= k + 3 && SeeThroughGarment.Joined(text, j - 1, j); j++)
            {
                WorkCounter.Add(1);
                if ((text[j].Tags & WordTags.Clothing) != 0)
                {
                    return false;
                }

                if (cues.Kept.Contains(text.TextOf(in text[j])))
                {
                    return OnlyItLeft(text, j, cues, into);
                }
            }

            return false;
        }

        return false;
    }

    private static bool SwappedForNothing(TokenizedText text, int i, Cues cues, SignalSummary into)
    {
        var n = text.SequenceCount;
        var first = i;
        while (first > 0 && first > i - VerbReach - 3 && SeeThroughGarment.Joined(text, first - 1, first))
        {
            first--;
        }

        var last = i;
        while (last + 1 < n && last < i + Reach + 3 && SeeThroughGarment.Joined(text, last, last + 1))
        {
            last++;
        }

        var swap = -1;
        for (var k = first; k <= last; k++)
        {
            WorkCounter.Add(1);
            if (k != i && IsSwap(cues, text.TextOf(in text[k])))
            {
                swap = k;
                break;
            }
        }

        if (swap < 0)
        {
            return false;
        }

        // "change the dress color to nothing": a property of the garment is what the verb swaps.
        if (i + 1 < n && SeeThroughGarment.Joined(text, i, i + 1) && cues.Attribute.Contains(text.TextOf(in text[i + 1])))
        {
            return false;
        }

        // "swap her dress out for absolutely nothing", "elbisesini hiçbir şeyle değiştir": the nothing word after the garment.
        for (var k = i + 1; k <= last && k <= i + Reach; k++)
        {
            WorkCounter.Add(1);
            if (cues.And.Contains(text.TextOf(in text[k])))
            {
                // "the dress colour and add nothing": another edit starts.
                break;
            }

            if (IsNone(text, k, cues, out var end))
            {
                UndressGrammar.Weak(text, Math.Min(swap, i), Math.Max(end, swap), into);
                return true;
            }

            // Session 39 (i16-nudify47): "cambia la ropa de la chica por piel desnuda", "swap the dress of the woman for bare
            // skin": the garment swapped for bare skin, its person between (the swap verb makes the skin replace the garment).
            if (UndressGrammar.IsSkinMadeBare(text, k))
            {
                UndressGrammar.Weak(text, Math.Min(swap, i), Math.Max(k, swap), into);
                return true;
            }
        }

        // "palitan ng wala ang damit niya": the verb, a connector and the nothing word before the garment ("change nothing
        // about her dress" has no connector).
        for (var k = swap + 2; k < i && k <= swap + 3; k++)
        {
            WorkCounter.Add(1);
            if (cues.By.Contains(text.TextOf(in text[k - 1])) && IsNone(text, k, cues, out _) && JoinedRun(text, swap, i))
            {
                UndressGrammar.Weak(text, swap, i, into);
                return true;
            }
        }

        return false;
    }

    private static bool OnlyItLeft(TokenizedText text, int i, Cues cues, SignalSummary into)
    {
        var n = text.SequenceCount;
        var mark = -1;
        var except = false;
        for (var k = i - 1; k >= 0 && k >= i - 3 && SeeThroughGarment.Joined(text, k, k + 1); k--)
        {
            WorkCounter.Add(1);
            var word = text.TextOf(in text[k]);
            if (cues.Only.Contains(word) || (except = cues.Except.Contains(word)))
            {
                mark = k;
                break;
            }
        }

        if (mark < 0)
        {
            return false;
        }

        // "take off everything except the stockings", "remove all but her socks": everything removed but the garment.
        if (except)
        {
            var everything = false;
            var removal = false;
            for (var k = mark - 1; k >= 0 && k >= mark - 4 && SeeThroughGarment.Joined(text, k, k + 1); k--)
            {
                WorkCounter.Add(1);
                everything |= (text[k].Tags & WordTags.EverythingWord) != 0;
                removal |= IsOff(text, k, cues);
            }

            if (everything && removal)
            {
                UndressGrammar.Weak(text, Math.Max(0, mark - 4), i, into);
                return true;
            }
        }

        // "…only the stockings, the rest off", "il resto via", "остальное сними": the rest of what is worn taken away. A
        // stop ends the search; "the rest of the background" is the rest of a thing.
        for (var k = Math.Max(0, i - RestReach); k < n && k <= i + RestReach; k++)
        {
            WorkCounter.Add(1);
            if (k == i || !cues.Rest.Contains(text.TextOf(in text[k])) || !SameSentence(text, Math.Min(i, k), Math.Max(i, k)))
            {
                continue;
            }

            if (k + 1 < n && SeeThroughGarment.Joined(text, k, k + 1) && cues.Of.Contains(text.TextOf(in text[k + 1])))
            {
                continue;
            }

            for (var m = Math.Max(0, k - 2); m < n && m <= k + 2; m++)
            {
                WorkCounter.Add(1);
                if (m != k && m != i && IsOff(text, m, cues) && SameSentence(text, Math.Min(k, m), Math.Max(k, m)))
                {
                    UndressGrammar.Weak(text, Math.Min(mark, Math.Min(k, m)), Math.Max(i, Math.Max(k, m)), into);
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsSwap(Cues cues, ReadOnlySpan<char> word)
    {
        if (cues.Swap.Contains(word))
        {
            return true;
        }

        foreach (var stem in cues.SwapStems)
        {
            if (word.StartsWith(stem, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A nothing word (tagged, or one of this rule's), not "nothing but …"; or a run of words that says nothing (<c>không có gì</c>).</summary>
    private static bool IsNone(TokenizedText text, int k, Cues cues, out int end)
    {
        end = k;
        var word = text.TextOf(in text[k]);
        if (((text[k].Tags & WordTags.NothingWord) != 0 || cues.None.Contains(word)) && ClothingState.IsNothingProper(text, k))
        {
            return true;
        }

        foreach (var run in cues.NoneRuns)
        {
            if (k + run.Length > text.SequenceCount || !word.SequenceEqual(run[0]))
            {
                continue;
            }

            var match = true;
            for (var r = 1; r < run.Length && match; r++)
            {
                match = SeeThroughGarment.Joined(text, k + r - 1, k + r) && text.TextOf(in text[k + r]).SequenceEqual(run[r]);
            }

            if (match)
            {
                end = k + run.Length - 1;
                return true;
            }
        }

        return false;
    }

    /// <summary>A removal word: tagged as an undressing verb or a garment-gone word, or one of this rule's ("via", "fuera", "сними").</summary>
    private static bool IsOff(TokenizedText text, int k, Cues cues) =>
        (text[k].Tags & (WordTags.UndressVerb | WordTags.GarmentGone)) != 0 || cues.Off.Contains(text.TextOf(in text[k]));

    /// <summary>Every word from <paramref name="a"/> to <paramref name="b"/> in one clause (no comma or stop between any two).</summary>
    private static bool JoinedRun(TokenizedText text, int a, int b)
    {
        for (var k = a; k < b; k++)
        {
            if (!SeeThroughGarment.Joined(text, k, k + 1))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>No sentence stop (. ! ? ; or a line break) between the two words; commas are crossed.</summary>
    private static bool SameSentence(TokenizedText text, int a, int b)
    {
        for (var k = text[a].SourceEnd; k < text[b].SourceStart; k++)
        {
            if (text.Source[k] is '.' or '!' or '?' or ';' or '\n' or '\u3002' or '\u0964')
            {
                return false;
            }
        }

        return true;
    }

    private static Cues Load()
    {
        Dictionary<string, List<string>> kinds = new(StringComparer.Ordinal);
        RuleDataFile.ReadKindRows("garment-left-cues.tsv", cells =>
        {
            if (cells is not [{ Length: > 0 } kind, { Length: > 0 } word] || kind is not ("swap" or "swapstem" or "none" or "by" or "only" or "except" or "rest" or "of" or "off" or "and" or "kept" or "attribute"))
            {
                return false;
            }

            (kinds.TryGetValue(kind, out var list) ? list : kinds[kind] = []).Add(word);
            return true;
        });

        FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Set(string kind) =>
            (kinds.TryGetValue(kind, out var list) ? list : []).Where(w => !w.Contains(' ')).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

        var none = kinds.TryGetValue("none", out var noneList) ? noneList : [];
        return new Cues(
            Set("swap"),
            [.. (kinds.TryGetValue("swapstem", out var stems) ? stems : []).Distinct()],
            Set("none"),
            [.. none.Where(w => w.Contains(' ')).Select(w => w.Split(' ', StringSplitOptions.RemoveEmptyEntries))],
            Set("by"),
            Set("only"),
            Set("except"),
            Set("rest"),
            Set("of"),
            Set("off"),
            Set("and"),
            Set("kept"),
            Set("attribute"));
    }
}
