using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// "The little one" said with the bare adjective made a noun, as Russian and Ukrainian speech calls a child: Ukrainian
/// <c>малий ганяє на самокаті</c>, <c>мала в косичках їсть морозиво</c>, Russian <c>малой гоняет мяч</c> (session 25,
/// held-out batch 29). The same words are ordinary adjectives (<c>малий бізнес</c>, <c>Малый театр</c>, <c>малой кровью</c>),
/// so the word counts only where it stands as the subject: it opens the prompt or a clause (after <c>, ; . : ! ?</c>) and the
/// next word is a verb in the present tense (by its ending: Ukrainian <c>-є</c>, <c>-е</c>, <c>-ить</c>, <c>-іть</c>,
/// <c>-ться</c>, Russian <c>-ает</c>, <c>-ет</c>, <c>-ится</c>, <c>-ётся</c>, <c>-ёт</c>; a noun the adjective agrees with
/// does not end so: masculine and feminine nouns end otherwise, and a neuter one takes <c>мале</c>, <c>малое</c>) or a preposition (<c>в</c>, <c>у</c>, <c>з</c>, <c>с</c>, <c>на</c>, <c>із</c>, <c>зі</c>,
/// <c>со</c>, <c>во</c>). Ambiguous youth (level 2): <c>малая</c> is also said of a girlfriend, so with nudity it blocks and
/// with an adult age it is reviewed. Russian <c>малый</c> (a fellow, <c>добрый малый</c>) is left out. One look at the word
/// before and the word after: linear.
/// </summary>
internal static class SmallOnes
{
    private const int Level = 2;

    private static readonly string[] Words = ["малий", "мала", "малой", "малая"];

    private static readonly string[] VerbEndings = ["ається", "ється", "ться", "ає", "яє", "ує", "іє", "ить", "іть", "ает", "яет", "ует", "еет", "ится", "ется", "ётся", "ёт", "ет", "е"];

    private static readonly System.Buffers.SearchValues<char> ClauseMarks = System.Buffers.SearchValues.Create(",;.:!?\n");

    private static readonly string[] Prepositions = ["в", "у", "з", "с", "на", "із", "зі", "со", "во"];

    /// <summary>A cheap first test: four or five letters opening with м.</summary>
    public static bool IsCandidate(TokenizedText text, in Token token) =>
        token.Length is 4 or 5 && text.Source[token.SourceStart] is 'м' or 'М';

    public static void Detect(TokenizedText text, int i, SignalSummary into)
    {
        ref var token = ref text[i];
        var word = text.Source.AsSpan(token.SourceStart, token.SourceEnd - token.SourceStart);
        if (!IsOneOf(word, Words) || !OpensClause(text, i) || i + 1 >= text.SequenceCount)
        {
            return;
        }

        ref var next = ref text[i + 1];
        var between = text.Source.AsSpan(token.SourceEnd, next.SourceStart - token.SourceEnd);
        if (between.Trim().Length != 0)
        {
            return; // "мала, ..." or "малий - ...": the next word is not in its clause
        }

        var after = text.Source.AsSpan(next.SourceStart, next.SourceEnd - next.SourceStart);
        if (IsOneOf(after, Prepositions) || (after.Length >= 4 && EndsWithAny(after, VerbEndings)))
        {
            into.Add(Signal.Minor, text.Source[token.SourceStart..token.SourceEnd], Level, token.SourceStart, token.SourceEnd, PromptField.Prompt);
        }
    }

    private static bool OpensClause(TokenizedText text, int i)
    {
        if (i == 0)
        {
            return text.Source.AsSpan(0, text[0].SourceStart).Trim().Length == 0;
        }

        var gap = text.Source.AsSpan(text[i - 1].SourceEnd, text[i].SourceStart - text[i - 1].SourceEnd);
        return gap.IndexOfAny(ClauseMarks) >= 0;
    }

    private static bool IsOneOf(ReadOnlySpan<char> word, string[] words)
    {
        foreach (var w in words)
        {
            WorkCounter.Add(1);
            if (word.Equals(w, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsWithAny(ReadOnlySpan<char> word, string[] endings)
    {
        foreach (var e in endings)
        {
            WorkCounter.Add(1);
            if (word.EndsWith(e, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
