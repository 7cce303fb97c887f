using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// A given name followed by a family name, both written in the same non-Latin script and both in the lists of
/// Rules/Data/script-name-pairs.tsv (Hebrew, Arabic, Persian, Greek, Thai, Russian, Ukrainian, Nepali; from
/// @faker-js/faker): "שירה אברהם", "ليلى حسن", "شیرین حسینی", "น้ำฝน ศิริพร". A likely real person (review under
/// <c>mature</c>), as a Latin given name and surname is; in Thai also a nickname or given name and a given name. Both words must be listed: many given names of these scripts are
/// ordinary words (שירה poetry, بهار spring, جميلة beautiful), and only a family name after one makes it a name.
/// Read only in prompts with sexual content, the only place the signal decides anything.
/// </summary>
/// <remarks>
/// The names are keyed as the tokenizer writes them (folded the way prompt words are), so a lookup is one hash probe of
/// a token's text; the table loads on first use (a sexual prompt with two adjacent words of such a script). Linear: one
/// pass over the tokens.
/// </remarks>
internal static class ScriptNamePairs
{
    private static readonly Lazy<NameTable> Table = new(NameTable.Load);

    public static void Match(TokenizedText text, SignalSummary into)
    {
        if (!into.Has(Signal.Sexual))
        {
            return;
        }

        for (var i = 0; i + 1 < text.SequenceCount; i++)
        {
            WorkCounter.Add(1);
            if (!MayBeName(text, i) || !MayBeName(text, i + 1)
                || !PersonDetector.OnlySpaceBetween(text.Source, text[i].SourceEnd, text[i + 1].SourceStart))
            {
                continue;
            }

            // Thai people go by a nickname and a given name (แพรว สุนิสา): there a given name may follow a given name.
            var table = Table.Value;
            var second = text.TextOf(in text[i + 1]);
            if (table.IsGiven(text.TextOf(in text[i])) && (table.IsFamily(second) || (IsThai(second[0]) && table.IsGiven(second))))
            {
                var start = text[i].SourceStart;
                var end = text[i + 1].SourceEnd;
                into.Add(Signal.RealPersonLikely, text.Source[start..end], 3, start, end, PromptField.Prompt);
                return;
            }
        }
    }

    private static bool IsThai(char c) => c is >= '\u0E00' and <= '\u0E7F';

    /// <summary>A word of a non-Latin script (Thai runs included, other CJK not) that no lexicon term consumed and no language has as a stop word.</summary>
    private static bool MayBeName(TokenizedText text, int i)
    {
        ref var token = ref text[i];
        if ((token.Tags & WordTags.Matched) != 0 || token.Languages != 0 || token.Length < 2
            || (token.Flags & (TokenFlags.Digit | TokenFlags.LeetSymbol)) != 0)
        {
            return false;
        }

        var first = text.TextOf(in token)[0];
        return token.Has(TokenFlags.Cjk) ? first is >= '\u0E00' and <= '\u0E7F' : token.Has(TokenFlags.NonLatin);
    }

    private sealed class NameTable
    {
        private readonly HashSet<string> _given;
        private readonly HashSet<string> _family;
        private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _givenLookup;
        private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _familyLookup;

        private NameTable(HashSet<string> given, HashSet<string> family)
        {
            _given = given;
            _family = family;
            _givenLookup = _given.GetAlternateLookup<ReadOnlySpan<char>>();
            _familyLookup = _family.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        public bool IsGiven(ReadOnlySpan<char> word) => _givenLookup.Contains(word);

        public bool IsFamily(ReadOnlySpan<char> word) => _familyLookup.Contains(word);

        public static NameTable Load()
        {
            using var stream = typeof(ScriptNamePairs).Assembly.GetManifestResourceStream("GenScreen.Rules.script-name-pairs.tsv")
                ?? throw new InvalidOperationException("Embedded script-name-pairs.tsv is missing.");
            using var reader = new StreamReader(stream);
            var given = new HashSet<string>(StringComparer.Ordinal);
            var family = new HashSet<string>(StringComparer.Ordinal);
            var tokens = new TokenizedText();
            foreach (var (kind, name) in Parse(reader))
            {
                // Keyed as a prompt word: the tokenizer's folding, one token or none.
                PromptTokenizer.Tokenize(name, tokens);
                if (tokens.SequenceCount != 1)
                {
                    continue;
                }

                (kind == "given" ? given : family).Add(tokens.TextOf(in tokens[0]).ToString());
            }

            return new NameTable(given, family);
        }

        internal static IEnumerable<(string Kind, string Name)> Parse(TextReader reader)
        {
            while (reader.ReadLine() is { } line)
            {
                if (line.Length == 0 || line[0] == '#')
                {
                    continue;
                }

                var parts = line.Split('\t');
                if (parts.Length != 3 || parts[0] is not ("given" or "family") || parts[2].Length == 0)
                {
                    throw new InvalidDataException($"script-name-pairs.tsv: expected kind, language and name: '{line}'.");
                }

                yield return (parts[0], parts[2]);
            }
        }
    }
}
