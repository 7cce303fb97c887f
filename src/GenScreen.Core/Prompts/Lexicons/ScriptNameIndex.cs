using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Lexicons;

/// <summary>
/// Protected names as they sound, for names written in another script (docs/lexicons.md, "Names in other
/// scripts"). Keys per name:
/// <list type="bullet">
/// <item>word by word, the <see cref="PhoneticKey"/> of each word (<c>TR SPT</c>): for scripts that space words
/// (Cyrillic, Greek, Arabic, Devanagari, Bengali, Hebrew, Hangul, and kana split at <c>・</c>);</item>
/// <item>all words run together (<c>TRSPT</c>), when long enough to be distinctive: for text without spaces
/// (kana, Han, Thai);</item>
/// <item>the exact letters run together (<c>fanbingbing</c>): Han read as pinyin, for people whose names
/// are Chinese.</item>
/// </list>
/// Every name of the gazetteer is indexed, not only the well-known ones, but with a longer skeleton: a
/// consonant skeleton of four letters matches too many ordinary words, and the more names, the more chances.
/// A name also gets the keys of its spelling variants: a hard <c>g</c> before e/i (Greek Γκέκας is Gekas),
/// <c>ch</c> as k (Russian Михаэль is Michael), each keyed with and without an r that no vowel follows
/// (<see cref="PhoneticKey.Write"/>), and an Arabic article (al-, el-) both joined to the next word
/// (الأسد is one word) and left out (السيسي is el-Sisi or Sisi), and a two-part given name as one word.
/// Korean names get a fourth key with their vowels (<see cref="TryMatchKorean"/>).
/// </summary>
internal sealed class ScriptNameIndex
{
    /// <summary>Fewest consonant classes in a phonetic key of a well-known name, over all its words.</summary>
    public const int MinKeyLength = 4;

    /// <summary>
    /// Fewest consonant classes in the word-by-word key of any other gazetteer name. Measured (docs/lexicons.md):
    /// at 5, two common English words side by side spell a name 2.3 % of the time and a Hindi "oil painting" spelt
    /// Adel Chedli; at 6, 1.3 % of such pairs do and no look-alike matched, but recall on names written in other
    /// scripts falls from 74 % to 65 %.
    /// </summary>
    public const int MinGazetteerKeyLength = 6;

    /// <summary>Fewest consonant classes for a match through a second reading or a stripped ending (more chances, so longer).</summary>
    public const int MinAlternateReadingKeyLength = 5;

    /// <summary>Fewest consonant classes in a run-together key of a well-known name (no word boundary to confirm it).</summary>
    public const int MinJoinedKeyLength = 6;

    /// <summary>Fewest consonant classes in a run-together key of any other gazetteer name.</summary>
    public const int MinGazetteerJoinedKeyLength = 7;

    /// <summary>Fewest letters of a name matched through pinyin inside a longer run of Han.</summary>
    public const int MinPinyinLetters = 8;

    /// <summary>Fewest letters of a name matched through pinyin when the Han run is the name alone (舒淇 shuqi).</summary>
    public const int MinExactPinyinLetters = 5;

    private static readonly HashSet<string> Articles = new(StringComparer.Ordinal) { "al", "el", "ul", "ad", "as", "ash", "at", "ar", "an", "az" };

    private readonly Dictionary<string, LexiconEntry>.AlternateLookup<ReadOnlySpan<char>> _byWords;
    private readonly Dictionary<string, LexiconEntry>.AlternateLookup<ReadOnlySpan<char>> _byJoined;
    private readonly Dictionary<string, LexiconEntry>.AlternateLookup<ReadOnlySpan<char>> _byPinyin;
    private readonly Dictionary<string, LexiconEntry>.AlternateLookup<ReadOnlySpan<char>> _byKorean;

    /// <summary>Names keyed for Hangul (<see cref="TryMatchKorean"/>): Korean people, whose names Korean writes natively.</summary>
    private readonly HashSet<LexiconEntry> _korean = new(ReferenceEqualityComparer.Instance);

