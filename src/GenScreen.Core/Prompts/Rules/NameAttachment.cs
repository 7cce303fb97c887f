using GenScreen.Core.Prompts.Lexicons;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// Whether a name read from the words of a script without capitals (Arabic and Persian, Hebrew, Devanagari, Bengali,
/// Thai) is the one the sexual term is about. Those scripts give no capital to tell a name from an ordinary word, and
/// their given names are often ordinary words (লাল red, नीला blue, אור light), so such a name counts only when a sexual
/// term stands in its tag, or when the prompt names no other subject: in "নগ্ন মহিলা, লাল গোলাপের বাগানে" ("nude woman,
/// in a garden of red roses") the nudity is the woman's, and the words of the other tag are no person. A name beside a
/// public role or an honorific is not asked (those are name-shaped already), nor a listed name written in its own script
/// (a lexicon term).
/// </summary>
internal static class NameAttachment
{
    /// <summary>
    /// True when the name starting at <paramref name="start"/> stands in a tag without a sexual term while a person word
    /// or an adult term names the subject: then it is not read as a person.
    /// </summary>
    public static bool IsDetached(string source, SignalSummary into, int start) =>
        into.Has(Signal.Sexual) && (into.DepictsPeople || into.Has(Signal.Adult)) && !into.Places.SexualInTag(source, start);

    /// <summary>A letter of a script without capitals whose ordinary words are often given names.</summary>
    public static bool IsCaselessScript(char c) =>
        Scripts.IsArabic(c) || c is >= '\u0750' and <= '\u077F' || Scripts.IsHebrewLetter(c) || c is >= Scripts.DevanagariFirst and <= Scripts.BengaliLast || Scripts.IsThai(c);
}
