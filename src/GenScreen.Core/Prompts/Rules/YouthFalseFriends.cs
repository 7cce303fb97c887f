using System.Collections.Frozen;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// Session 27 (i16-tot31): youth words that are, accents folded, a common word of another supported language
/// (Rules/Data/youth-false-friends.tsv): English <c>tot</c> is Dutch <c>tot</c> (until) and Vietnamese <c>tốt</c> (good), German
/// <c>Enkel</c> is Dutch <c>enkel</c> (ankle, only) and Swedish <c>enkel</c> (simple). Such a term is held
/// (<see cref="LanguageEvidence.EmitUnlessFriendLanguage"/>) and counts unless the prompt shows one of those languages and is
/// not mostly in the term's own. The table is read on first use (a minor term in a prompt).
/// </summary>
internal static class YouthFalseFriends
{
    private static readonly Lazy<FrozenDictionary<string, string[]>> Table = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The languages (by <paramref name="languageBits"/>) whose own word the minor term <paramref name="term"/> is, or 0.</summary>
    public static ulong FriendLanguages(string term, IReadOnlyDictionary<string, ulong> languageBits)
    {
        if (!Table.Value.TryGetValue(term, out var languages))
        {
            return 0;
        }

        var mask = 0UL;
        foreach (var language in languages)
        {
            mask |= languageBits.GetValueOrDefault(language);
        }

        return mask;
    }

    /// <summary>For tests: the terms of the table as written.</summary>
    internal static IEnumerable<string> Terms => Table.Value.Keys;

    private static FrozenDictionary<string, string[]> Load()
    {
        var rows = new Dictionary<string, string[]>(StringComparer.Ordinal);
        RuleDataFile.ReadKindRows("youth-false-friends.tsv", cells =>
        {
            if (cells.Length != 3 || cells[0].Length == 0 || cells[1].Length == 0)
            {
                return false;
            }

            rows[cells[0]] = cells[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return true;
        });
        return rows.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