    /// <summary>Latin spellings of Korean family names: a name that starts with one is also keyed for Hangul.</summary>
    private static readonly HashSet<string> KoreanFamilies = new(StringComparer.Ordinal)
    {
        "kim", "gim", "lee", "yi", "rhee", "park", "pak", "bak", "choi", "choe", "jung", "jeong", "chung", "kang", "cho", "jo", "yoon",
        "yun", "jang", "chang", "lim", "im", "han", "oh", "seo", "suh", "shin", "sin", "kwon", "hwang", "ahn", "song", "jeon", "jun",
        "chun", "hong", "yoo", "yu", "ryu", "ko", "go", "moon", "mun", "yang", "son", "sohn", "bae", "baek", "paik", "heo", "huh", "nam",
        "noh", "roh", "ha", "kwak", "sung", "seong", "cha", "joo", "ju", "woo", "min", "na", "ra", "jin", "ji", "um", "eom", "chae",
        "won", "bang", "gong", "kong", "hyun", "hyeon", "ham", "byun", "byeon", "yeom", "yeo", "choo", "seok", "sun", "seon",
        "ma", "gil", "yeon", "pyo", "myung", "ki", "ban", "wang", "ok", "je", "tak", "kook", "eun", "yong", "kyung", "bong",
        "namgoong", "hwangbo", "sunwoo", "jegal",
    };

    /// <summary>
    /// A name word of two letters or more without a vowel letter (ll, dj, mc): an initialism, spelled letter by letter. A single
    /// middle initial (Anthony D Weiner, Michael J Fox) is not: the name is also keyed without it and matches as before.
    /// </summary>
    private static bool IsInitialism(string word) => word.Length >= 2 && word.AsSpan().IndexOfAny(Vowels) < 0;

    private static readonly System.Buffers.SearchValues<char> Vowels = System.Buffers.SearchValues.Create("aeiouy");

