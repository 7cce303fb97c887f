using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// A phrase spelled out letter by letter loses its spaces: <c>n a k e d c h i l d</c> and <c>s.e.x.y.l.i.t.t.l.e.g.i.r.l</c>
/// reach the matcher as one run of letters (<c>nakedchild</c>). This splits such a run back into lexicon words by
/// dictionary segmentation (the fewest words that cover every letter, each a word some term is made of) and matches the
/// terms and phrases those words spell. Words of one letter are not used, so a run that is no phrase finds nothing.
/// Linear: each position tries at most <see cref="MaxWord"/> lengths, and the run is at most <see cref="MaxRun"/> letters.
/// </summary>
internal static class SpelledWords
{
    private const int MaxRun = 48;
    private const int MaxWord = 16;
    private const int MinWord = 2;
    private const int MaxWords = MaxRun / MinWord;

    /// <summary>Phrases are at most this many words (<c>little boy</c>, <c>sexy little girl</c>).</summary>
    private const int MaxPhraseWords = 3;

    /// <summary>Matches the terms a spelled-out run is made of; returns whether any matched.</summary>
    public static bool Match(ReadOnlySpan<char> run, in Token token, TermIndex index, LanguageEvidence into, PromptField field)
    {
        if (run.Length < 2 * MinWord + 1 || run.Length > MaxRun)
        {
            return false;
        }

        Span<int> wordsTo = stackalloc int[MaxRun + 1];
        Span<int> cut = stackalloc int[MaxRun + 1];
        wordsTo.Fill(int.MaxValue);
        wordsTo[0] = 0;
        for (var end = MinWord; end <= run.Length; end++)
        {
            for (var length = MinWord; length <= Math.Min(MaxWord, end); length++)
            {
                var start = end - length;
                if (wordsTo[start] != int.MaxValue && wordsTo[start] + 1 < wordsTo[end] && index.IsKnownWord(run[start..end]))
                {
                    wordsTo[end] = wordsTo[start] + 1;
                    cut[end] = start;
                }
            }
        }

        if (wordsTo[run.Length] == int.MaxValue || wordsTo[run.Length] < 2)
        {
            return false; // no whole segmentation, or a single word (TryWord already looked it up)
        }

        // The word boundaries, first to last.
        Span<int> starts = stackalloc int[MaxWords + 1];
        var count = wordsTo[run.Length];
        starts[count] = run.Length;
        for (int k = count - 1, end = run.Length; k >= 0; k--)
        {
            end = cut[end];
            starts[k] = end;
        }

        // Languages the run's own words show (a word claimed by some languages only): evidence for a false friend
        // among them, as the words of a sentence are (n a c k t e s k i n d: "nacktes" shows German "Kind").
        Span<ulong> shows = stackalloc ulong[MaxWords];
        for (var k = 0; k < count; k++)
        {
            shows[k] = index.TryGet(run[starts[k]..starts[k + 1]], out var wordInfo) ? wordInfo.Languages : 0;
        }

        Span<char> phrase = stackalloc char[MaxRun + MaxPhraseWords];
        var matched = false;
        for (var w = 0; w < count;)
        {
            var taken = 1;
            for (var words = Math.Min(MaxPhraseWords, count - w); words >= 1; words--)
            {
                var length = 0;
                for (var k = w; k < w + words; k++)
                {
                    if (k > w)
                    {
                        phrase[length++] = ' ';
                    }

                    var part = run[starts[k]..starts[k + 1]];
                    part.CopyTo(phrase[length..]);
                    length += part.Length;
                }

                if (index.TryGet(phrase[..length], out var info) && info.Entry is { Signal: not Signal.Benign } entry)
                {
                    if (entry.OnlyInLanguages != 0 && Shown(shows[..count], w, words, entry.OnlyInLanguages))
                    {
                        into.EmitShown(entry, token.SourceStart, token.SourceEnd, field);
                    }
                    else
                    {
                        into.Emit(entry, token.SourceStart, token.SourceEnd, field);
                    }

                    matched = true;
                    taken = words;
                    break;
                }
            }

            w += taken;
        }

        return matched;
    }

    /// <summary>Does a word of the run outside [<paramref name="first"/>, +<paramref name="words"/>) belong only to <paramref name="languages"/>?</summary>
    private static bool Shown(ReadOnlySpan<ulong> shows, int first, int words, ulong languages)
    {
        for (var k = 0; k < shows.Length; k++)
        {
            if ((k < first || k >= first + words) && shows[k] != 0 && (shows[k] & ~languages) == 0)
            {
                return true;
            }
        }

        return false;
    }
}
