using System.Buffers;
using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// School stages in alphabetic scripts, read from the lexicons' <c>schoolStages</c>: <c>3rd grade</c>,
/// <c>third grade</c>, <c>grade 3</c>, <c>Year 5 pupil</c>, <c>5. Klasse</c>, <c>5 класс</c>, <c>quinto de
/// primaria</c>, <c>1º de ESO</c>, <c>terza media</c>, <c>4º ano</c>. Each stage maps to the age it is
/// attended at: ending before 18 is an unambiguous minor, possibly reaching 18 (12th grade) ambiguous youth.
/// </summary>
internal static class SchoolStages
{
    /// <summary>Between a number and the unit: <c>5th grade</c>, <c>5. Klasse</c>, <c>grade-5</c>, <c>grade: 5</c>.</summary>
    private static readonly SearchValues<char> StageGap = SearchValues.Create(" .-_:");

    /// <summary>Words looked at for context on each side of a stage that needs it.</summary>
    private const int ContextWindow = 4;

    public static void Detect(TokenizedText text, int unit, LexiconSet lexicons, SignalSummary into)
    {
        var stages = lexicons.StagesFor(text.TextOf(in text[unit]));
        if (stages is null)
        {
            return;
        }

        foreach (var stage in stages)
        {
            if (TryNumberBefore(text, unit, stage, lexicons, out var n, out var first)
                || TryNumberAfter(text, unit, stage, lexicons, out n, out first))
            {
                var level = stage.LevelOf(n);
                var from = Math.Min(first, unit);
                var to = Math.Max(first, unit);
                if (level > 0 && !IsStaff(text, to, lexicons.Prompt) && !StaffBefore(text, from, lexicons.Prompt)
                    && (!stage.NeedsContext
                        || (stage.Before == StageNumber.OrdinalPupil ? HasPupilContext(text, from, to, lexicons.Prompt) : HasContext(text, from, to, lexicons.Prompt))
                        || (stage.Before != StageNumber.OrdinalPupil && ImpliedSubject(text, from, to, lexicons.Prompt, needsPreposition: false))))
                {
                    into.Add(Signal.Minor, text.Source[text[from].SourceStart..text[to].SourceEnd], level, text[from].SourceStart, text[to].SourceEnd, PromptField.Prompt);
                    return;
                }
            }
        }
    }

    /// <summary>
    /// School years written as one word in Commonwealth systems, with the age the first year is attended at and the
    /// number of years: Nigeria's JSS1-3 (junior secondary, from 10) and SS1-3 (senior secondary, from 14), Singapore's
    /// Sec1-4 (from 13), India's Std1-12 (from 6), England's Y1-Y13 and Yr1-13 (from 5), Scotland's and Singapore's P1-P7
    /// (from 5) and S1-S6 (from 12), Gr1-12 (from 6). Letters and number are one token (<c>JSS1</c>, <c>Y6</c>); spaced
    /// forms (<c>Sec 1</c>, <c>Std 6</c>) are the lexicons' <c>schoolStages</c>. Ordered longest prefix first.
    /// </summary>
    private static readonly (string Prefix, int FirstAge, int Count)[] GluedUnits =
    [
        ("jss", 10, 3), ("sec", 13, 4), ("ks", 5, 4), ("std", 6, 12), ("ss", 14, 3), ("yr", 5, 13), ("gr", 6, 12), ("y", 5, 13), ("p", 5, 7), ("s", 12, 6),
    ];

