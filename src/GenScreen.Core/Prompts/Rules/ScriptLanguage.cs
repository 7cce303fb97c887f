namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// The steering language a word's script says, for prompts whose person words named no language (a Thai, Japanese
/// or Chinese prompt writes its person words inside an unspaced run; a Hindi or Hebrew prompt may name a person only
/// by an inflected form): Greek, Hebrew, Devanagari (Hindi), Bengali, Thai, Hangul and kana each name one language;
/// Cyrillic, Arabic and Han name two or more, so they give a provisional language (Russian, Arabic, Chinese) that a
/// later word of the same script settles by the letters only one language writes (Ukrainian і ї є ґ; Persian پ چ ژ گ
/// ک ی; kana). Reads the caller's original characters (folding merges Persian letters into Arabic ones). Latin words
/// say nothing. A plain forward scan of one word, no allocation.
/// </summary>
internal static class ScriptLanguage
{
    /// <summary>The language the word's letters say and whether it is settled; null when they say none.</summary>
    public static (string? Language, bool Settled) Of(ReadOnlySpan<char> word)
    {
        string? provisional = null;
        foreach (var c in word)
        {
            switch (c)
            {
                case >= '\u0370' and <= '\u03FF' or >= '\u1F00' and <= '\u1FFF':
                    return ("el", true);
                case 'і' or 'ї' or 'є' or 'ґ' or 'І' or 'Ї' or 'Є' or 'Ґ':
                    return ("uk", true);
                case >= '\u0400' and <= '\u04FF':
                    provisional ??= "ru";
                    break;
                case >= '\u0590' and <= '\u05FF' or >= '\uFB1D' and <= '\uFB4F':
                    return ("he", true);
                case 'پ' or 'چ' or 'ژ' or 'گ' or 'ک' or 'ی':
                    return ("fa", true);
                case >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF':
                    provisional ??= "ar";
                    break;
                case >= Scripts.DevanagariFirst and <= Scripts.DevanagariLast:
                    return ("hi", true);
                case >= Scripts.BengaliFirst and <= Scripts.BengaliLast:
                    return ("bn", true);
                case >= Scripts.ThaiFirst and <= Scripts.ThaiLast:
                    return ("th", true);
                case >= Scripts.HangulFirst and <= Scripts.HangulLast or >= '\u1100' and <= '\u11FF' or >= '\u3130' and <= '\u318F':
                    return ("ko", true);
                case >= Scripts.KanaFirst and <= Scripts.KanaLast:
                    return ("ja", true);
                case >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF':
                    provisional ??= "zh";
                    break;
            }
        }

        return (provisional, false);
    }
}
