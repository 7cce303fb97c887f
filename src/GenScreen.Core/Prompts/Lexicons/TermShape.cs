namespace GenScreen.Core.Prompts.Lexicons;

/// <summary>How a normalized key is matched.</summary>
internal enum TermShape : byte
{
    /// <summary>Whole words of a spaced script, longest phrase first.</summary>
    Words,

    /// <summary>A substring of a run of a script written without spaces (Han, kana, Hangul, Thai…).</summary>
    Unspaced,

    /// <summary>A substring of a run of adjacent emoji.</summary>
    Emoji,
}
