using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// Session 39 (i16-nudify47): a garment made to vanish — "make her clothes invisible", "lass ihre Kleidung verschwinden",
/// "haz que su ropa desaparezca", "сделай её одежду невидимой", "kıyafetlerini görünmez yap", "תעלים את הבגדים שלה",
/// "اجعل ملابسها تختفي", "उसके कपड़े गायब कर दो" — is the clothes of an input image's person taken away. Read as structure: a
/// vanish word (<see cref="WordTags.VanishWord"/>, data: Lexicons/Data/nudify47/nudify47.json, written by
/// tools/nudify47/lexicon.py) and a garment word (clothing tag, also inflected or with a Hebrew prefix) within
/// <see cref="Reach"/> words of it in the same clause. Weak undressing (<see cref="UndressGrammar.Weak"/>): decides only
/// with an input image. Not read: a vanish word with no garment (the watermark, a passer-by, the logo), and a garment that
/// is only where the vanishing thing is — after a preposition of place one or two words before it ("the stain on her
/// shirt", "la tache sur sa robe", "пятно на её платье", "הכתם על החולצה"), or a Turkish/Persian/Hindi locative
/// (<c>elbisesindeki</c>, <c>روی پیراهنش</c>, <c>कुर्ते पर</c>).
/// </summary>
/// <remarks>Runs only at a word tagged as a vanish word; at most 2 × <see cref="Reach"/> words read: linear.</remarks>
internal static class GarmentVanish
{
    /// <summary>How many words either side of the vanish word its garment may stand ("make the dress she is wearing disappear" is four).</summary>
    private const int Reach = 4;

    /// <summary>Prepositions of place or origin before a garment (folded): the garment is where the vanishing thing is.</summary>
    private static readonly string[] PlacePrepositions =
    [
        // Only words that are no possessive or article of another language (French sa, Spanish su and tu, Dutch ze are kept out).
        "on", "upon", "from", "off", "auf", "von", "vom", "sur", "dans", "sobre", "sul", "sulla", "sui", "dal", "dalla", "della", "del", "dello",
        "op", "van", "på", "na", "на", "с", "со", "из", "от", "з", "із", "σε", "στο", "στη", "στην", "απο", "από", "πανω", "πάνω",
        "על", "מעל", "علي", "على", "من", "روي", "از", "पर", "से", "থেকে", "উপর", "dari", "di", "trên", "từ",
    ];

    public static void Detect(TokenizedText text, int i, TermIndex index, SignalSummary into)
    {
        // Vietnamese "mất" (lose) vanishes only in "biến mất".
        if (text.TextOf(in text[i]) is "mất" or "mat" && (i == 0 || text.TextOf(in text[i - 1]) is not ("biến" or "bien")))
        {
            return;
        }

        // "biến mất" is one verb of two words: the garment's reach starts before both.
        var from = text.TextOf(in text[i]) is "mất" or "mat" ? i - 1 : i;
        var n = text.SequenceCount;
        for (var k = from - 1; k >= 0 && k >= from - Reach && !AgeText.IsChunkBreak(text, k, k + 1); k--)
        {
            WorkCounter.Add(1);
            if (IsVanishingGarment(text, k, index))
            {
                UndressGrammar.Weak(text, k, i, into);
                return;
            }
        }

        for (var k = i + 1; k < n && k <= i + Reach && !AgeText.IsChunkBreak(text, k - 1, k); k++)
        {
            WorkCounter.Add(1);
            if (IsVanishingGarment(text, k, index))
            {
                UndressGrammar.Weak(text, i, k, into);
                return;
            }
        }
    }

    /// <summary>A garment at <paramref name="k"/> that is itself what vanishes: no place preposition one or two words before it, no locative ending or postposition on it.</summary>
    internal static bool IsVanishingGarment(TokenizedText text, int k, TermIndex index)
    {
        if (!XRayLook.HasTag(text, k, index, WordTags.Clothing))
        {
            return false;
        }

        for (var p = k - 1; p >= 0 && p >= k - 2; p--)
        {
            if (IsOneOf(text.TextOf(in text[p]), PlacePrepositions))
            {
                return false;
            }
        }

        // A postposition of place after it (कुर्ते पर, জামার উপর) or a Turkish locative-adjective ending (elbisesindeki: the one on the dress).
        if (k + 1 < text.SequenceCount && text.TextOf(in text[k + 1]) is "पर" or "उपर" or "উপর" or "ওপর" or "ପର")
        {
            return false;
        }

        var word = text.TextOf(in text[k]);
        return !(word.EndsWith("deki", StringComparison.Ordinal) || word.EndsWith("daki", StringComparison.Ordinal)
            || word.EndsWith("teki", StringComparison.Ordinal) || word.EndsWith("taki", StringComparison.Ordinal));
    }

    private static bool IsOneOf(ReadOnlySpan<char> word, string[] words)
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
}
