using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// A word read as a person's name that stands right before an institution noun, or whose span holds one, names the
/// institution, not a person: "балерина Большого театра" (a Bolshoi ballerina: Большого read as a name beside a role, and
/// балерина Большого keyed by sound as a listed footballer), "солістка Національної опери", "ballerina della Scala",
/// "modelka ASP" (the Academy of Fine Arts). The nouns are data (Rules/Data/institution-nouns.tsv): theatres, opera and
/// ballet houses, academies, conservatories, universities, museums, orchestras, galleries, circuses (session 30,
/// i16-precision36).
/// </summary>
/// <remarks>
/// Not a loosening of the listed names: a listed person written as listed in Latin letters is never set aside ("Maria
/// Callas, opera"); a listed person is set aside only when the prompt's words were matched by sound in another script,
/// which is where ordinary words spell names by chance. Asked only when a real-person signal is added
/// (<see cref="SignalSummary.Add"/>); reads the words of the span and the one word after it, each looked up once: linear.
/// </remarks>
internal static class InstitutionNames
{
    /// <summary>The most characters read of the span (a name of a few words).</summary>
    private const int MaxSpan = 64;

    private sealed class Table
    {
        public HashSet<string> Words { get; } = new(StringComparer.Ordinal);

        public List<string> Stems { get; } = [];

        /// <summary>
        /// The stems again, for <see cref="IsNoun"/>: a word starts with a stem exactly when its first (stem length)
        /// characters are that stem, so one look-up per distinct stem length (a handful) answers what a loop over every stem
        /// (180 of them, 10 % of a flagged line's CPU on the bulk file: docs/performance.md, session 35) did.
        /// </summary>
        public HashSet<string> StemSet { get; } = new(StringComparer.Ordinal);

        /// <summary>The distinct lengths of <see cref="StemSet"/>'s stems, ascending.</summary>
        public int[] StemLengths { get; set; } = [];

        public List<string> Phrases { get; } = [];
    }

    private static readonly Lazy<Table> Data = new(Load);

    /// <summary>Is the person evidence <paramref name="term"/> at [<paramref name="start"/>, <paramref name="end"/>) an institution's name?</summary>
    public static bool IsInstitution(string source, Signal signal, string term, int start, int end)
    {
        if (signal is not (Signal.RealPerson or Signal.RealPersonLikely or Signal.RealPersonHint) || start < 0 || end > source.Length
            || start >= end || end - start > MaxSpan)
        {
            return false;
        }

        var span = source.AsSpan(start, end - start);
        if (signal == Signal.RealPerson && (span.Equals(term, StringComparison.OrdinalIgnoreCase) || HasLatinLetter(span)))
        {
            return false; // written as listed, or in Latin letters: the listed person
        }

        var table = Data.Value;

        // A word of the span (Teatru Wielkiego, modelka ASP, ballerina della Scala).
        var at = 0;
        while (at < span.Length)
        {
            WorkCounter.Add(1);
            while (at < span.Length && !IsWordChar(span[at]))
            {
                at++;
            }

            var wordStart = at;
            while (at < span.Length && IsWordChar(span[at]))
            {
                at++;
            }

            if (at > wordStart && IsNoun(span[wordStart..at], table))
            {
                return true;
            }
        }

        // The word right after it, past spaces and a closing quote (Большого театра, Національної опери).
        var next = end;
        while (next < source.Length && next - end < 3 && source[next] is ' ' or '\u00A0' or '»' or '"' or '\u201D' or '\u201C')
        {
            next++;
        }

        if (next == end || next >= source.Length)
        {
            return false;
        }

        var after = next;
        while (after < source.Length && IsWordChar(source[after]))
        {
            after++;
        }

        if (after > next && IsNoun(source.AsSpan(next, after - next), table))
        {
            return true;
        }

        foreach (var phrase in table.Phrases)
        {
            WorkCounter.Add(1);
            if (source.AsSpan(next).StartsWith(phrase, StringComparison.OrdinalIgnoreCase)
                && (next + phrase.Length == source.Length || !IsWordChar(source[next + phrase.Length])))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNoun(ReadOnlySpan<char> word, Table table)
    {
        Span<char> lower = stackalloc char[Math.Min(word.Length, MaxSpan)];
        var n = InvariantLower.Write(word[..lower.Length], lower);
        var key = lower[..n];
        if (table.Words.GetAlternateLookup<ReadOnlySpan<char>>().Contains(key))
        {
            return true;
        }

        var stems = table.StemSet.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var length in table.StemLengths)
        {
            WorkCounter.Add(1);
            if (length > key.Length)
            {
                break;
            }

            if (stems.Contains(key[..length]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasLatinLetter(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= '\u00C0' and <= '\u024F')
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c)
        || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    /// <summary>Reads the shipped table; a malformed row throws (tests read the shipped file).</summary>
    private static Table Load()
    {
        var table = new Table();
        RuleDataFile.ReadKindRows("institution-nouns.tsv", cells =>
        {
            if (cells.Length != 2 || cells[1].Length == 0)
            {
                return false;
            }

            var word = cells[1].Normalize().ToLowerInvariant();
            if (word.Contains(' '))
            {
                table.Phrases.Add(word);
            }
            else if (word[^1] == '*')
            {
                table.Stems.Add(word[..^1]);
            }
            else
            {
                table.Words.Add(word);
            }

            return true;
        });
        table.StemSet.UnionWith(table.Stems);
        table.StemLengths = [.. table.StemSet.Select(s => s.Length).Distinct().Order()];
        return table;
    }

    /// <summary>For tests: the words, stems and phrases of the shipped table.</summary>
    internal static (int Words, int Stems, int Phrases) Counts => (Data.Value.Words.Count, Data.Value.Stems.Count, Data.Value.Phrases.Count);

    /// <summary>For tests: is <paramref name="word"/> a noun of the shipped table (its word set or a stem it starts with)?</summary>
    internal static bool IsNounForTests(string word) => IsNoun(word, Data.Value);

    /// <summary>For tests: the shipped stems, for a reference answer by a loop over all of them.</summary>
    internal static IReadOnlyList<string> StemsForTests => Data.Value.Stems;

    /// <summary>For tests: the shipped whole words.</summary>
    internal static IReadOnlyCollection<string> WordsForTests => Data.Value.Words;
}
