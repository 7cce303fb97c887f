using System.Collections.Frozen;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// Person words that say "girl" or "boy" in a sense that covers children (Rules/Data/girl-boy-nouns.txt): such a word is
/// the only person a prompt names does not settle that the one described is an adult (<see cref="UnnamedSubject"/>).
/// </summary>
internal static class GirlBoyNouns
{
    private static readonly Lazy<FrozenSet<string>> Words = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Is <paramref name="word"/>, as the prompt wrote it (any case; the tokenizer's buffer folds accents), a girl or boy noun?</summary>
    public static bool Contains(ReadOnlySpan<char> word) => Words.Value.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>For tests: how many distinct words the shipped file holds.</summary>
    internal static int Count => Words.Value.Count;

    private static FrozenSet<string> Load()
    {
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        using var reader = RuleDataFile.Open("girl-boy-nouns.txt");
        foreach (var row in RuleDataFile.Rows(reader))
        {
            words.Add(row.Trim().Normalize());
        }

        return words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }
}
