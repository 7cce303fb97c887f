using System.Buffers;
using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// An age glued inside a longer word, as tags and hashtags write it: <c>cutegirl12yo</c>, <c>#sexyboy10yo</c>,
/// <c>redheadgirl12y.o.</c>, <c>shygirl10yearsold</c>, <c>nacktesmädchen12jahre</c>, <c>girlaged12</c>. Letters,
/// one or two digits, then a glued age unit (or an age marker before the digits and nothing after). The age
/// belongs to a person only when the letters before it end with a person or youth word (<c>girl</c>,
/// <c>mädchen</c>, <c>model</c>), so <c>whisky12yo</c> and <c>dog3yo</c> stay the age of a thing or an animal.
/// </summary>
internal static class GluedAges
{
    /// <summary>Longest person word looked for at the end of the letters: the lookups stay bounded per token.</summary>
    private const int LongestPersonWord = 16;

    private const int ShortestPersonWord = 3;

    private static readonly SearchValues<char> Dot = SearchValues.Create(".");

    public static bool TryDetect(TokenizedText text, int i, LexiconSet lexicons, SignalSummary into)
    {
        ref var token = ref text[i];
        var word = text.TextOf(in token);
        if (token.Has(TokenFlags.Cjk) || token.Has(TokenFlags.LeetSymbol) || word.Length < ShortestPersonWord + 2 || !char.IsLetter(word[0]))
        {
            return false;
        }

        // Plain loops: the range searches of MemoryExtensions allocated on this path (see HotPathAllocationTests).
        var firstDigit = 0;
        while (firstDigit < word.Length && !char.IsAsciiDigit(word[firstDigit]))
        {
            firstDigit++;
        }

        if (firstDigit < ShortestPersonWord || firstDigit == word.Length)
        {
            return false;
        }

        var digitsEnd = firstDigit;
        while (digitsEnd < word.Length && char.IsAsciiDigit(word[digitsEnd]))
        {
            digitsEnd++;
        }

        var letters = word[..firstDigit];
        var unit = word[digitsEnd..];
        if (digitsEnd - firstDigit > 2 || HasDigit(unit))
        {
            return false;
        }

        if (unit.Length > 0)
        {
            if (!AgeDetector.IsGluedUnit(unit, lexicons))
            {
                return false;
            }
        }
        else if (!TryStripMarker(ref letters, lexicons.Prompt))
        {
            return false; // "girl12" alone: a number, perhaps a handle, not a stated age
        }

        if (letters.Length > 0 && !EndsWithPerson(letters, lexicons.Prompt))
        {
            return false;
        }

        var age = int.Parse(word[firstDigit..digitsEnd], provider: System.Globalization.CultureInfo.InvariantCulture);
        var last = i;
        if (unit is "y" && i + 1 < text.SequenceCount && text.TextOf(in text[i + 1]) is "o" && AgeText.GapOnly(text, i, i + 1, Dot))
        {
            last = i + 1; // "girl12y.o."
        }

        AgeDetector.Emit(into, age, token.SourceStart, text[last].SourceEnd, text.Source);
        AddSexualHead(word[..firstDigit], token.SourceStart, lexicons.Prompt, text.Source, into);
        return true;
    }

    /// <summary>
    /// <c>nakedgirl11yrs</c>, <c>nacktesmädchen12jahre</c>: a nudity or sexual word opening the letters is that
    /// signal, as it would be written apart (the joined-word split of the term matcher sees no word with digits).
    /// </summary>
    private static void AddSexualHead(ReadOnlySpan<char> letters, int sourceStart, TermIndex index, string source, SignalSummary into)
    {
        for (var length = Math.Min(letters.Length - ShortestPersonWord, LongestPersonWord); length >= ShortestPersonWord; length--)
        {
            if (index.TryGet(letters[..length], out var info) && info.Entry is { Signal: Signal.Sexual, Level: >= 2, OnlyInLanguages: 0 } entry)
            {
                // The source span is the token's first letters: exact for the ASCII words such joins are made of.
                var end = Math.Min(source.Length, sourceStart + length);
                into.Add(Signal.Sexual, source[sourceStart..end], entry.Level, sourceStart, end, PromptField.Prompt);
                return;
            }
        }
    }

    private static bool HasDigit(ReadOnlySpan<char> part)
    {
        foreach (var c in part)
        {
            if (char.IsAsciiDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>girlaged</c> to <c>girl</c>: an age marker ending the letters (<c>aged</c>, <c>age</c>).</summary>
    private static bool TryStripMarker(ref ReadOnlySpan<char> letters, TermIndex index)
    {
        for (var length = Math.Min(letters.Length, 6); length >= 3; length--)
        {
            if (index.TryGet(letters[^length..], out var info) && (info.Roles & WordRole.AgeMarker) != 0)
            {
                letters = letters[..^length];
                return true;
            }
        }

        return false;
    }

    /// <summary>The letters end with a person, youth or adult word (<c>tinyblondegirl</c> ends with <c>girl</c>).</summary>
    private static bool EndsWithPerson(ReadOnlySpan<char> letters, TermIndex index)
    {
        for (var length = Math.Min(letters.Length, LongestPersonWord); length >= ShortestPersonWord; length--)
        {
            if (index.TryGet(letters[^length..], out var info)
                && ((info.Roles & WordRole.Person) != 0
                    || info.Entry is { Signal: Signal.Minor or Signal.Adult or Signal.SexualMinor, OnlyInLanguages: 0 }))
            {
                return true;
            }
        }

        return false;
    }
}
