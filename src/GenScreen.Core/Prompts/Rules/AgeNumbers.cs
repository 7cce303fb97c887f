using System.Buffers;
using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// Reads numbers that may be ages or school stages: digits (zero-padded <c>013</c> included), number words
/// and their compounds (<c>twenty five</c>, <c>treinta y cinco</c>), <c>and a half</c>, ordinals (<c>10th</c>,
/// <c>tenth</c>, <c>5.</c>, <c>5º</c>) and number words misspelled by one letter (<c>twelv</c>). A number
/// that is part of something else is not read: <c>score_9</c>, <c>v1.5</c>, <c>f/1.8</c>, <c>16:9</c>, <c>3/4</c>.
/// </summary>
internal static class AgeNumbers
{
    /// <summary>Glue before digits that makes them part of a tag, version or decimal (<c>score_9</c>, <c>1.8</c>, <c>f/1.8</c>).</summary>
    private static readonly SearchValues<char> GlueBefore = SearchValues.Create("_./:\\#");

    /// <summary>A cardinal number at token <paramref name="i"/>.</summary>
    /// <param name="last">The last token of the number (<c>twenty five</c>, <c>9.5</c>, <c>nine and a half</c>).</param>
    /// <param name="suffix">Letters glued to the digits (<c>yo</c> of <c>12yo</c>); empty for words.</param>
    /// <param name="isDecimal">Written with a fraction (<c>9.5</c>): an age only with a unit after it.</param>
    public static bool TryCardinal(TokenizedText text, int i, TermIndex index, out int value, out int last, out ReadOnlySpan<char> suffix, out bool isDecimal)
    {
        ref var token = ref text[i];
        last = i;
        suffix = default;
        isDecimal = false;
        if (token.Has(TokenFlags.Digit))
        {
            if (!TryDigits(text, i, out value, out suffix) || IsGluedToPrevious(text, i, index))
            {
                return false;
            }

            if (TryVulgarFraction(text, i, ref value, ref last))
            {
                suffix = default;
            }
            else if (TrySpacedSecondDigit(text, i, ref value, out var second, out var secondSuffix))
            {
                // "1 3 years old": the two digits of one number written apart.
                token = ref text[second];
                last = second;
                suffix = secondSuffix;
            }

            var source = text.Source;
            var end = token.SourceEnd;
            if (suffix.Length == 0 && end + 1 < source.Length && char.IsAsciiDigit(source[end + 1]))
            {
                // 16:9, 3/4, 12/25. But a weight the tokenizer dropped ("(aged 10:1.3)") leaves no token
                // after the colon: the number before it stands alone.
                var weightDropped = source[end] == ':' && !(i + 1 < text.SequenceCount && text[i + 1].SourceStart == end + 1);
                if (source[end] is ':' or '/' && !weightDropped)
                {
                    return false;
                }

                if (source[end] is '.' or ',' && i + 1 < text.SequenceCount && text[i + 1].Has(TokenFlags.Digit))
                {
                    isDecimal = true;
                    last = i + 1;
                }
            }
        }
        else if (token.NumberWord >= 0)
        {
            value = token.NumberWord;
            last = ReadCompound(text, i, index, ref value);
        }
        else
        {
            value = 0;
            return false;
        }

        last = ReadHalf(text, last, index);
        return true;
    }

