using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// School stages written in Han or Hangul, read from the lexicons' <c>schoolStages</c> with a
/// <c>prefix</c> or a CJK <c>unit</c>: <c>初二</c>, <c>高三学生</c>, <c>中2</c>, <c>중2</c>, <c>초3</c>,
/// <c>三年级</c>, <c>3年级</c>. A numeral follows the prefix (or precedes the unit); digits arrive as their
/// own token joined to the run (<c>中</c> + <c>2</c>). Words that only contain the pattern (<c>年初一</c>, the
/// first day of the year; <c>中二病</c>) are listed per stage as <c>exclude</c>.
/// </summary>
internal static class CjkSchoolStages
{
    /// <summary>Stages inside one Han/Hangul run, numerals written as characters (<c>初二</c>, <c>三年级</c>).</summary>
    public static void Detect(TokenizedText text, int i, LexiconSet lexicons, SignalSummary into)
    {
        var stages = lexicons.CjkStages;
        if (stages.Length == 0)
        {
            return;
        }

        ref var token = ref text[i];
        var run = text.TextOf(in token);
        foreach (var stage in stages)
        {
            WorkCounter.Add(run.Length);
            if (stage.Prefix.Length > 0)
            {
                if (DetectAfterPrefix(text, i, run, stage, into))
                {
                    return;
                }
            }
            else if (!stage.DigitsOnly && DetectBeforeUnit(text, in token, run, stage, into))
            {
                return;
            }
        }
    }

    /// <summary><c>3年级</c>: digits, then a run that starts with a stage unit.</summary>
    public static void DetectDigitsFirst(TokenizedText text, int digits, LexiconSet lexicons, SignalSummary into)
    {
        var next = digits + 1;
        if (next >= text.SequenceCount || !text[next].Has(TokenFlags.Joined) || !int.TryParse(text.TextOf(in text[digits]), out var n))
        {
            return;
        }

        var run = text.TextOf(in text[next]);
        foreach (var stage in lexicons.CjkStages)
        {
            if (stage.Prefix.Length == 0 && run.StartsWith(stage.Unit, StringComparison.Ordinal) && !PreviousRunExcluded(text, digits, stage))
            {
                if (Emit(text, stage, n, text[digits].SourceStart, text.SourceIndexAt(text[next].Start + stage.Unit.Length - 1) + 1, into))
                {
                    return;
                }
            }
        }
    }

    private static bool DetectAfterPrefix(TokenizedText text, int i, ReadOnlySpan<char> run, SchoolStage stage, SignalSummary into)
    {
        ref var token = ref text[i];
        var prefix = stage.Prefix;
        for (var at = run.IndexOf(prefix, StringComparison.Ordinal); at >= 0; at = NextIndex(run, prefix, at))
        {
            WorkCounter.Add(prefix.Length + stage.Exclude.Length);
            var after = at + prefix.Length;
            if (IsExcluded(run, at, stage))
            {
                continue;
            }

            if (after == run.Length)
            {
                // 中 + 2, 중 + 2, 小学 + 3 + 年生: the digits are the next token. A one-character prefix must be the whole run
                // (最高1位 is no stage), or follow a hiragana particle or ending: Japanese joins kana and kanji in one run, so
                // 学ラン姿の高1の息子 ends its run with の高 (session 25).
                if ((prefix.Length > 1 || at == 0 || IsHiragana(run[at - 1])) && TryDigitsAfter(text, i, stage, out var n, out var sourceEnd)
                    && Emit(text, stage, n, text.SourceIndexAt(token.Start + at), sourceEnd, into))
                {
                    return true;
                }

                continue;
            }

            if (stage.DigitsOnly || !TryNumeral(run[after..], out var value, out var length))
            {
                continue;
            }

            var end = after + length;
            if (stage.Unit.Length > 0)
            {
                if (!run[end..].StartsWith(stage.Unit, StringComparison.Ordinal))
                {
                    continue;
                }

                end += stage.Unit.Length;
            }

            if (FollowedWell(run[end..], stage) && Emit(text, stage, value, text.SourceIndexAt(token.Start + at), SourceEnd(text, in token, end), into))
            {
                return true;
            }
        }

        return false;
    }

