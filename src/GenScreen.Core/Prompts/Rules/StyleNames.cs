using GenScreen.Core.Prompts.Lexicons;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// A name in the slot where an image prompt names its style or its author (<c>in the style of Lucian Freud</c>, <c>painted by
/// Gustav Klimt</c>, <c>Egon Schiele style</c>, <c>à la manière de Modigliani</c>, <c>ルシアン・フロイド風</c>) is the author, not a
/// person the image depicts: "nude woman reclining, in the style of Lucian Freud" is a nude in a painter's manner, not a
/// sexualised real person. The slots are data (Rules/Data/style-names.tsv): phrases right before the name, words right
/// after it, and the artists.
/// </summary>
/// <remarks>
/// Not a loosening of the real-person rules: a listed person in a style slot is the author only when the artists' list
/// names them (an actress "in the style of" is a likeness, still a real person), and every other name of the prompt is
/// read as before ("Scarlett Johansson nude, in the style of Lucian Freud" stays blocked; "Lucian Freud naked in his
/// studio" depicts him). A likely real name (an unlisted given name and surname: "al estilo de Fernando Botero") in a
/// style slot is always its author. Asked only when a real-person signal is added (<see cref="SignalSummary.Add"/>); each
/// look is bounded by the longest marker: linear, no regex.
/// </remarks>
internal static class StyleNames
{
    /// <summary>How far before the name (characters) a marker may start: the longest marker and a space.</summary>
    private const int MaxBefore = 24;

    private sealed class Table
    {
        public List<string> Before { get; } = [];

        public List<string> After { get; } = [];

        public HashSet<string> Artists { get; } = new(StringComparer.OrdinalIgnoreCase);
    }

    private static readonly Lazy<Table> Data = new(Load);

    /// <summary>Is the real-person evidence <paramref name="term"/> at [<paramref name="start"/>, <paramref name="end"/>) the prompt's style or author?</summary>
    public static bool IsAuthor(string source, Signal signal, string term, int start, int end)
    {
        if (signal is not (Signal.RealPerson or Signal.RealPersonLikely) || start < 0 || end > source.Length || start >= end)
        {
            return false;
        }

        var table = Data.Value;
        if (signal == Signal.RealPerson && !table.Artists.Contains(term))
        {
            return false;
        }

        return MarkerBefore(source, start, end, table) || MarkerAfter(source, end, table)
            || (signal == Signal.RealPersonLikely && IsCreatorsCharacter(term, table));
    }

    /// <summary>Words that join a character to the artist who drew it: Valentina di Crepax, Barbarella de Forest, Tintin by Hergé.</summary>
    private static readonly string[] CreatorLinks = [" di ", " de ", " del ", " by ", " von ", " van ", " od ", " του ", " της "];

