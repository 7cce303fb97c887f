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
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _givenReadings;
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
        _givenReadings = new HashSet<string>(given.Values.SelectMany(r => r), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _honorifics = ByFirstChar(honorifics);
        _roles = ByFirstChar(roles);
        IsEmpty = family.Count == 0 && hanFamily.Count == 0 && _roles.Count == 0 && _honorifics.Count == 0;
    }

    public bool IsEmpty { get; }

    /// <summary>Katakana readings of a Japanese family name, or null (also of its old-form kanji folded: 渡邊 as 渡辺).</summary>
    public string[]? FamilyReadings(ReadOnlySpan<char> word) => Lookup(_family, word);

    /// <summary>Katakana readings of a Japanese given name, or null (also of its old-form kanji folded: 惠介 as 恵介).</summary>
    public string[]? GivenReadings(ReadOnlySpan<char> word) => Lookup(_given, word);

    /// <summary>
    /// Session 41 (i16-scriptnames49): Japanese names keep the old (kyūjitai) and variant forms of their kanji that the name lists
    /// (ipadic) spell in the new form: 惠 恵, 澤 沢, 邊 邉 辺, 齋 齊 斎 斉, 髙 高, 﨑 崎, 濱 浜, 櫻 桜, 廣 広, 嶋 島, 眞 真, 實 実, 德 徳,
    /// 條 条, 藏 蔵, 壽 寿, 榮 栄, 淺 浅, 澁 渋, 圓 円, 國 国, 會 会, 龜 亀, 彌 弥, 禮 礼, 增 増, 戶 戸, 步 歩, 莊 荘, 與 与, 惠. A name
    /// that is not found as written is looked up once more with them folded (stack copy, nothing allocated). Written for GenScreen
    /// from the Japanese character reform of 1946/1949 (public facts; MIT, this project).
    /// </summary>
    private const string OldForms = "惠澤邊邉齋齊髙﨑濱櫻廣嶋眞實德條藏壽榮淺澁圓國會龜彌禮增戶步莊與瀨槇";

    private const string NewForms = "恵沢辺辺斎斉高崎浜桜広島真実徳条蔵寿栄浅渋円国会亀弥礼増戸歩荘与瀬槙";

    private static readonly System.Buffers.SearchValues<char> OldFormSet = System.Buffers.SearchValues.Create(OldForms);

    private static string[]? Lookup(Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> table, ReadOnlySpan<char> word)
    {
        if (table.TryGetValue(word, out var found))
        {
            return found;
        }

        if (word.Length > 8 || word.IndexOfAny(OldFormSet) < 0)
        {
            return null;
        }

        Span<char> folded = stackalloc char[word.Length];
        for (var k = 0; k < word.Length; k++)
        {
            var at = OldForms.IndexOf(word[k], StringComparison.Ordinal);
            folded[k] = at < 0 ? word[k] : NewForms[at];
        }

        return table.TryGetValue(folded, out found) ? found : null;
    }

    /// <summary>
    /// Session 42 (i16-cjk50): whether <paramref name="katakana"/> is the reading of a Japanese given name of the lists (ヒカル,
    /// ミズキ, レイナ: ipadic's given names, the readings shared with their kanji spellings): a one-word stage name written in
    /// kana. Loanwords (ホテル, ビキニ, リアル) are no reading of a given name.
    /// </summary>
    public bool IsGivenReading(ReadOnlySpan<char> katakana) => _givenReadings.Contains(katakana);

    /// <summary>An ordinary word that splits into a family and a given name.</summary>
    public bool IsNotName(ReadOnlySpan<char> word) => _notNames.Contains(word);

    /// <summary>A Chinese family name.</summary>
    public bool IsHanFamily(ReadOnlySpan<char> word) => _hanFamily.Contains(word);

    /// <summary>
    /// Session 42 (i16-cjk50): traditional forms of family-name characters whose simplified form the table holds and whose own
    /// form it lacks (瀋 沈, 範 范, 鮑 鲍, 費 费, 齊 齐, 龐 庞, 項 项, 榮 荣, 寧 宁, 喬 乔, 簡 简…), and 範, the form writers of traditional
    /// text also use for the family name 范. Generated by pairing the table's simplified family characters with their traditional
    /// forms in the General Standard Chinese Characters table (2013; public facts; MIT, this project): the pairs the table lacks.
    /// </summary>
    private const string TraditionalFamilies = "瀋範鮑費鄔齊餘談龐項閔婁繆諸榮儲寧欒厲藺喬鬱聞黨闕鞏闞簡荊";

    private const string SimplifiedFamilies = "沈范鲍费邬齐余谈庞项闵娄缪诸荣储宁栾厉蔺乔郁闻党阙巩阚简荆";

    /// <summary>
    /// A Chinese family name of one character, also in its traditional form folded to the simplified one the table holds
    /// (<see cref="TraditionalFamilies"/>): read by the last-resort name reader only, where the slot already says a name stands.
    /// </summary>
    public bool IsHanFamilyFolded(char c)
    {
        if (_hanFamily.Contains([c]))
        {
            return true;
        }

        var at = TraditionalFamilies.IndexOf(c, StringComparison.Ordinal);
        return at >= 0 && _hanFamily.Contains([SimplifiedFamilies[at]]);
    }

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
