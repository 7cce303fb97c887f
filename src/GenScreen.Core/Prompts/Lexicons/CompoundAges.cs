using System.Collections.Frozen;

namespace GenScreen.Core.Prompts.Lexicons;

/// <summary>
/// Ages written as one word, a number word joined to an age unit: German <c>zwölfjährige</c>, Russian
/// <c>двенадцатилетняя</c>, Dutch <c>twaalfjarige</c>, English <c>twelveyearold</c>. Most words share neither
/// their first two letters with a number word nor their last two with an age unit, and a bit table
/// rejects those with two array reads, so ordinary words cost next to nothing. The number and the unit must share a
/// language (when both files name one): Turkish <c>beş</c> folded to <c>bes</c> and Swedish <c>år</c> folded to
/// <c>ar</c> made Indonesian <c>besar</c> ("big") and Spanish <c>besar</c> ("to kiss") a five-year-old (session 20).
/// </summary>
internal sealed class CompoundAges
{
    private const int TableBits = 4096;
    private const int MinUnit = 2;
    private const int MinElidedUnit = 4;

    private readonly bool[] _headPairs = new bool[TableBits];
    private readonly bool[] _tailPairs = new bool[TableBits];
    private readonly bool[] _unitHeads = new bool[TableBits];
    private readonly FrozenDictionary<int, (string Word, int Value, ulong Languages)[]> _numbersByPair;
    private readonly FrozenDictionary<string, ulong>.AlternateLookup<ReadOnlySpan<char>> _units;
    private readonly int _longestUnit;

    /// <param name="numberLanguages">Languages of each number word (0 or absent: a file that names none, any language).</param>
    /// <param name="unitLanguages">Languages of each age unit, the same way.</param>
    public CompoundAges(
        IReadOnlyDictionary<string, int> numbers,
        FrozenSet<string> ageUnits,
        IReadOnlyDictionary<string, ulong>? numberLanguages = null,
        IReadOnlyDictionary<string, ulong>? unitLanguages = null)
    {
        _numbersByPair = numbers
            .Where(kv => kv.Key.Length >= 3 && !kv.Key.Contains(' ', StringComparison.Ordinal))
            .GroupBy(kv => PairKey(kv.Key[0], kv.Key[1]))
            .ToFrozenDictionary(
                g => g.Key,
                g => g.Select(kv => (kv.Key, kv.Value, numberLanguages?.GetValueOrDefault(kv.Key) ?? 0UL)).OrderByDescending(n => n.Key.Length).ToArray());
        foreach (var pair in _numbersByPair.Keys)
        {
            _headPairs[Slot(pair)] = true;
        }

        foreach (var unit in ageUnits.Where(u => u.Length >= MinUnit))
        {
            _tailPairs[Slot(PairKey(unit[^2], unit[^1]))] = true;
            _unitHeads[Slot(PairKey(unit[0], unit[1]))] = true;
        }

        _longestUnit = ageUnits.Count == 0 ? 0 : ageUnits.Max(u => u.Length);
        _units = ageUnits
            .ToFrozenDictionary(u => u, u => unitLanguages?.GetValueOrDefault(u) ?? 0UL, StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Splits <paramref name="word"/> into a number word and an age unit (<c>zwölf</c> + <c>jährige</c>).</summary>
    public bool TrySplit(ReadOnlySpan<char> word, out int value)
    {
        value = -1;
        if (word.Length < 3 + MinUnit || !_tailPairs[Slot(PairKey(word[^2], word[^1]))])
        {
            return false;
        }

        var head = PairKey(word[0], word[1]);
        if (!_headPairs[Slot(head)] || !_numbersByPair.TryGetValue(head, out var numbers))
        {
            return false;
        }

        foreach (var (number, numberValue, languages) in numbers)
        {
            WorkCounter.Add(number.Length);
            if (word.Length - number.Length >= MinUnit && word.StartsWith(number, StringComparison.Ordinal) && IsUnitOf(word[number.Length..], languages))
            {
                value = numberValue;
                return true;
            }

            // Italian drops the number's last vowel before a unit that starts with one: dodici + enne = dodicenne.
            // Only before a unit of four letters or more, so that no two languages combine by chance (Turkish
            // alti + Swedish år is no "altar").
            var stem = number.Length - 1;
            if (IsVowel(number[^1]) && word.Length - stem >= MinElidedUnit && IsVowel(word[stem])
                && word.StartsWith(number.AsSpan(0, stem), StringComparison.Ordinal) && IsUnitOf(word[stem..], languages))
            {
                value = numberValue;
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Does <paramref name="word"/> open with a number word and an age unit, whatever follows (<c>sexåring</c>,
    /// <c>sextonåringar</c>, <c>sexårsverksamhet</c>, <c>sechzehnjährigen</c>)? Such a word is a count of years, so its
    /// number is never a term of its own: Swedish <c>sex</c> (six) is no sexual word inside <c>sexåring</c>, and
    /// <c>sex</c> + <c>tonåring</c> is no "sex teenager" inside <c>sextonåring</c> (session 36; batch 43's
    /// child-alone-sv-08 was blocked under both policies). Asked only of a word a compound reading is about to split.
    /// </summary>
    public bool StartsWithAge(ReadOnlySpan<char> word)
    {
        if (word.Length < 3 + MinUnit || !_numbersByPair.TryGetValue(PairKey(word[0], word[1]), out var numbers))
        {
            return false;
        }

        // The numbers are sorted longest first: the two letters after a number's length must open an age unit (one bit read per
        // length, not per number), so a word such as "sexsexsex" is turned away after a few reads.
        var refusedLength = -1;
        foreach (var (number, _, languages) in numbers)
        {
            if (number.Length == refusedLength)
            {
                continue;
            }

            WorkCounter.Add(1);
            if (word.Length < number.Length + MinUnit || !_unitHeads[Slot(PairKey(word[number.Length], word[number.Length + 1]))])
            {
                refusedLength = number.Length;
                continue;
            }

            WorkCounter.Add(number.Length);
            if (!word.StartsWith(number, StringComparison.Ordinal))
            {
                continue;
            }

            var rest = word[number.Length..];
            for (var cut = Math.Min(rest.Length, _longestUnit); cut >= MinUnit; cut--)
            {
                WorkCounter.Add(cut);
                if (IsUnitOf(rest[..cut], languages))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Is <paramref name="unit"/> an age unit of one of the number's languages (either side naming none: any)?</summary>
    private bool IsUnitOf(ReadOnlySpan<char> unit, ulong numberLanguages) =>
        _units.TryGetValue(unit, out var unitLanguages) && (numberLanguages == 0 || unitLanguages == 0 || (numberLanguages & unitLanguages) != 0);

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static int PairKey(char a, char b) => (a << 16) | b;

    /// <summary>Fibonacci hashing of a letter pair into the bit table.</summary>
    private static int Slot(int pair) => (int)((uint)pair * 2654435769u >> 20) & (TableBits - 1);
}
