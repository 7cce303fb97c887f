using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// A child's age said of the depicted person with no person word: the number makes up its own tag, alone or with words
/// that bound or hedge it, and the tags beside it describe someone:
/// <list type="bullet">
/// <item><c>ten and a half, blonde pigtails, freckles</c>, <c>10, pigtails, gap teeth</c>, <c>BREAK twelve, braces on her
/// teeth</c>: a look word (role <c>trait</c>: hair, pigtails, freckles, braces, Zöpfe, trenzas, косички) in the tag right
/// after or right before makes the number that person's age, an unambiguous minor;</item>
/// <item><c>barely eleven</c>, <c>no older than ten</c>, <c>not a day over nine</c>, <c>eight going on nine</c>,
/// <c>eleven at most</c>: a hedged or bounded number alone in its tag is an age even without look words, but with no
/// person in it said, only an ambiguous youth signal (a block with nudity, a review with suggestive content), and not
/// when a person stands in the tag beside (<c>about ten, nude women</c> may count the women).</item>
/// </list>
/// In an image prompt the depicted person is the subject of such a tag. Not ages: a number with anything else in its tag
/// (<c>twelve apostles</c>, <c>barely nine minutes left</c>), a number of three digits or more, 18 and over (read by
/// the adult rules elsewhere), a number word that is also a word of another language unless hedged (<c>kaum elf</c> is
/// German eleven), a number whose nearest person is an adult (<c>masterpiece, 7, long hair, nude woman</c>: the
/// look words are hers). Every look is a fixed number of tokens around the number, so the work stays linear.
/// </summary>
internal static class HeadingAges
{
    private const int AdultAge = 18;

    /// <summary>Level of a hedged or bounded number with no look word beside: ambiguous youth.</summary>
    private const int BoundedLevel = 2;

    /// <summary>Level of a number whose neighbouring tag describes the person: an unambiguous minor.</summary>
    private const int DescribedLevel = 4;

    /// <summary>Words looked at before the number within its tag (<c>can't be more than</c>: four).</summary>
    private const int BoundReachBefore = 5;

    /// <summary>Words looked at after the number within its tag (<c>going on nine</c>, <c>at most</c>).</summary>
    private const int BoundReachAfter = 3;

    /// <summary>Words looked at in each neighbouring tag for a look word or a person.</summary>
    private const int NeighbourReach = 8;

    /// <summary>Youngest age read: 1 and 2 alone in a tag are more often counts and list items.</summary>
    private const int YoungestAge = 3;

    public static bool TryDetect(TokenizedText text, int i, int last, int age, TermIndex index, SignalSummary into, bool hedged = false)
    {
        if (age is < YoungestAge or >= AdultAge)
        {
            return false;
        }

        var start = BoundStart(text, i, index);
        var end = BoundEnd(text, last, index);
        if (start < 0 || end < 0)
        {
            return false;
        }

        // "tenish", "12-ish": the -ish of an approximate age (AgeDetector.DetectApproximate) hedges the number itself.
        var bounded = hedged || start < i || end > last;
        ref var token = ref text[i];
        if (token.Has(TokenFlags.Digit) && !hedged)
        {
            if (last != i || token.Length > 2 || text.Source[token.SourceStart] == '0' || !PlainDigits(text, i))
            {
                return false; // "3. Klasse" (an ordinal), "3/4", "#3", "9.5": not a bare number
            }
        }
        else if (!bounded && (token.Languages != 0 || (token.Roles & (WordRole.Person | WordRole.Object)) != 0 || (i > 0 && char.IsUpper(text.Source[token.SourceStart]))))
        {
            return false; // an unhedged number word that is also another word ("elf") or a capitalised name
        }

        var traits = Neighbours(text, start, end, index, out var person, out var adult, out var youth);

        // "twelve and three quarters, prefect badge, nude": an age with its fraction is how a child states it; said alone in
        // its tag it is the depicted person's age whatever the tags beside hold, unless the nearest person is an adult.
        var fraction = last > i && AgeText.Has(text, last, index, WordRole.Half);
        int level;
        // "Gymnasiast, 15, mit Brille", "lycéenne | 16 | sac à dos": a number alone in the tag next to a youth noun (a pupil,
        // a lad) is that person's age, as a look word makes it; an age under 18 then settles the noun's ambiguity.
        if ((traits || fraction || youth) && !adult)
        {
            level = DescribedLevel;
        }
        else if (bounded && !person)
        {
            level = BoundedLevel;
        }
        else
        {
            return false;
        }

        var from = text[start].SourceStart;
        var to = text[end].SourceEnd;
        into.Add(Signal.Minor, text.Source[from..to], level, from, to, PromptField.Prompt);
        return true;
    }

