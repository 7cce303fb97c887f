using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Lexicons;

/// <summary>
/// Protected names as they sound, for names written in another script (docs/lexicons.md, "Names in other
/// scripts"). Three keys per name:
/// <list type="bullet">
/// <item>word by word, the <see cref="PhoneticKey"/> of each word (<c>TR SPT</c>): for scripts that space words
/// (Cyrillic, Greek, Arabic, Devanagari, Hangul, and kana split at <c>・</c>); well-known names only;</item>
/// <item>all words run together (<c>TRSPT</c>), when long enough to be distinctive: for text without spaces
/// (kana, Han, Thai); well-known names only;</item>
/// <item>the exact letters run together (<c>fanbingbing</c>): Han read as pinyin, for people whose names
/// are Chinese; every protected name.</item>
/// </list>
/// Short keys are not indexed: a consonant skeleton of four letters matches too many ordinary words.
/// </summary>
internal sealed class ScriptNameIndex
{
    /// <summary>Fewest consonant classes in a phonetic key, over all its words.</summary>
    public const int MinKeyLength = 4;

    /// <summary>Fewest consonant classes in a run-together key (no word boundary to confirm it).</summary>
    public const int MinJoinedKeyLength = 6;

    /// <summary>Fewest letters of a name matched through pinyin.</summary>
    public const int MinPinyinLetters = 8;

    private readonly Dictionary<string, LexiconEntry>.AlternateLookup<ReadOnlySpan<char>> _byWords;
    private readonly Dictionary<string, LexiconEntry>.AlternateLookup<ReadOnlySpan<char>> _byJoined;
    private readonly Dictionary<string, LexiconEntry>.AlternateLookup<ReadOnlySpan<char>> _byPinyin;

    public ScriptNameIndex(IEnumerable<NormalizedTerm> names, IReadOnlySet<string> wellKnown, IReadOnlyDictionary<char, string> hanReadings)
    {
        HanReadings = hanReadings;
        var byWords = new Dictionary<string, LexiconEntry>(StringComparer.Ordinal);
        var byJoined = new Dictionary<string, LexiconEntry>(StringComparer.Ordinal);
        var byPinyin = new Dictionary<string, LexiconEntry>(StringComparer.Ordinal);
        var buffer = new char[64];
        foreach (var term in names)
        {
            var words = term.Key.Split(' ');
            if (term.IsCjk || !words.All(w => w.All(char.IsAsciiLetterLower)))
            {
                continue;
            }

            var letters = string.Concat(words);
            if (letters.Length >= MinPinyinLetters && words.Length >= 2)
            {
                byPinyin.TryAdd(letters, term.Entry);
            }

            if (!wellKnown.Contains(term.Key) || letters.Length > buffer.Length)
            {
                continue;
            }

            var keys = words.Select(w => new string(buffer, 0, PhoneticKey.Write(w, buffer))).ToArray();
            var total = keys.Sum(k => k.Length);
            if (words.Length >= 2 && total >= MinKeyLength && keys.All(k => k.Length >= 1))
            {
                byWords.TryAdd(string.Join(' ', keys), term.Entry);
            }

            var joined = new string(buffer, 0, PhoneticKey.Write(letters, buffer));
            if (joined.Length >= MinJoinedKeyLength)
            {
                byJoined.TryAdd(joined, term.Entry);
            }
        }

        _byWords = byWords.GetAlternateLookup<ReadOnlySpan<char>>();
        _byJoined = byJoined.GetAlternateLookup<ReadOnlySpan<char>>();
        _byPinyin = byPinyin.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Han character → toneless pinyin.</summary>
    public IReadOnlyDictionary<char, string> HanReadings { get; }

    public bool TryMatchWords(ReadOnlySpan<char> wordKeys, out LexiconEntry entry) => _byWords.TryGetValue(wordKeys, out entry!);

    public bool TryMatchJoined(ReadOnlySpan<char> joinedKey, out LexiconEntry entry) =>
        joinedKey.Length >= MinJoinedKeyLength & _byJoined.TryGetValue(joinedKey, out entry!);

    public bool TryMatchPinyin(ReadOnlySpan<char> letters, out LexiconEntry entry) =>
        letters.Length >= MinPinyinLetters & _byPinyin.TryGetValue(letters, out entry!);
}
