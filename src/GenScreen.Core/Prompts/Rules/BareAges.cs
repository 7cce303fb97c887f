using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// Ages said without the usual frame, read by <see cref="AgeDetector"/> after its own forms:
/// <list type="bullet">
/// <item>a bare number alone in its tag beside a tag of nudity (<c>twelve, topless</c>, <c>nackt, neun</c>, <c>11, nude</c>):
/// a child's age that names no person. It is read as an ambiguous youth signal, so only nudity or explicit content makes
/// it a block (a bare number beside <c>sexy</c> is reviewed, beside nothing it is nothing);</item>
/// <item>an age verb after the number, as German and Dutch put the participle last (<c>gerade zehn geworden</c>,
/// <c>net tien geworden</c>);</item>
/// <item>Turkish tens: <c>on</c> is ten only right before an age unit (<c>on yaşında</c>, <c>on iki yaşındaki</c>), never alone,
/// where it is the English preposition.</item>
/// </list>
/// Every look is a fixed number of tokens around the number, so the work stays linear.
/// </summary>
internal static class BareAges
{
    private const int AdultAge = 18;

    /// <summary>The level of a bare number beside nudity: ambiguous youth (see <see cref="PromptRules"/>).</summary>
    private const int BareLevel = 2;

    /// <summary>
    /// <c>twelve, topless</c>: the number <paramref name="i"/>..<paramref name="last"/> is the whole of its tag, a child's
    /// age (1-17), written as digits (at most two) or as a number word that is no other word of the lexicons, a tag
    /// beside it holds nudity, and neither tag beside it names a person.
    /// </summary>
    /// <param name="lead">The first hedge right before the number (<c>almost twelve, topless</c>), or <paramref name="i"/>.</param>
    public static bool TryBesideNudity(TokenizedText text, int lead, int i, int last, int age, TermIndex index, SignalSummary into)
    {
        if (age is < 1 or >= AdultAge || !AgeText.StartsChunk(text, lead) || !AgeText.EndsChunk(text, last))
        {
            return false;
        }

        ref var token = ref text[i];
        if (token.Has(TokenFlags.Digit))
        {
            if (last != i || token.Length > 2 || text.Source[token.SourceStart] == '0' || !OnlyDigits(text.TextOf(in token)) || !PlainAfter(text.Source, token.SourceEnd))
            {
                return false; // "3. Klasse" (an ordinal), "3/4", "#3": not a bare number
            }
        }
        else if (token.Languages != 0 || (token.Roles & (WordRole.Person | WordRole.Object)) != 0 || (char.IsUpper(text.Source[token.SourceStart]) && i > 0))
        {
            // A number word that is also a stop word, a person or a thing of some language (German "elf" is the English
            // creature), or a capitalised name mid-prompt, is read as that word.
            return false;
        }

        if (!into.Places.NudityBeside(text.Source, text[lead].SourceStart) || PersonBeside(text, lead, last, index))
        {
            return false;
        }

        var start = text[lead].SourceStart;
        var end = text[last].SourceEnd;
        into.Add(Signal.Minor, text.Source[start..end], BareLevel, start, end, PromptField.Prompt);
        return true;
    }

    /// <summary>Words looked at in the tags beside a bare number for a person.</summary>
    private const int PersonReach = 12;

    /// <summary>
    /// A person in the tag before or after the number (<c>photo of a barn, 12, nude model</c>): then the number is no bare
    /// age; the person rules decide whose age it is (<c>nude woman, 12</c> is read there).
    /// </summary>
    private static bool PersonBeside(TokenizedText text, int i, int last, TermIndex index)
    {
        var breaks = 0;
        for (var j = i - 1; j >= Math.Max(0, i - PersonReach) && breaks < 2; j--)
        {
            breaks += AgeText.IsChunkBreak(text, j, j + 1) ? 1 : 0;
            if (breaks < 2 && AgeText.IsPerson(text, j, index))
            {
                return true;
            }
        }

        breaks = 0;
        for (var j = last + 1; j < Math.Min(text.SequenceCount, last + 1 + PersonReach) && breaks < 2; j++)
        {
            breaks += AgeText.IsChunkBreak(text, j - 1, j) ? 1 : 0;
            if (breaks < 2 && AgeText.IsPerson(text, j, index))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>zehn geworden</c>: the number, then an age verb that ends the phrase (a filler may follow).</summary>
    public static bool TryVerbAfter(TokenizedText text, int last, TermIndex index, out int verb)
    {
        verb = last + 1;
        if (verb >= text.SequenceCount || !AgeText.InPhrase(text, last, verb)
            || (AgeText.RolesAt(text, verb, index) & WordRole.StrongAgeVerb) == 0)
        {
            return false;
        }

        var after = verb + 1;
        return after >= text.SequenceCount || AgeText.IsChunkBreak(text, verb, after) || AgeText.Has(text, after, index, WordRole.Filler);
    }

    /// <summary>
    /// Turkish <c>on yaşında</c> (10), <c>on iki yaşındaki</c> (12): <c>on</c>, then at most one Turkish unit number
    /// word (1-9), then an age unit in the same phrase. Returns the age, or -1.
    /// </summary>
    public static int TurkishTens(TokenizedText text, int i, LexiconSet lexicons, out int unit)
    {
        unit = -1;
        if (text.TextOf(in text[i]) is not "on")
        {
            return -1;
        }

        var age = 10;
        var j = i + 1;
        if (j < text.SequenceCount && text[j].NumberWord is >= 1 and <= 9 && AgeText.InPhrase(text, i, j) && IsTurkishUnitNumber(text.TextOf(in text[j])))
        {
            age += text[j].NumberWord;
            j++;
        }

        if (j >= text.SequenceCount || !AgeText.InPhrase(text, j - 1, j) || !(text.TextOf(in text[j]).StartsWith("yaş", StringComparison.Ordinal) || text.TextOf(in text[j]).StartsWith("yas", StringComparison.Ordinal))
            || !lexicons.IsAgeUnit(text.TextOf(in text[j])))
        {
            return -1;
        }

        unit = j;
        return age;
    }

    private static bool IsTurkishUnitNumber(ReadOnlySpan<char> word) =>
        word is "bir" or "iki" or "üç" or "dört" or "beş" or "altı" or "yedi" or "sekiz" or "dokuz";

    /// <summary>Only a tag break, a space or the end after the digits (not the dot of an ordinal or a list item).</summary>
    private static bool PlainAfter(string source, int end) =>
        end >= source.Length || source[end] is ',' or ';' or '|' or ')' or ']' or '\n' or '\r' or ' ' or '\u3001' or '\uFF0C' or '\u060C';

    private static bool OnlyDigits(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