    /// <summary>
    /// <c>JSS1 student</c>, <c>SS2 girl</c>, <c>Y6 girl</c>, <c>P5 pupil</c>: a glued school year (<see cref="GluedUnits"/>)
    /// with a pupil beside it in its tag, as a spaced stage needs (<see cref="HasContext"/>), and no staff word after
    /// (<c>JSS1 teacher</c>). The one-letter P and S are also product and model names (<c>Galaxy S1</c>, <c>P5</c> for a
    /// game), so P and S need a school word or youth term, not a person alone. Called for tokens holding letters and digits.
    /// </summary>
    public static bool TryGlued(TokenizedText text, int i, TermIndex index, SignalSummary into)
    {
        var word = text.TextOf(in text[i]);
        if (word.Length is < 2 or > 5 || !char.IsAsciiLetter(word[0]) || !char.IsAsciiDigit(word[^1]))
        {
            return false;
        }

        foreach (var (prefix, firstAge, count) in GluedUnits)
        {
            if (!word.StartsWith(prefix, StringComparison.Ordinal) || word.Length - prefix.Length is < 1 or > 2)
            {
                continue;
            }

            var digits = word[prefix.Length..];
            if (!int.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
                || n < 1 || n > count)
            {
                return false;
            }

            var age = firstAge + n - 1;
            var level = age + 1 < 18 ? 4 : age < 18 ? 2 : 0;
            if (level == 0 || IsStaff(text, i, index) || StaffBefore(text, i, index)
                || !((prefix is "p" or "s" ? HasSchoolContext(text, i, index) || (SchoolWordInTag(text, i, i, index) && !AdultInTag(text, i, index)) : HasContext(text, i, i, index))
                    || ImpliedSubject(text, i, i, index, needsPreposition: prefix is "p" or "s")))
            {
                return false;
            }

            into.Add(Signal.Minor, text.Source[text[i].SourceStart..text[i].SourceEnd], level, text[i].SourceStart, text[i].SourceEnd, PromptField.Prompt);
            return true;
        }

        return false;
    }

