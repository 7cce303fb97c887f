using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// Session 39 (i16-nudify47): "as if she forgot to get dressed" — "als hätte sie vergessen, sich anzuziehen", "comme si elle
/// avait oublié de s'habiller", "как будто она забыла одеться", "giyinmeyi unutmuş gibi" — leaves the person of an input image
/// undressed without a garment or nudity word. Read as structure: a forget word (<see cref="WordTags.ForgetWord"/>, data:
/// Lexicons/Data/nudify47/nudify47.json) and a dressing verb of its language within <see cref="Reach"/> words after it (a
/// comma crossed only before German <c>sich</c>: the infinitive clause), or before it in the verb-final languages (Turkish,
/// Hindi, Persian, Bengali). A wearing verb counts only with a garment right after it (<c>lupa pakai baju</c>, <c>quên mặc
/// quần áo</c>). Weak undressing (<see cref="UndressGrammar.Weak"/>): decides only with an input image. Not read: "forgot her
/// umbrella", "forgot her dress at home" (a garment noun is no dressing verb), "forgot her keys, dressed in red" (another clause).
/// </summary>
/// <remarks>Runs only at a word tagged as a forget word; at most <see cref="Reach"/> + <see cref="BackReach"/> words read: linear.</remarks>
internal static class ForgotToDress
{
    /// <summary>How many words after the forget word its dressing verb may stand ("olvidado de vestirse", "vergessen, sich anzuziehen").</summary>
    private const int Reach = 4;

    /// <summary>How many words before it in the verb-final languages ("giyinmeyi unutmuş", "कपड़े पहनना भूल गई").</summary>
    private const int BackReach = 3;

    public static void Detect(TokenizedText text, int i, TermIndex index, SignalSummary into)
    {
        var n = text.SequenceCount;
        for (var k = i + 1; k < n && k <= i + Reach; k++)
        {
            WorkCounter.Add(1);
            if (AgeText.IsChunkBreak(text, k - 1, k) && text.TextOf(in text[k]) is not "sich")
            {
                break;
            }

            if (IsDressing(text, k, index))
            {
                UndressGrammar.Weak(text, i, k, into);
                return;
            }
        }

        for (var k = i - 1; k >= 0 && k >= i - BackReach && !AgeText.IsChunkBreak(text, k, k + 1); k--)
        {
            WorkCounter.Add(1);
            if (IsVerbFinalDressing(text.TextOf(in text[k])))
            {
                UndressGrammar.Weak(text, k, i, into);
                return;
            }
        }
    }

    /// <summary>A dressing verb at <paramref name="k"/> (folded forms and their unfolded spellings), or a wearing verb before a garment.</summary>
    internal static bool IsDressing(TokenizedText text, int k, TermIndex index)
    {
        var w = text.TextOf(in text[k]);
        var before = k > 0 ? text.TextOf(in text[k - 1]) : default;
        if (w is "dressed" || (w is "dress" && before is "to" or "get"))
        {
            return true;
        }

        if (StartsWithAny(w, DressingStems))
        {
            return true;
        }

        if (w.EndsWith("habiller", StringComparison.Ordinal) || w is "vetir" or "vêtir" || (w is "kleden" && before is "te")
            || (w is "klä" or "kla" && k + 1 < text.SequenceCount && text.TextOf(in text[k + 1]) is "på" or "pa"))
        {
            return true;
        }

        // "lupa pakai baju", "quên mặc quần áo": a wearing verb counts with a garment right after it.
        return (w is "pakai" or "memakai" or "mặc" or "mac") && k + 1 < text.SequenceCount && XRayLook.HasTag(text, k + 1, index, WordTags.Clothing);
    }

    /// <summary>A dressing verb standing before "forgot" in a verb-final language (giyinmeyi, पहनना, پوشیدن, পরতে).</summary>
    private static bool IsVerbFinalDressing(ReadOnlySpan<char> w) => StartsWithAny(w, VerbFinalStems);

    /// <summary>Stems of the dressing verbs (folded forms and their unfolded spellings): anziehen, vestirse, одеться, ubrać, giyinmek, להתלבש, ترتدي, पहनना.</summary>
    private static readonly string[] DressingStems =
    [
        "anzuzieh", "anzieh", "anzukleid", "ankleid", "vestir", "одеть", "одева", "одягну", "одягти", "одягат", "вдягну", "вдягти",
        "ubrac", "ubrać", "ubier", "oblec", "oblék", "oblek", "aankle", "giyin", "ντυθ", "ντυσ", "ντύσ", "magbihis", "magdamit", "berpakaian", "להתלבש",
        "התלבש", "ترتدي", "تلبس", "ارتداء", "يلبس", "پوشيد", "بپوش", "पहन", "পরতে",
    ];

    /// <summary>Dressing verbs that stand before "forgot" (Turkish, Hindi, Persian, Bengali).</summary>
    private static readonly string[] VerbFinalStems = ["giyin", "पहन", "پوشيد", "بپوش", "পরতে"];

    private static bool StartsWithAny(ReadOnlySpan<char> word, string[] stems)
    {
        foreach (var s in stems)
        {
            if (word.StartsWith(s, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
