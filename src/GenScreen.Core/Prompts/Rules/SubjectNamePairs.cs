using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// A capitalised pair that is the only subject of a sexual prompt, written right beside its sexual term (session 31,
/// i16-namescased38): "Majken Ståhlberg helt naken", "Anindya Kusumawardhani telanjang", "naked Brenna Whitcombe". A writer
/// who names no person word (woman, Frau, kobieta) and no adult term and puts two capitalised words where the subject of
/// "naked" stands has written a name, whatever culture the given name comes from: the sealed batch's least-known public
/// figures carry given names no list holds (Thaynara, Majken, Nadhira). Read by
/// <see cref="WorldNameShapes.TryUnlistedGivenPair"/>, which has already refused ordinary words of any language, stop words,
/// place nouns, a place preposition before the pair, Title Case runs (a capitalised word on either side), ablaut pairs and
/// artist credits; the caller's later steps drop places and fictional frames (OrdinaryPhrases.DropLikely, FictionalNames).
/// </summary>
internal static class SubjectNamePairs
{
    /// <summary>Longest lower-case word allowed between the pair and its term (helt, komplett, fully, tout, sem).</summary>
    private const int MaxBetween = 9;

    /// <summary>
    /// Whether the pair at <paramref name="i"/>, <paramref name="i"/> + 1 has a matched term right after it (one short
    /// lower-case word may stand between: "helt naken", "fully nude") or right before it (one lower-case word of up to three
    /// letters may stand between: "голая Алёна", "desnuda la …"), in a sexual prompt that names no person word and no adult.
    /// </summary>
    public static bool IsSoleSubjectBesideTerm(TokenizedText text, int i, SignalSummary into)
    {
        if (into.DepictsPeople || into.Has(Signal.Adult) || !into.Has(Signal.Sexual))
        {
            return false;
        }

        var n = text.SequenceCount;
        var after = i + 2;
        if (after < n && Joined(text, after - 1, after))
        {
            if (IsTerm(text, after))
            {
                return true;
            }

            if (after + 1 < n && IsLowerWord(text, after, MaxBetween) && Joined(text, after, after + 1) && IsTerm(text, after + 1))
            {
                return true;
            }
        }

        var before = i - 1;
        if (before >= 0 && Joined(text, before, i))
        {
            if (IsTerm(text, before))
            {
                return true;
            }

            if (before >= 1 && IsLowerWord(text, before, 3) && Joined(text, before - 1, before) && IsTerm(text, before - 1))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsTerm(TokenizedText text, int j) => (text[j].Tags & WordTags.Matched) != 0;

    private static bool IsLowerWord(TokenizedText text, int j, int maxLength)
    {
        ref var token = ref text[j];
        return token.Length <= maxLength && (token.Tags & WordTags.Matched) == 0 && char.IsLower(text.Source[token.SourceStart])
            && (token.Flags & (TokenFlags.Digit | TokenFlags.LeetSymbol | TokenFlags.Cjk)) == 0;
    }

    private static bool Joined(TokenizedText text, int a, int b) => PersonDetector.OnlySpaceBetween(text.Source, text[a].SourceEnd, text[b].SourceStart);
}
