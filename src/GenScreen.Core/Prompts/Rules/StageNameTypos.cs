using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// A one-edit typo of a public figure's one-word name: "zendya", "rihana", "chayane" (a letter dropped, added, changed, or
/// two swapped). The fuzzy name index reads typos of full names; a lone word had none, and "beyonse" passed. Which names
/// are safe to read so is decided by data (Rules/Data/stage-name-typos.txt, built by
/// tools/name-gazetteer/build-stage-typos.mjs): six letters or more, and no word of 16 languages' dictionaries one edit
/// away ("stroma" is one edit from Stromae, so Stromae is not listed). Here, the prompt's word must be no word the
/// project knows: no term, given name, common word or stop word of any language (those carry a tag or a language bit),
/// five letters or more, letters only, and it must start with the name's first letter (typos rarely touch it). Runs only
/// beside a sexual or undressing signal.
/// </summary>
internal static class StageNameTypos
{
    private const int MinWordLength = 5;

    private static readonly Lazy<Dictionary<char, string[]>> Names = new(Load);

    /// <summary>Reads every unknown word of the prompt against the listed names; emits one hint for the first that is a typo of one.</summary>
    public static void Detect(TokenizedText text, PeopleLexicon people, SignalSummary into)
    {
        var n = text.SequenceCount;
        for (var i = 0; i < n; i++)
        {
            ref var token = ref text[i];
            if (token.Length < MinWordLength || token.Tags != 0 || token.Languages != 0
                || (token.Flags & (TokenFlags.Digit | TokenFlags.Cjk | TokenFlags.LeetSymbol)) != 0)
            {
                continue;
            }

            var word = text.TextOf(in token);
            if (!Names.Value.TryGetValue(word[0], out var names) || people.IsCommonWord(word))
            {
                continue;
            }

            foreach (var name in names)
            {
                WorkCounter.Add(1);
                if (Math.Abs(name.Length - word.Length) <= 1 && IsOneEdit(word, name))
                {
                    PersonDetector.Emit(text, i, i, into, PromptRules.SingledOut);
                    return;
                }
            }
        }
    }

    /// <summary>Exactly one edit apart: a letter dropped, added or changed, or two neighbours swapped (the same word is no typo).</summary>
    internal static bool IsOneEdit(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.SequenceEqual(b))
        {
            return false;
        }

        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix])
        {
            prefix++;
        }

        var restA = a[prefix..];
        var restB = b[prefix..];
        if (a.Length == b.Length)
        {
            // changed: the rest after one letter agrees; swapped: the next two letters are crossed.
            return restA[1..].SequenceEqual(restB[1..])
                || (restA.Length >= 2 && restA[0] == restB[1] && restA[1] == restB[0] && restA[2..].SequenceEqual(restB[2..]));
        }

        return a.Length > b.Length ? restA[1..].SequenceEqual(restB) : restB[1..].SequenceEqual(restA);
    }

    private static Dictionary<char, string[]> Load()
    {
        using var reader = RuleDataFile.Open("stage-name-typos.txt");
        var workspace = new TokenizedText();
        var byFirst = new Dictionary<char, List<string>>();
        foreach (var line in RuleDataFile.Rows(reader))
        {
            var key = NormalizedForm.Normalize(line.Trim(), workspace, out var count, out _);
            if (count != 1)
            {
                continue; // a form the normalizer splits (digits, symbols) is no one-word name
            }

            if (!byFirst.TryGetValue(key[0], out var list))
            {
                byFirst[key[0]] = list = [];
            }

            list.Add(key);
        }

        return byFirst.ToDictionary(p => p.Key, p => p.Value.Distinct(StringComparer.Ordinal).ToArray());
    }
}
