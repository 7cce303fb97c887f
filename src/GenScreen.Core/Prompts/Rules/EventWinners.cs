using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// The winner of a named event in a given year is one real person: "the winner of Big Brother Brasil 2021", "whoever won
/// Miss Universe 2018", "la ganadora de Miss España 2015", "die Gewinnerin von Germany's Next Topmodel 2018", "Miss
/// Universe 2018" (a title with its year is its holder). A winner word and a year (1950-2039) at most
/// <see cref="Reach"/> words later in the same clause, or a year right before the winner word ("the 2019 winner"); without
/// a year ("a talent show winner", "the winner of the race"), or after an indefinite article ("a pageant winner in 2017
/// style"), the phrase describes a scene and is left alone. A real-person
/// hint that singles out one person (<see cref="PromptRules.SingledOut"/>). Runs only when the prompt has a sexual signal
/// (a hint changes nothing else), and each winner word looks at most <see cref="Reach"/> words ahead.
/// </summary>
internal static class EventWinners
{
    private const int Reach = 7;

    /// <summary>Winner words, folded as the tokenizer writes them (diacritics dropped, lower case).</summary>
    private static readonly HashSet<string> Winners = new(StringComparer.Ordinal)
    {
        "winner", "won", "wins", "champion", "ganadora", "ganador", "gano", "vencedora", "vencedor", "venceu", "campea", "campeao", "ganhou",
        "gewinnerin", "gewinner", "siegerin", "sieger", "gewann", "gagnante", "gagnant", "vainqueur", "gagne", "vincitrice", "vincitore", "vinto",
        "winnares", "winnaar", "zwyciezczyni", "zwyciezca", "vinnaren", "vinnare", "vann", "vinderen", "vinneren", "kazanan", "kazandi",
        "pemenang", "juara", "победительница", "победитель", "победила", "переможниця", "переможець", "νικήτρια", "νικητής",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WinnerLookup = Winners.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Token <paramref name="i"/> may be a winner word or a beauty title ("Miss").</summary>
    /// <remarks>Inlined into the people loop, which asks every word: a prompt without sexual content pays one flag test, no call.</remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static void TryAt(TokenizedText text, int i, SignalSummary into)
    {
        if (into.Has(Signal.Sexual))
        {
            TryWinnerAt(text, i, into);
        }
    }

    private static void TryWinnerAt(TokenizedText text, int i, SignalSummary into)
    {
        var word = text.TextOf(in text[i]);
        var isMiss = word is "miss" && char.IsUpper(text.Source[text[i].SourceStart]);
        if (!isMiss && (word.Length < 3 || !WinnerLookup.Contains(word)))
        {
            return;
        }

        // "a winner", "a pageant winner in 2017 style": an indefinite winner (the article at most two words before, in the
        // same phrase) is any winner, not the one of that year.
        for (var k = i - 1; k >= 0 && k >= i - 2 && PersonDetector.OnlySpaceBetween(text.Source, text[k].SourceEnd, text[k + 1].SourceStart); k--)
        {
            // "a" is English only before an English winner word: Portuguese "a vencedora" is "the winner".
            var article = text.TextOf(in text[k]);
            if (article is "un" or "una" or "uma" or "une" or "ein" or "eine" or "een" or "en" or "ett" or "bir"
                || (article is "a" or "an" && word is "winner" or "champion" or "won" or "wins"))
            {
                return;
            }
        }

        // "the 2019 winner", "Love Island 2019 winner": a year right before the winner word.
        if (!isMiss && i > 0 && IsYear(text, i - 1) && PersonDetector.OnlySpaceBetween(text.Source, text[i - 1].SourceEnd, text[i].SourceStart))
        {
            PersonDetector.Emit(text, i - 1, i, into, PromptRules.SingledOut);
            return;
        }

        // "Miss Universe 2018": the title, one or two capitalised words, the year.
        var reach = isMiss ? 3 : Reach;
        for (var j = i + 1; j < text.SequenceCount && j <= i + reach; j++)
        {
            WorkCounter.Add(1);
            if (AgeText.IsChunkBreak(text, j - 1, j))
            {
                return;
            }

            if (IsYear(text, j))
            {
                PersonDetector.Emit(text, i, j, into, PromptRules.SingledOut);
                return;
            }

            if (isMiss && !char.IsUpper(text.Source[text[j].SourceStart]))
            {
                return;
            }
        }
    }

    private static bool IsYear(TokenizedText text, int j)
    {
        var word = text.TextOf(in text[j]);
        return word.Length == 4 && char.IsAsciiDigit(word[0]) && char.IsAsciiDigit(word[1]) && char.IsAsciiDigit(word[2]) && char.IsAsciiDigit(word[3])
            && ((word[0] == '1' && word[1] == '9' && word[2] >= '5') || (word[0] == '2' && word[1] == '0' && word[2] <= '3'));
    }
}
