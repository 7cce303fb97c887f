namespace GenScreen.Core.Prompts;

/// <summary>
/// The code-point ranges of the scripts the prompt rules test a character against, named once (they were written inline in
/// a dozen places). The constants serve pattern matching (<c>c is >= Scripts.ThaiFirst and &lt;= Scripts.ThaiLast</c>),
/// the methods plain tests. Ranges are the Unicode blocks as each rule has always read them; a rule that reads a wider or
/// narrower range (Hangul with its jamo, Han with the Yijing symbols) keeps its own pattern and says so.
/// </summary>
internal static class Scripts
{
    /// <summary>The Thai block.</summary>
    public const char ThaiFirst = '\u0E00';

    /// <inheritdoc cref="ThaiFirst"/>
    public const char ThaiLast = '\u0E7F';

    /// <summary>Hangul syllables as assigned (가 to 힣), without the jamo.</summary>
    public const char HangulFirst = '\uAC00';

    /// <inheritdoc cref="HangulFirst"/>
    public const char HangulLast = '\uD7A3';

    /// <summary>Hiragana and katakana (the two blocks, with the middle dot and the prolonged sound mark).</summary>
    public const char KanaFirst = '\u3040';

    /// <inheritdoc cref="KanaFirst"/>
    public const char KanaLast = '\u30FF';

    /// <summary>The Hebrew letters א to ת (no points, no final-form ligatures).</summary>
    public const char HebrewLetterFirst = '\u05D0';

    /// <inheritdoc cref="HebrewLetterFirst"/>
    public const char HebrewLetterLast = '\u05EA';

    /// <summary>The Arabic block (not its supplement or presentation forms).</summary>
    public const char ArabicFirst = '\u0600';

    /// <inheritdoc cref="ArabicFirst"/>
    public const char ArabicLast = '\u06FF';

    /// <summary>The Devanagari block.</summary>
    public const char DevanagariFirst = '\u0900';

    /// <inheritdoc cref="DevanagariFirst"/>
    public const char DevanagariLast = '\u097F';

    /// <summary>The Bengali block (right after Devanagari: 0900–09FF is both).</summary>
    public const char BengaliFirst = '\u0980';

    /// <inheritdoc cref="BengaliFirst"/>
    public const char BengaliLast = '\u09FF';

    /// <summary>Thai: written without spaces between words.</summary>
    public static bool IsThai(char c) => c is >= ThaiFirst and <= ThaiLast;

    /// <summary>Does the text hold a Thai character (one vectorised search)?</summary>
    public static bool ContainsThai(ReadOnlySpan<char> text) => text.IndexOfAnyInRange(ThaiFirst, ThaiLast) >= 0;

    /// <summary>A Hangul syllable.</summary>
    public static bool IsHangulSyllable(char c) => c is >= HangulFirst and <= HangulLast;

    /// <summary>A Han ideograph: extension A, the unified block and the compatibility ideographs.</summary>
    public static bool IsHan(char c) => c is >= '\u3400' and <= '\u4DBF' or >= '\u4E00' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF';

    /// <summary>Hiragana or katakana.</summary>
    public static bool IsKana(char c) => c is >= KanaFirst and <= KanaLast;

    /// <summary>A Hebrew letter (<see cref="HebrewLetterFirst"/>).</summary>
    public static bool IsHebrewLetter(char c) => c is >= HebrewLetterFirst and <= HebrewLetterLast;

    /// <summary>A character of the Arabic block.</summary>
    public static bool IsArabic(char c) => c is >= ArabicFirst and <= ArabicLast;
}
