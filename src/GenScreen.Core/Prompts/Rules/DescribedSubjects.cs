using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// A likely name in a script without capitals (Thai, Devanagari, Bengali, Arabic and Persian, Hebrew) that no name list
/// or name form vouches for, in a prompt whose subject a noun already names (a woman, a man, a bhabhi, a couple, a tomboy,
/// a farmer): the two words are the scene or a description of that subject, not who it is (session 38, i16-precision46).
/// The readers find a pair of unknown words where a subject may stand; 41 of batches 38-45's 67 must-allow flags were
/// such pairs beside a named adult: ไอน้ำ แสงสลัว "steam, dim light" after สาวใหญ่อายุห้าสิบสอง, देसी अमेच्योर after हॉट भाभी,
/// মাইওয়ালা মাঝবয়সী before মহিলা. Kept: a listed given name in the span, a family name by its form, a Thai name shape, a
/// span after a term's "of" (the picture's subject), and a noun right before the span (an apposition: औरत प्रिया).
/// </summary>
internal static class DescribedSubjects
{
    private static readonly Lazy<HashSet<string>> ThaiNouns = new(LoadThai);

    /// <summary>Fewest letters after a Thai subject noun glued in one run for the run to be a clause (สาวใหญ่วัย 38: วัย).</summary>
    private const int MinThaiClauseTail = 2;

    /// <summary>Drops the likely name when it is such a pair (only after a likely name was found: no cost on other prompts).</summary>
    public static void DropLikely(TokenizedText text, SignalSummary into)
    {
        if (!into.Has(Signal.RealPersonLikely) || into.Has(Signal.RealPersonHint))
        {
            return;
        }

        ref readonly var likely = ref into[Signal.RealPersonLikely];
        if (likely.Field != PromptField.Prompt || likely.SourceStart < 0 || likely.SourceEnd > text.Source.Length || likely.SourceStart >= likely.SourceEnd)
        {
            return;
        }

        var (first, last) = TokensOf(text, likely.SourceStart, likely.SourceEnd);
        if (first < 0 || CaselessScriptNames.ScriptOfToken(text, in text[first]) is not ('T' or 'D' or 'B' or 'A' or 'H') || Vouched(text, first, last)
            || ScriptFullNames.AfterTermOf(text, first))
        {
            return;
        }

        if (SpanHoldsSubject(text, first, last) || SubjectElsewhere(text, first, last, into))
        {
            into.Drop(Signal.RealPersonLikely);
        }
    }

    /// <summary>The first and last token that overlap the source span, or (-1, -1).</summary>
    private static (int First, int Last) TokensOf(TokenizedText text, int start, int end)
    {
        int first = -1, last = -1;
        for (var k = 0; k < text.SequenceCount; k++)
        {
            WorkCounter.Add(1);
            ref var token = ref text[k];
            if (token.SourceEnd > start && token.SourceStart < end)
            {
                first = first < 0 ? k : first;
                last = k;
            }
        }

        return (first, last);
    }

    /// <summary>A word of the span that a name list holds, a family name of the script by its form, or a Thai name's shape.</summary>
    private static bool Vouched(TokenizedText text, int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            if ((text[k].Tags & WordTags.GivenName) != 0)
            {
                return true;
            }
        }

        var source = text.Source.AsSpan(text[first].SourceStart, text[last].SourceEnd - text[first].SourceStart);
        return ScriptFamilyNames.IsFamilyName(Word(text, last)) || ThaiGivenNameShapes.IsPairSpan(source);
    }

    /// <summary>A word of the span is itself a subject noun (ชายหญิงวัยกลางคน ห้องสปา "a middle-aged man and woman, spa room").</summary>
    private static bool SpanHoldsSubject(TokenizedText text, int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            if (IsSubjectNoun(text, k) || OpensThaiClause(Word(text, k)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A subject noun elsewhere: before the span with at least one word between (right before it, it may be an apposition
    /// to a name: নগ্ন মহিলা প্রিয়া), or after it in the same phrase (no mark between: মাইওয়ালা মাঝবয়সী মহিলা, "a big-breasted
    /// middle-aged woman", where Devanagari and Bengali put the describing words before their noun). A Thai run that opens with
    /// the noun and goes on (สาวใหญ่อายุห้าสิบสอง…) is a clause and counts even right before the span.
    /// </summary>
    private static bool SubjectElsewhere(TokenizedText text, int first, int last, SignalSummary into)
    {
        for (var k = 0; k < first; k++)
        {
            WorkCounter.Add(1);
            if ((k < first - 1 && (IsSubjectNoun(text, k) || OverlapsAdult(text, k, into))) || OpensThaiClause(Word(text, k)))
            {
                return true;
            }
        }

        for (var k = last + 1; k < text.SequenceCount && PersonDetector.OnlySpaceBetween(text.Source, text[k - 1].SourceEnd, text[k].SourceStart); k++)
        {
            WorkCounter.Add(1);
            if (IsSubjectNoun(text, k) || OverlapsAdult(text, k, into) || OpensThaiClause(Word(text, k)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A person word of the lexicons, a kin or marital noun, a noun of a trade or age, or a Thai subject noun.</summary>
    private static bool IsSubjectNoun(TokenizedText text, int k)
    {
        var word = Word(text, k);
        return (text[k].Tags & WordTags.PersonWord) != 0 || KinWords.Contains(word) || ThaiNouns.Value.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }

    /// <summary>The token holds the prompt's adult evidence (वयस्क, بالغان, ผู้ใหญ่).</summary>
    private static bool OverlapsAdult(TokenizedText text, int k, SignalSummary into)
    {
        ref readonly var adult = ref into[Signal.Adult];
        return adult.IsPresent && adult.Field == PromptField.Prompt && adult.SourceStart < text[k].SourceEnd && adult.SourceEnd > text[k].SourceStart;
    }

    /// <summary>A Thai run that opens with a subject noun (this list or a Thai kin or person noun) and goes on: หญิงต่างชาติอายุ, เมียวัย.</summary>
    private static bool OpensThaiClause(ReadOnlySpan<char> word)
    {
        if (word.Length <= MinThaiClauseTail || !Scripts.IsThai(word[0]))
        {
            return false;
        }

        var nouns = ThaiNouns.Value.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var n = 2; n <= Math.Min(MaxThaiNoun, word.Length - MinThaiClauseTail); n++)
        {
            WorkCounter.Add(1);
            if (nouns.Contains(word[..n]) || KinWords.Contains(word[..n]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Longest Thai subject noun tried as a run's opening (สาวประเภทสอง).</summary>
    private const int MaxThaiNoun = 12;

    private static ReadOnlySpan<char> Word(TokenizedText text, int k) =>
        text.Source.AsSpan(text[k].SourceStart, text[k].SourceEnd - text[k].SourceStart);

    private static HashSet<string> LoadThai()
    {
        using var reader = RuleDataFile.Open("thai-subject-nouns.txt");
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in RuleDataFile.Rows(reader))
        {
            words.Add(row.Trim().Normalize());
        }

        return words;
    }
}
