using System.Collections.Frozen;

namespace GenScreen.Core.Prompts.Lexicons;

/// <summary>
/// Ages written as one word, a number word joined to an age unit: German <c>zwölfjährige</c>, Russian
/// <c>двенадцатилетняя</c>, Dutch <c>twaalfjarige</c>, English <c>twelveyearold</c>. Most words share neither
/// their first two letters with a number word nor their last two with an age unit, and a bit table
/// rejects those with two array reads, so ordinary words cost next to nothing.
/// </summary>
internal sealed class CompoundAges
{
    private const int TableBits = 4096;
    private const int MinUnit = 2;
    private const int MinElidedUnit = 4;

    private readonly bool[] _headPairs = new bool[TableBits];
    private readonly bool[] _tailPairs = new bool[TableBits];
    private readonly FrozenDictionary<int, (string Word, int Value)[]> _numbersByPair;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _units;

    public CompoundAges(IReadOnlyDictionary<string, int> numbers, FrozenSet<string> ageUnits)
    {
        _numbersByPair = numbers
            .Where(kv => kv.Key.Length >= 3 && !kv.Key.Contains(' ', StringComparison.Ordinal))
            .GroupBy(kv => PairKey(kv.Key[0], kv.Key[1]))
            .ToFrozenDictionary(g => g.Key, g => g.Select(kv => (kv.Key, kv.Value)).OrderByDescending(n => n.Key.Length).ToArray());
        foreach (var pair in _numbersByPair.Keys)
        {
            _headPairs[Slot(pair)] = true;
        }

        foreach (var unit in ageUnits.Where(u => u.Length >= MinUnit))
        {
            _tailPairs[Slot(PairKey(unit[^2], unit[^1]))] = true;
        }

        _units = ageUnits.GetAlternateLookup<ReadOnlySpan<char>>();
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

        foreach (var (number, numberValue) in numbers)
        {
            WorkCounter.Add(number.Length);
            if (word.Length - number.Length >= MinUnit && word.StartsWith(number, StringComparison.Ordinal) && _units.Contains(word[number.Length..]))
            {
                value = numberValue;
                return true;
            }

            // Italian drops the number's last vowel before a unit that starts with one: dodici + enne = dodicenne.
            // Only before a unit of four letters or more, so that no two languages combine by chance (Turkish
            // alti + Swedish år is no "altar").
            var stem = number.Length - 1;
            if (IsVowel(number[^1]) && word.Length - stem >= MinElidedUnit && IsVowel(word[stem])
                && word.StartsWith(number.AsSpan(0, stem), StringComparison.Ordinal) && _units.Contains(word[stem..]))
            {
                value = numberValue;
                return true;
            }
        }

        return false;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static int PairKey(char a, char b) => (a << 16) | b;

    /// <summary>Fibonacci hashing of a letter pair into the bit table.</summary>
    private static int Slot(int pair) => (int)((uint)pair * 2654435769u >> 20) & (TableBits - 1);
}
