using System.Buffers;
using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// A child's age said as a bare number right after the person, with no unit and no verb, read by
/// <see cref="AgeDetector"/> after its framed forms:
/// <list type="bullet">
/// <item>in the person's own phrase, ending its tag: <c>girl twelve</c>, <c>boy 9</c>, <c>girl: 12</c>, <c>girl - 11</c>;</item>
/// <item>joined by a symbol to a nudity or sex term: <c>girl 12+nude</c>, <c>girl_12_nude</c>, and, with the person in
/// the tag before, <c>girl, 13 &amp; nude</c>, <c>child, 9 &amp; naked</c>;</item>
/// <item>after a person spelled letter by letter: <c>g i r l 1 0</c>, <c>g-i-r-l 12</c> (<see cref="IsPersonAt"/>).</item>
/// </list>
/// Not ages: counts and indices (<c>girl 1 of 3</c>, ages under 3 are never read so: <c>girl 1</c>, <c>girl 2</c> label
/// pictures), measures and anything else the phrase goes on with (<c>woman twelve inches tall</c>), a number after a word
/// that is no person (<c>room 12</c>, <c>seed 9</c>), a lone number joined to nudity with no person before it
/// (<c>chapter 13 &amp; nude</c>), a number word that is also another word (German <c>elf</c>), jersey numbers
/// (<c>#10</c>, read as a list number before this). Every look is a fixed number of tokens, so the work stays linear.
/// </summary>
internal static class PersonNumbers
{
    private const int AdultAge = 18;

    /// <summary>Youngest age read from a bare number: 1 and 2 after a person are labels of pictures or counts.</summary>
    private const int YoungestBare = 3;

    /// <summary>Tokens looked back, across at most one tag break, for the person of a number joined to nudity.</summary>
    private const int PersonReach = 6;

    /// <summary>Longest person word rebuilt from letters spelled one by one.</summary>
    private const int LongestSpelled = 16;

    /// <summary>Between the person and the number in one phrase: <c>girl 12</c>, <c>girl: 12</c>, <c>girl - 12</c>, <c>girl/12</c>.</summary>
    private static readonly SearchValues<char> PersonGap = SearchValues.Create(" :~-_/\u3000");

    /// <summary>Between the number and a nudity term it is joined to: <c>12 &amp; nude</c>, <c>12+nude</c>, <c>12~nude</c>.</summary>
    private static readonly SearchValues<char> NudityJoin = SearchValues.Create(" +&~|/_-\u3000\uFF0B\uFF06");

    /// <summary>Reads the number <paramref name="i"/>..<paramref name="last"/> (value <paramref name="age"/>) as a bare age after a person.</summary>
    /// <param name="lead">The first hedge right before the number (<c>girl about ten</c>, <c>meisje bijna 12</c>), or <paramref name="i"/>.</param>
    public static bool TryDetect(TokenizedText text, int lead, int i, int last, int age, TermIndex index, SignalSummary into)
    {
        if (age is < YoungestBare or >= AdultAge || lead == 0 || !IsBareNumber(text, i, index))
        {
            return false;
        }

        var joined = JoinedToNudity(text, last, into);
        var person = -1;
        if ((joined || AgeText.EndsChunk(text, last)) && IsPersonGap(text, lead - 1, lead) && IsPersonAt(text, lead - 1, index))
        {
            person = lead - 1;
        }
        else if (joined)
        {
            person = PersonBefore(text, i, index);
        }

        if (person < 0)
        {
            return false;
        }

        AgeDetector.Emit(into, age, text[lead].SourceStart, text[last].SourceEnd, text.Source);
        return true;
    }

