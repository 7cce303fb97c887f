using GenScreen.Core.Prompts.Lexicons;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// Ordinary words of the scripts without capitals (Bengali, Devanagari, Arabic and Persian, Hebrew, Thai): every word of
/// the Unicode CLDR emoji names of those languages (Rules/Data/ordinary-words-cldr.txt). Two words before a sexual term,
/// in a prompt that names no subject, are read as a person by <see cref="CaselessScriptNames"/> only when neither is one
/// of these: on ordinary text that rule read two words of any sentence as a name ("ফাইল খুলুন নগ্ন ছবি", "open file").
/// </summary>
/// <remarks>
/// Not a lexicon: read on first use (only a prompt of these scripts with sexual content and no subject needs it), kept in
/// one <see cref="CompactWordSet"/>. Matched against the word as the prompt spells it (NFC), not its folded form: the
/// normalizer folds ة to ه, so the Arabic name دانة would be the Persian word دانه "grain". Given names written in these
/// scripts by the name lists were left out when the file was generated, so a listed name's word stays a name word.
/// </remarks>
internal static class OrdinaryWords
{
    private static readonly Lazy<CompactWordSet> Words = new(Load);

    /// <summary>Is the word of token <paramref name="i"/>, as the prompt spells it, an ordinary word?</summary>
    public static bool Contains(Normalization.TokenizedText text, int i)
    {
        ref var token = ref text[i];
        return Words.Value.Contains(text.Source.AsSpan(token.SourceStart, token.SourceEnd - token.SourceStart));
    }

    /// <summary>Bengali case endings (genitive, locative, dative), longest first: লেসের is লেস "lace" + of, ঘরে ঘর + in.</summary>
    private static readonly string[] BengaliEndings = ["য়ের", "\u09DF\u09C7\u09B0", "দের", "ের", "এর", "তে", "কে", "ে"];

    /// <summary>Devanagari oblique and plural endings of nouns and adjectives (कमरों, बातें, पुराने).</summary>
    private static readonly string[] DevanagariEndings = ["ियों", "ों", "ें", "े"];

    /// <summary>Arabic and Persian endings joined to a noun: pronouns (تحته "under it", ها her), Persian plural and ezafe, Arabic plural.</summary>
    private static readonly string[] ArabicEndings = ["هما", "هم", "ها", "ات", "ين", "ون", "ه", "ك", "ی", "ي"];

    /// <summary>Letters joined before an Arabic or Persian word (and, so, with, for, like) and before a Hebrew one (in, the, and, as, to, from, that).</summary>
    private static bool IsJoinedPrefix(char c) => c is '\u0648' or '\u0641' or '\u0628' or '\u0644' or '\u0643'
        or '\u05D1' or '\u05D4' or '\u05D5' or '\u05DB' or '\u05DC' or '\u05DE' or '\u05E9';

    /// <summary>
    /// Is the word an ordinary word as written, or once a case ending or a joined particle of its script is taken off
    /// (লেসের, হোটেলের: লেস, হোটেল; تحته: تحت; والبحر: البحر)? Only stems of 2+ letters count. A given name takes no case
    /// ending on the first word of a name and no joined particle, so an inflected ordinary word there is the sentence's word.
    /// </summary>
    public static bool ContainsInflected(ReadOnlySpan<char> word) => Words.Value.Contains(word) || IsInflectedOrdinary(word);

    /// <summary>Is the word an ordinary word as written (no ending or particle taken off)?</summary>
    public static bool ContainsBare(ReadOnlySpan<char> word) => Words.Value.Contains(word);

    /// <summary>
    /// Is the word an ordinary word only once a case ending or joined particle is taken off (হোটেলের, লেসের, تحته)? The first
    /// word of a name never carries one, so such a word starts no name, where a bare ordinary word may still be a given name
    /// (লাল Lal, टेलर Taylor).
    /// </summary>
    public static bool IsInflectedOrdinary(ReadOnlySpan<char> word)
    {
        var words = Words.Value;
        if (word.Length < 3)
        {
            return false;
        }

        var endings = word[0] switch
        {
            >= '\u0980' and <= '\u09FF' => BengaliEndings,
            >= '\u0900' and <= '\u097F' => DevanagariEndings,
            >= '\u0600' and <= '\u06FF' => ArabicEndings,
            _ => [],
        };
        foreach (var ending in endings)
        {
            WorkCounter.Add(1);
            if (word.Length - ending.Length >= 2 && word.EndsWith(ending, StringComparison.Ordinal) && words.Contains(word[..^ending.Length]))
            {
                return true;
            }
        }

        if (IsJoinedPrefix(word[0]) && word.Length >= 4)
        {
            var rest = word[1..];
            if (words.Contains(rest) || (rest.Length > 3 && rest[0] == '\u0627' && rest[1] == '\u0644' && words.Contains(rest[2..])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Is every word of a source span (words split at spaces, hyphens and name dots) an ordinary word? A name read by
    /// sound across ordinary words of the language (चलता किसान "walking farmer", keyed as Jared Kushner) is chance.
    /// </summary>
    public static bool AllOrdinary(ReadOnlySpan<char> span)
    {
        var words = 0;
        foreach (var range in span.SplitAny(" -\u00A0\u200C\u200D\u200B\u00B7\u30FB"))
        {
            var word = span[range];
            if (word.IsEmpty)
            {
                continue;
            }

            if (!ContainsInflected(word))
            {
                return false;
            }

            words++;
        }

        return words > 0;
    }

    private static CompactWordSet Load()
    {
        using var reader = RuleDataFile.Open("ordinary-words-cldr.txt");
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                words.Add(line.Trim().Normalize());
            }
        }

        return new CompactWordSet(words);
    }

    /// <summary>For tests: how many distinct normalized words the shipped file holds.</summary>
    internal static int Count => Words.Value.Count;
}
