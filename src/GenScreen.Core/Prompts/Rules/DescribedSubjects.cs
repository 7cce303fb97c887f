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

    /// <summary>
    /// Fewest letters after a Thai subject noun glued in one run, with no age word, for the run to be a clause
    /// (สาวใหญ่ผมบลอนด์คุกเข่า…): a given name may open with the same letters (หญิงลี ศรีจุมพล, Ying Lee), and its tail is short.
    /// </summary>
    private const int MinThaiClauseTail = 8;

    /// <summary>Thai words of age (วัย, อายุ): a subject noun followed by its age (เมียวัย 38, หญิงต่างชาติอายุ 28) is a description.</summary>
    private static readonly System.Buffers.SearchValues<string> ThaiAgeSearch =
        System.Buffers.SearchValues.Create(["วัย", "อายุ"], StringComparison.Ordinal);

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
        var script = first < 0 ? '\0' : CaselessScriptNames.ScriptOfToken(text, in text[first]);
        if (script is not ('T' or 'D' or 'B' or 'A' or 'H') || Vouched(text, first, last) || ScriptFullNames.AfterTermOf(text, first)
            || (first > 0 && EndsWithLinker(Word(text, first - 1)))
            || (last + 1 < text.SequenceCount && IsPartnerPostposition(Word(text, last + 1))))
        {
            return;
        }

        // A span that holds the sexual or undressing evidence itself (শাড়ি খুলে, ติยะไพรัช เปลือยกาย) is a reader's wrong span beside a
        // name it did not find, not a description: dropping it loses the prompt's only stop (batches 43v, 45 person items).
        if (Overlaps(in into[Signal.Sexual], likely.SourceStart, likely.SourceEnd) || Overlaps(in into[Signal.Undress], likely.SourceStart, likely.SourceEnd))
        {
            return;
        }

        if (SpanHoldsSubject(text, first, last) || SubjectElsewhere(text, first, last, script is 'D' or 'B', into))
        {
            into.Drop(Signal.RealPersonLikely);
        }
    }

    private static bool Overlaps(in Evidence evidence, int start, int end) =>
        evidence.IsPresent && evidence.Field == PromptField.Prompt && evidence.SourceStart < end && start < evidence.SourceEnd;

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

    /// <summary>
    /// Words for "with", "and", "of" (กับ, ของ, และ glued at a Thai run's end; مع, با, و, עם, של, और, এবং, আর): the name after
    /// them is a partner or an owner beside the subject noun (…มีเซ็กส์กับผู้ชาย, فيديو … مع رجل), not a description of it.
    /// </summary>
    private static readonly HashSet<string> Linkers = new(StringComparer.Ordinal) { "مع", "با", "و", "עם", "של", "ו", "और", "एवं", "এবং", "আর", "ও" };

    private static readonly string[] ThaiLinkEnds = ["กับ", "ของ", "และ"];

    /// <summary>
    /// Hindi and Bengali postpositions of an agent, partner or object (ने, से, के, को; সাথে, সঙ্গে, কে): right after the span they make it
    /// a participant of the clause (আঁখি আলমগীর-কে চুমু খাচ্ছে, "kisses Ankhi Alamgir"), not a describer of the subject noun.
    /// </summary>
    private static bool IsPartnerPostposition(ReadOnlySpan<char> word) => word is "ने" or "से" or "के" or "को" or "সাথে" or "সঙ্গে" or "কে" or "দিয়ে";

    private static bool EndsWithLinker(ReadOnlySpan<char> word) =>
        Linkers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) || CasedNameShapes.EndsWithAny(word, ThaiLinkEnds);

    /// <summary>
    /// A word of the span that a name list holds, an honorific or title opening it (خانم نگار رحیمی: the honorific says a name
    /// follows), a family name of the script by its form, or a Thai name's shape.
    /// </summary>
    private static bool Vouched(TokenizedText text, int first, int last)
    {
        if ((text[first].Tags & (WordTags.NameHonorific | WordTags.Title)) != 0)
        {
            return true;
        }

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
            if (IsSubjectNoun(text, k) || OpensThaiClause(Word(text, k)) || DescribesThaiSubject(Word(text, k)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Session 40 (i16-precision48): a Thai word that describes the subject rather than names her: a noun closed by สาว or
    /// หนุ่ม, "young (woman/man)" said after it (แม่มดสาว a young witch, ตำรวจสาว a young policewoman, นักกีฬาหนุ่ม), or an
    /// outfit opened by a garment noun (ชุดรัดรูป a bodysuit, เสื้อกล้าม, กระโปรงสั้น). A name in Thai script before it is a
    /// foreign or fictional one with its description (เบโยเน็ตต้า แม่มดสาว, batch 47), not a given and family name.
    /// </summary>
    internal static bool DescribesThaiSubject(ReadOnlySpan<char> word)
    {
        if (word.Length < 5 || !Scripts.IsThai(word[0]))
        {
            return false;
        }

        foreach (var young in ThaiYoungAfter)
        {
            if (word.Length >= young.Length + 3 && word.EndsWith(young, StringComparison.Ordinal))
            {
                return true;
            }
        }

        foreach (var garment in ThaiGarmentOpeners)
        {
            if (word.Length >= garment.Length + 2 && word.StartsWith(garment, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] ThaiYoungAfter = ["สาว", "หนุ่ม"];

    /// <summary>Thai garment nouns that open an outfit compound (ชุด outfit, เสื้อ top, กางเกง trousers, กระโปรง skirt).</summary>
    private static readonly string[] ThaiGarmentOpeners = ["ชุด", "เสื้อ", "กางเกง", "กระโปรง"];

    /// <summary>
    /// A subject noun elsewhere: before the span with at least one word between (right before it, it may be an apposition
    /// to a name: নগ্ন মহিলা প্রিয়া), or, in Devanagari and Bengali, which put the describing words before their noun, after it
    /// in the same phrase (no mark between: মাইওয়ালা মাঝবয়সী মহিলা, "a big-breasted middle-aged woman"). Thai, Arabic, Persian
    /// and Hebrew put them after the noun, so a person word after the span there is someone else (مع رجل, กับผู้ชาย: a partner).
    /// A Thai run that opens with the noun and goes on (สาวใหญ่อายุห้าสิบสอง…) is a clause and counts even right before the span.
    /// </summary>
    private static bool SubjectElsewhere(TokenizedText text, int first, int last, bool headFinal, SignalSummary into)
    {
        for (var k = 0; k < first; k++)
        {
            WorkCounter.Add(1);
            // The adult term must end before the word right before the span too (এক লোক আঁখি আলমগীর-কে: "a man … Ankhi Alamgir").
            if ((k < first - 1 && (IsSubjectNoun(text, k) || (OverlapsAdult(text, k, into) && into[Signal.Adult].SourceEnd <= text[first - 1].SourceStart)))
                || OpensThaiClause(Word(text, k)))
            {
                return true;
            }
        }

        for (var k = last + 1; headFinal && k < text.SequenceCount && PersonDetector.OnlySpaceBetween(text.Source, text[k - 1].SourceEnd, text[k].SourceStart); k++)
        {
            WorkCounter.Add(1);
            if (EndsWithLinker(Word(text, k)) || IsPartnerPostposition(Word(text, k)))
            {
                return false; // प्रिया रघुवंशी और उसका पति, … के साथ: the noun after is another person
            }

            // The noun before a partner postposition (किसी आदमी के साथ, "with some man") is the partner, not the span's noun.
            if ((IsSubjectNoun(text, k) || OverlapsAdult(text, k, into))
                && !(k + 1 < text.SequenceCount && IsPartnerPostposition(Word(text, k + 1))))
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
        if (word.Length < 4 || !Scripts.IsThai(word[0]))
        {
            return false;
        }

        var nouns = ThaiNouns.Value.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var n = 2; n <= Math.Min(MaxThaiNoun, word.Length - 2); n++)
        {
            WorkCounter.Add(1);
            if ((nouns.Contains(word[..n]) || KinWords.Contains(word[..n])) && (word.Length - n >= MinThaiClauseTail || HasAgeWord(word[n..])))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasAgeWord(ReadOnlySpan<char> tail) => tail.IndexOfAny(ThaiAgeSearch) >= 0;

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
