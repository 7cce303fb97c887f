using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// A person of the user's life named by a relation and a given name, without "my": Russian "одногруппница Катя", Turkish
/// "sekreter Elif hanım", Vietnamese "bạn cùng lớp tên Linh", "coworker named Jessica". The relation words are the
/// <c>relationNouns</c> of the people lists (classmate, colleague, secretary, neighbour, boss); the name is a capitalised,
/// name-shaped word right after the relation, or after one "named" word (named, called, tên, bernama, namens, по имени).
/// An indefinite article before the relation ("a secretary named Elif", "une voisine Sophie") invents a character and
/// is left alone; the possessive forms ("my coworker") are read by <see cref="PersonDetector"/>. A real-person hint of
/// level 2, as a relation with a possessive is: nudity blocks, suggestive content reviews.
/// </summary>
internal static class RelationNames
{
    /// <summary>Words that introduce a name ("named", "tên"), folded as the tokenizer writes them; at most two between relation and name.</summary>
    private static readonly string[] NamedWords =
    [
        "named", "called", "ten", "bernama", "namanya", "chamada", "chamado", "llamada", "llamado", "namens", "genaamd", "heter", "jmenem",
        "imieniu", "по", "имени", "adinda", "isimli", "adli",
    ];

    /// <summary>Indefinite articles: "a secretary named Elif" is a character of the prompt, not someone the user knows.</summary>
    private static readonly string[] Indefinite = ["a", "an", "un", "una", "une", "ein", "eine", "einen", "einer", "een", "en", "ett", "bir", "mot", "jakas"];

    /// <summary>
    /// Vietnamese names a friend by "bạn" (friend, also "you") before its kind ("bạn cùng lớp đại học", a university
    /// classmate: four words of kind): read only before "tên".
    /// </summary>
    private const int FriendReach = 5;

    /// <summary>Token <paramref name="i"/> is a relation noun; emits a hint when a given name follows it.</summary>
    public static void TryAt(TokenizedText text, int i, PeopleLexicon people, TermIndex index, SignalSummary into)
    {
        var n = text.SequenceCount;
        if (i + 1 >= n || (i > 0 && Contains(Indefinite, text.TextOf(in text[i - 1]))))
        {
            return;
        }

        for (var j = i + 1; j < n && j <= i + 3; j++)
        {
            WorkCounter.Add(1);
            if (!PersonDetector.OnlySpaceBetween(text.Source, text[j - 1].SourceEnd, text[j].SourceStart))
            {
                return;
            }

            if (IsGivenName(text, j, people) && !IsAgeOrAmount(text, j, index))
            {
                PersonDetector.Emit(text, i, j, into);
                return;
            }

            if (!Contains(NamedWords, text.TextOf(in text[j])))
            {
                return;
            }
        }
    }

    /// <summary>
    /// Vietnamese "bạn cùng lớp đại học tên Linh" (a university classmate named Linh): "tên" (named) and a capitalised
    /// name after it, with "bạn" (friend) a few words before. Token <paramref name="i"/> is "ten".
    /// </summary>
    public static void TryVietnameseNamed(TokenizedText text, int i, PeopleLexicon people, SignalSummary into)
    {
        var n = text.SequenceCount;
        if (i + 1 >= n || i == 0 || !IsGivenName(text, i + 1, people)
            || !PersonDetector.OnlySpaceBetween(text.Source, text[i].SourceEnd, text[i + 1].SourceStart)
            || InvariantLower.Of(text.Source[text[i].SourceStart]) != 't' || text.Source[text[i].SourceStart + 1] != 'ê')
        {
            return;
        }

        for (var k = i - 1; k >= 0 && k >= i - FriendReach; k--)
        {
            WorkCounter.Add(1);
            if (!PersonDetector.OnlySpaceBetween(text.Source, text[k].SourceEnd, text[k + 1].SourceStart))
            {
                return;
            }

            if (text.TextOf(in text[k]) is "ban" || (text[k].Tags & WordTags.RelationNoun) != 0)
            {
                PersonDetector.Emit(text, k, i + 1, into);
                return;
            }
        }
    }

    /// <summary>
    /// Session 40: a capitalised word that is no listed given name and has a number right after it opens an age or an
    /// amount, not a name: German capitalises every noun, so "Kellnerin Mitte vierzig" (a waitress in her mid-forties),
    /// "Lehrerin Ende 30", "Nachbarin Anfang zwanzig" are adults described, not a relation named (sealed batch 48: an adult
    /// prompt blocked once the round had made Kellnerin a relation noun). "Kollegin Anna 25" keeps its listed name.
    /// </summary>
    private static bool IsAgeOrAmount(TokenizedText text, int j, TermIndex index) =>
        (text[j].Tags & WordTags.GivenName) == 0 && j + 1 < text.SequenceCount
        && PersonDetector.OnlySpaceBetween(text.Source, text[j].SourceEnd, text[j + 1].SourceStart)
        && AgeNumbers.TryCardinal(text, j + 1, index, out _, out _, out _, out _);

    /// <summary>
    /// A capitalised name-shaped word, or a capitalised listed given name that is also a common word of some language
    /// (Linh, Elif, Mai): after a relation the capital says name.
    /// </summary>
    private static bool IsGivenName(TokenizedText text, int j, PeopleLexicon people)
    {
        ref var token = ref text[j];
        if (PersonDetector.IsNameShaped(text, in token, people))
        {
            return true;
        }

        return (token.Tags & WordTags.GivenName) != 0 && token.Length >= 2 && char.IsUpper(text.Source[token.SourceStart])
            && (token.Flags & (TokenFlags.Digit | TokenFlags.LeetSymbol | TokenFlags.Cjk)) == 0
            && (token.Tags & (WordTags.PersonWord | WordTags.RoleNoun | WordTags.RelationNoun | WordTags.PublicRole | WordTags.Title)) == 0;
    }

    private static bool Contains(string[] words, ReadOnlySpan<char> word)
    {
        foreach (var w in words)
        {
            if (word.Equals(w, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
