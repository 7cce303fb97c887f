using System.Globalization;
using System.Text;

namespace GenScreen.Core.Prompts.Normalization;

/// <summary>
/// Folds one character to its matching form: Unicode NFKC (full-width, ligatures, circled and
/// mathematical letters), lower case, diacritics removed from Latin (including Vietnamese), Greek and
/// Cyrillic letters, Hebrew points, Arabic vowel marks and tatweel removed, the Arabic-script letters that
/// writers interchange unified, decimal digits of every script read as ASCII digits, and invisible
/// characters (zero-width, format controls, variation selectors, fillers) removed.
/// The whole BMP is folded once into a table so the hot path is one array read per character.
/// </summary>
internal static class CharFolding
{
    private const char Removed = '\0';
    private const char Multi = '\uFFFF';
    private const int FirstEmojiBlock = 0x1F000;

    private static readonly char[] Single = new char[65536];
    private static readonly CharClass[] Classes = new CharClass[65536];
    private static readonly Dictionary<char, string> MultiChar = [];

    /// <summary>
    /// The emoji blocks (U+1F000–1FAFF) folded once too, so prompts full of emoji fold without allocating;
    /// other supplementary code points (rare in prompts) take the slow path.
    /// </summary>
    private static readonly string[] EmojiBlocks = new string[0x1FB00 - FirstEmojiBlock];

    static CharFolding()
    {
        for (var i = 0; i < EmojiBlocks.Length; i++)
        {
            EmojiBlocks[i] = FoldSlow(char.ConvertFromUtf32(FirstEmojiBlock + i));
        }

        for (var i = 0; i < 65536; i++)
        {
            var c = (char)i;
            Classes[i] = Classify(c);
            if (char.IsSurrogate(c))
            {
                Single[i] = c;
                continue;
            }

            var folded = FoldSlow(c.ToString());
            Single[i] = folded.Length switch
            {
                0 => Removed,
                1 => folded[0],
                _ => Multi,
            };
            if (folded.Length > 1)
            {
                MultiChar[c] = folded;
            }
        }
    }

    /// <summary>Class of an already folded character.</summary>
    public static CharClass ClassOf(char folded) => Classes[folded];

