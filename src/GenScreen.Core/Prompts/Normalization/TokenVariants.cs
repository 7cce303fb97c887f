namespace GenScreen.Core.Prompts.Normalization;

/// <summary>
/// Undoes the disguises a word can wear after folding: homoglyphs (Cyrillic <c>е</c> in <c>nudе</c>),
/// leetspeak (<c>n00d</c>, <c>s3x</c>, <c>@ss</c>) and stretched letters (<c>nuuuude</c>).
/// Each method writes a candidate into a caller-provided buffer; the matcher only asks for one when the
/// plain word did not match, so ordinary text never pays for it.
/// </summary>
internal static class TokenVariants
{
    /// <summary>Greek and Cyrillic letters that look like Latin ones (after lower-casing).</summary>
    private static readonly Dictionary<char, char> Homoglyphs = new()
    {
        ['а'] = 'a', ['в'] = 'b', ['е'] = 'e', ['ё'] = 'e', ['к'] = 'k', ['м'] = 'm', ['н'] = 'h', ['о'] = 'o',
        ['р'] = 'p', ['с'] = 'c', ['т'] = 't', ['у'] = 'y', ['х'] = 'x', ['і'] = 'i', ['ї'] = 'i', ['ј'] = 'j',
        ['ѕ'] = 's', ['ԁ'] = 'd', ['ԛ'] = 'q', ['ԝ'] = 'w', ['һ'] = 'h', ['ӏ'] = 'l', ['ɡ'] = 'g', ['п'] = 'n',
        ['α'] = 'a', ['β'] = 'b', ['ε'] = 'e', ['η'] = 'n', ['ι'] = 'i', ['κ'] = 'k', ['ν'] = 'v', ['ο'] = 'o',
        ['ρ'] = 'p', ['τ'] = 't', ['υ'] = 'u', ['χ'] = 'x', ['γ'] = 'y', ['μ'] = 'u', ['σ'] = 'o', ['ω'] = 'w',
        ['ᴀ'] = 'a', ['ʙ'] = 'b', ['ᴄ'] = 'c', ['ᴅ'] = 'd', ['ᴇ'] = 'e', ['ɢ'] = 'g', ['ʜ'] = 'h', ['ɪ'] = 'i',
        ['ᴊ'] = 'j', ['ᴋ'] = 'k', ['ʟ'] = 'l', ['ᴍ'] = 'm', ['ɴ'] = 'n', ['ᴏ'] = 'o', ['ᴘ'] = 'p', ['ʀ'] = 'r',
        ['ᴛ'] = 't', ['ᴜ'] = 'u', ['ᴠ'] = 'v', ['ᴡ'] = 'w', ['ʏ'] = 'y', ['ᴢ'] = 'z',
    };

    /// <summary>Maps Greek/Cyrillic look-alikes to Latin; false when nothing changed or a letter has no Latin twin.</summary>
    public static bool TryFoldHomoglyphs(ReadOnlySpan<char> token, Span<char> output)
    {
        var changed = false;
        for (var i = 0; i < token.Length; i++)
        {
            var c = token[i];
            if (Homoglyphs.TryGetValue(c, out var latin))
            {
                output[i] = latin;
                changed = true;
            }
            else if (c is >= '\u0370' and < '\u0530')
            {
                return false; // a real Greek/Cyrillic word, not a disguise
            }
            else
            {
                output[i] = c;
            }
        }

        return changed;
    }

    /// <summary>
    /// Maps leet digits and symbols to letters. <paramref name="oneAsL"/> picks the reading of <c>1</c> and
    /// <c>|</c> (i or l: <c>1oli</c> is loli, <c>ch1ld</c> is child).
    /// </summary>
    public static bool TryUnleet(ReadOnlySpan<char> token, Span<char> output, bool oneAsL)
    {
        var changed = false;
        for (var i = 0; i < token.Length; i++)
        {
            var c = token[i];
            var mapped = c switch
            {
                '0' => 'o',
                '1' or '|' => oneAsL ? 'l' : 'i',
                '!' => 'i',
                '3' => 'e',
                '4' or '@' => 'a',
                '5' or '$' => 's',
                '7' => 't',
                '8' => 'b',
                '9' => 'g',
                _ => c,
            };
            output[i] = mapped;
            changed |= mapped != c;
        }

        return changed;
    }

    /// <summary>
    /// Letters written for look-alike letters, as in Roman inscriptions: <c>v</c> for <c>u</c> (<c>nvde</c>,
    /// <c>cvm</c>). Only Latin words of three letters or more with a <c>v</c>; false when nothing changed.
    /// </summary>
    public static bool TrySwapLookalikeLetters(ReadOnlySpan<char> token, Span<char> output)
    {
        if (token.Length < 3 || !token.Contains('v'))
        {
            return false;
        }

        for (var i = 0; i < token.Length; i++)
        {
            output[i] = token[i] == 'v' ? 'u' : token[i];
        }

        return true;
    }

    /// <summary>Collapses every run of a repeated letter to one (<c>nuuuude</c> to <c>nude</c>); returns the new length.</summary>
    public static int Squeeze(ReadOnlySpan<char> token, Span<char> output, out int longestRun)
    {
        var n = 0;
        var run = 1;
        longestRun = 1;
        for (var i = 0; i < token.Length; i++)
        {
            if (n > 0 && output[n - 1] == token[i])
            {
                run++;
                longestRun = Math.Max(longestRun, run);
                continue;
            }

            run = 1;
            output[n++] = token[i];
        }

        return n;
    }

    /// <summary>True for a token that holds both digits or leet symbols and letters.</summary>
    public static bool MayBeLeet(in Token token) =>
        token.Has(TokenFlags.Letter) && (token.Has(TokenFlags.Digit) || token.Has(TokenFlags.LeetSymbol));
}