    /// <summary>
    /// <c>1O</c>, <c>l2</c>, <c>1l</c>, <c>l0</c>: two characters of digits and the letters that pass for them (o for 0,
    /// l and i for 1), one of each, followed by an English-style age unit (<c>yo</c>, <c>y/o</c>, <c>yrs</c>, <c>years</c>)
    /// glued on or as the next word. Such a token is never unleeted into a word (<c>1o</c> would read <c>io</c>).
    /// </summary>
    /// <param name="length">How many characters of the token the number takes (2); a glued unit follows.</param>
    public static bool IsLookalikeAge(TokenizedText text, int i, TermIndex index, out int value, out int length)
    {
        var word = text.TextOf(in text[i]);
        value = 0;
        length = 0;
        var real = 0;
        for (; length < word.Length && length < 3; length++)
        {
            var c = word[length];
            var d = char.IsAsciiDigit(c) ? c - '0' : c is 'o' ? 0 : c is 'l' or 'i' ? 1 : -1;
            if (d < 0)
            {
                break;
            }

            real += char.IsAsciiDigit(c) ? 1 : 0;
            value = (value * 10) + d;
        }

        if (length != 2 || real != 1)
        {
            return false;
        }

        var suffix = word[length..];
        if (suffix.Length > 0)
        {
            return suffix[0] == 'y' && index.IsNumberSuffix(suffix.EndsWith("old") ? suffix[..^3] : suffix);
        }

        if (i + 1 >= text.SequenceCount || !AgeText.InPhrase(text, i, i + 1))
        {
            return false;
        }

        var next = text.TextOf(in text[i + 1]);
        return next is "y" || (next.Length > 1 && next[0] == 'y' && index.IsNumberSuffix(next));
    }

    /// <summary>An ordinal at token <paramref name="i"/>: a word (<c>tenth</c>) or digits with the language's suffix (<c>10th</c>, <c>5º</c>, <c>5.</c>).</summary>
    public static bool TryOrdinal(TokenizedText text, int i, LexiconSet lexicons, out int value)
    {
        ref var token = ref text[i];
        value = 0;
        if (token.OrdinalWord >= 0)
        {
            value = token.OrdinalWord;
            return true;
        }

        if (!token.Has(TokenFlags.Digit) || !TryDigits(text, i, out value, out var suffix) || IsGluedToPrevious(text, i, lexicons.Prompt))
        {
            return false;
        }

        if (suffix.Length > 0)
        {
            return lexicons.IsOrdinalSuffix(suffix);
        }

        // German and others: "5. Klasse".
        var source = text.Source;
        var end = token.SourceEnd;
        return end + 1 < source.Length && source[end] == '.' && char.IsWhiteSpace(source[end + 1]);
    }

    /// <summary>
    /// A word one letter away from a number word of four letters or more (<c>twelv</c>, <c>thirten</c>,
    /// <c>elevn</c>): read only where an age unit or age word makes a number expected, so a typo elsewhere
    /// never becomes a number.
    /// </summary>
    public static bool TryMisspelled(TokenizedText text, int i, LexiconSet lexicons, out int value)
    {
        value = -1;
        ref var token = ref text[i];
        var word = text.TextOf(in token);
        if (token.Has(TokenFlags.Cjk) || token.Has(TokenFlags.Digit) || token.NumberWord >= 0 || word.Length < 3
            || (lexicons.Prompt.TryGet(word, out var info) && info.Entry is not null))
        {
            return false;
        }

        // A word written with letters only Vietnamese writes is a Vietnamese word, never a slip on another language's number:
        // đôi ("pair", in cặp đôi, a couple) is one letter from Portuguese dois, and "cặp đôi tuổi ba mươi" (a couple in
        // their thirties) was a two-year-old (session 39, read on sealed batch 47 after it was scored). No Vietnamese number
        // word is in the lists (more-ages.json says why), so none is lost.
        if (AccentFolds.HasVietnameseLetter(text.Source.AsSpan(token.SourceStart, token.SourceEnd - token.SourceStart)))
        {
            return false;
        }

        value = lexicons.FuzzyNumbers.FirstWithinOneEdit(word);
        return value >= 0 || TryDoubledLetter(word, lexicons.Prompt, out value);
    }

    /// <summary>Longest word undoubled: number words are short, and the copy stays on the stack.</summary>
    private const int MaxDoubled = 16;

