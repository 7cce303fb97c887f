using GenScreen.Core.Prompts.Lexicons;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// Where a two-character Han name ends. Chinese is written without spaces, so a listed two-character name (汤唯, Tang Wei)
/// is found inside any run that holds its two characters; when the character right after it makes a word with the
/// name's last character (唯美 "aesthetic" in 汤唯美的风景, 深夜 "late night" in 一周深夜), the run reads as that word
/// and the name is not there. The words are CC-CEDICT's two-character words that open with the last character of a
/// two-character Han name of the lists (people/han-words-after-names.json, built by
/// tools/name-gazetteer/build-han-name-words.mjs). Longer names (three characters and more) are distinctive enough and
/// are left alone, and so is a name followed by anything else (汤唯的裸照, 汤唯 裸照).
/// </summary>
internal static class HanNameBoundary
{
    /// <summary>Drops the real-person evidence when it is such a two-character name running into a word.</summary>
    public static void Check(string source, PeopleLexicon people, SignalSummary into)
    {
        if (!into.Has(Signal.RealPerson))
        {
            return;
        }

        ref readonly var person = ref into[Signal.RealPerson];
        var start = person.SourceStart;
        var end = person.SourceEnd;
        if (person.Field != PromptField.Prompt || start < 0 || end - start != 2 || end >= source.Length
            || !IsHan(source[start]) || !IsHan(source[start + 1]) || !IsHan(source[end]))
        {
            return;
        }

        WorkCounter.Add(1);
        ReadOnlySpan<char> word = [source[end - 1], source[end]];
        if (people.IsCommonWord(word))
        {
            into.Drop(Signal.RealPerson);
        }
    }

    private static bool IsHan(char c) => Scripts.IsHan(c);
}