    /// <summary>
    /// A likely name "X di Y" whose Y is a listed artist is the artist's character, not a real person: "Valentina di Crepax, nudo"
    /// (Guido Crepax's heroine; batches 33-37; session 30, i16-precision36). Only an artist of the table: "Maria di Rossi" stays.
    /// </summary>
    private static bool IsCreatorsCharacter(string term, Table table)
    {
        foreach (var link in CreatorLinks)
        {
            WorkCounter.Add(1);
            var at = term.IndexOf(link, StringComparison.OrdinalIgnoreCase);
            if (at > 0 && table.Artists.Contains(term[(at + link.Length)..]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A marker ending right before the name (only spaces between), or one the evidence begins inside: a likely name read
    /// from "in der Art von Egon" starts at the marker's capitalised noun.
    /// </summary>
    private static bool MarkerBefore(string source, int start, int end, Table table)
    {
        var from = Math.Max(0, start - MaxBefore);
        var window = source.AsSpan(from, end - from);
        foreach (var marker in table.Before)
        {
            WorkCounter.Add(1);
            var at = window.LastIndexOf(marker, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                continue;
            }

            var markerStart = from + at;
            var markerEnd = markerStart + marker.Length;
            if ((markerStart > 0 && char.IsLetter(source[markerStart - 1])) || markerEnd >= end || char.IsLetter(source[markerEnd]))
            {
                continue; // inside another word ("tarzında" of "tarzındaki"), or the whole evidence
            }

            if (markerEnd <= start ? IsNameLead(source.AsSpan(markerEnd, start - markerEnd)) : markerStart < start)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Only spaces between the marker and the name, or the first parts of a hyphenated name the evidence does not hold
    /// ("painted by Jean-Auguste-Dominique Ingres", read as the likely name "Dominique Ingres").
    /// </summary>
    private static bool IsNameLead(ReadOnlySpan<char> gap)
    {
        // An opening quote between the marker and the name: the artwork the style is named after ("в духе «Русской Венеры»
        // Кустодиева", "homage to "Olympia""): session 30, i16-precision36.
        var lead = gap.TrimStart().TrimStart(OpeningQuotes).TrimStart();
        if (lead.IsEmpty)
        {
            return true;
        }

        // An article between the marker and the name: the painting the style is named after ("al estilo de la Maja de
        // Goya", read as the likely name "Maja de Goya"; "dans le style des Nymphéas"): session 28.
        var space = lead.IndexOf(' ');
        if (space > 0 && lead.Length < gap.Length && IsArticle(lead[..space]))
        {
            var rest = lead[(space + 1)..].TrimStart();
            return rest.IsEmpty || IsGivenNames(rest);
        }

        if (lead.Length == gap.Length)
        {
            return false;
        }

        if (lead[^1] != '-')
        {
            return IsGivenNames(lead);
        }

        foreach (var c in lead)
        {
            if (!char.IsLetter(c) && c != '-')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Quotes that open a title: guillemets, low-9 and curly quotes, the straight ones, CJK corner brackets.</summary>
    private const string OpeningQuotes = "\u00AB\u00BB\u201E\u201C\u201D\u2018\u2019\u201A\"'\u300C\u300E";

    /// <summary>A lower-case article of the languages whose style markers end in "of" (la, le, der, the, του): never a given name.</summary>
    private static bool IsArticle(ReadOnlySpan<char> word) => word is "la" or "le" or "les" or "el" or "los" or "las" or "il" or "lo"
        or "der" or "die" or "das" or "den" or "the" or "a" or "o" or "os" or "de" or "het" or "του" or "της" or "των";

    /// <summary>
    /// One or two capitalised words and a space (<c>Julio </c> of "estilo Julio Romero de Torres", read as the likely name
    /// "Romero de Torres"; session 26): the given names of the author the evidence does not hold. A lower-case word or
    /// anything but letters between the marker and the name is no part of it.
    /// </summary>
    private static bool IsGivenNames(ReadOnlySpan<char> lead)
    {
        if (lead.IsEmpty || lead[^1] != ' ')
        {
            return false;
        }

        var words = 0;
        var atWordStart = true;
        foreach (var c in lead)
        {
            if (c == ' ')
            {
                atWordStart = true;
                continue;
            }

            if (atWordStart)
            {
                if (!char.IsUpper(c) || ++words > 2)
                {
                    return false;
                }

                atWordStart = false;
            }
            else if (!char.IsLetter(c) && c != '-' && c != '.')
            {
                return false;
            }
        }

        return words > 0;
    }

    /// <summary>A marker word right after the name: a space or hyphen between, and for a Latin word nothing glued after it.</summary>
    private static bool MarkerAfter(string source, int end, Table table)
    {
        var rest = source.AsSpan(end);
        var skip = 0;
        while (skip < rest.Length && skip < 2 && rest[skip] is ' ' or '-' or '\u00A0')
        {
            skip++;
        }

        rest = rest[skip..];
        foreach (var marker in table.After)
        {
            WorkCounter.Add(1);
            if (rest.StartsWith(marker, StringComparison.OrdinalIgnoreCase)
                && (rest.Length == marker.Length || !char.IsAsciiLetter(marker[^1]) || !char.IsLetter(rest[marker.Length])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reads the shipped table; a malformed row throws (tests read the shipped file).</summary>
    private static Table Load()
    {
        var table = new Table();
        RuleDataFile.ReadKindRows("style-names.tsv", cells =>
        {
            switch (cells[0])
            {
                case "before" when cells.Length == 3 && cells[2].Length > 0:
                    table.Before.Add(cells[2].Normalize());
                    return true;
                case "after" when cells.Length == 3 && cells[2].Length > 0:
                    table.After.Add(cells[2].Normalize());
                    return true;
                case "artist" when cells.Length == 2 && cells[1].Length > 0:
                    table.Artists.Add(cells[1].Normalize());
                    return true;
                default:
                    return false;
            }
        });

        // Longest first, so "in the style of" is tried before "style of".
        table.Before.Sort((a, b) => b.Length.CompareTo(a.Length));
        return table;
    }

    /// <summary>For tests: the markers and artists of the shipped table.</summary>
    internal static (int Before, int After, int Artists) Counts => (Data.Value.Before.Count, Data.Value.After.Count, Data.Value.Artists.Count);
}
