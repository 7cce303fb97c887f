namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// The punctuation that ends a clause for the readers that scan a prompt character by character (<see cref="PersonActs"/>,
/// <see cref="IntimateFrames"/>, <see cref="VerbFinalUndress"/>): commas, stops, colons, brackets, a pipe and a line end in
/// the Latin, CJK and Arabic forms, and the Devanagari and Urdu full stops (। ۔). Until session 41 each reader kept its own
/// copy (the first two identical, the third without brackets or CJK marks and the only one with the danda). The token-level
/// readers use <see cref="ClauseBounds"/>, which also knows a sentence's full stop from an abbreviation's.
/// </summary>
internal static class ClausePunctuation
{
    public static bool EndsClause(char c) => c is ',' or ';' or '.' or '!' or '?' or ':' or '\n' or '(' or ')' or '|'
        or '、' or '。' or '，' or '；' or '！' or '？' or '：' or '،' or '؛' or '\u0964' or '\u06D4';

    /// <summary>A letter of the cased scripts read by the cue scanners (lower-case Latin, Latin-1 and Extended-A/B, Greek and
    /// Cyrillic): a cue inside such a word is no word start.</summary>
    public static bool IsCasedLetter(char c) => c is >= 'a' and <= 'z' or >= '\u00C0' and <= '\u024F' or >= '\u0370' and <= '\u04FF';
}
