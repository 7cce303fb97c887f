namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// Names that stand for no real, living person (Rules/Data/named-figures.tsv, session 29, i16-precision33): the couples and
/// figures of scripture and myth (<c>Adam en Eva als echtpaar</c>, <c>Venus and Mars</c>) and feast days named after a saint
/// (<c>вінок на Івана Купала</c>). A real-person signal (listed, likely or hinted) whose words overlap one of these phrases is no
/// person: the phrase is a scene or a date. Asked only when such a signal is added (<see cref="SignalSummary.Add"/>), which
/// benign prompts rarely reach; the phrases are found by their first word, at the signal's start or at most
/// <see cref="WordsBefore"/> words before it (a dictionary lookup per word, no scan of the table), and the few phrases of
/// unspaced scripts by a bounded search around the signal: linear, no regex.
/// </summary>
internal static class NamedFigures
{
    private const int WordsBefore = 3;

    /// <summary>How far (characters) around the signal an unspaced phrase (アダムとイブ) is looked for.</summary>
    private const int UnspacedWindow = 16;

    private sealed class Table
    {
        public Dictionary<string, List<string>> ByFirstWord { get; } = new(StringComparer.OrdinalIgnoreCase);

        public List<string> Unspaced { get; } = [];
    }

    private static readonly Lazy<Table> Data = new(Load);

    /// <summary>Does the signal at [<paramref name="start"/>, <paramref name="end"/>) of <paramref name="source"/> lie in a listed figure or feast name?</summary>
    public static bool Covers(string source, int start, int end)
    {
        if (start < 0 || end > source.Length || start >= end)
        {
            return false;
        }

        var table = Data.Value;
        var at = start;
        while (at > 0 && char.IsLetter(source[at - 1]))
        {
            at--; // the signal may start inside a word (a joined particle)
        }

        for (var k = 0; k <= WordsBefore && at >= 0; k++)
        {
            var wordEnd = at;
            while (wordEnd < source.Length && (char.IsLetter(source[wordEnd]) || IsMark(source[wordEnd])))
            {
                wordEnd++;
            }

            if (wordEnd > at && table.ByFirstWord.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(source.AsSpan(at, wordEnd - at), out var phrases))
            {
                foreach (var phrase in phrases)
                {
                    var phraseEnd = at + phrase.Length;
                    if (phraseEnd <= source.Length && phraseEnd > start
                        && source.AsSpan(at, phrase.Length).Equals(phrase, StringComparison.OrdinalIgnoreCase)
                        && (phraseEnd == source.Length || !char.IsLetter(source[phraseEnd])))
                    {
                        return true;
                    }
                }
            }

            // The word before: back over the separator, then to the word's start.
            var before = at - 1;
            while (before >= 0 && !char.IsLetter(source[before]))
            {
                if (source[before] is ',' or ';' or '.' or ':' or '\n')
                {
                    before = -1;
                    break;
                }

                before--;
            }

            if (before < 0)
            {
                break;
            }

            while (before > 0 && (char.IsLetter(source[before - 1]) || IsMark(source[before - 1])))
            {
                before--;
            }

            at = before;
        }

        if (table.Unspaced.Count > 0)
        {
            var from = Math.Max(0, start - UnspacedWindow);
            var to = Math.Min(source.Length, end + UnspacedWindow);
            var window = source.AsSpan(from, to - from);
            foreach (var phrase in table.Unspaced)
            {
                var found = window.IndexOf(phrase, StringComparison.Ordinal);
                if (found >= 0 && from + found < end && start < from + found + phrase.Length)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsMark(char c) => char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    private static Table Load()
    {
        var table = new Table();
        RuleDataFile.ReadKindRows("named-figures.tsv", cells =>
        {
            if (cells.Length != 3 || cells[0] is not ("pair" or "feast" or "figure") || cells[2].Trim().Length == 0)
            {
                return false;
            }

            var phrase = cells[2].Trim().Normalize();
            if (Scripts.ContainsThai(phrase) || phrase.Any(c => c is >= '\u3040' and <= '\u30FF' or >= '\u4E00' and <= '\u9FFF' or >= '\uAC00' and <= '\uD7AF'))
            {
                table.Unspaced.Add(phrase);
                return true;
            }

            var space = phrase.IndexOfAny([' ', '-']);
            var first = space < 0 ? phrase : phrase[..space];
            if (!table.ByFirstWord.TryGetValue(first, out var list))
            {
                table.ByFirstWord[first] = list = [];
            }

            list.Add(phrase);
            return true;
        });
        return table;
    }
}