    private static bool DetectBeforeUnit(TokenizedText text, in Token token, ReadOnlySpan<char> run, SchoolStage stage, SignalSummary into)
    {
        var unit = stage.Unit;
        for (var at = run.IndexOf(unit, StringComparison.Ordinal); at >= 0; at = NextIndex(run, unit, at))
        {
            WorkCounter.Add(unit.Length + stage.Exclude.Length);
            var start = NumeralStart(run, at);
            if (start == at || IsExcluded(run, start, stage) || !TryNumeral(run[start..at], out var value, out _))
            {
                continue;
            }

            var end = at + unit.Length;
            if (FollowedWell(run[end..], stage) && Emit(text, stage, value, text.SourceIndexAt(token.Start + start), SourceEnd(text, in token, end), into))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsHiragana(char c) => c is >= '\u3041' and <= '\u309F';

    private static bool TryDigitsAfter(TokenizedText text, int i, SchoolStage stage, out int n, out int sourceEnd)
    {
        n = 0;
        sourceEnd = 0;
        var d = i + 1;
        if (d >= text.SequenceCount || !text[d].Has(TokenFlags.Joined) || text[d].Length > 2 || !int.TryParse(text.TextOf(in text[d]), out n))
        {
            return false;
        }

        sourceEnd = text[d].SourceEnd;
        var next = d + 1;
        var hasNextRun = next < text.SequenceCount && text[next].Has(TokenFlags.Joined) && text[next].Has(TokenFlags.Cjk);
        var rest = hasNextRun ? text.TextOf(in text[next]) : [];
        if (stage.Unit.Length > 0)
        {
            if (!rest.StartsWith(stage.Unit, StringComparison.Ordinal))
            {
                return false;
            }

            sourceEnd = text.SourceIndexAt(text[next].Start + stage.Unit.Length - 1) + 1;
            rest = rest[stage.Unit.Length..];
        }

        return FollowedWell(rest, stage);
    }

    private static bool FollowedWell(ReadOnlySpan<char> rest, SchoolStage stage)
    {
        if (rest.IsEmpty || stage.FollowedBy.Length == 0)
        {
            return true;
        }

        foreach (var f in stage.FollowedBy)
        {
            if (rest.StartsWith(f, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A listed longer word overlaps or directly precedes the match starting at <paramref name="start"/>.</summary>
    private static bool IsExcluded(ReadOnlySpan<char> run, int start, SchoolStage stage)
    {
        foreach (var word in stage.Exclude)
        {
            for (var p = Math.Max(0, start - word.Length); p <= start && p < run.Length; p++)
            {
                if (run[p..].StartsWith(word, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The run before the digits ends with an excluded word (<c>大学3年级</c>).</summary>
    private static bool PreviousRunExcluded(TokenizedText text, int digits, SchoolStage stage)
    {
        if (digits == 0 || !text[digits].Has(TokenFlags.Joined) || !text[digits - 1].Has(TokenFlags.Cjk))
        {
            return false;
        }

        var previous = text.TextOf(in text[digits - 1]);
        foreach (var word in stage.Exclude)
        {
            if (previous.EndsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Emit(TokenizedText text, SchoolStage stage, int n, int sourceStart, int sourceEnd, SignalSummary into)
    {
        var level = stage.LevelOf(n);
        if (level == 0 || sourceEnd <= sourceStart)
        {
            return false;
        }

        into.Add(Signal.Minor, text.Source[sourceStart..sourceEnd], level, sourceStart, sourceEnd, PromptField.Prompt);
        return true;
    }

    private static int SourceEnd(TokenizedText text, in Token token, int end) =>
        token.Start + end < token.End ? text.SourceIndexAt(token.Start + end) : token.SourceEnd;

    private static int NextIndex(ReadOnlySpan<char> run, string word, int at)
    {
        var next = run[(at + 1)..].IndexOf(word, StringComparison.Ordinal);
        return next < 0 ? -1 : at + 1 + next;
    }

    /// <summary>Where the Han numeral ending at <paramref name="end"/> starts (at most two characters: 十二).</summary>
    private static int NumeralStart(ReadOnlySpan<char> run, int end)
    {
        var start = end;
        while (start > 0 && end - start < 2 && ValueOf(run[start - 1]) > 0)
        {
            start--;
        }

        return start;
    }

    /// <summary>一 … 十二 at the start of <paramref name="s"/>.</summary>
    private static bool TryNumeral(ReadOnlySpan<char> s, out int value, out int length)
    {
        value = 0;
        length = 0;
        if (s.IsEmpty || ValueOf(s[0]) == 0)
        {
            return false;
        }

        value = ValueOf(s[0]);
        length = 1;
        if (value == 10 && s.Length > 1 && ValueOf(s[1]) is > 0 and < 10)
        {
            value += ValueOf(s[1]);
            length = 2;
        }

        return true;
    }

    /// <summary>A school year's numeral <c>一</c> … <c>十</c> (1–10), else 0: <c>〇</c> and <c>百</c> are Han numerals but no school year.</summary>
    private static int ValueOf(char c) => CjkAges.HanNumeralValue(c) is var v and >= 1 and <= 10 ? v : 0;
}
