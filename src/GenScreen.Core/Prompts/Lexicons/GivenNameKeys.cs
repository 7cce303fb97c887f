using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Lexicons;

/// <summary>
/// The given names of the people lists, keyed so a word of another script can be recognised as one once it is
/// written in Latin letters (<see cref="ScriptTransliterator"/>): as spelled, or by the <see cref="PhoneticKey"/> with
/// its vowels (Мария mariya and Maria both <c>MVRV</c>; نانسي nansi and Nancy both <c>NVNSV</c>, Arabic writing the
/// long vowels). A key shorter than <see cref="MinKeyLength"/> or with fewer than <see cref="MinKeyConsonants"/>
/// consonants only counts spelled exactly (Анна anna): <c>VJV</c> (Greek Άγιο "holy") is too short to stand for a name. The bare consonant skeleton is not used: three
/// consonants spell a name and ordinary words alike (Hebrew בתל "in Tel" keys like Peter).
/// </summary>
internal sealed class GivenNameKeys
{
    /// <summary>The fewest consonants a key needs to match a name that is not spelled the same.</summary>
    public const int MinKeyConsonants = 2;

    /// <summary>The shortest key that may match a name not spelled the same (<c>MVRV</c>); <c>RVR</c> (Hindi लाल "red") is a word.</summary>
    public const int MinKeyLength = 4;

    private const int MaxName = 32;

    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _spelled;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _keyed;

    public GivenNameKeys(IEnumerable<string> givenNames)
    {
        var spelled = new HashSet<string>(StringComparer.Ordinal);
        var keyed = new HashSet<string>(StringComparer.Ordinal);
        Span<char> key = stackalloc char[MaxName * 2];
        foreach (var name in givenNames)
        {
            if (name.Length is < 3 or > MaxName || name.Contains(' '))
            {
                continue;
            }

            spelled.Add(name);
            var n = PhoneticKey.Write(name, key, vowels: true, keepR: true);
            if (n >= MinKeyLength && Consonants(key[..n]) >= MinKeyConsonants)
            {
                keyed.Add(new string(key[..n]));
            }
        }

        Count = spelled.Count;
        _spelled = spelled.GetAlternateLookup<ReadOnlySpan<char>>();
        _keyed = keyed.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count { get; }

    /// <summary>Whether <paramref name="latin"/> (a word written in Latin letters by the transliterator) is a given name.</summary>
    /// <param name="latin">The word in Latin letters.</param>
    /// <param name="consonants">
    /// The fewest consonants a key must have to match a name not spelled the same: 3 for scripts that leave short vowels out,
    /// where two consonants and a long vowel spell many words (Persian عکاسی akasi "photography").
    /// </param>
    public bool Contains(ReadOnlySpan<char> latin, int consonants = MinKeyConsonants)
    {
        if (latin.Length is < 3 or > MaxName)
        {
            return false;
        }

        if (_spelled.Contains(latin))
        {
            return true;
        }

        Span<char> key = stackalloc char[MaxName * 2];
        var n = PhoneticKey.Write(latin, key, vowels: true, keepR: true);
        return n >= MinKeyLength && Consonants(key[..n]) >= Math.Max(consonants, MinKeyConsonants) && _keyed.Contains(key[..n]);
    }

    /// <summary>Whether <paramref name="latin"/> is a given name spelled exactly so (no sound key).</summary>
    public bool IsSpelled(ReadOnlySpan<char> latin) => latin.Length is >= 3 and <= MaxName && _spelled.Contains(latin);

    private static int Consonants(ReadOnlySpan<char> key) => key.Length - key.Count('V');
}
