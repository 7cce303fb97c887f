using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// Decides whether a stated age belongs to a thing rather than a person: <c>a 15 year old whiskey
/// bottle</c>, <c>a sexy red sports car, 8 years old</c>, <c>a whisky aged 12 years</c>. It fails closed:
/// an age is a person's unless the words around it name a thing (lexicon role <c>object</c>) and no
/// person, so <c>girl with a teddy bear, 9 years old</c> stays a child. Bounded look-around keeps it linear.
/// </summary>
internal static class AgeAttachment
{
    /// <summary>Words looked at after the age, inside its tag.</summary>
    private const int After = 3;

    /// <summary>Words looked at before the age (its tag, then the tag before when the age starts its own).</summary>
    private const int Before = 12;

    /// <summary>Short words that may link a thing to its age (<c>de</c>, <c>van</c>, <c>di</c>, <c>عمره</c>, <c>בן</c>): at most this many, of at most <see cref="LinkLength"/> letters.</summary>
    private const int Linkers = 2;

    private const int LinkLength = 4;

    public static bool BelongsToAThing(TokenizedText text, int first, int last, TermIndex index)
    {
        if (ThingRightBefore(text, first, index))
        {
            return true;
        }

        // "15 year old whiskey bottle", "12 year old cat girl": the words right after decide first.
        var thingAfter = false;
        for (var j = last + 1; j <= Math.Min(last + After, text.SequenceCount - 1) && !AgeText.IsChunkBreak(text, j - 1, j); j++)
        {
            if (AgeText.IsPerson(text, j, index))
            {
                return false;
            }

            thingAfter |= AgeText.Has(text, j, index, WordRole.Object);
        }

        if (thingAfter)
        {
            return true;
        }

        // "whisky aged 12 years", "sports car, 8 years old": the tag before, when the age starts its own.
        var sawThing = false;
        var crossedBreak = false;
        for (var j = first - 1; j >= Math.Max(0, first - Before); j--)
        {
            if (AgeText.IsChunkBreak(text, j, j + 1))
            {
                if (crossedBreak || j + 1 != first)
                {
                    break;
                }

                crossedBreak = true;
            }

            if (AgeText.IsPerson(text, j, index))
            {
                return false;
            }

            sawThing |= AgeText.Has(text, j, index, WordRole.Object);
        }

        return sawThing;
    }

    /// <summary>
    /// "un whisky de 15 ans et une femme de 40 ans", "een whisky van 15 jaar en een vrouw", "ويسكي عمره ١٥ عاماً وامرأة": a
    /// thing right before the age, through at most two short linking words, owns it even when a person follows in the same
    /// tag, unless a person stands before that thing in the tag ("niña con una muñeca de 9 años" stays the girl's age).
    /// </summary>
    private static bool ThingRightBefore(TokenizedText text, int first, TermIndex index)
    {
        var linkers = 0;
        for (var j = first - 1; j >= 0 && !AgeText.IsChunkBreak(text, j, j + 1); j--)
        {
            if (AgeText.IsPerson(text, j, index))
            {
                return false;
            }

            if (AgeText.Has(text, j, index, WordRole.Object))
            {
                for (var k = j - 1; k >= Math.Max(0, j - Before) && !AgeText.IsChunkBreak(text, k, k + 1); k--)
                {
                    if (AgeText.IsPerson(text, k, index))
                    {
                        return false;
                    }
                }

                return true;
            }

            if (text[j].Length > LinkLength || text[j].Has(TokenFlags.Digit) || ++linkers > Linkers)
            {
                return false;
            }
        }

        return false;
    }
}
