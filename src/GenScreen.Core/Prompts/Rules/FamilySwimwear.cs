using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// Children in ordinary swimwear at the beach or the pool, doing what children do there (<c>kids in swimsuits building a
/// sandcastle</c>, <c>enfants en maillot de bain qui jouent dans les vagues</c>, <c>水着の子どもたちが砂のお城を作ってる</c>,
/// <c>ילדים בבגדי ים בונים ארמון חול</c>): a family holiday photo, which a production service allows. Read only when the
/// prompt's one sexual signal is revealing attire (level 1: nothing suggestive, no nudity) and that attire is ordinary
/// swimwear, not a bikini or underwear; then the prompt must say what makes it a family photo (play or building, a swimming
/// lesson, the family, a holiday, a child's swim ring), and hold no posing, camera-angle or body word. Everything else
/// with a minor and revealing attire stays held for review (docs/categories.md, "Children in swimwear").
/// </summary>
/// <remarks>
/// The words of the 26 languages are data (Rules/Data/family-swimwear.tsv, session 23; English, French, Spanish, German,
/// Italian, Portuguese, Dutch, Polish, Russian, Turkish, Indonesian and Vietnamese words were a list here from session 11).
/// Words of Latin, Greek and Cyrillic letters match as whole words (<c>building</c> is not in <c>bodybuilding</c>, Portuguese
/// <c>pais</c> not in <c>paisagem</c>), a row ending in <c>*</c> as a stem; words of other scripts match inside the text,
/// which writes no spaces (Thai, Japanese, Chinese) or joins clitics (Arabic <c>وعوامات</c>, Hebrew <c>וההורים</c>). Reached
/// only for a prompt with an unambiguous minor and revealing attire, and linear: each character is tried against the few
/// words starting with it.
/// </remarks>
internal static class FamilySwimwear
{
    /// <summary>A scene or hold word: its lower-case text, whether it may go on into a longer word, whether it needs a word start.</summary>
    private sealed record Word(string Text, bool Stem, bool WholeWord);

    private sealed class Table
    {
        public HashSet<string> Swimwear { get; } = new(StringComparer.OrdinalIgnoreCase);

        /// <summary>Scene words by their first character (lower case).</summary>
        public Dictionary<char, List<Word>> Scene { get; } = [];

        /// <summary>Hold words by their first character (lower case).</summary>
        public Dictionary<char, List<Word>> Hold { get; } = [];
    }

    private static readonly Lazy<Table> Data = new(Load);

    /// <param name="revealingTerm">The term of the prompt's revealing-attire evidence.</param>
    /// <param name="source">The prompt.</param>
    public static bool IsFamilyScene(string revealingTerm, string source)
    {
        var table = Data.Value;
        WorkCounter.Add(1);
        return table.Swimwear.Contains(revealingTerm) && Finds(table.Scene, source) && !Finds(table.Hold, source);
    }

    /// <summary>Does a word of <paramref name="words"/> stand in <paramref name="text"/>?</summary>
    private static bool Finds(Dictionary<char, List<Word>> words, string text)
    {
        for (var p = 0; p < text.Length; p++)
        {
            if (!words.TryGetValue(InvariantLower.Of(text[p]), out var starting))
            {
                continue;
            }

            foreach (var word in starting)
            {
                WorkCounter.Add(1);
                if ((!word.WholeWord || p == 0 || !char.IsLetter(text[p - 1]))
                    && text.AsSpan(p).StartsWith(word.Text, StringComparison.OrdinalIgnoreCase)
                    && (word.Stem || !word.WholeWord || p + word.Text.Length == text.Length || !char.IsLetter(text[p + word.Text.Length])))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static Table Load()
    {
        var table = new Table();
        RuleDataFile.ReadKindRows("family-swimwear.tsv", cells =>
        {
            if (cells.Length != 3 || cells[2].Length == 0)
            {
                return false;
            }

            switch (cells[0])
            {
                case "swimwear":
                    table.Swimwear.Add(cells[2]);
                    return true;
                case "scene":
                    Add(table.Scene, cells[2]);
                    return true;
                case "hold":
                    Add(table.Hold, cells[2]);
                    return true;
                default:
                    return false;
            }
        });
        return table;
    }

    private static void Add(Dictionary<char, List<Word>> words, string cell)
    {
        var stem = cell.EndsWith('*');
        var text = (stem ? cell[..^1] : cell).ToLowerInvariant();
        var key = text[0];
        if (!words.TryGetValue(key, out var list))
        {
            words[key] = list = [];
        }

        // Latin, Greek and Cyrillic letters (below Hebrew): whole words; other scripts match inside the text.
        list.Add(new Word(text, stem, char.IsLetter(key) && key < '\u0590'));
    }

    /// <summary>For tests: the rows of the shipped table (swimwear terms, scene words, hold words).</summary>
    internal static (int Swimwear, int Scene, int Hold) Counts =>
        (Data.Value.Swimwear.Count, Data.Value.Scene.Values.Sum(l => l.Count), Data.Value.Hold.Values.Sum(l => l.Count));
}
