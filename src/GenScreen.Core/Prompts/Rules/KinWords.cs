namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// Kin and marital nouns of the spaced scripts without capitals (Rules/Data/kin-words.txt: husband, wife, bhabhi, bride,
/// groom, in Devanagari, Bengali, Thai, Arabic, Persian and Hebrew). Two such words, or one beside another ordinary word,
/// were read as a given name and a surname (স্বামী "Swami" + স্ত্রীর, देसी "Desi" + भाभी) and held an adult couple's prompt
/// for review as a likely real person (batch 28, session 24). They name the depicted adults' relation to each other, not a
/// person of the user's life, so they are never part of a name.
/// </summary>
internal static class KinWords
{
    private static readonly Lazy<HashSet<string>> Words = new(Load);

    /// <summary>Case endings taken off before the lookup (স্ত্রীর, বউয়ের, भाभियों, زوجته is listed whole): longest first.</summary>
    private static readonly string[] Endings = ["য়ের", "দের", "ের", "এর", "কে", "র", "ियों", "ों", "ें", "े"];

    /// <summary>Is <paramref name="word"/>, as written or with one case ending of its script taken off, a kin or marital noun?</summary>
    public static bool Contains(ReadOnlySpan<char> word)
    {
        var words = Words.Value.GetAlternateLookup<ReadOnlySpan<char>>();
        if (words.Contains(word))
        {
            return true;
        }

        foreach (var ending in Endings)
        {
            WorkCounter.Add(1);
            if (word.Length - ending.Length >= 2 && word.EndsWith(ending, StringComparison.Ordinal) && words.Contains(word[..^ending.Length]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// kin-words.txt and, since session 27 (i16-precision31), person-nouns.txt: nouns of a trade, calling or age (ماهیگیر a
    /// fisherman, پهلوان a champion, বৃদ্ধ an old man, साधु a sadhu), read the same way: the subject the prompt names, never part
    /// of a personal name.
    /// </summary>
    private static HashSet<string> Load()
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in (ReadOnlySpan<string>)["kin-words.txt", "person-nouns.txt"])
        {
            using var reader = RuleDataFile.Open(file);
            foreach (var row in RuleDataFile.Rows(reader))
            {
                words.Add(row.Trim().Normalize());
            }
        }

        return words;
    }

    /// <summary>For tests: how many distinct words the shipped file holds.</summary>
    internal static int Count => Words.Value.Count;
}
