namespace GenScreen.Core.Prompts.Lexicons;

/// <summary>
/// What it takes to see a personal name in Japanese, Chinese or Korean text when the name is in no list: Japanese
/// family and given names with their readings (ipadic), the ordinary words that only look like such a pair, Chinese
/// family names, the honorifics written after a name and the public roles written before or after one. Immutable.
/// </summary>
internal sealed class CjkNameTable
{
    private readonly Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> _family;
    private readonly Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> _given;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _notNames;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _hanFamily;
    private readonly Dictionary<char, string[]> _honorifics;
    private readonly Dictionary<char, string[]> _roles;

    public CjkNameTable(
        Dictionary<string, string[]> family,
        Dictionary<string, string[]> given,
        HashSet<string> notNames,
        HashSet<string> hanFamily,
        IEnumerable<string> honorifics,
        IEnumerable<string> roles)
    {
        _family = family.GetAlternateLookup<ReadOnlySpan<char>>();
        _given = given.GetAlternateLookup<ReadOnlySpan<char>>();
        _notNames = notNames.GetAlternateLookup<ReadOnlySpan<char>>();
        _hanFamily = hanFamily.GetAlternateLookup<ReadOnlySpan<char>>();
        _honorifics = ByFirstChar(honorifics);
        _roles = ByFirstChar(roles);
        IsEmpty = family.Count == 0 && hanFamily.Count == 0 && _roles.Count == 0 && _honorifics.Count == 0;
    }

    public bool IsEmpty { get; }

    /// <summary>Katakana readings of a Japanese family name, or null.</summary>
    public string[]? FamilyReadings(ReadOnlySpan<char> word) => _family.TryGetValue(word, out var r) ? r : null;

    /// <summary>Katakana readings of a Japanese given name, or null.</summary>
    public string[]? GivenReadings(ReadOnlySpan<char> word) => _given.TryGetValue(word, out var r) ? r : null;

    /// <summary>An ordinary word that splits into a family and a given name.</summary>
    public bool IsNotName(ReadOnlySpan<char> word) => _notNames.Contains(word);

    /// <summary>A Chinese family name.</summary>
    public bool IsHanFamily(ReadOnlySpan<char> word) => _hanFamily.Contains(word);

    /// <summary>Length of the honorific <paramref name="run"/> starts with (longest first), or 0.</summary>
    public int HonorificAtStart(ReadOnlySpan<char> run) => LongestAtStart(_honorifics, run);

    /// <summary>Length of the honorific <paramref name="run"/> ends with, or 0.</summary>
    public int HonorificAtEnd(ReadOnlySpan<char> run) => LongestAtEnd(_honorifics, run);

    /// <summary>Length of the public role <paramref name="run"/> starts with, or 0.</summary>
    public int RoleAtStart(ReadOnlySpan<char> run) => LongestAtStart(_roles, run);

    /// <summary>Length of the public role <paramref name="run"/> ends with, or 0.</summary>
    public int RoleAtEnd(ReadOnlySpan<char> run) => LongestAtEnd(_roles, run);

    /// <summary>Where the first public role in <paramref name="run"/> ends (one pass, each role tried at each position), or -1.</summary>
    public int RoleEndIn(ReadOnlySpan<char> run, out int start)
    {
        for (start = 0; start < run.Length; start++)
        {
            var length = LongestAtStart(_roles, run[start..]);
            if (length > 0)
            {
                return start + length;
            }
        }

        start = -1;
        return -1;
    }

    /// <summary>Words grouped by their first character, longest first: a run position costs one lookup, not one per word.</summary>
    private static Dictionary<char, string[]> ByFirstChar(IEnumerable<string> words) =>
        words.Where(w => w.Length > 0).Distinct(StringComparer.Ordinal).GroupBy(w => w[0])
            .ToDictionary(g => g.Key, g => g.OrderByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal).ToArray());

    private static int LongestAtStart(Dictionary<char, string[]> words, ReadOnlySpan<char> run)
    {
        WorkCounter.Add(1);
        if (run.IsEmpty || !words.TryGetValue(run[0], out var candidates))
        {
            return 0;
        }

        foreach (var word in candidates)
        {
            WorkCounter.Add(1);
            if (run.StartsWith(word, StringComparison.Ordinal))
            {
                return word.Length;
            }
        }

        return 0;
    }

    /// <summary>The longest word <paramref name="run"/> ends with: tried from each of the last few start positions.</summary>
    private static int LongestAtEnd(Dictionary<char, string[]> words, ReadOnlySpan<char> run)
    {
        for (var start = Math.Max(0, run.Length - MaxWordLength); start < run.Length; start++)
        {
            WorkCounter.Add(1);
            if (words.TryGetValue(run[start], out var candidates))
            {
                foreach (var word in candidates)
                {
                    WorkCounter.Add(1);
                    if (word.Length == run.Length - start && run.EndsWith(word, StringComparison.Ordinal))
                    {
                        return word.Length;
                    }
                }
            }
        }

        return 0;
    }

    /// <summary>Longest honorific or role looked for at the end of a run.</summary>
    private const int MaxWordLength = 8;
}

/// <summary>Collects the name sections of every lexicon file (built-in first; a later file adds readings, never replaces them).</summary>
internal sealed class CjkNameTableBuilder
{
    private readonly Dictionary<string, string[]> _family = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]> _given = new(StringComparer.Ordinal);
    private readonly HashSet<string> _notNames = new(StringComparer.Ordinal);
    private readonly HashSet<string> _hanFamily = new(StringComparer.Ordinal);
    private readonly List<string> _honorifics = [];
    private readonly List<string> _roles = [];

    // Thousands of kanji spellings share a reading (やまだ, ひろし): one string per reading.
    private readonly StringPool _readings = new();

    public void Add(LexiconDocument doc)
    {
        AddReadings(doc.KanjiFamilyNames, _family, _readings);
        AddReadings(doc.KanjiGivenNames, _given, _readings);
        _notNames.UnionWith(doc.KanjiNotNames.Where(w => !string.IsNullOrWhiteSpace(w)).Select(w => w.Trim()));
        _hanFamily.UnionWith(doc.HanFamilyNames.Where(w => !string.IsNullOrWhiteSpace(w)).Select(w => w.Trim()));
        _honorifics.AddRange(doc.NameHonorifics.Where(w => !string.IsNullOrWhiteSpace(w)).Select(w => w.Trim()));
        _roles.AddRange(doc.CjkPublicRoles.Where(w => !string.IsNullOrWhiteSpace(w)).Select(w => w.Trim()));
    }

    public CjkNameTable Build() => new(_family, _given, _notNames, _hanFamily, _honorifics, _roles);

    private static void AddReadings(Dictionary<string, string> from, Dictionary<string, string[]> into, StringPool readingPool)
    {
        foreach (var (word, readings) in from)
        {
            if (string.IsNullOrWhiteSpace(word) || string.IsNullOrWhiteSpace(readings))
            {
                continue;
            }

            var split = readings.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            for (var i = 0; i < split.Length; i++)
            {
                split[i] = readingPool.Share(split[i]);
            }

            into[word] = into.TryGetValue(word, out var existing) ? [.. existing.Union(split, StringComparer.Ordinal)] : split;
        }
    }
}