    public ScriptNameIndex(IEnumerable<NormalizedTerm> names, IReadOnlySet<string> wellKnown, IReadOnlyDictionary<char, string> hanReadings)
    {
        HanReadings = hanReadings;
        var byWords = new Dictionary<string, LexiconEntry>(StringComparer.Ordinal);
        var byJoined = new Dictionary<string, LexiconEntry>(StringComparer.Ordinal);
        var byPinyin = new Dictionary<string, LexiconEntry>(StringComparer.Ordinal);
        var byKorean = new Dictionary<string, LexiconEntry>(StringComparer.Ordinal);
        var buffer = new char[64];
        foreach (var term in names)
        {
            var words = term.Key.Split(' ');
            if (term.IsCjk || !words.All(w => w.All(char.IsAsciiLetterLower)))
            {
                continue;
            }

            // A name with an initialism among its words (LL Cool J, DJ Khaled: no vowel in a word of two letters or more) is said letter by letter,
            // and another script writes it so (إل إل كول جي); keyed by its consonants, "ll" and "j" are one consonant each,
            // which ordinary words spell by chance (غواص لؤلؤ خليجي, "a Gulf pearl diver", as LL Cool J). Such names are
            // matched as written, not by sound (session 29, i16-precision33).
            if (words.Any(IsInitialism))
            {
                continue;
            }

            var letters = string.Concat(words);
            if (letters.Length >= MinExactPinyinLetters && words.Length >= 2)
            {
                byPinyin.TryAdd(letters, term.Entry);
            }

            if (letters.Length > buffer.Length)
            {
                continue;
            }

            if (words.Length is 2 or 3 && KoreanFamilies.Contains(words[0]))
            {
                var family = new string(buffer, 0, PhoneticKey.WriteKoreanFamily(words[0], buffer));
                var given = new string(buffer, 0, PhoneticKey.Write(string.Concat(words[1..]), buffer, vowels: true));
                byKorean.TryAdd(family + " " + given, term.Entry);
                _korean.Add(term.Entry);
            }

            var known = wellKnown.Contains(term.Key);
            var minWords = known ? MinKeyLength : MinGazetteerKeyLength;
            var minJoined = known ? MinJoinedKeyLength : MinGazetteerJoinedKeyLength;
            foreach (var variant in Variants(words))
            {
                foreach (var keepR in (ReadOnlySpan<bool>)[false, true])
                {
                    var keys = variant.Select(w => new string(buffer, 0, PhoneticKey.Write(w, buffer, keepR: keepR))).ToArray();
                    if (variant.Length >= 2 && keys.Sum(k => k.Length) >= minWords && keys.All(k => k.Length >= 1))
                    {
                        byWords.TryAdd(string.Join(' ', keys), term.Entry);
                    }

                    var joined = new string(buffer, 0, PhoneticKey.Write(string.Concat(variant), buffer, keepR: keepR));
                    if (joined.Length >= minJoined)
                    {
                        byJoined.TryAdd(joined, term.Entry);
                    }
                }
            }
        }

        WordKeyCount = byWords.Count;
        JoinedKeyCount = byJoined.Count;
        _byWords = byWords.GetAlternateLookup<ReadOnlySpan<char>>();
        _byJoined = byJoined.GetAlternateLookup<ReadOnlySpan<char>>();
        _byPinyin = byPinyin.GetAlternateLookup<ReadOnlySpan<char>>();
        _byKorean = byKorean.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Han character → toneless pinyin.</summary>
    public IReadOnlyDictionary<char, string> HanReadings { get; }

    /// <summary>Distinct word-by-word keys (for the measurements in docs/lexicons.md).</summary>
    public int WordKeyCount { get; }

    /// <summary>Distinct run-together keys.</summary>
    public int JoinedKeyCount { get; }

    public bool TryMatchWords(ReadOnlySpan<char> wordKeys, out LexiconEntry entry) => _byWords.TryGetValue(wordKeys, out entry!);

    public bool TryMatchJoined(ReadOnlySpan<char> joinedKey, out LexiconEntry entry) =>
        joinedKey.Length >= MinJoinedKeyLength & _byJoined.TryGetValue(joinedKey, out entry!);

    /// <summary>
    /// A Korean name, <c>family given</c>, each part keyed with its vowels (<see cref="PhoneticKey.Write"/>): names
    /// whose first word is a Korean family name, looked up only for a Hangul word that is a name and nothing else.
    /// </summary>
    public bool TryMatchKorean(ReadOnlySpan<char> key, out LexiconEntry entry) => _byKorean.TryGetValue(key, out entry!);

    /// <summary>
    /// Whether the name is a Korean person's (its first word a Korean family name): Hangul spells such a name
    /// natively, family name first (<see cref="TryMatchKorean"/>), so its romanization read back from Hangul words by
    /// sound is only ordinary words (성인 연인이 "adult lovers" read as Yoon Eun-Hye).
    /// </summary>
    public bool IsKorean(LexiconEntry entry) => _korean.Contains(entry);

    /// <param name="exact">The Han run is the name alone, so a shorter name is distinctive enough.</param>
    public bool TryMatchPinyin(ReadOnlySpan<char> letters, bool exact, out LexiconEntry entry) =>
        letters.Length >= (exact ? MinExactPinyinLetters : MinPinyinLetters) & _byPinyin.TryGetValue(letters, out entry!);

    /// <summary>The name's words as written, and as other scripts may spell them (see the class comment).</summary>
    internal static IEnumerable<string[]> Variants(string[] words)
    {
        yield return words;
        if (words.Any(w => HasSoftG(w)))
        {
            yield return [.. words.Select(HardG)];
        }

        if (words.Any(w => w.Contains("ch", StringComparison.Ordinal)))
        {
            yield return [.. words.Select(w => w.Replace("ch", "k", StringComparison.Ordinal))];
        }

        if (words.Length == 3 && !Articles.Contains(words[1]))
        {
            yield return [words[0], words[1] + words[2]]; // a given name in two parts (Heung-min, Ji-hyun) written as one
        }

        var article = Array.FindIndex(words, w => Articles.Contains(w));
        if (article >= 0 && article < words.Length - 1 && words.Length >= 3)
        {
            yield return [.. words[..article], words[article] + words[article + 1], .. words[(article + 2)..]];
            yield return [.. words[..article], .. words[(article + 1)..]];
        }
    }

    private static bool HasSoftG(string word)
    {
        for (var i = 0; i + 1 < word.Length; i++)
        {
            if (word[i] == 'g' && word[i + 1] is 'e' or 'i' or 'y')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>g</c> before e/i/y written <c>gh</c>, which the key reads as a hard g.</summary>
    private static string HardG(string word)
    {
        var chars = new System.Text.StringBuilder(word.Length + 2);
        for (var i = 0; i < word.Length; i++)
        {
            chars.Append(word[i]);
            if (word[i] == 'g' && i + 1 < word.Length && word[i + 1] is 'e' or 'i' or 'y')
            {
                chars.Append('h');
            }
        }

        return chars.ToString();
    }
}
