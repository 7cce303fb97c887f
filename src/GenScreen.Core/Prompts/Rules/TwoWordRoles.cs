using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// Public roles written in two words, which the word lists (one word per entry) cannot hold: Vietnamese ca sĩ (singer),
/// diễn viên (actor), người mẫu (model), hoa hậu and á hậu (beauty queen and runner-up), and Indonesian and Malay
/// bintang film (film star), pembawa acara (presenter). One to three capitalised words right after the role name a
/// public figure ("ca sĩ Chi Pu", "hoa hậu Kỳ Duyên"): a real-person hint, as a capitalised name after a one-word role
/// is (<see cref="PersonDetector"/>). The role words are compared folded (no diacritics), as the tokenizer writes them.
/// Vietnamese writes every syllable of a name with a capital, and only names: a capitalised syllable after the role
/// is enough even when it is also a common word (Chi, Lan).
/// </summary>
internal static class TwoWordRoles
{
    private const int MaxNameWords = 3;

    private static readonly Dictionary<string, string[]> Roles = new(StringComparer.Ordinal)
    {
        ["ca"] = ["si"],
        ["dien"] = ["vien"],
        ["nguoi"] = ["mau"],
        ["hoa"] = ["hau"],
        ["a"] = ["hau"],
        ["bintang"] = ["film"],
        ["pembawa"] = ["acara"],
    };

    private static readonly Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> RoleLookup = Roles.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Can <paramref name="word"/> open a two-word role? (The word-only test of <see cref="TryAt"/>, for <see cref="WordShapes"/>.)</summary>
    public static bool MayStart(ReadOnlySpan<char> word) => word is "ca" or "dien" or "nguoi" or "hoa" or "a" or "bintang" or "pembawa";

    /// <summary>Token <paramref name="i"/> may open a two-word role; emits a real-person hint when a capitalised name follows it.</summary>
    public static void TryAt(TokenizedText text, int i, SignalSummary into)
    {
        var n = text.SequenceCount;
        var first = text.TextOf(in text[i]);

        // Runs on every Latin word: a length-and-letters test first, so an ordinary word costs no hash lookup.
        if (i + 2 >= n || !MayStart(first)
            || !RoleLookup.TryGetValue(first, out var seconds)
            || !PersonDetector.OnlySpaceBetween(text.Source, text[i].SourceEnd, text[i + 1].SourceStart))
        {
            return;
        }

        var second = text.TextOf(in text[i + 1]);
        var isRole = false;
        foreach (var word in seconds)
        {
            isRole |= second.SequenceEqual(word);
        }

        if (!isRole)
        {
            return;
        }

        var last = -1;
        for (var j = i + 2; j < n && j < i + 2 + MaxNameWords && IsNameWord(text, j) && PersonDetector.OnlySpaceBetween(text.Source, text[j - 1].SourceEnd, text[j].SourceStart); j++)
        {
            WorkCounter.Add(1);
            last = j;
        }

        if (last > 0)
        {
            var start = text[i + 2].SourceStart;
            var end = text[last].SourceEnd;
            into.Add(Signal.RealPersonHint, text.Source[start..end], 2, start, end, PromptField.Prompt);
        }
    }

    private static bool IsNameWord(TokenizedText text, int j)
    {
        ref var token = ref text[j];
        return token.Length >= 2
            && (token.Flags & (TokenFlags.Digit | TokenFlags.LeetSymbol | TokenFlags.NonLatin | TokenFlags.Cjk)) == 0
            && (token.Tags & (WordTags.Matched | WordTags.PersonWord | WordTags.RoleNoun | WordTags.RelationNoun | WordTags.PublicRole | WordTags.Title)) == 0
            && char.IsUpper(text.Source[token.SourceStart]);
    }
}
