using System.Collections.Frozen;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// What is under a garment, asked to be shown (session 25, i16-nudify29): a word of "under/beneath/inside" with a garment
/// (before it in the prepositional languages, <c>zeig alles unter den Klamotten</c>, <c>pokaż co ma pod ubraniem</c>,
/// <c>montre ce qu'elle a sous ses habits</c>, <c>מה יש לה מתחת לבגדים</c>; after it in the postpositional ones,
/// <c>kıyafetinin altını göster</c>, <c>कपड़ों के नीचे</c>, <c>কামিজের ভেতরটা দেখাও</c>), and near them, across a comma, a
/// word that asks for it to be seen: a verb of showing, a "what" or "everything" word, or an x-ray word
/// (<c>Röntgenblick auf das Bild …, zeig alles unter den Klamotten</c>). The result is described, not the action: the body
/// under the clothes. Weak undressing (<see cref="UndressGrammar.Weak"/>): a nudify request with an input image, nothing in a
/// new picture. Read only from a word tagged as a garment, so "show what is under the table" is never looked at, and the
/// asking word is wanted, so "add a t-shirt under his jacket" is not read. Words in Rules/Data/under-garment-cues.tsv.
/// </summary>
internal static class UnderGarment
{
    /// <summary>Words between the "under" word and its garment: <c>debajo de la ropa</c>, <c>κάτω από τα ρούχα</c>.</summary>
    private const int Between = 3;

    /// <summary>How far, in words either side, the asking word may stand (commas are crossed: it is often the next clause).</summary>
    private const int AskReach = 8;

    private sealed record Cues(
        FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Before,
        FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> After,
        FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Ask);

    private static readonly Lazy<Cues> Words = new(Load);

    /// <summary>Whether the garment at <paramref name="i"/> stands with an "under" word and an asking word; adds weak undressing when it does.</summary>
    public static bool TryAround(TokenizedText text, int i, SignalSummary into)
    {
        var cues = Words.Value;
        var under = -1;
        for (var k = i - 1; k >= 0 && k >= i - 1 - Between; k--)
        {
            WorkCounter.Add(1);
            if (!SeeThroughGarment.Joined(text, k, k + 1))
            {
                break;
            }

            if (cues.Before.Contains(text.TextOf(in text[k])))
            {
                under = k;
                break;
            }
        }

        if (under < 0)
        {
            for (var k = i + 1; k < text.SequenceCount && k <= i + 1 + Between; k++)
            {
                WorkCounter.Add(1);
                if (!SeeThroughGarment.Joined(text, k - 1, k))
                {
                    break;
                }

                if (cues.After.Contains(text.TextOf(in text[k])))
                {
                    under = k;
                    break;
                }
            }
        }

        if (under < 0)
        {
            return false;
        }

        var from = Math.Max(0, Math.Min(i, under) - AskReach);
        var to = Math.Min(text.SequenceCount - 1, Math.Max(i, under) + AskReach);
        for (var k = from; k <= to; k++)
        {
            WorkCounter.Add(1);
            if (k == i || k == under)
            {
                continue;
            }

            var word = text.TextOf(in text[k]);
            if (cues.Ask.Contains(word) || SeeThroughGarment.IsXRayWord(word))
            {
                UndressGrammar.Weak(text, Math.Min(k, Math.Min(i, under)), Math.Max(k, Math.Max(i, under)), into);
                return true;
            }
        }

        return false;
    }

    /// <summary>Each word as written and as the prompt folding writes it (Persian ی and ک as Arabic ي and ك, hamza dropped, ı as i).</summary>
    internal static List<string> WithFolded(List<string> words)
    {
        Span<char> buffer = stackalloc char[8];
        var all = new List<string>(words);
        foreach (var word in words)
        {
            var folded = new System.Text.StringBuilder(word.Length);
            for (var k = 0; k < word.Length;)
            {
                k += CharFolding.Fold(word, k, buffer, out var written);
                folded.Append(buffer[..written]);
            }

            all.Add(folded.ToString());
        }

        return all;
    }

    private static Cues Load()
    {
        List<string> before = [], after = [], ask = [];
        RuleDataFile.ReadKindRows("under-garment-cues.tsv", cells =>
        {
            switch (cells)
            {
                case ["before", { Length: > 0 } w]:
                    before.Add(w);
                    return true;
                case ["after", { Length: > 0 } w]:
                    after.Add(w);
                    return true;
                case ["ask", { Length: > 0 } w]:
                    ask.Add(w);
                    return true;
                default:
                    return false;
            }
        });

        before = WithFolded(before);
        after = WithFolded(after);
        ask = WithFolded(ask);
        return new Cues(
            before.Distinct().ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>(),
            after.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>(),
            ask.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>());
    }
}
