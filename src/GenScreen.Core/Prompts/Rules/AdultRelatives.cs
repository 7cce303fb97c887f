using System.Globalization;
using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// A relation word that may name a child or an adult (role <c>relative</c>: <c>grandson</c>, <c>nipote</c>, <c>حفيد</c>,
/// <c>הנכד</c>, <c>孙子</c>, <c>손자</c>) with an adult age of its own names that adult, so it is no youth term at all
/// (session 23, i16-children25): the age right after it in apposition, across one comma and at most a possessive or an age
/// word (<c>my grandson, 30, at his wedding</c>, <c>הנכד שלי, בן 30</c>, <c>我孙子，30岁</c>, <c>cháu nội tôi, 30 tuổi</c>), or
/// right before it in its phrase (<c>my 30 year old grandson</c>). The number must read as an age: glued to its unit
/// (<c>30岁</c>, <c>30세</c>) or followed by an age unit or the end of its tag, so <c>my grandson and his 30 classmates</c>
/// keeps the grandson a child. A child's age anywhere still blocks (<c>granddaughter, 8</c> is no adult age). Since session
/// 34 a number word of adult value with its unit after it counts too (<c>kırk yaşındaki oğlum</c>).
/// </summary>
internal static class AdultRelatives
{
    private const int AdultAge = 18;
    private const int OldestAge = 120;

    /// <summary>Words looked at on each side of the relation word (<c>הנכד שלי, בן 30</c>: two before the number).</summary>
    private const int Reach = 3;

    /// <summary>Longest word that may stand between the relation and its age (a possessive, <c>בן</c>, <c>อายุ</c>).</summary>
    private const int ShortWord = 4;

    // One adult entry per relation entry, made on the first match with an adult age: nothing is allocated on later matches.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<LexiconEntry, LexiconEntry> Adults = new();

    /// <summary>The relation word of an unspaced run read as the adult it names (signal <c>adult</c>).</summary>
    public static LexiconEntry AsAdult(LexiconEntry entry) => Adults.GetValue(entry, static e => e with { Signal = Signal.Adult, Level = 0 });

    /// <summary>The matched youth term holds a relation word and an adult age of its own: TermMatcher emits nothing for it.</summary>
    public static bool IsAdult(TokenizedText text, int first, int count, TermIndex index, LexiconEntry entry, PromptField field)
    {
        if (field != PromptField.Prompt || entry is not { Signal: Signal.Minor, Level: <= 3 } || !HoldsRelative(text, first, count, index, entry))
        {
            return false;
        }

        return AgeAfter(text, first + count, index) || AgeBefore(text, first, index) || AdultWordBeside(text, first, count, index);
    }

    /// <summary>Longest word allowed between an adult word and the relation it describes (<c>dospělá mlynářova dcera</c>).</summary>
    private const int ShortGapWord = 4;

    /// <summary>
    /// An adult adjective in the relation word's own phrase (session 25, i16-precision29): right before it (<c>erwachsene
    /// Tochter</c>, <c>dorosła córka</c>), right after it (<c>fille adulte</c>), or before it past one longer word that is no
    /// person (<c>dospělá mlynářova dcera</c>, "the miller's adult daughter"). A short word between (<c>woman with daughter</c>,
    /// <c>žena s dcerou</c>, <c>woman her daughter</c>) or a person word (<c>woman and her daughter</c>) leaves the relation a
    /// child's; a child's age anywhere still blocks.
    /// </summary>
    private static bool AdultWordBeside(TokenizedText text, int first, int count, TermIndex index)
    {
        var after = first + count;
        if (after < text.SequenceCount && !AgeText.IsChunkBreak(text, after - 1, after) && AgeText.IsAdultWord(text, after, index))
        {
            return true;
        }

        if (first >= 1 && !AgeText.IsChunkBreak(text, first - 1, first) && AgeText.IsAdultWord(text, first - 1, index))
        {
            return true;
        }

        return first >= 2 && !AgeText.IsChunkBreak(text, first - 2, first - 1) && !AgeText.IsChunkBreak(text, first - 1, first)
            && text[first - 1].Length > ShortGapWord && !text[first - 1].Has(TokenFlags.Digit)
            && !AgeText.IsPerson(text, first - 1, index) && AgeText.IsAdultWord(text, first - 2, index);
    }

    /// <summary>What may follow the relation word in its unspaced run: a Thai possessive (<c>หลานชายของฉัน</c>, my nephew).</summary>
    private static readonly string[] RunPossessives = ["ของฉัน", "ของผม", "ของเรา", "ของหนู"];

