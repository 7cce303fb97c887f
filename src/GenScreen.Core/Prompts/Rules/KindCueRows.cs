namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// The row format shared by the character-scanning cue tables (<see cref="PersonActs"/>' person-act, act-order and act-part
/// cues; <see cref="IntimateFrames"/>' intimate-frame cues): <c>kind TAB language TAB cue</c>, the cue lower-cased, a trailing
/// <c>=</c> for a cue that must end a word, a leading <c>~</c> for one that may end a compound ("Promisextape"). One reader, so
/// both tables reject a malformed row with the same message and read the same marks.
/// </summary>
internal static class KindCueRows
{
    /// <summary>One parsed row: the kind's index in the table's kind names, the language code, the cue text and its marks.</summary>
    internal readonly record struct Row(int Kind, string Language, string Text, bool WordEnd, bool InWord);

    /// <summary>Every row of <paramref name="reader"/>; throws <see cref="InvalidDataException"/> naming
    /// <paramref name="table"/> at the first row whose kind is not one of <paramref name="kindNames"/> or whose cue is empty.</summary>
    public static List<Row> Read(TextReader reader, string[] kindNames, string table)
    {
        var kinds = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var k = 0; k < kindNames.Length; k++)
        {
            kinds[kindNames[k]] = k;
        }

        var rows = new List<Row>();
        foreach (var line in RuleDataFile.Rows(reader))
        {
            var cells = line.Split('\t');
            if (cells.Length != 3 || !kinds.TryGetValue(cells[0], out var kind) || cells[2].Trim().Length == 0)
            {
                throw new InvalidDataException($"{table}: a row needs a kind ({string.Join(", ", kindNames)}), a language and a cue: '{line}'.");
            }

            var text = cells[2].Trim().ToLowerInvariant();
            var inWord = text.StartsWith('~');
            if (inWord)
            {
                text = text[1..];
            }

            var wordEnd = text.EndsWith('=');
            rows.Add(new Row(kind, cells[1].Trim(), wordEnd ? text[..^1] : text, wordEnd, inWord));
        }

        return rows;
    }

    /// <summary>The cues grouped by their first character, the lookup both scanners make at each position.</summary>
    public static Dictionary<char, T[]> ByFirstChar<T>(IEnumerable<T> cues, Func<T, string> text) =>
        cues.GroupBy(c => text(c)[0]).ToDictionary(g => g.Key, g => g.ToArray());
}