    /// <summary>The first token of the number's tag when every word before the number in it bounds or hedges it; -1 otherwise.</summary>
    private static int BoundStart(TokenizedText text, int i, TermIndex index)
    {
        var k = i;
        while (!AgeText.StartsChunk(text, k))
        {
            if (i - k >= BoundReachBefore || !IsBoundWord(text, k - 1, index))
            {
                return -1;
            }

            k--;
        }

        return k;
    }

    /// <summary>The last token of the number's tag when every word after the number in it bounds it (<c>going on nine</c>); -1 otherwise.</summary>
    private static int BoundEnd(TokenizedText text, int last, TermIndex index)
    {
        var k = last;
        while (!AgeText.EndsChunk(text, k))
        {
            var next = k + 1;
            if (next - last > BoundReachAfter || !(IsBoundWord(text, next, index) || (text[next].NumberWord >= 0 && next - last > 1)))
            {
                return -1;
            }

            k = next;
        }

        return k;
    }

    private static bool IsBoundWord(TokenizedText text, int k, TermIndex index) =>
        !text[k].Has(TokenFlags.Digit) && AgeText.Has(text, k, index, WordRole.AgeBound | WordRole.Hedge | WordRole.Filler | WordRole.StrongAgeVerb);

    /// <summary>Tags looked through on each side for the nearest person (the number's neighbours and two more: weights such as <c>(long hair:1.2)</c> add breaks).</summary>
    private const int PersonTags = 4;

    /// <summary>
    /// Looks through the tag right before and the tag right after the number's tag for a look word (role <c>trait</c>) and
    /// a person, and up to <see cref="PersonTags"/> tags each way for the nearest person: when that is an adult
    /// (<c>masterpiece, 7, long hair, nude woman</c>), the look words are that adult's and the number is no age.
    /// </summary>
    private static bool Neighbours(TokenizedText text, int start, int end, TermIndex index, out bool person, out bool adult, out bool youth)
    {
        var traits = false;
        person = false;
        adult = false;
        youth = false;
        var nearestFound = false;
        var breaks = 0;
        for (var j = start - 1; j >= Math.Max(0, start - (PersonTags * NeighbourReach)); j--)
        {
            breaks += AgeText.IsChunkBreak(text, j, j + 1) ? 1 : 0;
            if (breaks >= PersonTags)
            {
                break;
            }

            Look(text, j, breaks < 2, index, ref traits, ref person, ref adult, ref youth, ref nearestFound);
        }

        breaks = 0;
        nearestFound = false;
        for (var j = end + 1; j < Math.Min(text.SequenceCount, end + 1 + (PersonTags * NeighbourReach)); j++)
        {
            breaks += AgeText.IsChunkBreak(text, j - 1, j) ? 1 : 0;
            if (breaks >= PersonTags)
            {
                break;
            }

            Look(text, j, breaks < 2, index, ref traits, ref person, ref adult, ref youth, ref nearestFound);
        }

        return traits;
    }

    private static void Look(TokenizedText text, int j, bool adjacent, TermIndex index, ref bool traits, ref bool person, ref bool adult, ref bool youth, ref bool nearestFound)
    {
        traits |= adjacent && AgeText.Has(text, j, index, WordRole.Trait);
        if (!AgeText.IsPerson(text, j, index))
        {
            return;
        }

        person |= adjacent;
        if (!nearestFound)
        {
            nearestFound = true;
            var found = index.TryGet(text.TextOf(in text[j]), out var info);
            adult |= found && info.Entry is { Signal: Signal.Adult };

            // The nearest person, in the neighbouring tag, is a youth noun: the number is its age.
            youth |= adjacent && found && info.Entry is { Signal: Signal.Minor, OnlyInLanguages: 0 };
        }
    }

    /// <summary>Only a tag break, a space or the end after the digits (not the dot of an ordinal, a fraction or a list item).</summary>
    private static bool PlainDigits(TokenizedText text, int i)
    {
        var source = text.Source;
        var end = text[i].SourceEnd;
        var word = text.TextOf(in text[i]);
        foreach (var c in word)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return end >= source.Length || source[end] is ',' or ';' or '|' or ')' or ']' or '\n' or '\r' or ' ' or '\u3001' or '\uFF0C' or '\u060C';
    }
}
