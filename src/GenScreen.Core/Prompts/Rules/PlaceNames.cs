using System.Globalization;
using System.Text;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// A real place whose name is or holds a sexual word (Dildo in Newfoundland, Fucking in Austria, Sexbierum, Scunthorpe,
/// Gröna Lund, Pussy in Savoie): read as the place, the name raises no sexual signal. The names are a gazetteer
/// (Rules/Data/place-names.tsv, facts from Wikipedia/GeoNames), matched as a whole name of one to three words around the
/// sexual match, and only when the prompt places it: a preposition of place before it (<c>in Scunthorpe</c>,
/// <c>på Gröna Lund</c>), a place noun beside it in the same tag (<c>village sign</c>, <c>Ortsschild</c>, <c>harbour</c>), or
/// one of its regions nearby (<c>Newfoundland</c>, <c>Oberösterreich</c>). A name written in lower case needs its region
/// and a place word; a possessive before it (<c>her pussy</c>) is a body word, never a place.
/// </summary>
/// <remarks>
/// Asked only when a sexual term is added (<see cref="SignalSummary.Add"/>), which benign prompts rarely reach; every look
/// is bounded (three words each side, <see cref="RegionWindow"/> characters for a region): linear, no regex.
/// </remarks>
internal static class PlaceNames
{
    private const int MaxNameWords = 3;
    private const int CueWords = 3;
    private const int PrepWords = 2;

    /// <summary>How far (characters) from the name a region word is looked for, either side.</summary>
    private const int RegionWindow = 80;

    /// <summary>A stem shorter than this must be a whole word (<c>by</c>, <c>see</c>); a longer one may stand inside a compound (Ortsschild).</summary>
    private const int MinInnerStem = 4;

    private sealed class Table
    {
        public Dictionary<string, string[]> Regions { get; } = new(StringComparer.Ordinal);

        public List<string> Nouns { get; } = [];

        public HashSet<string> Preps { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Own { get; } = new(StringComparer.Ordinal);

        /// <summary>Places written in an unspaced script, as written (NFC), found inside their run.</summary>
        public List<string> Unspaced { get; } = [];

        /// <summary>Folded first letter of every name: a cheap gate before words are folded.</summary>
        public HashSet<char> Initials { get; } = [];
    }

    private static readonly Lazy<Table> Data = new(Load);

    /// <summary>Is the sexual match at [<paramref name="start"/>, <paramref name="end"/>) of <paramref name="source"/> part of a listed place name the prompt places?</summary>
    public static bool Covers(string source, int start, int end)
    {
        if (start < 0 || end > source.Length || start >= end)
        {
            return false;
        }

        var table = Data.Value;

        // The words around the match: at most two before and two after it, joined by spaces or hyphens only.
        Span<(int Start, int End)> words = stackalloc (int, int)[1 + (2 * (MaxNameWords - 1))];
        var (ws, we) = WordAround(source, start, end);
        if (ws >= we)
        {
            return false;
        }

        // A script written without spaces (Thai, kana) runs the place into its sentence (หน้าผาในซัสเซ็กซ์, サセックスの崖):
        // a listed transliteration of the place found around the match is the place (session 28).
        if (IsUnspaced(source[start]))
        {
            return UnspacedCovers(source, start, end, table);
        }

        var centre = MaxNameWords - 1;
        words[centre] = (ws, we);
        var first = centre;
        for (var k = centre - 1; k >= 0; k--)
        {
            var previous = PreviousWord(source, words[k + 1].Start, allowHyphen: true);
            if (previous.Start < 0)
            {
                break;
            }

            words[k] = previous;
            first = k;
        }

        var last = centre;
        for (var k = centre + 1; k < words.Length; k++)
        {
            var next = NextWord(source, words[k - 1].End, allowHyphen: true);
            if (next.Start < 0)
            {
                break;
            }

            words[k] = next;
            last = k;
        }

        // Longest name first: "Gröna Lund" before "Lund", "Dildo Island" before "Dildo".
        for (var length = MaxNameWords; length >= 1; length--)
        {
            for (var from = Math.Max(first, centre - length + 1); from <= centre && from + length - 1 <= last; from++)
            {
                WorkCounter.Add(1);
                var ns = words[from].Start;
                var ne = words[from + length - 1].End;
                if (!table.Initials.Contains(Fold(source[ns])))
                {
                    continue;
                }

                var name = FoldWords(source, ns, ne);
                if (!table.Regions.TryGetValue(name, out var regions)
                    && !(name.EndsWith('s') && table.Regions.TryGetValue(name[..^1], out regions)))
                {
                    continue; // Lunds domkyrka, Essex's: a genitive s is the same place
                }

                return IsPlaced(source, ns, ne, regions, table);
            }
        }

        return false;
    }

