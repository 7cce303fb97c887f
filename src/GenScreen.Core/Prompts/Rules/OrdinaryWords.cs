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

    private static CompactWordSet Load()
    {
        using var stream = typeof(OrdinaryWords).Assembly.GetManifestResourceStream("GenScreen.Rules.ordinary-words-cldr.txt")
            ?? throw new InvalidOperationException("Embedded ordinary-words-cldr.txt is missing.");
        using var reader = new StreamReader(stream);
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
