using System.Globalization;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// Children named only as absent: "a couple alone after the kids leave for university", "once the children are asleep",
/// "wenn die Kinder schlafen", "çocuklar uyuduktan sonra", "子供たちが寝た後". The child word stands in a clause of time
/// whose verb sends the children away or to sleep, so no child is in the image and the word raises no minor signal.
/// The clause is data (Rules/Data/child-absence.tsv): an opener at most three words before the child word (after, once,
/// when, nachdem, quand, cuando, когда), an away/asleep word at most five words after it in the same tag (leave, asleep,
/// at grandma's, schlafen, couchés, dormem), or a verb form that is the whole clause by itself (uyuduktan, 寝た後).
/// </summary>
/// <remarks>
/// Never a loosening of the image's own children: every other child word of the prompt is read as before ("when the
/// kids are asleep, he undresses the little girl" keeps "little girl"), and a pronoun later in the prompt that brings
/// the children back ("...he takes nude photos of them", "il les photographie") cancels the clause. Asked only when a
/// minor signal is added (<see cref="SignalSummary.Add"/>); each look is a bounded number of words: linear, no regex.
/// </remarks>
internal static class ChildAbsence
{
    private const int OpenerWords = 3;
    private const int GoneWords = 5;

    /// <summary>How many characters after the child word an unspaced marker (寝た後) is looked for.</summary>
    private const int UnspacedWindow = 12;

    /// <summary>A stem shorter than this must be the whole word (<c>bed</c>, <c>weg</c>); a longer one starts the word (<c>asleep</c>, <c>schlafen</c>).</summary>
    private const int MinStem = 4;

    private sealed class Table
    {
        public HashSet<string> Openers { get; } = new(StringComparer.Ordinal);

        public List<(string Stem, ulong Languages)> Gone { get; } = [];

        public Dictionary<string, ulong> SelfWords { get; } = new(StringComparer.Ordinal);

        public List<(string Marker, ulong Languages)> SelfUnspaced { get; } = [];

        /// <summary>Pronouns by the languages they are pronouns of: Swedish <c>dem</c> is a German article, Polish <c>ich</c> German "I".</summary>
        public Dictionary<string, ulong> Back { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, ulong> LanguageBits { get; } = new(StringComparer.Ordinal);

        public ulong BitOf(string language)
        {
            if (!LanguageBits.TryGetValue(language, out var bit))
            {
                LanguageBits[language] = bit = 1UL << LanguageBits.Count;
            }

            return bit;
        }
    }

    /// <summary>First code point of the CJK and Hangul blocks: text from here on is written without spaces between words.</summary>
    private const char UnspacedFrom = '\u2E80';

    private static readonly System.Buffers.SearchValues<char> ClauseBreaks = System.Buffers.SearchValues.Create(",;!?\n\u3001\u3002\uFF0C");

    private static readonly Lazy<Table> Data = new(Load);

    /// <summary>Is the child word at [<paramref name="start"/>, <paramref name="end"/>) of <paramref name="source"/> only named as absent?</summary>
    public static bool IsAbsent(string source, int start, int end)
    {
        if (start < 0 || end > source.Length || start >= end)
        {
            return false;
        }

        var table = Data.Value;
        var (clauseEnd, languages) = SelfMarked(source, end, table);
        if (clauseEnd < 0)
        {
            if (!OpenerBefore(source, start, table))
            {
                return false;
            }

            (clauseEnd, languages) = GoneAfter(source, end, table);
            if (clauseEnd < 0)
            {
                return false;
            }
        }

        return !BroughtBack(source, clauseEnd, languages, table);
    }

    private static bool OpenerBefore(string source, int start, Table table)
    {
        var at = start;
        Span<char> lower = stackalloc char[MaxWord];
        for (var k = 0; k < OpenerWords; k++)
        {
            WorkCounter.Add(1);
            var (ws, we) = PreviousWord(source, at);
            if (ws < 0)
            {
                return false;
            }

            if (we - ws <= MaxWord && table.Openers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(Lower(source.AsSpan(ws, we - ws), lower)))
            {
                return true;
            }

            at = ws;
        }

        return false;
    }

    /// <summary>The end of the away/asleep word within <see cref="GoneWords"/> words after the child word, in the same tag; -1 when none.</summary>
    private static (int End, ulong Languages) GoneAfter(string source, int end, Table table)
    {
        var at = end;
        for (var k = 0; k < GoneWords; k++)
        {
            var (ws, we) = NextWord(source, at);
            if (ws < 0)
            {
                return (-1, 0);
            }

            var word = InvariantLower.Of(source.AsSpan(ws, we - ws).ToString());
            var languages = 0UL;
            foreach (var (stem, language) in table.Gone)
            {
                WorkCounter.Add(1);
                if (stem.Length >= MinStem ? word.StartsWith(stem, StringComparison.Ordinal) : word == stem)
                {
                    languages |= language;
                }
            }

            if (languages != 0)
            {
                return (we, languages);
            }

            at = we;
        }

        return (-1, 0);
    }

