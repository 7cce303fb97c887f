using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// Plain words that another supported language writes with diacritics: Polish <c>góry</c> (mountains) typed on a plain
/// keyboard is <c>gory</c>, the English violence term; Turkish <c>göre</c> is <c>gore</c>. Matching folds accents, so such
/// a term matches the other language's word however it is typed. The set holds the folded form of every accented word of
/// the frequent-word list (Rules/Data/frequent-words.txt: the 10,000 most frequent subtitle words of 21 supported
/// languages) whose folded form is plain ASCII letters and is not itself a frequent word as written (so <c>sexy</c>, a
/// loan every language uses as written, is no collision). A sexual, violent or hateful term in the set counts only when
/// the prompt does not read as another language (<see cref="TermMatcher"/>, session 20). Built on first use (a term
/// reached so is rare): one pass over the list.
/// </summary>
internal static class FoldedCollisions
{
    private static readonly Lazy<FrozenSet<string>> Set = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Is <paramref name="term"/> (lower case, plain letters) the folded form of another language's accented frequent word?</summary>
    public static bool IsFoldedWord(string term)
    {
        foreach (var c in term)
        {
            if (!char.IsAsciiLetterLower(c))
            {
                return false;
            }
        }

        return term.Length >= 3 && Set.Value.Contains(term);
    }

    /// <summary>For tests and the audit: how many folded forms the list yields.</summary>
    internal static int Count => Set.Value.Count;

    private static FrozenSet<string> Load()
    {
        var written = new HashSet<string>(StringComparer.Ordinal);
        var accented = new List<string>();
        using (var reader = RuleDataFile.Open("frequent-words.txt"))
        {
            while (reader.ReadLine() is { } line)
            {
                if (line.Length == 0 || line[0] == '#')
                {
                    continue;
                }

                var tab = line.IndexOf('\t');
                var word = tab < 0 ? line : line[..tab];
                written.Add(word);
                if (!System.Text.Ascii.IsValid(word))
                {
                    accented.Add(word);
                }
            }
        }

        var folded = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in accented)
        {
            var plain = Fold(word);
            if (plain is not null && !written.Contains(plain))
            {
                folded.Add(plain);
            }
        }

        return folded.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>The word without its diacritics when it is then plain lower-case ASCII letters (Latin words only), else null.</summary>
    internal static string? Fold(string word)
    {
        var builder = new StringBuilder(word.Length);
        foreach (var c in word.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var plain = c switch
            {
                'ł' => 'l',
                'ø' => 'o',
                'đ' => 'd',
                'ı' => 'i',
                _ => c,
            };
            if (!char.IsAsciiLetterLower(plain))
            {
                return null;
            }

            builder.Append(plain);
        }

        return builder.ToString();
    }
}