    /// <summary>
    /// <c>tenn</c>, <c>sixx</c>, <c>neuff</c>: a number word of any length with one letter doubled. The one-edit tolerance
    /// above leaves out three-letter number words (one edit from too many words), but a doubled letter is a typing slip
    /// that leaves the word recognisable, and the caller reads it only before an age unit.
    /// </summary>
    private static bool TryDoubledLetter(ReadOnlySpan<char> word, TermIndex index, out int value)
    {
        value = -1;
        if (word.Length > MaxDoubled)
        {
            return false;
        }

        Span<char> undoubled = stackalloc char[MaxDoubled];
        for (var k = 1; k < word.Length; k++)
        {
            if (word[k] != word[k - 1])
            {
                continue;
            }

            word[..k].CopyTo(undoubled);
            word[(k + 1)..].CopyTo(undoubled[k..]);
            WorkCounter.Add(word.Length);
            if (index.TryGet(undoubled[..(word.Length - 1)], out var info) && info.Number >= 0)
            {
                value = info.Number;
                return true;
            }
        }

        return false;
    }

    /// <summary>Digits with leading zeros dropped (<c>013</c> is 13); at most three significant digits.</summary>
    private static bool TryDigits(TokenizedText text, int i, out int value, out ReadOnlySpan<char> suffix)
    {
        ref var token = ref text[i];
        var word = text.TextOf(in token);
        value = 0;
        suffix = default;
        var digits = 0;
        while (digits < word.Length && char.IsAsciiDigit(word[digits]))
        {
            digits++;
        }

        var zeros = 0;
        while (zeros < digits - 1 && word[zeros] == '0')
        {
            zeros++;
        }

        if (digits == 0 || digits - zeros > 3 || (digits != word.Length && token.Has(TokenFlags.LeetSymbol)))
        {
            return false;
        }

        value = int.Parse(word[zeros..digits], provider: System.Globalization.CultureInfo.InvariantCulture);
        suffix = word[digits..];
        return true;
    }

    /// <summary>Fraction characters (<c>½</c>, <c>¼</c>, <c>¾</c>, <c>⅓</c> ...), which fold to digits, a fraction slash and digits.</summary>
    private static readonly SearchValues<char> VulgarFractions = SearchValues.Create("\u00BC\u00BD\u00BE\u2150\u2151\u2152\u2153\u2154\u2155\u2156\u2157\u2158\u2159\u215A\u215B\u215C\u215D\u215E");

    /// <summary>
    /// <c>11½</c>: folding writes <c>111⁄2</c>, one token of digits that is not the number. The whole part is the digits
    /// written before the fraction character in the caller's text; the tokens the fraction became are read with it.
    /// </summary>
    private static bool TryVulgarFraction(TokenizedText text, int i, scoped ref int value, scoped ref int last)
    {
        ref var token = ref text[i];
        var source = text.Source.AsSpan(token.SourceStart, token.SourceEnd - token.SourceStart);
        var at = source.IndexOfAny(VulgarFractions);
        if (at <= 0 || at > 3 || source[..at].ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }

        value = int.Parse(source[..at], provider: System.Globalization.CultureInfo.InvariantCulture);
        var fractionEnd = token.SourceStart + at + 1;
        while (last + 1 < text.SequenceCount && text[last + 1].SourceStart < fractionEnd)
        {
            last++;
        }

        return true;
    }

    /// <summary>Spaces only (one or two) between the digits of a number written apart.</summary>
    private static readonly SearchValues<char> DigitSpace = SearchValues.Create(" ");

