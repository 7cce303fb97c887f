using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// A scout word alone is a child hint (session 23: adults scout too, and armies and talent agencies have scouts); beside a girl
/// or boy noun of its tag it names a member of the youth group (<c>izci kız</c>, <c>स्काउट की वर्दी में एक लड़का</c>, <c>una
/// chica scout</c>), a likely minor (session 24, i16-children26; <see cref="AttendedPlaces.Read"/>). The nouns are a table
/// (Rules/Data/scout-members.tsv) and not the lexicons' person role, which also holds pronouns, <c>elf</c>, <c>character</c>
/// and <c>soldier</c>-like words (<c>an elf scout</c> is a fantasy ranger). A staff word beside the scout word has already
/// made it no hint at all (<c>the scout leader and a boy</c>). Looks are bounded by <see cref="Reach"/>, so the work stays linear.
/// </summary>
internal static class ScoutMembers
{
    /// <summary>Words looked at on each side of the scout word, within its tag (<c>स्काउट की वर्दी में एक लड़का</c>: five).</summary>
    public const int Reach = 6;

    private static readonly Lazy<FrozenSet<string>> Words = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// A girl or boy noun in the tag of tokens <paramref name="first"/>..<paramref name="last"/>, at most <see cref="Reach"/> words
    /// away; or heading the next tag after one plain comma (<see cref="InNextTag"/>).
    /// </summary>
    public static bool InTag(TokenizedText text, int first, int last)
    {
        var lookup = Words.Value.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var j = first - 1; j >= 0 && first - j <= Reach && !AgeText.IsChunkBreak(text, j, j + 1); j--)
        {
            WorkCounter.Add(1);
            if (lookup.Contains(text.TextOf(in text[j])))
            {
                return true;
            }
        }

        for (var j = last + 1; j < text.SequenceCount && j - last <= Reach; j++)
        {
            if (AgeText.IsChunkBreak(text, j - 1, j))
            {
                return j - 1 == last && InNextTag(text, j, lookup);
            }

            WorkCounter.Add(1);
            if (lookup.Contains(text.TextOf(in text[j])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Words of the next tag looked at for its head noun (an article or one adjective before it: <c>, ένα μικρό αγόρι</c>).</summary>
    private const int NextTagHead = 3;

    /// <summary>
    /// Session 33 (i16-para41): the scout word as a tag of its own and the girl or boy noun heading the next one, after one plain
    /// comma (<c>πρόσκοπος, αγόρι με μαντήλι, …</c>, <c>scout, a boy with a scarf, …</c>): a tag list describes one subject, so the
    /// noun is the scout's apposition. Without this, "πρόσκοπος, γυμνή" blocked (a hint in a prompt naming nobody) and adding
    /// "αγόρι με μαντήλι" named someone and lowered it to allow. Only when the scout word ends its tag, and only a comma of any script (no BREAK,
    /// no sentence end) between.
    /// </summary>
    private static bool InNextTag(TokenizedText text, int j, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup)
    {
        var gap = AgeText.Gap(text, j - 1, j).Trim();
        if (gap.Length != 1 || gap[0] is not (',' or '\u060C' or '\uFF0C' or '\u3001'))
        {
            return false;
        }

        for (var k = j; k < text.SequenceCount && k - j < NextTagHead; k++)
        {
            if (k > j && AgeText.IsChunkBreak(text, k - 1, k))
            {
                return false;
            }

            WorkCounter.Add(1);
            if (lookup.Contains(text.TextOf(in text[k])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>For tests: how many forms the shipped table yields.</summary>
    internal static int Count => Words.Value.Count;

    private static FrozenSet<string> Load()
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        RuleDataFile.ReadKindRows("scout-members.tsv", cells =>
        {
            if (cells.Length != 2 || cells[0].Length != 2)
            {
                return false;
            }

            foreach (var word in cells[1].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                AddForms(set, word);
            }

            return true;
        });
        return set.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>The word decomposed without the Devanagari and Bengali nukta (U+093C, U+09BC), recomposed.</summary>
    private static string WithoutNukta(string word)
    {
        var decomposed = word.Normalize(NormalizationForm.FormD);
        var kept = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (c is not ('\u093C' or '\u09BC'))
            {
                kept.Append(c);
            }
        }

        return kept.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>The word lower-cased, and without its Latin diacritics too (the normalizer may fold them: <c>garçon</c>, <c>kız</c>).</summary>
    private static void AddForms(HashSet<string> set, string word)
    {
        var lower = InvariantLower.Of(word);
        set.Add(lower);
        set.Add(lower.Normalize(NormalizationForm.FormC)); // Devanagari ड़ is one code point in the table, two after NFC
        set.Add(lower.Normalize(NormalizationForm.FormD));
        set.Add(lower.Normalize(NormalizationForm.FormKC));
        set.Add(WithoutNukta(lower)); // the normalizer may drop the nukta: लड़की read as लडकी, মেয়ে as মেযে
        var folded = new StringBuilder(lower.Length);
        foreach (var c in lower.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark || c > '\u036F')
            {
                folded.Append(c);
            }
        }

        set.Add(folded.ToString().Normalize(NormalizationForm.FormC).Replace('ı', 'i').Replace('ł', 'l'));
    }
}
