using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// What a person wears, said as a relative clause after a removal verb (issue 16, session 23, i16-nudify25): <c>take off
/// whatever she has on</c>, <c>enlève ce qu'elle porte</c>, <c>quítale lo que lleva puesto</c>, <c>tira o que ela tá
/// vestindo</c>, <c>zdejmij z niej to, co ma na sobie</c>, <c>сними с неё то, что на ней надето</c>, <c>βγάλε της ό,τι
/// φοράει</c>, <c>شيل اللي لابساه</c>, <c>תוריד ממנה את מה שהיא לובשת</c>, <c>lepasin yang dia pakai</c>. The thing is the
/// person's clothes, as a garment noun would be. Only relative words, pronouns and copulas may stand before the verb of
/// wearing, so <c>remove the hat he is wearing</c> (a thing named) is not read here.
/// </summary>
/// <remarks>Read only where a removal verb found no garment (<see cref="PersonDetector"/>): a few word comparisons, no allocation.</remarks>
internal static class WornThing
{
    /// <summary>How many words from the relative word to the verb of wearing: <c>to, co ma na sobie</c>.</summary>
    private const int Reach = 6;

    /// <summary>The relative words that open "what she wears" (folded, as the tokenizer writes words).</summary>
    private static readonly HashSet<string> Relatives = new(StringComparer.Ordinal)
    {
        "what", "whatever", "was", "ce", "lo", "quello", "cio", "o", "aquilo", "wat", "to", "co", "det", "то", "те", "ό", "ο", "ο,τι",
        "τι", "οτι", "ότι", "что", "що", "اللي", "الي", "ما", "מה", "yang", "apa", "ang",
    };

    /// <summary>Words that may stand between the relative word and the verb of wearing: pronouns, copulas, "on her".</summary>
    private static readonly HashSet<string> Between = new(StringComparer.Ordinal)
    {
        "que", "qu", "che", "ela", "elle", "il", "lui", "sie", "er", "ze", "hij", "hon", "han", "ona", "on", "он", "она",
        "ma", "har", "has", "have", "had", "is", "s", "she", "he", "they", "it", "ta", "esta", "ella", "el", "на", "ней", "нем", "нём",
        "ньому", "ній", "na", "pa", "dia", "που", "της", "του", "שהיא", "שהוא", "את", "currently", "now", "ahora", "adesso", "got",
    };

    /// <summary>Verbs (and the ends of phrases) of wearing.</summary>
    private static readonly HashSet<string> Wearing = new(StringComparer.Ordinal)
    {
        "wearing", "wears", "anhat", "anhast", "tragt", "porte", "portent", "lleva", "llevas", "puesto", "puesta", "indossa", "indossi",
        "veste", "vestindo", "vestida", "usando", "aanheeft", "aanhebt", "draagt", "sobie", "sobe", "sig", "надето", "надета",
        "надеты", "надет", "носит", "вдягнене", "вдягнуте", "одягнене", "носить", "φοραει", "φοράει", "φορα", "لابساه", "لابسة",
        "لابساها", "لابسه", "لابسها", "לובשת", "לובש", "pakai", "pake", "dipakai", "kenakan", "suot",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> RelativeWords = Relatives.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BetweenWords = Between.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WearingWords = Wearing.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The last word of "what she wears" that starts at <paramref name="j"/>, or -1.</summary>
    public static int TryAt(TokenizedText text, int j)
    {
        var relative = false;
        var n = text.SequenceCount;
        for (var k = j; k < n && k <= j + Reach; k++)
        {
            WorkCounter.Add(1);
            if (k > j && !PersonDetector.OnlySpaceBetween(text.Source, text[k - 1].SourceEnd, text[k].SourceStart, allowApostrophe: true)
                && !OnlyComma(text.Source, text[k - 1].SourceEnd, text[k].SourceStart))
            {
                return -1;
            }

            var word = text.TextOf(in text[k]);
            if (relative && WearingWords.Contains(word))
            {
                return k;
            }

            // "whatever she has on": "on" after a verb of having.
            if (relative && word is "on" && k > j && text.TextOf(in text[k - 1]) is "has" or "have" or "had" or "got")
            {
                return k;
            }

            if (RelativeWords.Contains(word))
            {
                relative = true;
            }
            else if (!BetweenWords.Contains(word) && (text[k].Tags & WordTags.SubjectPronoun) == 0)
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>Spaces and one comma between two words: <c>to, co</c>, <c>то, что</c>, <c>ό,τι</c>.</summary>
    private static bool OnlyComma(string source, int start, int end)
    {
        var commas = 0;
        for (var k = start; k < end; k++)
        {
            if (source[k] is ',' or '،')
            {
                commas++;
            }
            else if (!char.IsWhiteSpace(source[k]))
            {
                return false;
            }
        }

        return commas == 1;
    }
}
