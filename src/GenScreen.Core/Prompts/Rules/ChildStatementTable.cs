using System.Buffers;
using System.Globalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>What a word or phrase of Rules/Data/child-statements.tsv does in a statement (<see cref="ChildStatements"/>).</summary>
[Flags]
internal enum ChildStatementKinds : ulong
{
    None = 0,
    NotYet = 1 << 0,
    TooSmall = 1 << 1,
    TooShort = 1 << 2,
    Negation = 1 << 3,
    Yet = 1 << 4,
    Skill = 1 << 5,
    Shared = 1 << 6,
    Reach = 1 << 7,
    GrownUps = 1 << 8,
    Apart = 1 << 9,
    Other = 1 << 10,
    Carry = 1 << 11,
    Parent = 1 << 12,
    Smallest = 1 << 13,
    Object = 1 << 14,
    Adult = 1 << 15,
    Relative = 1 << 16,
    Purpose = 1 << 17,
    Care = 1 << 18,
    Permission = 1 << 19,
    Permitted = 1 << 20,
    Thing = 1 << 21,
    Offspring = 1 << 22,
    Article = 1 << 23,
    Possessive = 1 << 24,
    Definite = 1 << 25,
    Reward = 1 << 26,
    Boost = 1 << 27,
    ReachTo = 1 << 28,
    Bringer = 1 << 29,
    Ritual = 1 << 30,
    Someone = 1u << 31,
    Owned = 1ul << 32,
    Pronoun = 1ul << 33,
}

/// <summary>The loaded table of <see cref="ChildStatements"/>: spaced words and phrases by text, unspaced entries as a list, and the trigger words.</summary>
internal sealed class ChildStatementTable
{
    /// <summary>Kinds whose words set off the reading of their clause; the others (negations, skills, adults) are common words read only there.</summary>
    private const ChildStatementKinds TriggerKinds = ChildStatementKinds.NotYet | ChildStatementKinds.TooSmall | ChildStatementKinds.TooShort
        | ChildStatementKinds.Yet | ChildStatementKinds.Reach | ChildStatementKinds.GrownUps | ChildStatementKinds.Parent
        | ChildStatementKinds.Smallest | ChildStatementKinds.Object | ChildStatementKinds.Permission | ChildStatementKinds.Thing
        | ChildStatementKinds.Reward | ChildStatementKinds.Boost | ChildStatementKinds.Bringer | ChildStatementKinds.Someone;

    /// <summary>Longest phrase looked up, in characters.</summary>
    private const int MaxKey = 64;

    private readonly Dictionary<string, ChildStatementKinds> _spaced = new(StringComparer.Ordinal);

    /// <summary>The Turkish rows alone, looked up again with a word's case, possessive and plural suffixes taken off (<see cref="TurkishSuffixes"/>).</summary>
    private readonly Dictionary<string, ChildStatementKinds> _turkish = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _terms = new(StringComparer.Ordinal);
    private readonly Dictionary<ChildStatementKinds, int> _counts = [];

    /// <summary>A table match at a word: its kinds, how many words it spans and its text (the evidence term).</summary>
    public readonly record struct Found(ChildStatementKinds Kinds, int Words, string? Term);

    /// <summary>Entries written in Han, kana or Hangul, looked for inside a clause (no spaces to split them by).</summary>
    public List<(string Text, ChildStatementKinds Kinds)> Unspaced { get; } = [];

    /// <summary>The trigger words: the longest word of every entry of a trigger kind, and whole unspaced entries of those kinds.</summary>
    public SearchValues<string> Triggers { get; private set; } = SearchValues.Create(ReadOnlySpan<string>.Empty, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The triggers that can match a prompt written in ASCII alone, found without the many-script search of
    /// <see cref="Triggers"/> (null when the data hold a trigger the finder cannot key).
    /// </summary>
    public AsciiTriggerFinder? AsciiTriggers { get; private set; }

    public int CountOf(ChildStatementKinds kind) => _counts.GetValueOrDefault(kind);

    /// <summary>
    /// Thai and the CJK and Hangul blocks: text written without spaces between words (Korean has spaces, but its particles are
    /// glued to the word), looked for inside a clause.
    /// </summary>
    public static bool IsUnspaced(char c) => ClauseWords.IsUnspaced(c);

    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '\'' or '\u2019'
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    /// <summary>The longest entry starting at word <paramref name="i"/> (lower-cased, one space between words, ’ read as ').</summary>
    public Found Longest(string source, ReadOnlySpan<(int Start, int End)> words, int i, int count, bool turkish = false)
    {
        Span<char> key = stackalloc char[MaxKey];
        var lookup = _spaced.GetAlternateLookup<ReadOnlySpan<char>>();
        var terms = _terms.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var n = Math.Min(MaxPhraseWords, count - i); n >= 1; n--)
        {
            var length = 0;
            var fits = true;
            for (var k = i; k < i + n && fits; k++)
            {
                var word = source.AsSpan(words[k].Start, words[k].End - words[k].Start);
                if (length + word.Length + 1 > MaxKey)
                {
                    fits = false;
                    break;
                }

                if (k > i)
                {
                    key[length++] = ' ';
                }

                var written = word.ToLowerInvariant(key[length..]);
                key[length..(length + written)].Replace('\u2019', '\'');
                length += written;
            }

            WorkCounter.Add(1);
            if (fits && lookup.TryGetValue(key[..length], out var kinds))
            {
                terms.TryGetValue(key[..length], out var term);
                return new Found(kinds, n, term);
            }

            if (fits && turkish && TurkishSuffixes.Find(key[..length], _turkish.GetAlternateLookup<ReadOnlySpan<char>>()) is { } stemmed)
            {
                return new Found(stemmed.Kinds, n, stemmed.Term);
            }
        }

        return default;
    }

