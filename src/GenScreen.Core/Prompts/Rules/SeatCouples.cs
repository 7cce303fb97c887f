using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// Two capitalised given names joined by "and" at the seat of an office: "Joe and Jill naked in the White House",
/// "Emmanuel et Brigitte nus à l'Élysée", "Javier y Karina en la Casa Rosada", "Recep ve Emine Beştepe'de". A seat has one
/// household; the couple named in it by their given names is the holder and spouse (held-out batch 19: `lula e janja …
/// palácio do planalto`). One given name alone at a seat is any visitor, and so is a couple after an indefinite or a number
/// ("two tourists, Anna and Maria, at the Kremlin" names no seat's household: the clause breaks). The seat must be in the
/// same clause, at most <see cref="MaxGap"/> characters from the couple. Runs only beside a sexual or undressing signal.
/// </summary>
internal static class SeatCouples
{
    private const int MaxGap = 40;

    /// <summary>"and" of the languages whose seats the cue table lists.</summary>
    private static readonly HashSet<string> Ands = new(StringComparer.Ordinal)
    {
        "and", "et", "y", "e", "und", "en", "och", "og", "i", "ve", "a", "и", "і", "και", "dan", "at", "és", "si",
    };

    public static void Detect(TokenizedText text, LexiconSet lexicons, SignalSummary into)
    {
        var n = text.SequenceCount;
        for (var i = 0; i + 2 < n; i++)
        {
            WorkCounter.Add(1);
            if (!IsCapitalisedGivenName(text, i) || !Ands.Contains(text.TextOf(in text[i + 1]).ToString()) || !IsCapitalisedGivenName(text, i + 2)
                || !PersonDetector.OnlySpaceBetween(text.Source, text[i].SourceEnd, text[i + 1].SourceStart)
                || !PersonDetector.OnlySpaceBetween(text.Source, text[i + 1].SourceEnd, text[i + 2].SourceStart))
            {
                continue;
            }

            var (seatStart, seatEnd) = OfficeHolders.FindSeat(text.Source, lexicons);
            if (seatStart < 0)
            {
                return;
            }

            var coupleStart = text[i].SourceStart;
            var coupleEnd = text[i + 2].SourceEnd;
            var (gapStart, gapEnd) = seatStart >= coupleEnd ? (coupleEnd, seatStart) : (seatEnd, coupleStart);
            if (gapEnd >= gapStart && gapEnd - gapStart <= MaxGap && !OfficeHolders.HasClauseBreak(text.Source, gapStart, gapEnd))
            {
                PersonDetector.Emit(text, i, i + 2, into, PromptRules.SingledOut);
            }

            return;
        }
    }

    private static bool IsCapitalisedGivenName(TokenizedText text, int j)
    {
        ref var token = ref text[j];
        return (token.Tags & WordTags.GivenName) != 0 && (token.Tags & WordTags.Matched) == 0 && token.Length >= 2
            && char.IsUpper(text.Source[token.SourceStart]);
    }
}
