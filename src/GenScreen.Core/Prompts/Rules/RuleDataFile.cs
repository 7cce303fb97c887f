using GenScreen.Core.Prompts.Lexicons;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// The rule tables that ship inside this assembly (Prompts/Rules/Data, embedded as <c>GenScreen.Rules.&lt;file name&gt;</c>
/// by GenScreen.Core.csproj). One place opens them, so a table missing from a build fails the same way for every rule.
/// </summary>
internal static class RuleDataFile
{
    /// <summary>A reader over the embedded file (disposing it disposes the resource stream).</summary>
    /// <exception cref="InvalidOperationException">The file is not embedded in this build.</exception>
    public static StreamReader Open(string fileName)
    {
        var stream = typeof(RuleDataFile).Assembly.GetManifestResourceStream("GenScreen.Rules." + fileName)
            ?? throw new InvalidOperationException($"Embedded {fileName} is missing.");
        return new StreamReader(stream);
    }

    /// <summary>
    /// The embedded files one after the other as one table, a line break between each (the cue tables whose later rounds add
    /// their kinds to an earlier table's reader: person-act and intimate-frame cues).
    /// </summary>
    /// <exception cref="InvalidOperationException">A file is not embedded in this build.</exception>
    public static StringReader Joined(params string[] fileNames)
    {
        var texts = new string[fileNames.Length];
        for (var i = 0; i < fileNames.Length; i++)
        {
            using var reader = Open(fileNames[i]);
            texts[i] = reader.ReadToEnd();
        }

        return new StringReader(string.Join("\n", texts));
    }

    /// <summary>
    /// The rows of a rule table: every line but blank ones and <c>#</c> comments, the one reading of the tables' format
    /// (written out in each table's loader until session 20).
    /// </summary>
    public static IEnumerable<string> Rows(TextReader reader)
    {
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            yield return line;
        }
    }

    /// <summary>
    /// Reads a tab-separated table whose first cell names the row's kind: each row's cells go to <paramref name="readRow"/>, which
    /// says whether it took the row; a row it does not take throws, naming the table and the row, so a mistyped shipped row fails
    /// the table's load (and its tests) instead of being dropped.
    /// </summary>
    /// <exception cref="InvalidDataException">A row <paramref name="readRow"/> did not take.</exception>
    public static void ReadKindRows(string fileName, Func<string[], bool> readRow)
    {
        using var reader = Open(fileName);
        foreach (var line in Rows(reader))
        {
            if (!readRow(line.Split('\t')))
            {
                throw new InvalidDataException($"{fileName}: malformed row '{line}'.");
            }
        }
    }

    /// <summary>
    /// Reads a cue table of rows "kind, language, cue" (tab-separated) into the trimmed cues of each of <paramref name="kinds"/>,
    /// in file order: the shape of surroundings-cues.tsv and nude-artwork-cues.tsv. A row of another kind, with a missing cell
    /// or an empty cue throws, naming the table, its kinds and the row.
    /// </summary>
    /// <exception cref="InvalidDataException">A malformed row.</exception>
    public static Dictionary<string, string[]> CueLists(TextReader reader, string fileName, params string[] kinds) =>
        KindLists(reader, fileName, kinds, 3, ", a language and a cue").ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);

    /// <summary>
    /// Reads a word table of rows "kind, word" (tab-separated) into one set a kind: the slot-word tables a reader keeps out of
    /// its code (capital-stage-slots.tsv). A row of another kind, with a missing cell or an empty word throws, and so does a
    /// kind with no row, naming the table: a table that failed to load never leaves a reader with an empty set.
    /// </summary>
    /// <exception cref="InvalidDataException">A malformed row or a kind without rows.</exception>
    public static Dictionary<string, CompactWordSet> WordSets(string fileName, params string[] kinds)
    {
        using var reader = Open(fileName);
        return WordSets(reader, fileName, kinds);
    }

    /// <summary>The word sets of <paramref name="reader"/>'s table (see <see cref="WordSets(string, string[])"/>).</summary>
    /// <exception cref="InvalidDataException">A malformed row or a kind without rows.</exception>
    public static Dictionary<string, CompactWordSet> WordSets(TextReader reader, string fileName, params string[] kinds)
    {
        var lists = KindLists(reader, fileName, kinds, 2, " and a word");
        foreach (var (kind, list) in lists)
        {
            if (list.Count == 0)
            {
                throw new InvalidDataException($"{fileName}: no row of kind {kind}.");
            }
        }

        return lists.ToDictionary(p => p.Key, p => new CompactWordSet(p.Value), StringComparer.Ordinal);
    }

    /// <summary>
    /// The trimmed last cells of a table's rows by their kind (the first cell), in file order: each row has
    /// <paramref name="cellCount"/> cells, a kind of <paramref name="kinds"/> and a last cell that is not blank, or the read
    /// throws, naming the table, its kinds, what a row holds (<paramref name="cellsSaid"/>) and the row.
    /// </summary>
    private static Dictionary<string, List<string>> KindLists(TextReader reader, string fileName, string[] kinds, int cellCount, string cellsSaid)
    {
        var lists = kinds.ToDictionary(kind => kind, _ => new List<string>(), StringComparer.Ordinal);
        foreach (var line in Rows(reader))
        {
            var cells = line.Split('\t');
            if (cells.Length != cellCount || !lists.TryGetValue(cells[0], out var list) || cells[^1].Trim().Length == 0)
            {
                throw new InvalidDataException($"{fileName}: a row needs a kind ({string.Join(", ", kinds)}){cellsSaid}: '{line}'.");
            }

            list.Add(cells[^1].Trim());
        }

        return lists;
    }

    /// <summary>
    /// A one-word-a-row list of an embedded file (rows trimmed), loaded on first use: the given-name, family-name and
    /// ordinary-word lists a rule reads only when its rare shape turns up.
    /// </summary>
    public static Lazy<CompactWordSet> LazyWords(string fileName) => new(() =>
    {
        using var reader = Open(fileName);
        return new CompactWordSet(Rows(reader).Select(row => row.Trim()).ToList());
    });
}
