using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// A full name after a Tagalog personal article (session 31, i16-namescased38): Tagalog marks a person's name with its own
/// determiners, si (subject), ni (of, by), kay (to, for) and their plurals sina, nina, kina, where a common noun takes ang,
/// ng, sa. So "hubad na si Maricel Dimaculangan", "litrato ni Kristoffer Malabanan" name a person by grammar, whatever the
/// name: two capitalised words after the article (the first may be two capitals: KZ), or a word, a particle and a family name, letters only, no term, role or person word, neither a common word. Read
/// only in prompts with sexual content (PersonDetector tests that first); a likely real person (review under
/// <c>mature</c>, block under <c>strict</c>).
/// </summary>
/// <remarks>
/// The articles are those of Wikipedia's "Tagalog grammar" article (personal determiners; facts). One capitalised word
/// after the article is a given name alone ("si Maria"), which singles no one out: two are needed.
/// </remarks>
internal static class PersonalArticles
{
    private static readonly CompactWordSet Articles = new(["si", "ni", "kay", "sina", "nina", "kina"]);

    /// <summary>Spanish particles of Filipino family names (de Guzman, dela Cruz, delos Santos), written in lower case.</summary>
    private static readonly CompactWordSet Particles = new(["de", "dela", "del", "delos", "san"]);

    /// <summary>
    /// Session 36 (i16-namesframe44): the hereditary titles Indonesian names carry before the given name — Acehnese Cut (women)
    /// and Teuku (men), Malay Tengku, Javanese Raden, Balinese Gusti (Wikipedia, "Indonesian names" and "Acehnese people": facts).
    /// Written capitalised before a capitalised name word, they say the next word is a person's name (Cut Syifa, Cut Meyriska,
    /// Teuku Wisnu: batches 42v and 43 named women so), even one word alone, as a title does. English "Cut" before a capitalised
    /// common word (Cut Glass, Cut Out) is refused by the common-word test.
    /// </summary>
    private static readonly CompactWordSet Titles = new(["cut", "teuku", "tengku", "raden", "gusti"]);

    /// <summary>Whether token <paramref name="i"/> may be a personal article (cheap test before the call).</summary>
    public static bool MayBeArticle(in Token token) => token.Length is >= 2 and <= 6;

    /// <summary>Token <paramref name="i"/>: emits realPersonLikely when it is a personal article written before a two-word name.</summary>
    public static bool TryAt(TokenizedText text, int i, PeopleLexicon people, SignalSummary into)
    {
        var n = text.SequenceCount;
        if (i + 1 < n && char.IsUpper(text.Source[text[i].SourceStart]) && Titles.Contains(text.TextOf(in text[i])))
        {
            return TryTitled(text, i, people, into);
        }

        if (i + 2 >= n || !Articles.Contains(text.TextOf(in text[i])) || char.IsUpper(text.Source[text[i].SourceStart]))
        {
            return false;
        }

        WorkCounter.Add(1);
        if (!Spaced(text, i) || !Spaced(text, i + 1) || !IsNameWord(text, i + 1, people, minLength: 2))
        {
            return false;
        }

        // The family name, or a Spanish particle and the family name Filipino names keep (Jia de Guzman, Ana dela Cruz).
        var last = i + 2;
        if (last + 1 < n && Particles.Contains(text.TextOf(in text[last])) && char.IsLower(text.Source[text[last].SourceStart]) && Spaced(text, last))
        {
            last++;
        }

        if (!IsNameWord(text, last, people, minLength: 3))
        {
            return false;
        }

        var start = text[i + 1].SourceStart;
        var end = text[last].SourceEnd;
        into.Add(Signal.RealPersonLikely, text.Source[start..end], 3, start, end, PromptField.Prompt);
        return true;
    }

    /// <summary>A title (<see cref="Titles"/>) and the name word after it, with a second name word when one follows.</summary>
    private static bool TryTitled(TokenizedText text, int i, PeopleLexicon people, SignalSummary into)
    {
        WorkCounter.Add(1);
        if (!Spaced(text, i) || !IsNameWord(text, i + 1, people, minLength: 3))
        {
            return false;
        }

        var last = i + 1;
        if (last + 1 < text.SequenceCount && Spaced(text, last) && IsNameWord(text, last + 1, people, minLength: 3))
        {
            last++;
        }

        var start = text[i].SourceStart;
        var end = text[last].SourceEnd;
        into.Add(Signal.RealPersonLikely, text.Source[start..end], 3, start, end, PromptField.Prompt);
        return true;
    }

    private static bool IsNameWord(TokenizedText text, int j, PeopleLexicon people, int minLength)
    {
        ref var token = ref text[j];
        return token.Length >= minLength
            && (token.Flags & (TokenFlags.Digit | TokenFlags.LeetSymbol | TokenFlags.NonLatin | TokenFlags.Cjk)) == 0
            && (token.Tags & (WordTags.Matched | WordTags.PersonWord | WordTags.RoleNoun | WordTags.RelationNoun | WordTags.PublicRole | WordTags.Title)) == 0
            && char.IsUpper(text.Source[token.SourceStart])
            && !people.IsCommonWord(text.TextOf(in token));
    }

    private static bool Spaced(TokenizedText text, int i) => PersonDetector.OnlySpaceBetween(text.Source, text[i].SourceEnd, text[i + 1].SourceStart);
}