    /// <summary>An adult marker in the tag of token <paramref name="i"/> (<c>woman with a Galaxy S3 at school</c> is no pupil's year).</summary>
    private static bool AdultInTag(TokenizedText text, int i, TermIndex index)
    {
        var k = i;
        while (k > 0 && i - k < TagReach && !AgeText.IsChunkBreak(text, k - 1, k))
        {
            k--;
        }

        for (var j = k; j < Math.Min(text.SequenceCount, i + 1 + TagReach) && (j <= i || !AgeText.IsChunkBreak(text, j - 1, j)); j++)
        {
            if (AgeText.IsAdultWord(text, j, index))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A school word or youth term right after the glued year in its phrase, or right before it (<c>P5 pupil</c>, <c>pupil P5</c>).</summary>
    private static bool HasSchoolContext(TokenizedText text, int i, TermIndex index)
    {
        for (var j = Math.Max(0, i - 1); j <= Math.Min(i + 1, text.SequenceCount - 1); j++)
        {
            if (j != i && AgeText.InPhrase(text, Math.Min(i, j), Math.Max(i, j)) && text[j].Length >= 2 && !text[j].Has(TokenFlags.Cjk)
                && index.TryGet(text.TextOf(in text[j]), out var info)
                && ((info.Roles & WordRole.School) != 0 || info.Entry is { Signal: Signal.Minor or Signal.SexualMinor, OnlyInLanguages: 0 }))
            {
                return true;
            }
        }

        return false;
    }

    private static bool TryNumberBefore(TokenizedText text, int unit, SchoolStage stage, LexiconSet lexicons, out int n, out int at)
    {
        n = 0;
        at = unit - 1;
        if (stage.Before == StageNumber.None)
        {
            return false;
        }

        // "quinto de primaria": words of the stage's fillers may stand between.
        while (at >= 0 && at > unit - 3 && IsFiller(text, at, stage) && AgeText.InPhrase(text, at, at + 1))
        {
            at--;
        }

        if (at < 0 || !AgeText.GapOnly(text, at, at + 1, StageGap))
        {
            return false;
        }

        if (AgeNumbers.TryOrdinal(text, at, lexicons, out n))
        {
            return true;
        }

        return stage.Before == StageNumber.Any && IsCardinal(text, at, lexicons, out n);
    }

    private static bool TryNumberAfter(TokenizedText text, int unit, SchoolStage stage, LexiconSet lexicons, out int n, out int at)
    {
        n = 0;
        at = unit + 1;
        if (!stage.After || at >= text.SequenceCount || !AgeText.GapOnly(text, unit, at, StageGap))
        {
            return false;
        }

        return AgeNumbers.TryOrdinal(text, at, lexicons, out n) || IsCardinal(text, at, lexicons, out n);
    }

    private static bool IsCardinal(TokenizedText text, int i, LexiconSet lexicons, out int n) =>
        AgeNumbers.TryCardinal(text, i, lexicons.Prompt, out n, out var last, out var suffix, out var isDecimal)
        && last == i && suffix.Length == 0 && !isDecimal;

    private static bool IsFiller(TokenizedText text, int i, SchoolStage stage)
    {
        var word = text.TextOf(in text[i]);
        foreach (var filler in stage.Fillers)
        {
            if (word.SequenceEqual(filler))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A person or school word in the stage's tag (<c>year 5 pupil</c>, <c>she is in year 5</c>), a person
    /// ending the tag before it (<c>girl, year 5</c>) or among the first two words of the tag after it
    /// (<c>in der fünften Klasse, nacktes Mädchen</c>); <c>year 5 of the war</c> has none.
    /// </summary>
    /// <summary>Words looked at on each side of a stage, within its tag, for a school word.</summary>
    private const int TagReach = 6;

    /// <summary>
    /// The context of a stage whose unit is also a travel class (<see cref="StageNumber.OrdinalPupil"/>): a pupil right after
    /// it in its phrase (<c>6th class boy</c>, <c>fifth class pupils</c>), a verb of attending (<c>is in 4th class</c>), or a
    /// school word in its tag (<c>second class, Dublin national school</c>'s <c>school</c> in the tag after is not enough). A
    /// person before it is a passenger (<c>girl in first class</c>), and an adult after it no pupil. Such a stage heading a
    /// tag is not read as the depicted person's (<see cref="ImpliedSubject"/>): <c>a nude naga warrior, second class</c> is a rank.
    /// </summary>
    private static bool HasPupilContext(TokenizedText text, int from, int to, TermIndex index)
    {
        var next = to + 1;
        if (next < text.SequenceCount && AgeText.InPhrase(text, to, next))
        {
            // The word after says whose class it is: a pupil (6th class boy) or a thing of travel (first class lounge, cabin).
            return IsContext(text, next, index) || SchoolWordInTag(text, from, to, index);
        }

        return AttendedBefore(text, from, to, index) || SchoolWordInTag(text, from, to, index);
    }

    /// <summary>A school word (role <c>school</c>) in the tag of the tokens from..to, at most <see cref="TagReach"/> words each way.</summary>
    private static bool SchoolWordInTag(TokenizedText text, int from, int to, TermIndex index)
    {
        for (var j = to + 1; j < Math.Min(text.SequenceCount, to + 1 + TagReach) && !AgeText.IsChunkBreak(text, j - 1, j); j++)
        {
            if (text[j].Length >= 2 && AgeText.Has(text, j, index, WordRole.School))
            {
                return true;
            }
        }

        for (var j = from - 1; j >= Math.Max(0, from - TagReach) && !AgeText.IsChunkBreak(text, j, j + 1); j--)
        {
            if (text[j].Length >= 2 && AgeText.Has(text, j, index, WordRole.School))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasContext(TokenizedText text, int from, int to, TermIndex index)
    {
        if (AttendedBefore(text, from, to, index))
        {
            return true;
        }

        var nextTagWords = 0;
        for (var j = to + 1; j <= Math.Min(to + ContextWindow, text.SequenceCount - 1); j++)
        {
            if (AgeText.IsChunkBreak(text, j - 1, j) && (nextTagWords > 0 || j - 1 != to))
            {
                break; // only the tag right after the stage, when the stage ends its own
            }

            nextTagWords += nextTagWords > 0 || AgeText.IsChunkBreak(text, j - 1, j) ? 1 : 0;
            if (nextTagWords > 2)
            {
                break;
            }

            if (IsContext(text, j, index))
            {
                return true;
            }
        }

        for (var j = from - 1; j >= Math.Max(0, from - ContextWindow); j--)
        {
            var crossed = AgeText.IsChunkBreak(text, j, j + 1);
            if (IsContext(text, j, index))
            {
                return !crossed || j + 1 == from;
            }

            if (crossed)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Words looked back from a stage for the verb that says someone attends it (<c>geht in die 3. Klasse</c>: two).</summary>
    private const int VerbReach = 3;

    /// <summary>Longest word that may stand between the verb and the stage: prepositions and articles (<c>in die</c>, <c>para o</c>).</summary>
    private const int ShortWord = 4;

    /// <summary>
    /// <c>goes to fourth grade</c>, <c>geht in die 3. Klasse</c>, <c>chodzi do czwartej klasy</c>, <c>zit in groep 5</c>,
    /// <c>учится в третьем классе</c>: a verb of attending (role <c>stage-verb</c>) right before the stage in its phrase,
    /// with at most two short words (prepositions, articles: <c>in die</c>, <c>para o</c>) between. The one who attends is the depicted person, said
    /// without a person word; <c>year 5 of the war</c> and <c>groep 8 van het toernooi</c> have no such verb. Verb-final
    /// languages put the verb right after the stage (<c>3. sınıfa gidiyor</c>).
    /// </summary>
    private static bool AttendedBefore(TokenizedText text, int from, int to, TermIndex index)
    {
        if (OfSomethingElse(text, to, index))
        {
            return false; // "zit in groep 8 van het toernooi", "is in year 5 of the war": the stage of something else
        }

        // Verb-final languages put it right after the stage: 3. sınıfa gidiyor, তৃতীয় শ্রেণিতে পড়ে.
        if (to + 1 < text.SequenceCount && AgeText.InPhrase(text, to, to + 1) && AgeText.Has(text, to + 1, index, WordRole.StageVerb))
        {
            return true;
        }

        for (var j = from - 1; j >= Math.Max(0, from - VerbReach) && !AgeText.IsChunkBreak(text, j, j + 1); j--)
        {
            if (AgeText.Has(text, j, index, WordRole.StageVerb))
            {
                return true;
            }

            if (text[j].Length > ShortWord || text[j].Has(TokenFlags.Digit))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// The stage goes on with "of" and something that is no school (<c>groep 8 van het toernooi</c>, <c>year 5 of the war</c>):
    /// a group or period of something else. <c>3. Klasse der Schule</c> keeps its school word.
    /// </summary>
    private static bool OfSomethingElse(TokenizedText text, int to, TermIndex index)
    {
        var of = to + 1;
        if (of + 1 >= text.SequenceCount || !AgeText.InPhrase(text, to, of)
            || text.TextOf(in text[of]) is not ("of" or "van" or "der" or "des" or "de" or "del" or "della" or "di" or "do" or "da" or "dla"))
        {
            return false;
        }

        // The word after "of", or after its article: a school word keeps the stage a school's.
        for (var j = of + 1; j <= Math.Min(of + 2, text.SequenceCount - 1) && AgeText.InPhrase(text, j - 1, j); j++)
        {
            if (AgeText.Has(text, j, index, WordRole.School))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A pupil-like word: a school word, a youth term or a person who is not an adult (<c>woman in a class 3 hurricane</c> is no pupil).</summary>
    private static bool IsContext(TokenizedText text, int i, TermIndex index)
    {
        ref var token = ref text[i];

        // One letter is no pupil: English "I" is a person, Swedish and Dutch "i" a preposition (i första klass).
        if (token.Length < 2 || token.Has(TokenFlags.Cjk) || !index.TryGet(text.TextOf(in token), out var info))
        {
            return false;
        }

        return (info.Roles & WordRole.School) != 0
            || info.Entry is { Signal: Signal.Minor or Signal.SexualMinor, OnlyInLanguages: 0 }
            || ((info.Roles & WordRole.Person) != 0 && info.Entry is not { Signal: Signal.Adult });
    }

    /// <summary>Words that may stand before a stage heading its tag: a preposition and an article (<c>in der</c>, <c>в</c>, <c>no</c>).</summary>
    private const int HeadReach = 2;

    /// <summary>Tokens of the whole text looked through for a person (a long prompt is left to the context rules).</summary>
    private const int PersonScanLimit = 96;

    /// <summary>
    /// The stage said of the depicted person with no person word anywhere (<c>Form 1 at a Nairobi day school, nsfw</c>,
    /// <c>in 2nd class at a Dublin national school</c>, <c>в 3 классе, голая</c>, <c>KS1 phonics time</c>): in an image
    /// prompt whose only described being is the one in that stage, the stage is that person's. It must head its tag, alone
    /// or after at most two short words (a preposition and its article: <c>in</c>, <c>in der</c>, <c>ve</c>); the one-letter
    /// codes P and S, also product names (<c>Galaxy S3</c>, <c>P5</c>), need such a word (<c>in P5</c>). The stage must end its tag or go on with a short word or a school word (<c>class 4 hurricane</c>,
    /// <c>Grade 8 piano exam</c> and <c>JSS1 maths textbook</c> are things). Not when any person
    /// or staff word stands in the prompt: <c>teacher of Year 7</c>, <c>KS2 planning folder, sexy teacher</c>, <c>Year 4, nude woman</c> describe an adult, and the context rules
    /// decide a youth word near the stage. The scan is bounded by <see cref="PersonScanLimit"/>.
    /// </summary>
    private static bool ImpliedSubject(TokenizedText text, int from, int to, TermIndex index, bool needsPreposition)
    {
        var k = from;
        while (!AgeText.StartsChunk(text, k))
        {
            if (from - k >= HeadReach || text[k - 1].Length > ShortWord || text[k - 1].Has(TokenFlags.Digit) || AgeText.IsPerson(text, k - 1, index))
            {
                return false;
            }

            k--;
        }

        if ((needsPreposition && k == from) || OfSomethingElse(text, to, index) || text.SequenceCount > PersonScanLimit)
        {
            return false;
        }

        // The stage ends its tag or goes on with a short word (at, in, a): "class 4 hurricane", "Grade 8 piano exam",
        // "JSS1 maths textbook" name a thing the stage qualifies, unless the next word is a school word.
        var next = to + 1;
        if (next < text.SequenceCount && AgeText.InPhrase(text, to, next) && text[next].Length > ShortWord
            && !AgeText.Has(text, next, index, WordRole.School | WordRole.StageVerb))
        {
            return false;
        }

        for (var j = 0; j < text.SequenceCount; j++)
        {
            if ((j < from || j > to) && (AgeText.IsPerson(text, j, index) || AgeText.Has(text, j, index, WordRole.Staff)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// <c>teacher of Year 7</c>, <c>Lehrerin der 4. Klasse</c>, <c>juf van groep 6</c>, <c>maestra de tercero</c>: a staff word
    /// right before the stage, or before it with one short linking word, names the adult who teaches that stage.
    /// </summary>
    private static bool StaffBefore(TokenizedText text, int from, TermIndex index)
    {
        for (var j = from - 1; j >= Math.Max(0, from - 2) && AgeText.InPhrase(text, j, j + 1); j--)
        {
            if (AgeText.Has(text, j, index, WordRole.Staff))
            {
                return true;
            }

            if (text[j].Length > ShortWord || text[j].Has(TokenFlags.Digit))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary><c>5th grade teacher</c>, <c>year 3 parents</c>: the stage names whom an adult teaches or parents.</summary>
    private static bool IsStaff(TokenizedText text, int last, TermIndex index) =>
        last + 1 < text.SequenceCount && AgeText.InPhrase(text, last, last + 1) && AgeText.Has(text, last + 1, index, WordRole.Staff);
}
