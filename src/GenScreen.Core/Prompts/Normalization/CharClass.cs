namespace GenScreen.Core.Prompts.Normalization;

/// <summary>How the tokenizer treats a character after folding.</summary>
internal enum CharClass : byte
{
    /// <summary>Whitespace, punctuation, emoji, prompt syntax: ends a token.</summary>
    Separator = 0,

    /// <summary>Letter or digit of an alphabetic script.</summary>
    Word = 1,

    /// <summary>A script written without spaces (Han, kana, Hangul, Thai, Lao, Khmer, Myanmar): matched by substring.</summary>
    Cjk = 2,

    /// <summary>A separator that joins parts of one word: <c>school_girl</c>, <c>n.u.d.e</c>, <c>c-h-i-l-d</c>.</summary>
    Joiner = 3,

    /// <summary>A leetspeak letter (<c>@</c>, <c>$</c>) that stays inside words.</summary>
    LeetSymbol = 4,

    /// <summary><c>!</c>: a leet letter only between letters (<c>n!pple</c>), else punctuation.</summary>
    LeetInner = 5,
}