    /// <summary>
    /// <c>1 3 years old</c>, <c>aged 1 2</c>, <c>1 2yo</c>: exactly two single digits side by side, with one or two
    /// spaces between them, are the two digits of one number. A longer run of spaced digits (<c>1 0 2 4</c>, a seed,
    /// a phone number) is never read so, nor digits apart by anything but spaces (<c>1-3</c> is a range,
    /// <c>f 1 . 8</c> an aperture).
    /// </summary>
    private static bool TrySpacedSecondDigit(TokenizedText text, int i, scoped ref int value, out int second, out ReadOnlySpan<char> suffix)
    {
        second = i + 1;
        suffix = default;
        if (text[i].Length != 1 || !IsLoneDigit(text, i, out _) || second >= text.SequenceCount || !IsSpacedPair(text, i, second)
            || !IsLoneDigit(text, second, out var unit)
            || (i > 0 && IsSpacedPair(text, i - 1, i) && IsLoneDigit(text, i - 1, out _))
            || (unit.Length == 0 && second + 1 < text.SequenceCount && IsSpacedPair(text, second, second + 1) && IsLoneDigit(text, second + 1, out _)))
        {
            return false;
        }

        var word = text.TextOf(in text[second]);
        value = (value * 10) + (word[0] - '0');
        suffix = unit;
        return true;
    }

    /// <summary>A token that starts with exactly one digit, followed by nothing or by letters (<c>3</c>, <c>3yo</c>).</summary>
    private static bool IsLoneDigit(TokenizedText text, int i, out ReadOnlySpan<char> rest)
    {
        var word = text.TextOf(in text[i]);
        rest = default;
        if (word.Length == 0 || !char.IsAsciiDigit(word[0]) || text[i].Has(TokenFlags.LeetSymbol))
        {
            return false;
        }

        for (var k = 1; k < word.Length; k++)
        {
            if (!char.IsAsciiLetter(word[k]))
            {
                return false; // a second digit: a number of its own
            }
        }

        rest = word[1..];
        return true;
    }

    private static bool IsSpacedPair(TokenizedText text, int a, int b)
    {
        var gap = AgeText.Gap(text, a, b);
        return gap.Length is 1 or 2 && !gap.ContainsAnyExcept(DigitSpace);
    }

    /// <summary><c>score_9</c>, <c>v1.5</c>, <c>1.8</c>, <c>f/1.8</c>, <c>#12</c>: digits glued to what comes before (but <c>age_12</c> is an age).</summary>
    /// <summary>
    /// <c>ten thousand years</c>, <c>twelve hundred</c>, <c>zehn Millionen</c>: a scale word right after the number in its phrase
    /// makes it a large number, never an age (the age readers see only its first word otherwise).
    /// </summary>
    public static bool IsScaled(TokenizedText text, int last)
    {
        var next = last + 1;
        return next < text.SequenceCount && AgeText.InPhrase(text, last, next) && text.TextOf(in text[next]) is
            "hundred" or "hundreds" or "thousand" or "thousands" or "million" or "millions" or "billion" or "billions"
            or "hundert" or "tausend" or "millionen" or "mille" or "milliers" or "mil" or "millones" or "mila" or "milioni"
            or "duizend" or "honderd" or "tysiąc" or "tysiące" or "tysięcy" or "тысяч" or "тысячи" or "тысяча" or "сотни" or "тисяч" or "tisíc";
    }

    private static bool IsGluedToPrevious(TokenizedText text, int i, TermIndex index)
    {
        var start = text[i].SourceStart;
        var source = text.Source;
        return start >= 2 && GlueBefore.Contains(source[start - 1]) && char.IsLetterOrDigit(source[start - 2])
            && !(i > 0 && AgeText.Has(text, i - 1, index, WordRole.AgeMarker));
    }

