using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// Undoes words split by punctuation before matching: <c>Tay-lor Sw_ift</c>, <c>nu.de</c>, <c>lit-tle girl</c>.
/// A run of tokens joined by <c>_ - . *</c> is merged into one word when the merged form is a word some term
/// is made of and the parts are not already a phrase of their own (<c>Taylor-Joy</c> stays as it is: no term
/// has the word <c>taylorjoy</c>; <c>school_girl</c> too: "school girl" is a term). Merged words then take part in phrases like any
/// other word, which is what lets split names and split youth phrases match. Only the longest merge from a
/// token is kept. Linear: at most <see cref="MaxParts"/> candidates per token.
/// </summary>
internal static class SplitWords
{
    private const int MaxParts = 6;
    private const int MaxLength = 48;

    public static void Merge(TokenizedText text, TermIndex index)
    {
        var n = text.SequenceCount;
        Span<char> merged = stackalloc char[MaxLength];
        Span<int> lengths = stackalloc int[MaxParts + 1];
        for (var i = 0; i + 1 < n; i++)
        {
            WorkCounter.Add(1);
            if (!text[i + 1].Has(TokenFlags.Joined) || text[i].Has(TokenFlags.Cjk) || text[i + 1].Has(TokenFlags.Cjk))
            {
                // Most words start no youth or sexual term (a 4 KiB bit table says so): tested here, in the loop, so those
                // words cost no call, no copy and no lookup. Before the table's hash, the two words' edges (session 34): a
                // compound joins a word to the next one space later, so a word before a comma is not hashed at all.
                if (index.CompoundLanguages != 0 && MayJoinNext(text, i) && index.MayStartCompound(text.TextOf(in text[i])))
                {
                    var compound = SpacedCompound(text, i, index, merged);
                    if (compound > 0)
                    {
                        text.PendingMerges.Add((i, compound));
                        i += compound - 1;
                    }
                }

                continue;
            }

            var parts = 0;
            var length = 0;
            while (parts < MaxParts && i + parts < n && (parts == 0 || text[i + parts].Has(TokenFlags.Joined)) && !text[i + parts].Has(TokenFlags.Cjk))
            {
                WorkCounter.Add(1);
                var part = text.TextOf(in text[i + parts]);
                if (length + part.Length > MaxLength)
                {
                    break;
                }

                part.CopyTo(merged[length..]);
                length += part.Length;
                parts++;
                lengths[parts] = length;
            }

            for (var k = parts; k >= 2; k--)
            {
                WorkCounter.Add(1);
                // Parts that already spell a term as a phrase (school_girl: "school girl") stay apart, as before.
                if (index.IsKnownWord(merged[..lengths[k]]) && !(index.TryGet(text.TextOf(i, k), out var phrase) && phrase.Entry is not null))
                {
                    text.PendingMerges.Add((i, k));
                    i += k - 1;
                    break;
                }
            }
        }

        if (text.PendingMerges.Count > 0)
        {
            text.MergeRuns();
        }
    }

    /// <summary>
    /// <c>Grundschul kind</c>, <c>nackte Schul mädchen</c>, <c>låg stadie flicka</c>: two or three words, one space apart, that
    /// written together are a youth or sexual term of a language that writes compounds as one word
    /// (<see cref="TermIndex.CompoundLanguages"/>) and are no phrase of their own. English words are not joined
    /// (<c>bare back</c> is not <c>bareback</c>). Returns the number of tokens to merge, 0 for none. The caller has already
    /// found that a compound term may start with the word (<see cref="TermIndex.MayStartCompound"/>).
    /// </summary>
    private static int SpacedCompound(TokenizedText text, int i, TermIndex index, Span<char> merged)
    {
        var first = text.TextOf(in text[i]);
        var length = 0;
        var copied = 0;
        var copiedLength = 0;
        var best = 0;
        for (var k = 0; k < 3 && i + k < text.SequenceCount; k++)
        {
            WorkCounter.Add(1);
            ref var part = ref text[i + k];
            var word = text.TextOf(in part);
            if (part.Length < 3 || part.Has(TokenFlags.Cjk) || part.Has(TokenFlags.Digit) || length + word.Length > MaxLength
                || (k > 0 && !(part.SourceStart == text[i + k - 1].SourceEnd + 1 && text.Source[part.SourceStart - 1] == ' ')))
            {
                break;
            }

            length += word.Length;

            // Most words that may start a compound join their neighbours into no term's shape (first and last three
            // letters, length): the parts are copied and looked up only when the shape may be one.
            if (k == 0 || !index.MayBeCompound(first, word, length))
            {
                continue;
            }

            for (; copied <= k; copied++)
            {
                var copy = text.TextOf(in text[i + copied]);
                copy.CopyTo(merged[copiedLength..]);
                copiedLength += copy.Length;
            }

            if (index.TryGet(merged[..length], out var info) && IsCompoundTerm(info, index.CompoundLanguages)
                && !(index.TryGet(text.TextOf(i, k + 1), out var phrase) && phrase.Entry is not null))
            {
                best = k + 1;
            }
        }

        return best;
    }

    /// <summary>
    /// What <see cref="SpacedCompound"/> asks of the word and its first neighbour before it can join them (neither holds a digit
    /// or is a CJK run, the neighbour has three letters or more and stands one space after): false proves it joins nothing.
    /// </summary>
    private static bool MayJoinNext(TokenizedText text, int i)
    {
        ref var word = ref text[i];
        ref var next = ref text[i + 1];
        return next.SourceStart == word.SourceEnd + 1 && next.Length >= 3 && ((word.Flags | next.Flags) & (TokenFlags.Digit | TokenFlags.Cjk)) == 0
            && text.Source[next.SourceStart - 1] == ' ';
    }

    private static bool IsCompoundTerm(TermInfo info, ulong compoundLanguages) =>
        info.Entry is { Signal: Signal.Minor or Signal.Sexual or Signal.SexualMinor, OnlyInLanguages: 0 }
        && (info.Languages & compoundLanguages) != 0;
}