    /// <summary>
    /// Appends the folded form of the code point at <paramref name="text"/>[<paramref name="index"/>]
    /// and returns how many UTF-16 units it consumed (2 for a surrogate pair).
    /// </summary>
    public static int Fold(string text, int index, Span<char> output, out int written)
    {
        var c = text[index];
        if (char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
        {
            var codePoint = char.ConvertToUtf32(c, text[index + 1]) - FirstEmojiBlock;
            var folded = (uint)codePoint < (uint)EmojiBlocks.Length ? EmojiBlocks[codePoint] : FoldSlow(text.Substring(index, 2));
            written = Math.Min(folded.Length, output.Length);
            folded.AsSpan(0, written).CopyTo(output);
            return 2;
        }

        var single = Single[c];
        switch (single)
        {
            case Removed:
                written = 0;
                break;
            case Multi when MultiChar.TryGetValue(c, out var multi):
                written = Math.Min(multi.Length, output.Length);
                multi.AsSpan(0, written).CopyTo(output);
                break;
            default:
                // Includes U+FFFF itself, which folds to itself (the table's multi-char marker is ambiguous only for it).
                output[0] = single;
                written = 1;
                break;
        }

        return 1;
    }

    /// <summary>The reference folding; used to build the table and for supplementary-plane code points.</summary>
    internal static string FoldSlow(string codePoint)
    {
        if (IsInvisible(codePoint))
        {
            return string.Empty;
        }

        string compat;
        try
        {
            compat = codePoint.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            // A lone surrogate cannot be normalized: it carries no letter, so it separates.
            return " ";
        }

        var sb = new StringBuilder(compat.Length);
        foreach (var ch in compat)
        {
            if (char.IsSurrogate(ch))
            {
                sb.Append(ch); // a supplementary-plane letter: kept as written
                continue;
            }

            if (IsDroppableMark(ch) || IsInvisible(ch.ToString()))
            {
                continue;
            }

            if (ch > '9' && CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.DecimalDigitNumber)
            {
                // Arabic-Indic, Persian, Devanagari, Bengali, Thai… digits: "١٢ سنة" is "12 سنة" for age detection.
                sb.Append((char)('0' + CharUnicodeInfo.GetDecimalDigitValue(ch)));
                continue;
            }

            if (ch < '\u0530' || ch is >= '\u1E00' and <= '\u1FFF')
            {
                // Latin (with Vietnamese ệ, ở in Latin Extended Additional), Greek (with polytonic), Cyrillic:
                // strip diacritics (ü -> u, й -> и, ệ -> e), keeping the base letter.
                foreach (var d in ch.ToString().Normalize(NormalizationForm.FormD))
                {
                    if (!IsDroppableMark(d))
                    {
                        sb.Append(InvariantLower.Of(d));
                    }
                }
            }
            else
            {
                sb.Append(InvariantLower.Of(ch));
            }
        }

        // Letters that NFKC keeps apart but writers use interchangeably: Polish ł and Vietnamese đ are
        // typed as l and d without a Polish or Vietnamese keyboard; Arabic-script writers drop the hamza
        // (أ إ آ ٱ -> ا), write ة as ه, and Persian and Arabic keyboards give different yeh and kaf.
        return sb.ToString()
            .Replace('ı', 'i')
            .Replace('ſ', 's')
            .Replace("ß", "ss", StringComparison.Ordinal)
            .Replace('ς', 'σ')
            .Replace('ł', 'l')
            .Replace('đ', 'd')
            .Replace('أ', 'ا')
            .Replace('إ', 'ا')
            .Replace('آ', 'ا')
            .Replace('ٱ', 'ا')
            .Replace('ى', 'ي')
            .Replace('ی', 'ي')
            .Replace('ک', 'ك')
            .Replace('ة', 'ه')
            .Replace('ۀ', 'ه');
    }

    /// <summary>
    /// Japanese words are written in either kana script and small kana stand in for full-size ones to disguise
    /// a word (<c>ろり</c> for <c>ロリ</c>, <c>ょぅι゛ょ</c> for <c>ようじょ</c>). Terms of unspaced scripts are
    /// compared with hiragana read as katakana and small kana as full-size (voiced kana stay voiced). Not part
    /// of the general folding: names in katakana need their small kana to be transliterated (<c>ティ</c>), and
    /// a hiragana particle is where a katakana name ends (<c>テイラー・スウィフトの</c>).
    /// </summary>
    internal static char FoldKanaForMatch(char c)
    {
        if (c is >= '\u3041' and <= '\u3096')
        {
            c = (char)(c + 0x60);
        }

        return c switch
        {
            'ァ' => 'ア', 'ィ' => 'イ', 'ゥ' => 'ウ', 'ェ' => 'エ', 'ォ' => 'オ',
            'ッ' => 'ツ', 'ャ' => 'ヤ', 'ュ' => 'ユ', 'ョ' => 'ヨ', 'ヮ' => 'ワ',
            'ヵ' => 'カ', 'ヶ' => 'ケ',
            _ => c,
        };
    }

    internal static string FoldKanaForMatch(string s) => string.Create(s.Length, s, static (span, src) =>
    {
        for (var i = 0; i < src.Length; i++)
        {
            span[i] = FoldKanaForMatch(src[i]);
        }
    });

    private static bool IsInvisible(string codePoint)
    {
        if (char.IsHighSurrogate(codePoint[0]) && codePoint.Length < 2)
        {
            return false;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(codePoint, 0);
        if (category == UnicodeCategory.Format)
        {
            return true; // zero-width space/joiners, soft hyphen, bidi controls, tag characters, BOM
        }

        var cp = char.ConvertToUtf32(codePoint, 0);
        return cp is 0x115F or 0x1160 or 0x3164 or 0xFFA0 or 0x034F or 0x180E or 0x2800
            || cp is >= 0xFE00 and <= 0xFE0F
            || cp is >= 0xE0100 and <= 0xE01EF;
    }

    /// <summary>
    /// Combining diacritics (including "zalgo" stacks), Hebrew points and cantillation, Arabic vowel marks,
    /// Quranic marks and the tatweel (a stretching stroke), and the Devanagari and Bengali nukta, which
    /// writers use inconsistently. Not kana voicing marks, which change the letter.
    /// </summary>
    internal static bool IsDroppableMark(char c) =>
        c is >= '\u0300' and <= '\u036F'
        or >= '\u1AB0' and <= '\u1AFF'
        or >= '\u1DC0' and <= '\u1DFF'
        or >= '\u20D0' and <= '\u20FF'
        or >= '\uFE20' and <= '\uFE2F'
        or >= '\u0591' and <= '\u05BD' or '\u05BF' or '\u05C1' or '\u05C2' or '\u05C4' or '\u05C5' or '\u05C7'
        or >= '\u0610' and <= '\u061A'
        or >= '\u064B' and <= '\u065F'
        or '\u0640' or '\u0670'
        or >= '\u06D6' and <= '\u06ED'
        or '\u093C' or '\u09BC';

    private static CharClass Classify(char c)
    {
        if (IsUnspacedScript(c))
        {
            return CharClass.Cjk;
        }

        if (char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
        {
            return CharClass.Word;
        }

        return c switch
        {
            '_' or '-' or '.' or '*' or '~' or '\'' or '\u2019' or '\u2010' or '\u2011' or '\u00B7' => CharClass.Joiner,
            '@' or '$' => CharClass.LeetSymbol,
            '!' => CharClass.LeetInner, // '|' is prompt syntax ([a|b]), never a letter
            _ => CharClass.Separator,
        };
    }

    /// <summary>
    /// Scripts written without spaces between words, so terms are found as substrings of a run: Han, kana,
    /// Hangul, and Thai, Lao, Khmer and Myanmar. The script decides, never the word.
    /// </summary>
    internal static bool IsUnspacedScript(char c) =>
        c is >= Scripts.KanaFirst and <= Scripts.KanaLast // hiragana, katakana
        or >= Scripts.ThaiFirst and <= Scripts.ThaiLast // Thai
        or >= '\u0E80' and <= '\u0EFF'     // Lao
        or >= '\u1000' and <= '\u109F'     // Myanmar
        or >= '\u1780' and <= '\u17FF'     // Khmer
        or >= '\u31F0' and <= '\u31FF'     // katakana phonetic extensions
        or >= '\u3400' and <= '\u4DBF'     // CJK extension A
        or >= '\u4E00' and <= '\u9FFF'     // CJK unified ideographs
        or >= '\uF900' and <= '\uFAFF'     // CJK compatibility ideographs
        or >= '\uAC00' and <= '\uD7AF'     // Hangul syllables
        or >= '\u1100' and <= '\u11FF'     // Hangul jamo
        or >= '\u3130' and <= '\u318F'     // Hangul compatibility jamo
        // Session 39 (i16-people47): the ideographic iteration marks 々 and 〻 repeat the kanji before them inside a word (佐々木,
        // 野々村, 菜々子, 時々). As letters of no unspaced script they ended the run, so every name written with one was cut in
        // two (野|々|村彩花) and no name reader saw it, though the family-name table holds 佐々木 and 野々村.
        or '\u3005' or '\u303B';
}