    /// <summary>A verb form that is the clause by itself as the next word (uyuduktan), or an unspaced marker within a few characters (寝た後); its end, or -1.</summary>
    private static (int End, ulong Languages) SelfMarked(string source, int end, Table table)
    {
        var (ws, we) = NextWord(source, end);
        Span<char> lower = stackalloc char[MaxWord];
        if (ws >= 0 && we - ws <= MaxWord
            && table.SelfWords.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(Lower(source.AsSpan(ws, we - ws), lower), out var wordLanguages))
        {
            return (we, wordLanguages);
        }

        if (end >= source.Length || source[end] < UnspacedFrom)
        {
            return (-1, 0);
        }

        var window = source.AsSpan(end, Math.Min(UnspacedWindow, source.Length - end));
        var stop = window.IndexOfAny(ClauseBreaks);
        if (stop >= 0)
        {
            window = window[..stop];
        }

        foreach (var (marker, languages) in table.SelfUnspaced)
        {
            WorkCounter.Add(1);
            var at = window.IndexOf(marker, StringComparison.Ordinal);
            if (at >= 0)
            {
                return (end + at + marker.Length, languages);
            }
        }

        return (-1, 0);
    }

    /// <summary>A pronoun after the clause that brings the children back into the picture (them, les, sie, 他们).</summary>
    private static bool BroughtBack(string source, int from, ulong languages, Table table)
    {
        var i = from;
        while (i < source.Length)
        {
            WorkCounter.Add(1);
            if (!IsWordChar(source[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < source.Length && IsWordChar(source[i]))
            {
                i++;
            }

            var word = source.AsSpan(start, i - start);
            if (word[0] >= UnspacedFrom)
            {
                // An unspaced run: look for a listed pronoun inside it (他们, 彼ら).
                foreach (var (back, backLanguages) in table.Back)
                {
                    if (back[0] >= UnspacedFrom && (backLanguages & languages) != 0 && word.Contains(back, StringComparison.Ordinal))
                    {
                        return true;
                    }
                }

                continue;
            }

            if (table.Back.TryGetValue(InvariantLower.Of(word.ToString()), out var of) && (of & languages) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Longest word looked up (longer words are none of the table's).</summary>
    private const int MaxWord = 32;

    private static ReadOnlySpan<char> Lower(ReadOnlySpan<char> word, Span<char> buffer)
    {
        var written = InvariantLower.Write(word, buffer);
        return buffer[..Math.Max(0, written)];
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '\'' || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    /// <summary>The word before <paramref name="at"/> with only spaces between (no tag break crossed).</summary>
    private static (int Start, int End) PreviousWord(string source, int at)
    {
        var i = at;
        while (i > 0 && source[i - 1] == ' ')
        {
            i--;
        }

        var end = i;
        while (i > 0 && IsWordChar(source[i - 1]))
        {
            i--;
        }

        return i < end ? (i, end) : (-1, -1);
    }

    /// <summary>The word after <paramref name="at"/> with only spaces (or a possessive 's) between, in the same tag.</summary>
    private static (int Start, int End) NextWord(string source, int at)
    {
        var i = at;
        while (i < source.Length && (source[i] == ' ' || source[i] == '\u2019'))
        {
            i++;
        }

        var start = i;
        while (i < source.Length && IsWordChar(source[i]))
        {
            i++;
        }

        return i > start ? (start, i) : (-1, -1);
    }

    private static Table Load()
    {
        using var reader = RuleDataFile.Open("child-absence.tsv");
        var table = new Table();
        foreach (var line in RuleDataFile.Rows(reader))
        {
            var cells = line.Split('\t');
            if (cells.Length != 3 || cells[2].Trim().Length == 0)
            {
                throw new InvalidDataException($"child-absence.tsv: malformed row '{line}'.");
            }

            var word = cells[2].Trim().ToLowerInvariant();
            var language = table.BitOf(cells[1]);
            switch (cells[0])
            {
                case "open":
                    table.Openers.Add(word);
                    break;
                case "gone":
                    table.Gone.Add((word, language));
                    break;
                case "self" when word[0] >= UnspacedFrom:
                    table.SelfUnspaced.Add((word, language));
                    break;
                case "self":
                    table.SelfWords[word] = table.SelfWords.GetValueOrDefault(word) | language;
                    break;
                case "back":
                    table.Back[word] = table.Back.GetValueOrDefault(word) | language;
                    break;
                default:
                    throw new InvalidDataException($"child-absence.tsv: unknown kind in '{line}'.");
            }
        }

        return table;
    }

    /// <summary>For tests: the rows of the shipped table by kind.</summary>
    internal static (int Openers, int Gone, int Self, int Back) Counts => (Data.Value.Openers.Count, Data.Value.Gone.Count, Data.Value.SelfWords.Count + Data.Value.SelfUnspaced.Count, Data.Value.Back.Count);
}
