using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// The candles of a birthday cake count the years: <c>blowing out nine candles on a cake</c>, <c>ten candles on the cake</c>,
/// <c>a number 7 candle on the birthday cake</c>, <c>bläst neun Kerzen auf der Torte aus</c>, <c>sopla las nueve velitas del
/// pastel</c>, <c>dokuz mumlu doğum günü pastası</c>. The number stands right before a candle word (role <c>candle</c>; one
/// word may stand between: <c>nine birthday candles</c>, <c>tám ngọn nến</c>) and a birthday or cake word (roles
/// <c>birthday</c>, <c>party</c>: cake, Torte, blowing out) stands in the same tag. That is the age of whoever has the
/// birthday, the depicted person when the prompt is sexual: under 18 an unambiguous minor, 18 or more an adult marker
/// (<c>blowing out forty candles</c>). Candles with no cake or birthday (<c>nine candles on a menorah</c>, <c>ten candles
/// on the altar</c>) are not read. Every look is a fixed number of tokens, so the work stays linear.
/// </summary>
internal static class BirthdayCandles
{
    /// <summary>Words looked at on each side of the candles, within their tag, for the cake or birthday.</summary>
    private const int PartyReach = 6;

    public static bool TryDetect(TokenizedText text, int i, int last, int age, TermIndex index, SignalSummary into)
    {
        if (age < 1)
        {
            return false;
        }

        var candle = -1;
        for (var j = last + 1; j <= Math.Min(last + 2, text.SequenceCount - 1) && AgeText.InPhrase(text, j - 1, j); j++)
        {
            if (AgeText.Has(text, j, index, WordRole.Candle))
            {
                candle = j;
                break;
            }

            if (text[j].Has(TokenFlags.Digit) || text[j].NumberWord >= 0)
            {
                return false;
            }
        }

        if (candle < 0 || !PartyInTag(text, i, candle, index))
        {
            return false;
        }

        AgeDetector.Emit(into, age, text[i].SourceStart, text[candle].SourceEnd, text.Source);
        return true;
    }

    /// <summary>A party or birthday word before the number (<c>blowing out nine candles</c>, <c>birthday cake with a number 7
    /// candle</c>) or after the candles (<c>on the cake</c>).</summary>
    private static bool PartyInTag(TokenizedText text, int first, int candle, TermIndex index) =>
        AgeText.RoleInTag(text, first, candle, index, WordRole.Party | WordRole.Birthday, PartyReach);
}