    /// <summary>
    /// A relation word of an unspaced run (<c>我孙子</c>, <c>손자</c>, <c>หลานชายของฉัน</c>) that ends the run, or is followed in it only by
    /// a possessive, with an adult age in the tokens after the run (from <paramref name="next"/>): <c>我孙子，30岁</c>.
    /// </summary>
    public static bool IsAdultAfterRun(TokenizedText text, int next, ReadOnlySpan<char> rest, TermIndex index, LexiconEntry entry, PromptField field) =>
        field == PromptField.Prompt && entry is { Signal: Signal.Minor, Level: <= 3 } && (rest.IsEmpty || IsPossessive(rest))
        && index.TryGet(entry.Term, out var info) && (info.Roles & WordRole.EitherAge) != 0 && AgeAfter(text, next, index);

    private static bool IsPossessive(ReadOnlySpan<char> rest)
    {
        foreach (var possessive in RunPossessives)
        {
            if (rest.SequenceEqual(possessive))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An adult age from token <paramref name="from"/> on: across one tag break, a possessive or an age word at most.</summary>
    private static bool AgeAfter(TokenizedText text, int from, TermIndex index)
    {
        var breaks = 0;
        for (var j = from; j < Math.Min(text.SequenceCount, from + Reach); j++)
        {
            WorkCounter.Add(1);
            if (j > 0 && AgeText.IsChunkBreak(text, j - 1, j) && ++breaks > 1)
            {
                break;
            }

            if (IsAdultAgeAt(text, j, index))
            {
                return true;
            }

            if (text[j].Length > ShortWord || text[j].Has(TokenFlags.Digit))
            {
                break;
            }
        }

        return false;
    }

    /// <summary>An adult age before the relation word in its phrase, only age words between (<c>my 30 year old grandson</c>).</summary>
    private static bool AgeBefore(TokenizedText text, int first, TermIndex index)
    {
        for (var j = first - 1; j >= Math.Max(0, first - Reach) && !AgeText.IsChunkBreak(text, j, j + 1); j--)
        {
            WorkCounter.Add(1);
            if (IsAdultAgeAt(text, j, index))
            {
                return true;
            }

            if (!AgeText.Has(text, j, index, WordRole.AgeUnit | WordRole.Old) && text[j].Length > ShortWord)
            {
                break;
            }
        }

        return false;
    }

    private static bool HoldsRelative(TokenizedText text, int first, int count, TermIndex index, LexiconEntry entry)
    {
        if (index.TryGet(entry.Term, out var info) && (info.Roles & WordRole.EitherAge) != 0)
        {
            return true;
        }

        for (var k = first; k < first + count; k++)
        {
            if (!text[k].Has(TokenFlags.Cjk) && AgeText.Has(text, k, index, WordRole.EitherAge))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Token <paramref name="j"/> is a number from 18 to 120 said as an age: glued to its unit, or followed by one or by the end of its tag.</summary>
    private static bool IsAdultAgeAt(TokenizedText text, int j, TermIndex index)
    {
        var word = text.TextOf(in text[j]);
        var value = 0;
        var digits = 0;
        while (digits < word.Length && digits < 4 && CharUnicodeInfo.GetDecimalDigitValue(word[digits]) is var d and >= 0)
        {
            value = (value * 10) + d;
            digits++;
        }

        if (digits == 0 && text[j].NumberWord is >= AdultAge and <= OldestAge)
        {
            // An age in words with its unit after it (kırk yaşındaki oğlum, my forty-year-old son; session 34): the matcher
            // gave the word its value. One word only: a compound (otuz beş) is read as its last word, a child's age, so no adult.
            return j + 1 < text.SequenceCount && IsUnit(text, j + 1, index);
        }

        if (digits is < 2 or > 3 || value is < AdultAge or > OldestAge)
        {
            return false;
        }

        return digits < word.Length
            ? !char.IsAsciiLetter(word[digits]) || AgeText.Has(text, j, index, WordRole.AgeUnit)
            : AgeText.EndsChunk(text, j) || (j + 1 < text.SequenceCount && IsUnit(text, j + 1, index));
    }

    /// <summary>An age unit word, or a run of an unspaced script that starts with one (<c>岁</c>, <c>세</c>, <c>ปี</c>; the unspaced units are no word roles).</summary>
    private static bool IsUnit(TokenizedText text, int j, TermIndex index)
    {
        if (AgeText.Has(text, j, index, WordRole.AgeUnit))
        {
            return true;
        }

        if (!text[j].Has(TokenFlags.Cjk))
        {
            return false;
        }

        var run = text.TextOf(in text[j]);
        return RunUnits.Contains(run[0]) || run.StartsWith("ปี", StringComparison.Ordinal);
    }

    /// <summary>Age units of one character that open an unspaced run (<c>30 岁</c>, <c>30 세</c>, <c>30 歳</c>).</summary>
    private const string RunUnits = "岁歲歳세살";
}
