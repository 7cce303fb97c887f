namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// A 64-bit summary of which characters a text holds (session 32, i16-speed40): a cue can stand in a text only if every
/// character of the cue stands there, so a cue whose bits are not all among the text's is skipped without a search. The
/// readers that search a fixed cue table one ordinal search per cue (<see cref="CueScan"/>, <see cref="PhotoSubject"/>'s
/// phrases) skip this way the cues of every script the prompt is not written in: a necessary condition only, so what they
/// find is unchanged.
/// </summary>
/// <remarks>
/// Bits 0–31: an ASCII character by its low five bits (the lower-case letters a–z have bits 1–26 of their own; digits and
/// punctuation share bits with letters, a weaker but still necessary test). Bits 32–63: any other character by its 128-character
/// block, folded modulo 32 (Latin-1, Latin Extended, Greek, Cyrillic, Hebrew, Arabic, Devanagari, Thai … get bits apart; the
/// blocks of Han and Hangul share them).
/// </remarks>
internal static class CharBlocks
{
    public static ulong Of(char c) => c < 0x80 ? 1UL << (c & 31) : 1UL << (32 + ((c >> 7) & 31));

    public static ulong Of(ReadOnlySpan<char> text)
    {
        var bits = 0UL;
        foreach (var c in text)
        {
            bits |= Of(c);
        }

        return bits;
    }

    /// <summary>Whether every character of a text with <paramref name="needed"/> may stand in one with <paramref name="present"/>.</summary>
    public static bool MayHold(ulong present, ulong needed) => (needed & ~present) == 0;
}
