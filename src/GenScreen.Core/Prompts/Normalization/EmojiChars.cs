namespace GenScreen.Core.Prompts.Normalization;

/// <summary>
/// Which code points are emoji for matching. Pictographs are matched as terms; modifiers (skin tones, hair
/// components) only refine the emoji before them and are dropped, so every skin tone meets one term.
/// </summary>
internal static class EmojiChars
{
    /// <summary>No BMP emoji lies below this, so the tokenizer skips the check for ordinary letters.</summary>
    public const char LowestBmpEmoji = '\u2300';

    public static bool IsPictograph(int codePoint) =>
        codePoint is >= 0x1F000 and <= 0x1FAFF && !IsModifier(codePoint)
        || codePoint is >= 0x2300 and <= 0x23FF   // miscellaneous technical: ⌚ ⏰
        || codePoint is >= 0x2600 and <= 0x27BF   // miscellaneous symbols, dingbats: ☀ ✋ ❤
        || codePoint is >= 0x2B00 and <= 0x2BFF;  // arrows and symbols: ⭐

    /// <summary>Skin-tone modifiers (U+1F3FB–1F3FF) and hair components (U+1F9B0–1F9B3).</summary>
    public static bool IsModifier(int codePoint) =>
        codePoint is >= 0x1F3FB and <= 0x1F3FF or >= 0x1F9B0 and <= 0x1F9B3;
}
