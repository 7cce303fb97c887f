namespace GenScreen.Core.Prompts.Lexicons;

/// <summary>
/// The words a joined word can be split into (<c>younggirl</c>, <c>lilgirl</c>, <c>nudeteen</c>): youth and
/// nudity words grouped by two letters (the first two for heads, the last two for tails), so a word
/// that shares no pair with any of them is rejected with one array read.
/// </summary>
internal sealed class JoinedWordParts
{
    private const int Letters = 26;
    private readonly string[]?[] _byPair = new string[]?[Letters * Letters];

    private JoinedWordParts(IEnumerable<string> parts, bool byLastPair)
    {
        foreach (var group in parts.Distinct(StringComparer.Ordinal).GroupBy(p => byLastPair ? PairOf(p[^2], p[^1]) : PairOf(p[0], p[1])))
        {
            _byPair[group.Key] = [.. group.OrderByDescending(p => p.Length)];
        }
    }

    /// <summary>
    /// Heads: single youth words (<c>teen</c>, <c>loli</c>), single nudity or explicit words (<c>nude</c>) and the
    /// first words of youth phrases (<c>young</c> of <c>young girl</c>, <c>lil</c> of <c>lil girl</c>); never a false
    /// friend (a language-only term).
    /// </summary>
    private JoinedWordParts()
    {
    }

    /// <summary>The parts as <see cref="WriteImage"/> wrote them (<see cref="TermIndexImage"/>).</summary>
    internal static JoinedWordParts ReadImage(BinaryReader image)
    {
        var parts = new JoinedWordParts();
        for (var pair = 0; pair < parts._byPair.Length; pair++)
        {
            var count = image.ReadInt32();
            if (count >= 0)
            {
                var words = new string[count];
                for (var i = 0; i < count; i++)
                {
                    words[i] = image.ReadString();
                }

                parts._byPair[pair] = words;
            }
        }

        return parts;
    }

    internal void WriteImage(BinaryWriter image)
    {
        foreach (var words in _byPair)
        {
            image.Write(words?.Length ?? -1);
            foreach (var word in words ?? [])
            {
                image.Write(word);
            }
        }
    }

    public static JoinedWordParts Heads(IReadOnlyDictionary<string, TermInfo> words)
    {
        var heads = new List<string>();
        foreach (var (key, info) in words)
        {
            // A false friend (language-only) is too weak to be read inside another word: "mankind" holds
            // German "kind" only by accident.
            if (info.Entry is not { OnlyInLanguages: 0 } entry)
            {
                continue;
            }

            var space = key.IndexOf(' ', StringComparison.Ordinal);
            var isYouth = entry.Signal is Signal.Minor or Signal.SexualMinor;
            if (space < 0 && (isYouth || (entry.Signal == Signal.Sexual && entry.Level >= 4)))
            {
                heads.Add(key);
            }
            else if (space > 0 && isYouth && key.IndexOf(' ', space + 1) < 0)
            {
                heads.Add(key[..space]);
            }
        }

        return new JoinedWordParts(heads.Where(IsPart), byLastPair: false);
    }

    /// <summary>Tails: single youth words of four letters or more (<c>teen</c>, <c>loli</c>, <c>toddler</c>), false friends excepted.</summary>
    public static JoinedWordParts Tails(IReadOnlyDictionary<string, TermInfo> words) =>
        new(words
            .Where(kv => kv.Value.Entry is { Signal: Signal.Minor or Signal.SexualMinor, OnlyInLanguages: 0 } && kv.Key.Length >= 4 && !kv.Key.Contains(' ', StringComparison.Ordinal))
            .Select(kv => kv.Key)
            .Where(IsPart), byLastPair: true);

    public ReadOnlySpan<string> For(char a, char b)
    {
        var pair = PairOf(a, b);
        return pair < 0 ? default : _byPair[pair];
    }

    private static bool IsPart(string word) => word.Length >= 3 && word.All(char.IsAsciiLetterLower);

    private static int PairOf(char a, char b) =>
        char.IsAsciiLetterLower(a) && char.IsAsciiLetterLower(b) ? ((a - 'a') * Letters) + (b - 'a') : -1;
}