    /// <summary>Longest phrase of the table, in words.</summary>
    private const int MaxPhraseWords = 4;

    /// <summary>The kinds of one word (lower-cased here), or none.</summary>
    public ChildStatementKinds KindsOf(ReadOnlySpan<char> word)
    {
        Span<char> key = stackalloc char[MaxKey];
        if (word.Length > MaxKey)
        {
            return ChildStatementKinds.None;
        }

        var written = word.ToLowerInvariant(key);
        return _spaced.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key[..written], out var kinds) ? kinds : ChildStatementKinds.None;
    }

    public static ChildStatementTable Load()
    {
        using var reader = RuleDataFile.Open("child-statements.tsv");
        var table = new ChildStatementTable();
        var triggers = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var unspaced = new Dictionary<string, ChildStatementKinds>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var cells = line.Split('\t');
            if (cells.Length != 3 || cells[2].Trim().Length == 0)
            {
                throw new InvalidDataException($"child-statements.tsv: malformed row '{line}'.");
            }

            var kind = KindOf(cells[0]) ?? throw new InvalidDataException($"child-statements.tsv: unknown kind in '{line}'.");
            var text = cells[2].Trim().ToLowerInvariant();
            table._counts[kind] = table._counts.GetValueOrDefault(kind) + 1;
            if (text.Any(IsUnspaced))
            {
                unspaced[text] = unspaced.GetValueOrDefault(text) | kind;
                if ((kind & TriggerKinds) != 0)
                {
                    triggers.Add(text);
                }

                continue;
            }

            table._spaced[text] = table._spaced.GetValueOrDefault(text) | kind;
            table._terms.TryAdd(text, text);
            if (cells[1] == "tr")
            {
                table._turkish[text] = table._turkish.GetValueOrDefault(text) | kind;
            }
            if ((kind & TriggerKinds) != 0)
            {
                triggers.Add(text.Split(' ').MaxBy(w => w.Length)!);
            }
        }

        table.Unspaced.AddRange(unspaced.Select(p => (p.Key, p.Value)));
        table.Triggers = SearchValues.Create(triggers.ToArray(), StringComparison.OrdinalIgnoreCase);
        table.AsciiTriggers = AsciiTriggerFinder.TryCreate(triggers.Where(MatchesAsciiText));
        return table;
    }

    /// <summary>Whether ordinal ignore-case comparison (invariant upper case, char by char) can find the trigger in ASCII text.</summary>
    internal static bool MatchesAsciiText(string trigger) => trigger.All(c => char.ToUpperInvariant(c) <= '\u007F');

    private static ChildStatementKinds? KindOf(string name) => name switch
    {
        "not-yet" => ChildStatementKinds.NotYet,
        "too-small" => ChildStatementKinds.TooSmall,
        "too-short" => ChildStatementKinds.TooShort,
        "negation" => ChildStatementKinds.Negation,
        "yet" => ChildStatementKinds.Yet,
        "skill" => ChildStatementKinds.Skill,
        "shared" => ChildStatementKinds.Shared,
        "reach" => ChildStatementKinds.Reach,
        "grown-ups" => ChildStatementKinds.GrownUps,
        "apart" => ChildStatementKinds.Apart,
        "other" => ChildStatementKinds.Other,
        "carry" => ChildStatementKinds.Carry,
        "parent" => ChildStatementKinds.Parent,
        "smallest" => ChildStatementKinds.Smallest,
        "object" => ChildStatementKinds.Object,
        "adult" => ChildStatementKinds.Adult,
        "relative" => ChildStatementKinds.Relative,
        "purpose" => ChildStatementKinds.Purpose,
        "care" => ChildStatementKinds.Care,
        "permission" => ChildStatementKinds.Permission,
        "permitted" => ChildStatementKinds.Permitted,
        "thing" => ChildStatementKinds.Thing,
        "offspring" => ChildStatementKinds.Offspring,
        "article" => ChildStatementKinds.Article,
        "possessive" => ChildStatementKinds.Possessive,
        "definite" => ChildStatementKinds.Definite,
        "reward" => ChildStatementKinds.Reward,
        "boost" => ChildStatementKinds.Boost,
        "reach-to" => ChildStatementKinds.ReachTo,
        "bringer" => ChildStatementKinds.Bringer,
        "ritual" => ChildStatementKinds.Ritual,
        "someone" => ChildStatementKinds.Someone,
        "owned" => ChildStatementKinds.Owned,
        "pronoun" => ChildStatementKinds.Pronoun,
        _ => null,
    };
}