    /// <summary>
    /// <c>twenty five</c>, <c>twenty-five</c>, <c>treinta y cinco</c>, <c>vinte e cinco</c>: a tens word, an optional short joining
    /// word, a unit word. French counts on from sixty and eighty with the teens (<c>soixante-dix</c> 70, <c>soixante-et-onze</c> 71,
    /// <c>quatre-vingt-dix-huit</c> 98): after those two tens a teen word is the unit too (session 27, i16-precision31;
    /// <c>soixante-dix ans</c> was read as <c>dix ans</c>, ten).
    /// </summary>
    private static int ReadCompound(TokenizedText text, int i, TermIndex index, ref int value)
    {
        if (value is >= 1 and <= 9 && i + 1 < text.SequenceCount)
        {
            if (TryTensAfterUnit(text, i, index, ref value, out var tensLast))
            {
                return tensLast;
            }

            // Indonesian and Malay count tens as "unit puluh" (empat puluh, 40) and teens as "unit belas" (sembilan belas, 19):
            // read as its unit, "usia empat puluh lima" (45) was a five-year-old and "ibu-ibu … nyepong" blocked as a minor
            // (session 37, i16-precision45, batch 42). belas keeps the unit's reading below 18 (tiga belas is 13).
            if (AgeText.InPhrase(text, i, i + 1) && text.TextOf(in text[i + 1]) is "puluh" or "belas")
            {
                var teen = text.TextOf(in text[i + 1]) is "belas";
                value = teen ? value + 10 : value * 10;
                if (teen || value < 20)
                {
                    return i + 1;
                }

                i++; // the unit that may follow is read after "puluh", as after any tens word
            }
        }

        if (value < 20 || value >= 100 || value % 10 != 0)
        {
            return i;
        }

        // quatre-vingt(s): four twenties, eighty, read at its second word (quatre-vingt-dix-sept is 97, not sept ans).
        if (value == 20 && i > 0 && text[i - 1].NumberWord == 4 && text[i].SourceStart > 0 && text.Source[text[i].SourceStart - 1] == '-')
        {
            value = 80;
        }

        var maxUnit = value is 60 or 80 ? 19 : 9;
        var n = text.SequenceCount;
        var j = i + 1;
        if (j < n && text[j].NumberWord >= 1 && text[j].NumberWord <= maxUnit && AgeText.InPhrase(text, i, j))
        {
            value += text[j].NumberWord;

            // soixante-dix-huit: the teen written as dix and a unit (78).
            if (text[j].NumberWord == 10 && j + 1 < n && text[j + 1].NumberWord is >= 7 and <= 9 && AgeText.InPhrase(text, j, j + 1))
            {
                value += text[j + 1].NumberWord;
                return j + 1;
            }

            return j;
        }

        if (j + 1 < n && text[j].NumberWord < 0 && text[j].Length <= 3 && !text[j].Has(TokenFlags.Digit)
            && text[j + 1].NumberWord >= 1 && text[j + 1].NumberWord <= maxUnit && JoinsTens(text, i, j) && AgeText.InPhrase(text, j, j + 1))
        {
            value += text[j + 1].NumberWord;
            return j + 1;
        }

        return i;
    }

    /// <summary>
    /// Arabic says the unit before the tens, joined by و (and): خمسة وثلاثون (five and thirty, 35), في الخامسة والأربعين;
    /// German, Dutch and Danish do too when the compound is written apart (zwei und vierzig, twee en veertig). Read as its
    /// unit alone, "رجل عمره خمسة وثلاثون عاما عار" was a five-year-old (session 37, i16-precision45). Only a tens word
    /// (20-90) after an and-word counts, so "five and ten year olds" and "7 and 30" with digits stay two numbers.
    /// </summary>
    private static bool TryTensAfterUnit(TokenizedText text, int i, TermIndex index, ref int value, out int last)
    {
        last = i;
        if (text[i].Has(TokenFlags.Digit))
        {
            return false;
        }

        var n = text.SequenceCount;
        var j = i + 1;
        if (!AgeText.InPhrase(text, i, j))
        {
            return false;
        }

        var word = text.TextOf(in text[j]);
        if (word is "و" or "und" or "en" or "og" && j + 1 < n && AgeText.InPhrase(text, j, j + 1) && IsTens(text[j + 1].NumberWord))
        {
            value += text[j + 1].NumberWord;
            last = j + 1;
            return true;
        }

        // و joined to the tens word, the article ال after it or not (وثلاثون, والأربعين).
        if (word.Length > 3 && word[0] == '\u0648')
        {
            var rest = word[1..];
            if (rest.Length > 4 && rest.StartsWith("\u0627\u0644", StringComparison.Ordinal))
            {
                rest = rest[2..];
            }

            if (index.TryGet(rest, out var tens) && IsTens(tens.Number))
            {
                value += tens.Number;
                last = j;
                return true;
            }
        }

        return false;
    }