    /// <summary>
    /// A person at token <paramref name="p"/>: a person word (<see cref="AgeText.IsPerson"/>), or the last letter of a person
    /// word spelled letter by letter (<c>g i r l</c>, <c>g-i-r-l</c>, <c>b.o.y</c>), one kind of separator throughout.
    /// </summary>
    public static bool IsPersonAt(TokenizedText text, int p, TermIndex index)
    {
        if (AgeText.IsPerson(text, p, index))
        {
            return true;
        }

        if (!IsSingleLetter(text, p))
        {
            return false;
        }

        Span<char> word = stackalloc char[LongestSpelled];
        var first = p;
        while (first > 0 && p - first + 1 < LongestSpelled && IsSingleLetter(text, first - 1) && SameSeparator(text, first - 1, p))
        {
            first--;
        }

        // Try every start, longest first: "a g i r l" spells "agirl" and "girl".
        for (var start = first; start <= p - 2; start++)
        {
            var length = 0;
            for (var k = start; k <= p; k++)
            {
                word[length++] = text.TextOf(in text[k])[0];
            }

            if (index.TryGet(word[..length], out var info)
                && ((info.Roles & WordRole.Person) != 0 || info.Entry is { Signal: Signal.Minor or Signal.SexualMinor, OnlyInLanguages: 0 }))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Digits (one or two, no leading zero), or a number word that is no other word of the lexicons.</summary>
    private static bool IsBareNumber(TokenizedText text, int i, TermIndex index)
    {
        ref var token = ref text[i];
        if (token.Has(TokenFlags.Digit))
        {
            var word = text.TextOf(in token);
            return word.Length <= 2 && word[0] != '0' && char.IsAsciiDigit(word[^1]);
        }

        // German "elf" is the creature, "neun" no other word; a capitalised number word mid-prompt is a name.
        return token.Languages == 0 && (token.Roles & (WordRole.Person | WordRole.Object)) == 0
            && !char.IsUpper(text.Source[token.SourceStart]);
    }

    /// <summary>The number is followed, in its tag, by a symbol or space and then a nudity or sex term (<c>12 &amp; nude</c>).</summary>
    private static bool JoinedToNudity(TokenizedText text, int last, SignalSummary into)
    {
        var next = last + 1;
        return next < text.SequenceCount && AgeText.GapOnly(text, last, next, NudityJoin)
            && into.Places.SexualStartsAt(text[next].SourceStart);
    }

    /// <summary>The nearest person before the number, in its tag or the tag before (<c>girl, 13 &amp; nude</c>); -1 if none.</summary>
    private static int PersonBefore(TokenizedText text, int i, TermIndex index)
    {
        var breaks = 0;
        for (var j = i - 1; j >= Math.Max(0, i - PersonReach); j--)
        {
            breaks += AgeText.IsChunkBreak(text, j, j + 1) ? 1 : 0;
            if (breaks > 1)
            {
                return -1;
            }

            if (IsPersonAt(text, j, index))
            {
                return j;
            }
        }

        return -1;
    }

    /// <summary>
    /// Only <see cref="PersonGap"/> characters between person and number, and a colon only as a label's (<c>girl: 12</c>):
    /// <c>[girl:woman:12]</c> is prompt editing (switch at step 12), not an age.
    /// </summary>
    private static bool IsPersonGap(TokenizedText text, int person, int number)
    {
        var gap = AgeText.Gap(text, person, number);
        return !gap.ContainsAnyExcept(PersonGap) && (!gap.Contains(':') || gap[^1] == ' ');
    }

    private static bool IsSingleLetter(TokenizedText text, int k) =>
        text[k].Length == 1 && !text[k].Has(TokenFlags.Cjk) && !text[k].Has(TokenFlags.Digit);

    /// <summary>The letters before <paramref name="last"/> are spelled with the same separator as the one before it.</summary>
    private static bool SameSeparator(TokenizedText text, int a, int last)
    {
        var gap = AgeText.Gap(text, a, a + 1);
        var lastGap = AgeText.Gap(text, last - 1, last);
        return gap.Length is 1 or 2 && gap.SequenceEqual(lastGap);
    }
}