    private static bool IsPlaced(string source, int ns, int ne, string[] regions, Table table)
    {
        var before = PreviousWord(source, ns, allowHyphen: false);
        if (before.Start >= 0 && table.Own.Contains(FoldWords(source, before.Start, before.End)))
        {
            return false; // her pussy, his dildo
        }

        // A script without capitals (Devanagari, Bengali, Arabic) writes a foreign place in letters of its own, as specific
        // as a capitalised name: ससेक्स के समुद्र तट, Sussex's beaches (session 28).
        var capital = char.IsUpper(source[ns]) || CharUnicodeInfo.GetUnicodeCategory(source[ns]) == UnicodeCategory.OtherLetter;
        var atStart = source.AsSpan(0, ns).Trim().IsEmpty;
        var region = RegionNear(source, ns, ne, regions);
        var noun = NounNear(source, ns, ne, table);
        var prep = PrepBefore(source, ns, table);
        return (capital && !atStart && (prep || noun || region))
            || (capital && atStart && (noun || region))
            || (region && (noun || prep));
    }

    /// <summary>Thai and kana: scripts that put no space between words.</summary>
    private static bool IsUnspaced(char c) => c is >= '\u0E00' and <= '\u0E7F' or >= '\u3040' and <= '\u30FF';

    /// <summary>A listed place of an unspaced script whose letters hold the match, within the run around it.</summary>
    private static bool UnspacedCovers(string source, int start, int end, Table table)
    {
        foreach (var name in table.Unspaced)
        {
            WorkCounter.Add(1);
            var from = Math.Max(0, end - name.Length);
            var to = Math.Min(source.Length, start + name.Length);
            if (to - from >= name.Length && source.AsSpan(from, to - from).IndexOf(name, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool PrepBefore(string source, int ns, Table table)
    {
        var at = ns;
        for (var k = 0; k < PrepWords; k++)
        {
            var word = PreviousWord(source, at, allowHyphen: false);
            if (word.Start < 0)
            {
                return false;
            }

            if (table.Preps.Contains(FoldWords(source, word.Start, word.End)))
            {
                return true;
            }

            at = word.Start;
        }

        return false;
    }

    private static bool NounNear(string source, int ns, int ne, Table table)
    {
        var at = ns;
        for (var k = 0; k < CueWords; k++)
        {
            var word = PreviousWord(source, at, allowHyphen: true);
            if (word.Start < 0)
            {
                break;
            }

            if (IsNoun(FoldWords(source, word.Start, word.End), table))
            {
                return true;
            }

            at = word.Start;
        }

        at = ne;
        for (var k = 0; k < CueWords; k++)
        {
            var word = NextWord(source, at, allowHyphen: true);
            if (word.Start < 0)
            {
                break;
            }

            if (IsNoun(FoldWords(source, word.Start, word.End), table))
            {
                return true;
            }

            at = word.End;
        }

        return false;
    }

    private static bool IsNoun(string word, Table table)
    {
        foreach (var stem in table.Nouns)
        {
            WorkCounter.Add(1);
            if (stem.Length >= MinInnerStem ? word.Contains(stem, StringComparison.Ordinal) : word == stem)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A region word of the place within <see cref="RegionWindow"/> characters either side, across tags (<c>Dildo, Newfoundland</c>).</summary>
    private static bool RegionNear(string source, int ns, int ne, string[] regions)
    {
        if (regions.Length == 0)
        {
            return false;
        }

        var from = Math.Max(0, ns - RegionWindow);
        var to = Math.Min(source.Length, ne + RegionWindow);
        var window = FoldWords(source, from, to);
        WorkCounter.Add(to - from);
        foreach (var region in regions)
        {
            var at = window.IndexOf(region, StringComparison.Ordinal);
            while (at >= 0)
            {
                var startOk = at == 0 || !char.IsLetter(window[at - 1]);
                var endOk = at + region.Length >= window.Length || !char.IsLetter(window[at + region.Length]);
                if (startOk && endOk)
                {
                    return true;
                }

                at = window.IndexOf(region, at + 1, StringComparison.Ordinal);
            }
        }

        return false;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static (int Start, int End) WordAround(string source, int start, int end)
    {
        var ws = start;
        while (ws > 0 && IsWordChar(source[ws - 1]))
        {
            ws--;
        }

        var we = Math.Max(end, ws);
        while (we < source.Length && IsWordChar(source[we]))
        {
            we++;
        }

        return (ws, we);
    }

    /// <summary>The word before <paramref name="at"/>, when only spaces (or a hyphen) stand between: no tag break crossed.</summary>
    private static (int Start, int End) PreviousWord(string source, int at, bool allowHyphen)
    {
        var i = at;
        while (i > 0 && (source[i - 1] == ' ' || (allowHyphen && source[i - 1] == '-')))
        {
            i--;
        }

        if (i == at && at > 0 && source[at - 1] != ' ')
        {
            return (-1, -1);
        }

        var end = i;
        while (i > 0 && IsWordChar(source[i - 1]))
        {
            i--;
        }

        return i < end ? (i, end) : (-1, -1);
    }

    private static (int Start, int End) NextWord(string source, int at, bool allowHyphen)
    {
        var i = at;
        while (i < source.Length && (source[i] == ' ' || (allowHyphen && source[i] == '-')))
        {
            i++;
        }

        if (i == at)
        {
            return (-1, -1);
        }

        var start = i;
        while (i < source.Length && IsWordChar(source[i]))
        {
            i++;
        }

        return i > start ? (start, i) : (-1, -1);
    }

    /// <summary>
    /// <see cref="Fold"/>'s answer per non-ASCII character, filled at first use ('\0': not yet asked; no character folds to
    /// it but '\0', which is ASCII and never stored). Session 33 (i16-speed41): the fold was a string and an ICU
    /// normalisation per word start that <see cref="Covers"/> tried, 4 % of a flagged bulk line's screening. A character's
    /// fold depends on the character alone, so the table answers as the call did; two threads that fill the same slot
    /// write the same char (a single aligned write), so no lock is needed.
    /// </summary>
    private static readonly char[] FoldedChars = new char[65536];

    internal static char Fold(char c)
    {
        var lower = InvariantLower.Of(c);
        if (lower < 0x80 || char.IsSurrogate(lower))
        {
            return lower;
        }

        var folded = FoldedChars[c];
        if (folded == '\0')
        {
            folded = FoldedChars[c] = FoldByNormalizing(lower);
        }

        return folded;
    }

    private static char FoldByNormalizing(char lower)
    {
        var decomposed = lower.ToString().Normalize(NormalizationForm.FormD);
        return decomposed.Length > 0 ? decomposed[0] : lower;
    }

    /// <summary>Lower case, accents removed, every run of non-letters one space (a name is compared as folded words).</summary>
    private static string FoldWords(string source, int from, int to) => FoldText(source.AsSpan(from, to - from));

    private static string FoldText(ReadOnlySpan<char> text)
    {
        // Surrogates (emoji) are no letters of a name; a window may also cut a pair in half, which Normalize refuses.
        var lower = InvariantLower.Of(text.ToString());
        if (lower.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF'))
        {
            lower = string.Create(lower.Length, lower, static (span, from) =>
            {
                for (var k = 0; k < span.Length; k++)
                {
                    span[k] = char.IsSurrogate(from[k]) ? ' ' : from[k];
                }
            });
        }

        var decomposed = lower.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (space && folded.Length > 0)
                {
                    folded.Append(' ');
                }

                folded.Append(c);
                space = false;
            }
            else
            {
                space = true;
            }
        }

        return folded.ToString();
    }

    /// <summary>Reads the shipped table; a malformed row throws (tests read the shipped file).</summary>
    private static Table Load()
    {
        var table = new Table();
        RuleDataFile.ReadKindRows("place-names.tsv", cells =>
        {
            switch (cells[0])
            {
                case "place" when cells.Length == 5 && cells[1].Trim().Length > 0 && cells[4].Trim().Length > 0:
                    var name = FoldText(cells[1].Trim());
                    var regions = cells[3] == "-" ? [] : cells[3].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(r => FoldText(r)).ToArray();
                    table.Regions[name] = table.Regions.TryGetValue(name, out var known) ? [.. known, .. regions] : regions;
                    table.Initials.Add(name[0]);
                    if (IsUnspaced(cells[1].Trim()[0]))
                    {
                        table.Unspaced.Add(cells[1].Trim().Normalize());
                    }

                    return true;
                case "noun" when cells.Length == 3:
                    table.Nouns.Add(FoldText(cells[2].Trim()));
                    return true;
                case "prep" when cells.Length == 3:
                    table.Preps.Add(FoldText(cells[2].Trim()));
                    return true;
                case "own" when cells.Length == 3:
                    table.Own.Add(FoldText(cells[2].Trim()));
                    return true;
                default:
                    return false;
            }
        });

        return table;
    }

    /// <summary>For tests: the places, place nouns and prepositions of the shipped table.</summary>
    internal static (int Places, int Nouns, int Preps) Counts => (Data.Value.Regions.Count, Data.Value.Nouns.Count, Data.Value.Preps.Count);
}