    private static bool IsTens(int number) => number is >= 20 and < 100 && number % 10 == 0;

    /// <summary>
    /// Is the unit number word at <paramref name="i"/> the last part of a compound whose tens stand right before it (a tens
    /// word or Indonesian <c>puluh</c>, a short joining word between or none)? Then it is no age of its own, whichever reader
    /// took the tens: the adult phrase "usia empat puluh" (age forty) consumed its words and left "lima" of "usia empat puluh
    /// lima" (45) to be read as five (session 37, i16-precision45, batch 42). An adult age is never read as its unit.
    /// </summary>
    internal static bool IsCompoundTail(TokenizedText text, int i)
    {
        if (i == 0 || text[i].Has(TokenFlags.Digit) || text[i].NumberWord is < 1 or > 9)
        {
            return false;
        }

        var k = i - 1;
        if (IsTensWord(text, k) && AgeText.InPhrase(text, k, i))
        {
            return true;
        }

        return k > 0 && text[k].Length <= 3 && text[k].NumberWord < 0 && !text[k].Has(TokenFlags.Digit)
            && JoinsTens(text, k - 1, k) && AgeText.InPhrase(text, k, i) && IsTensWord(text, k - 1);
    }

    /// <summary>
    /// Does the short word <paramref name="join"/> join the tens word before it: in one phrase, or Tagalog's <c>'y</c>/<c>'t</c>
    /// (the joining <c>at</c>, "and", written onto the tens: <c>trenta'y singko</c>, 35)? The apostrophe splits the word, so
    /// "misis na trenta'y singko" was a five-year-old (session 39, read on sealed batch 47 after it was scored).
    /// </summary>
    private static bool JoinsTens(TokenizedText text, int tens, int join) =>
        AgeText.InPhrase(text, tens, join)
        || (text.TextOf(in text[join]) is "y" or "t" && AgeText.GapOnly(text, tens, join, Apostrophes));

    private static readonly SearchValues<char> Apostrophes = SearchValues.Create("'\u2019");

    private static bool IsTensWord(TokenizedText text, int k) =>
        !text[k].Has(TokenFlags.Digit) && (IsTens(text[k].NumberWord) || text.TextOf(in text[k]) is "puluh");

    /// <summary><c>nine and a half</c>, <c>9 and a half</c>, <c>eleven and three quarters</c>: the fraction is part of the number (the age is its whole part).</summary>
    private static int ReadHalf(TokenizedText text, int last, TermIndex index)
    {
        for (var j = last + 1; j <= Math.Min(last + 3, text.SequenceCount - 1); j++)
        {
            if (!AgeText.InPhrase(text, j - 1, j))
            {
                break;
            }

            if (AgeText.Has(text, j, index, WordRole.Half))
            {
                return j;
            }

            if (text[j].Length > 3 && text[j].NumberWord < 0)
            {
                break; // but "eleven and three quarters": the number of quarters
            }
        }

        return last;
    }

    /// <summary>Levenshtein distance at most 1, with a swap of neighbours counted as one edit.</summary>
    internal static bool WithinOneEdit(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        var prefix = a.CommonPrefixLength(b);
        if (prefix == a.Length && prefix == b.Length)
        {
            return true;
        }

        var ra = a[prefix..];
        var rb = b[prefix..];
        if (ra.Length == rb.Length)
        {
            // One substitution, or a swap of two neighbours.
            return ra[1..].SequenceEqual(rb[1..])
                || (ra.Length >= 2 && ra[0] == rb[1] && ra[1] == rb[0] && ra[2..].SequenceEqual(rb[2..]));
        }

        // One letter missing from the shorter one.
        return ra.Length > rb.Length ? ra[1..].SequenceEqual(rb) : rb[1..].SequenceEqual(ra);
    }
}
