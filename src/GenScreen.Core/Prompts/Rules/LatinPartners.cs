using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// Session 44 (i16-verbs52): the partner door of the Latin last-resort reader (<see cref="SubjectlessNames"/>), as the CJK and
/// caseless readers have theirs. A sexual prompt whose only person words (or adult term) are the PARTNER of the act — after a
/// with, and or by word of its clause ("X Y und zwei Typen im Whirlpool, alle nackt", "X Y nuda a letto con un uomo", "X Y having
/// sex with a stranger", "X Y nakikipagtalik sa isang lalaki", "X Y thổi kèn cho một gã đàn ông") — still has the named one as
/// its subject: the gate's person-word and adult-marker refusals are lifted, and only a run of two or three capitalised words
/// standing before that with-word in the same clause may be read (<see cref="SubjectBefore"/>).
/// <para>
/// A partner: a person word (or the prompt's first adult term) with a with-word of en de fr es it pt nl sv pl cs tr id tl vi
/// at most three lower-case words before it (an article, a number, a possessive, an adjective: "mit einem fremden Mann", "con
/// dos chicos", "with her boyfriend", "z dwoma facetami", "sa isang lalaki", "với một gã đàn ông"), in the same clause. An
/// age said of the adult (a digit) or any person word elsewhere ("a woman with a man") keeps the gate shut. Word classes
/// written for GenScreen from general knowledge of the languages (MIT, this project). Linear: each person word looks back at
/// most four words.
/// </para>
/// </summary>
internal static class LatinPartners
{
    private const int Between = 3;

    /// <summary>With, and and by words: the partner follows them (lower case, as written). Not Czech "a" (and): it is the English
    /// article before nearly every person word ("a woman, nude, …" would be a partner).</summary>
    private static readonly string[] WithWords =
    [
        "with", "and", "by", "mit", "und", "von", "avec", "et", "par", "con", "y", "e", "com", "da", "met", "en", "door", "med",
        "och", "av", "z", "ze", "i", "przez", "s", "se", "od", "ile", "ve", "dengan", "bersama", "sama", "dan", "oleh", "sa",
        "kasama", "at", "ni", "với", "cho", "và", "cùng", "bởi",

        // the same as the tokenizer folds them (Vietnamese marks taken away)
        "voi", "va", "cung", "boi",
    ];

    /// <summary>
    /// Whether the prompt's person words and adult term are all partners (at least one is); <paramref name="withAt"/> is the
    /// source start of the first partner's with-word, before which the subject's name must stand.
    /// </summary>
    internal static bool OnlyPartners(TokenizedText text, SignalSummary into, out int withAt)
    {
        withAt = -1;
        var partners = 0;
        for (var k = 0; k < text.SequenceCount; k++)
        {
            WorkCounter.Add(1);
            if ((text[k].Tags & WordTags.PersonWord) == 0)
            {
                continue;
            }

            var with = WithBefore(text, k);
            if (with < 0)
            {
                return false;
            }

            partners++;
            if (withAt < 0 || text[with].SourceStart < withAt)
            {
                withAt = text[with].SourceStart;
            }
        }

        if (into.Has(Signal.Adult) && !into.AdultIsContentOnly)
        {
            ref readonly var adult = ref into[Signal.Adult];
            if (adult.Field != PromptField.Prompt || adult.SourceStart >= text.Source.Length)
            {
                return false;
            }

            var k = TokenAt(text, adult.SourceStart);
            var evidence = text.Source.AsSpan(adult.SourceStart, Math.Min(adult.SourceEnd, text.Source.Length) - adult.SourceStart);
            if (k < 0 || evidence.IndexOfAnyInRange('0', '9') >= 0)
            {
                return false;
            }

            var with = WithBefore(text, k);
            if (with < 0)
            {
                return false;
            }

            partners++;
            if (withAt < 0 || text[with].SourceStart < withAt)
            {
                withAt = text[with].SourceStart;
            }
        }

        return partners > 0;
    }

    /// <summary>The name run [<paramref name="i"/>, <paramref name="last"/>] stands before the partner's with-word in the same clause.</summary>
    internal static bool SubjectBefore(TokenizedText text, int i, int last, int withAt)
    {
        var end = text[last].SourceEnd;
        if (last == i || end > withAt)
        {
            return false;
        }

        for (var c = end; c < withAt; c++)
        {
            if (ClausePunctuation.EndsClause(text.Source[c]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The index of the with-word at most <see cref="Between"/> lower-case words before the person word at <paramref name="k"/>
    /// (other person words of the same phrase may stand between: "một gã đàn ông"); -1 when there is none.</summary>
    private static int WithBefore(TokenizedText text, int k)
    {
        var skipped = 0;
        for (var j = k - 1; j >= 0 && skipped <= Between + 1; j--)
        {
            WorkCounter.Add(1);
            if (!PersonDetector.OnlySpaceBetween(text, j, j + 1))
            {
                return -1;
            }

            var first = text.Source[text[j].SourceStart];
            if (!char.IsLower(first) && !char.IsDigit(first))
            {
                return -1;
            }

            if (IsWithWord(text.TextOf(in text[j])))
            {
                return j;
            }

            if ((text[j].Tags & WordTags.PersonWord) == 0)
            {
                skipped++;
                if (skipped > Between)
                {
                    return -1;
                }
            }
        }

        return -1;
    }

    private static bool IsWithWord(ReadOnlySpan<char> word)
    {
        foreach (var w in WithWords)
        {
            if (word.Equals(w, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static int TokenAt(TokenizedText text, int sourceStart)
    {
        for (var k = 0; k < text.SequenceCount; k++)
        {
            if (text[k].SourceStart == sourceStart)
            {
                return k;
            }

            if (text[k].SourceStart > sourceStart)
            {
                return -1;
            }
        }

        return -1;
    }
}
