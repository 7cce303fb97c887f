using System.Buffers;
using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// Finds stated ages, wherever they stand in the prompt: <c>12 year old</c>, <c>12yo</c>, <c>12 y/o</c>,
/// <c>twelve years old</c>, <c>12 años</c>, <c>12歳</c>, <c>3 months old</c>, <c>aged 12</c>, <c>age of 12</c>,
/// <c>12 age</c>, <c>she is 12</c>, <c>she's twelve</c>, <c>just turned 13</c>, <c>looks 12</c> (apparent age
/// counts), <c>girl, 16</c>, <c>her 10th birthday</c>, <c>nine and a half</c>, <c>twelv year old</c>; and school
/// stages (<see cref="SchoolStages"/>, <see cref="CjkSchoolStages"/>). Under 18 is an unambiguous minor; 18
/// or more an adult marker, as is <c>18+</c> written as its own word (not <c>f/1.8</c>). Not ages: score
/// and quality tags (<c>score_9</c>, <c>score_9, year 2025</c>), years, weights, resolutions, versions,
/// time spans (<c>10 years ago</c>, <c>for 12 years</c>) and the age of a thing (<c>15 year old whiskey</c>).
/// All words involved come from the lexicons (<c>ageUnits</c>, <c>numbers</c>, <c>ordinals</c>, <c>roles</c>).
/// </summary>
internal static class AgeDetector
{
    private const int AdultAge = 18;
    private const int OldestPlausibleAge = 120;

    /// <summary>Between <c>age</c> and its number: <c>age 12</c>, <c>age: 12</c>, <c>age=12</c>, <c>age_12</c>.</summary>
    private static readonly SearchValues<char> MarkerGap = SearchValues.Create(" :=-_");

    /// <summary>Between an age verb and its subject or number: <c>she's 12</c>, <c>she is 12</c>.</summary>
    private static readonly SearchValues<char> VerbGap = SearchValues.Create(" '\u2019-");

    /// <param name="currentYear">The year of the verdict (from the screener's clock): a birth year is an age only against it.</param>
    public static void Detect(TokenizedText text, LexiconSet lexicons, SignalSummary into, int currentYear) =>
        Detect(text, lexicons, into, null, currentYear);

    /// <param name="clock">The screener's clock, read for the year only at the prompt's first number (a birth year needs it;
    /// most prompts hold no number, and the clock read was a per-prompt cost: session 32, i16-speed40).</param>
    public static void Detect(TokenizedText text, LexiconSet lexicons, SignalSummary into, TimeProvider clock) =>
        Detect(text, lexicons, into, clock, 0);

    private static void Detect(TokenizedText text, LexiconSet lexicons, SignalSummary into, TimeProvider? clock, int currentYear)
    {
        var n = text.SequenceCount;
        var japaneseContext = -1;
        for (var i = 0; i < n; i++)
        {
            ref var token = ref text[i];
            if (SchoolAbbreviations.IsCandidate(text, in token))
            {
                SchoolAbbreviations.Detect(text, i, ref japaneseContext, into);
            }

            if (SmallOnes.IsCandidate(text, in token))
            {
                SmallOnes.Detect(text, i, into);
            }

            if (token.Has(TokenFlags.Cjk))
            {
                CjkAges.Detect(text, i, lexicons, into);
                NativeCounterAges.Detect(text, i, into);
                CjkSchoolStages.Detect(text, i, lexicons, into);
                continue;
            }

            if ((token.Roles & WordRole.StageUnit) != 0)
            {
                SchoolStages.Detect(text, i, lexicons, into);
            }

            if ((token.Roles & WordRole.AgeUnit) != 0 && i > 0)
            {
                DetectMisspelledAge(text, i, lexicons, into);
            }

            if (token.Has(TokenFlags.Digit))
            {
                if (clock is not null)
                {
                    currentYear = clock.GetUtcNow().Year;
                    clock = null;
                }

                if (BirthYears.TryDetect(text, i, lexicons, currentYear, into))
                {
                    continue;
                }
            }

            // "on yaş", "on iki yaşında": read only at a two-letter word (the call's first test is the word "on").
            var turkishUnit = -1;
            var turkish = token.Length == 2 ? BareAges.TurkishTens(text, i, lexicons, out turkishUnit) : -1;
            if (turkish > 0)
            {
                if (!AgeAttachment.BelongsToAThing(text, i, turkishUnit, lexicons.Prompt))
                {
                    Emit(into, turkish, token.SourceStart, text[turkishUnit].SourceEnd, text.Source);
                }

                i = turkishUnit;
            }
            else if (token.Has(TokenFlags.Letter) && token.Has(TokenFlags.Digit)
                && (GluedAges.TryDetect(text, i, lexicons, into) || AgeGroups.TryGlued(text, i, lexicons.Prompt, into)
                    || SchoolStages.TryGlued(text, i, lexicons.Prompt, into)))
            {
                continue; // "cutegirl12yo": the age glued inside a longer word
            }
            else if (token.Has(TokenFlags.Digit) || token.NumberWord >= 0)
            {
                i = DetectAt(text, i, lexicons, into);
            }
            else if (token.OrdinalWord >= 0)
            {
                DetectBirthday(text, i, token.OrdinalWord, into);
                i = YearsOfLife.TryDetect(text, i, token.OrdinalWord, lexicons, into);
            }
            else if (token.NumberWord < 0 && token.Roles == WordRole.None
                && (token.Flags & (TokenFlags.Digit | TokenFlags.LeetSymbol | TokenFlags.Synthetic)) == 0
                && token.MayBe(WordShape.AgeCompound)) // the memo's class bit: most words are known to be no one-word age
            {
                DetectCompoundAge(text, i, lexicons, into);
            }
        }

        // "Naruto Uzumaki during his academy days": a character of two canons stated in its childhood.
        ChildhoodPeriods.Detect(text, lexicons.Prompt, into);
    }

    /// <summary>
    /// A single English number word (no digits, no unit after it: an age unit says the number is an age in any language)
    /// whose lexicon languages the prompt does not show while it shows another (<see cref="LanguageEvidence.OnlyOtherLanguages"/>).
    /// English only: its short number words (four, one, ten) are words of other languages too; a number word of another
    /// language (дев'ять, elf) beside a nudity term of a neighbouring language is still an age.
    /// </summary>
    [ThreadStatic]
    private static LanguageEvidence.LanguageMemo? t_languages;

    private static bool IsForeignBareNumberWord(TokenizedText text, int i, int last, TermIndex index)
    {
        ref var token = ref text[i];
        if (last != i || token.Has(TokenFlags.Digit) || token.NumberWord < 0
            || (i + 1 < text.SequenceCount && (text[i + 1].Roles & WordRole.AgeUnit) != 0)
            || !index.NumberLanguages.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text.TextOf(in token), out var own))
        {
            return false;
        }

        return (own & index.EnglishLanguage) != 0 && (t_languages ??= new LanguageEvidence.LanguageMemo()).OnlyOther(text, own);
    }

    /// <summary>
    /// Is the word at <paramref name="i"/> a number word of English alone (or of no named language) written with an accented
    /// letter English never writes, while the rest of the prompt writes two more (<see cref="LatinAlphabets.WritesOtherLanguage"/>)?
    /// </summary>
    private static bool IsEnglishWordOfOtherLetters(TokenizedText text, int i, TermIndex index)
    {
        ref var token = ref text[i];
        if (token.Has(TokenFlags.Digit) || token.NumberWord < 0)
        {
            return false;
        }

        var own = index.NumberLanguages.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text.TextOf(in token), out var languages) ? languages : 0UL;
        return (own == 0 || own == index.EnglishLanguage) && LatinAlphabets.WritesOtherLanguage(text.Source, token.SourceStart, token.SourceEnd, "en");
    }

    /// <summary>Reads the number at <paramref name="i"/> and, when it is an age, emits it; returns the last token read.</summary>
    private static int DetectAt(TokenizedText text, int i, LexiconSet lexicons, SignalSummary into)
    {
        var index = lexicons.Prompt;
        if (AgeNumbers.IsLookalikeAge(text, i, index, out var lookalike, out var lookalikeLength))
        {
            return DetectLookalikeDigits(text, i, lookalike, lookalikeLength, lexicons, into);
        }

        if (AgeNumbers.IsCompoundTail(text, i) || !AgeNumbers.TryCardinal(text, i, index, out var age, out var last, out var suffix, out var isDecimal))
        {
            return i;
        }

        if (suffix.Length == 0 && AgeNumbers.IsScaled(text, last))
        {
            return last + 1; // "the age of ten thousand years": a large number
        }

        // A number word with no age unit, in a prompt that shows another language and not the word's own, is that
        // language's word: French "devant son four" (his oven) is no "son, four" (a son aged four).
        if (suffix.Length == 0 && IsForeignBareNumberWord(text, i, last, index))
        {
            return last;
        }

        // An English number word read from a word that writes letters English never writes, in a prompt that writes more of
        // them, is a word of that prompt's language folded onto the English spelling: Vietnamese "trung niên ân ái" (middle-aged
        // lovemaking) folds to "nien an", the misspelled "nine" and French "an" (year), and was blocked as a nine-year-old
        // (batch 43, session 36). The number's own letters decide, as LatinAlphabets decides for youth stems.
        if (IsEnglishWordOfOtherLetters(text, i, index))
        {
            return last;
        }

        ref var token = ref text[i];
        var n = text.SequenceCount;
        if (token.NumberWord is >= 1 and <= 9 && TensMisspelledBefore(text, i, lexicons, out var tens))
        {
            age += tens; // "twnty one year old" is 21, not 1
        }

        if (AgeGroups.TryDetect(text, i, last, age, suffix, index, into))
        {
            return last; // "under-12 team", "the under-14s": a youth age group
        }

        // "9ish", or "tenish" (a number word the lexicons list with its -ish, so it carries no suffix of its own).
        if (suffix is "ish" || (last == i && !text[i].Has(TokenFlags.Digit) && text.TextOf(in text[i]).EndsWith("ish", StringComparison.Ordinal)))
        {
            return DetectApproximate(text, i, last, age, index, into);
        }

        if (suffix.Length == 0 && !isDecimal && last + 1 < n && text.TextOf(in text[last + 1]) is "ish" && AgeText.InPhrase(text, last, last + 1))
        {
            return DetectApproximate(text, i, last + 1, age, index, into);
        }

        // "10 or 11", "between 10 and 12", "12-14", "10 to 12 year old": a range is read as one number, its lower end.
        var isRange = false;
        if (suffix.Length == 0 && !isDecimal && AgeRanges.TryUpperEnd(text, last, index, out var upper, out var upperLast, out var upperSuffix))
        {
            isRange = true;
            age = Math.Min(age, upper);
            last = upperLast;
            suffix = upperSuffix;
        }

        // "almost 12", "fast zwölf", "почти 12", "between 10 and 12": hedges right before the number, read with it.
        var lead = AgeRanges.HedgesBefore(text, i, isRange, index);

        if (suffix.Length > 0)
        {
            if (IsGluedUnit(suffix, lexicons))
            {
                // 12yo, 12yrs, 12y: the unit is glued to the number.
                EmitUnlessThing(text, i, last, age, lexicons, into);
            }
            else if (AgeNumbers.TryOrdinal(text, i, lexicons, out var ordinal))
            {
                DetectBirthday(text, i, ordinal, into);
                return YearsOfLife.TryDetect(text, i, ordinal, lexicons, into);
            }
            else if (last + 1 < n && text[last + 1].Has(TokenFlags.Cjk))
            {
                CjkSchoolStages.DetectDigitsFirst(text, i, lexicons, into);
            }

            return last;
        }

        if (token.Has(TokenFlags.Digit) && IsNumbered(text, i))
        {
            return last; // #12, №5: a number in a list, not an age
        }

        if (token.Has(TokenFlags.Digit) && !isDecimal && IsPlusAfter(text, i))
        {
            // "18+", "21+" as their own word: an adult marker (an aperture f/1.8 never gets here).
            if (age >= AdultAge)
            {
                Emit(into, age, token.SourceStart, token.SourceEnd + 1, text.Source);
            }
            else
            {
                _ = PersonNumbers.TryDetect(text, lead, i, last, age, index, into); // "girl 12+nude": a child's age joined to nudity
            }

            return last;
        }

        if (last + 1 < n && TryUnit(text, last + 1, lexicons, out var unitEnd, out var unitLast, out var infant))
        {
            if (!IsTimeSpan(text, i, unitLast, index) && !AgeAttachment.BelongsToAThing(text, i, unitLast, index))
            {
                Emit(into, infant ? 0 : age, token.SourceStart, unitEnd, text.Source);
            }

            return unitLast;
        }

        if (last + 1 < n && text[last + 1].Has(TokenFlags.Cjk))
        {
            CjkSchoolStages.DetectDigitsFirst(text, i, lexicons, into);
            return last;
        }

        if (isDecimal)
        {
            return last; // 1.5, 9.5: an age only with a unit
        }

        // "14 age girl"
        if (last + 1 < n && AgeText.Has(text, last + 1, index, WordRole.AgeMarker) && AgeText.InPhrase(text, last, last + 1))
        {
            if (!AgeAttachment.BelongsToAThing(text, i, last + 1, index))
            {
                Emit(into, age, token.SourceStart, text[last + 1].SourceEnd, text.Source);
            }

            return last + 1;
        }

        if (TryMarkerBefore(text, i, index, out var markerStart))
        {
            if (!AgeAttachment.BelongsToAThing(text, markerStart, last, index))
            {
                Emit(into, age, text[markerStart].SourceStart, text[last].SourceEnd, text.Source);
            }

            return last;
        }

        // Session 36 (i16-minors44): the "of" may stand before the number's hedges ("a little lad of about eight flying a kite",
        // "niña de unos nueve", "meisje van ongeveer 9"): the hedges say an age is meant, so they do not part the person from it.
        if (IsPersonOfAge(text, lead, last, age, index))
        {
            Emit(into, age, text[lead - 2].SourceStart, text[last].SourceEnd, text.Source);
            return last;
        }

        // Session 30 (i16-children36): "a boy around eight flying a kite", "Αγόρι γύρω στα εννιά πετάει χαρταετό", "Κορίτσι γύρω
        // στα οκτώ μαζεύει κοχύλια": a person, a hedged number right after her, and what she does (as "a girl of twelve skates").
        if (IsHedgedAgeOfPersonDoing(text, lead, i, last, age, index))
        {
            Emit(into, age, text[lead - 1].SourceStart, text[last].SourceEnd, text.Source);
            return last;
        }

        if (TryVerbBefore(text, i, last, index, out var verbStart) || IsStandaloneAfterPerson(text, lead, i, last, index))
        {
            Emit(into, age, text[verbStart < 0 ? lead : verbStart].SourceStart, text[last].SourceEnd, text.Source);
            return last;
        }

        // "just 9, girl", "about ten, boy": a hedged number alone in its tag, and a person opening the next one.
        if (lead < i && IsHedgedBeforePerson(text, lead, last, index))
        {
            Emit(into, age, text[lead].SourceStart, text[last].SourceEnd, text.Source);
            return last;
        }

        // "gerade zehn geworden", "net tien geworden": the age verb comes last.
        if (BareAges.TryVerbAfter(text, last, index, out var verbAfter))
        {
            Emit(into, age, token.SourceStart, text[verbAfter].SourceEnd, text.Source);
            return verbAfter;
        }

        // "girl twelve", "boy 9", "girl, 13 & nude": a bare number right after the person.
        if (PersonNumbers.TryDetect(text, lead, i, last, age, index, into))
        {
            return last;
        }

        // "ten and a half, pigtails, freckles", "barely eleven", "no older than ten": an age heading its tag, the person implied.
        if (HeadingAges.TryDetect(text, i, last, age, index, into))
        {
            return last;
        }

        // "blowing out nine candles on the cake": the candles of a birthday.
        if (BirthdayCandles.TryDetect(text, i, last, age, index, into))
        {
            return last;
        }

        // "twelve, topless": a child's age alone in its tag, beside nudity.
        if (BareAges.TryBesideNudity(text, lead, i, last, age, index, into))
        {
            return last;
        }

        // Digits, or a number word of one word ("pitong kaarawan", "יום הולדת שבע"), beside a birthday word.
        if (token.Has(TokenFlags.Digit) || last == i)
        {
            DetectBirthday(text, i, age, into);
        }

        if (token.Has(TokenFlags.Digit))
        {
            // "im 12. Lebensjahr": a German-style ordinal (digits and a full stop).
            if (last == i && AgeNumbers.TryOrdinal(text, i, lexicons, out var dotted))
            {
                return YearsOfLife.TryDetect(text, i, dotted, lexicons, into);
            }
        }

        return last;
    }

    /// <summary>
    /// <c>1O yo</c>, <c>l2yo</c>, <c>1l years old</c> (<see cref="AgeNumbers.IsLookalikeAge"/>): read as an age only
    /// with the unit glued on or right after, so an ordinal (<c>1º</c> folds to <c>1o</c>) or a word stays what it is.
    /// Only ages of minors are read so: the spelling exists to slip past filters.
    /// </summary>
    private static int DetectLookalikeDigits(TokenizedText text, int i, int value, int count, LexiconSet lexicons, SignalSummary into)
    {
        var word = text.TextOf(in text[i]);
        if (value is < 10 or >= AdultAge)
        {
            return i;
        }

        var suffix = word[count..];
        if (suffix.Length > 0)
        {
            if (suffix[0] == 'y' && IsGluedUnit(suffix, lexicons))
            {
                EmitUnlessThing(text, i, i, value, lexicons, into);
            }

            return i;
        }

        if (i + 1 < text.SequenceCount && text.TextOf(in text[i + 1]).StartsWith('y')
            && TryUnit(text, i + 1, lexicons, out var unitEnd, out var unitLast, out _)
            && !IsTimeSpan(text, i, unitLast, lexicons.Prompt) && !AgeAttachment.BelongsToAThing(text, i, unitLast, lexicons.Prompt))
        {
            Emit(into, value, text[i].SourceStart, unitEnd, text.Source);
            return unitLast;
        }

        return i;
    }

    /// <summary>
    /// <c>9ish</c>, <c>twelve-ish</c>: an approximate number is an age where an exact one would be (<c>aged 9ish</c>,
    /// <c>she's 12ish</c>), and also alone in its tag right after a person or right after the person in one phrase
    /// (<c>girl, twelve-ish</c>, <c>girl 9ish</c>), number words included: "-ish" leaves no other reading there.
    /// </summary>
    private static int DetectApproximate(TokenizedText text, int i, int last, int age, TermIndex index, SignalSummary into)
    {
        if (TryMarkerBefore(text, i, index, out var start) || TryVerbBefore(text, i, last, index, out start))
        {
            Emit(into, age, text[start].SourceStart, text[last].SourceEnd, text.Source);
        }
        else if (i > 0 && AgeText.EndsChunk(text, last) && AgeText.IsPerson(text, i - 1, index)
            && (AgeText.IsChunkBreak(text, i - 1, i) || AgeText.InPhrase(text, i - 1, i)))
        {
            Emit(into, age, text[i].SourceStart, text[last].SourceEnd, text.Source);
        }
        else if (last + 1 < text.SequenceCount && AgeText.InPhrase(text, last, last + 1) && AgeText.IsPerson(text, last + 1, index)
            && !text.TextOf(in text[last + 1]).EndsWith('s'))
        {
            // "12ish girl": one person after an approximate number is that person's age ("12ish girls" may be a count).
            Emit(into, age, text[i].SourceStart, text[last + 1].SourceEnd, text.Source);
        }
        else
        {
            // "tenish, pigtails", "twelve-ish, hoodie, sitting on a swing": the approximate age heads its own tag, the person implied.
            HeadingAges.TryDetect(text, i, last, age, index, into, hedged: true);
        }

        return last;
    }

    /// <summary>Is the token at <paramref name="j"/> an age unit? Sets where the unit ends (source) and its last token.</summary>
    private static bool TryUnit(TokenizedText text, int j, LexiconSet lexicons, out int sourceEnd, out int last, out bool infant)
    {
        ref var unit = ref text[j];
        var word = text.TextOf(in unit);
        sourceEnd = unit.SourceEnd;
        last = j;
        infant = false;
        if (unit.Has(TokenFlags.Cjk))
        {
            foreach (var cjkUnit in lexicons.CjkAgeUnits)
            {
                if (word.StartsWith(cjkUnit, StringComparison.Ordinal)
                    && (!CjkAges.IsHangul(cjkUnit[0]) || CjkAges.IsHangulUnitEnd(word[cjkUnit.Length..])))
                {
                    sourceEnd = Math.Min(unit.SourceStart + cjkUnit.Length, unit.SourceEnd);
                    return true;
                }
            }

            return false;
        }

        if (!AgeText.InPhrase(text, j - 1, j))
        {
            return false; // "score_9, year 2025": a comma between the number and "year"
        }

        infant = word is "month" or "months" or "week" or "weeks" or "mo" or "mos";
        var isUnit = infant || lexicons.IsAgeUnit(word);

        // y/o and y.o.
        if (!isUnit && word is "y" && j + 1 < text.SequenceCount && text.TextOf(in text[j + 1]) is "o")
        {
            last = j + 1;
            sourceEnd = text[j + 1].SourceEnd;
            return true;
        }

        if (isUnit && j + 1 < text.SequenceCount && AgeText.InPhrase(text, j, j + 1) && AgeText.Has(text, j + 1, lexicons.Prompt, WordRole.Old))
        {
            last = j + 1;
            sourceEnd = text[last].SourceEnd;
        }

        return isUnit;
    }

    /// <summary>
    /// "10 years ago", "hace 10 años", "for 12 years", "after 5 years of marriage": a time span, not an age,
    /// unless the unit says "old" (<c>for a 12 year old</c> is still an age).
    /// </summary>
    private static bool IsTimeSpan(TokenizedText text, int number, int unitLast, TermIndex index)
    {
        if (AgeText.Has(text, unitLast, index, WordRole.Old) || text.TextOf(in text[unitLast]) is "yo" or "yearold" or "yearsold")
        {
            return false;
        }

        // "anos 70", "dos anos 80", "the years 1990": the unit names a decade or a year after it, not the number before.
        if (IsDecadeAfter(text, unitLast))
        {
            return true;
        }

        // "her age: 12 years", "سنش ۱۲ سال است": an age noun before the number makes any span word after it the age's.
        var ageNounBefore = TryMarkerBefore(text, number, index, out _);

        // "married 15 years", "nikah 15 tahun", "lleva 12 años": a verb of a lasting state right before the number.
        if (number > 0 && AgeText.InPhrase(text, number - 1, number) && AgeText.Has(text, number - 1, index, WordRole.SpanVerb))
        {
            return true;
        }

        // "for 12 years", "il y a 10 ans" (a short word may stand between, but no person or age word: "כבר בת 12").
        for (var k = number - 1; k >= Math.Max(0, number - 2) && !AgeText.IsChunkBreak(text, k, k + 1); k--)
        {
            if (AgeText.Has(text, k, index, WordRole.SpanBefore))
            {
                // "выглядит на 10 лет" (looks 10): after a looks-verb the same word gives an apparent age.
                return !(k > 0 && AgeText.InPhrase(text, k - 1, k) && AgeText.Has(text, k - 1, index, WordRole.StrongAgeVerb));
            }

            if (text[k].Length > 2 || AgeText.Has(text, k, index, WordRole.Person | WordRole.AgeMarker))
            {
                break;
            }
        }

        if (ageNounBefore)
        {
            return false;
        }

        // "10 years ago", "5 months pregnant", "3 years of yoga" (but "12 years of age" is an age).
        for (var j = unitLast + 1; j < Math.Min(unitLast + 3, text.SequenceCount) && !AgeText.IsChunkBreak(text, j - 1, j); j++)
        {
            if (AgeText.Has(text, j, index, WordRole.SpanAfter))
            {
                return !(j + 1 < text.SequenceCount && AgeText.Has(text, j + 1, index, WordRole.AgeMarker));
            }
        }

        return false;
    }

    /// <summary>
    /// Is the unit at <paramref name="unitLast"/> followed, in its phrase, by a decade (20 to 90 in tens) or a year (1900 to 2099)
    /// written in digits and closing its phrase or followed by a decade ending (<c>anos 70</c>, <c>años 80s</c>, <c>years 1990</c>)?
    /// Then the unit belongs to that number: Portuguese <c>dos anos 70</c> (of the seventies) holds Spanish <c>dos</c>, two.
    /// </summary>
    private static bool IsDecadeAfter(TokenizedText text, int unitLast)
    {
        var j = unitLast + 1;
        if (j >= text.SequenceCount || !AgeText.InPhrase(text, unitLast, j) || !text[j].Has(TokenFlags.Digit) || text[j].Has(TokenFlags.Letter))
        {
            return false;
        }

        var digits = text.TextOf(in text[j]);
        if (!int.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value)
            || !((digits.Length == 2 && value is >= 20 and <= 90 && value % 10 == 0) || (digits.Length == 4 && value is >= 1900 and <= 2099)))
        {
            return false;
        }

        return j + 1 >= text.SequenceCount || !AgeText.InPhrase(text, j, j + 1) || text.TextOf(in text[j + 1]) is "s" or "er" or "ern" or "х";
    }

    /// <summary><c>aged 12</c>, <c>age: 12</c>, <c>age of 12</c>, <c>at the age of 12</c>; sets the first token of the phrase.</summary>
    private static bool TryMarkerBefore(TokenizedText text, int i, TermIndex index, out int start)
    {
        start = -1;
        var k = i - 1;

        // "age of 12", "edad de 12", "aged roughly 11", "her age is 12", "su edad es 12", "a idade dela é 11",
        // "tuổi của cô ấy là 11": short words, hedges, copulas and pronouns between the age noun and its number.
        for (var skipped = 0; k >= 0 && skipped < MarkerReach && !AgeText.Has(text, k, index, WordRole.AgeMarker)
            && IsMarkerFiller(text, k, index) && AgeText.GapOnly(text, k, k + 1, MarkerGap); skipped++)
        {
            k--;
        }

        if (k < 0 || !AgeText.Has(text, k, index, WordRole.AgeMarker) || !AgeText.GapOnly(text, k, k + 1, MarkerGap))
        {
            return false;
        }

        start = k;
        return true;
    }

    /// <summary>Words looked at between an age noun and its number (<c>tuổi của cô ấy là 11</c> has four).</summary>
    private const int MarkerReach = 4;

    /// <summary>A word that may stand between an age noun and its number: a short word, a filler or hedge, a copula or a pronoun.</summary>
    private static bool IsMarkerFiller(TokenizedText text, int k, TermIndex index) =>
        (text[k].Length <= 2 && !text[k].Has(TokenFlags.Digit) && text[k].NumberWord < 0)
        || AgeText.Has(text, k, index, WordRole.Filler | WordRole.AgeVerb | WordRole.Person);

    /// <summary>
    /// <c>just 9, girl</c>: hedges and a number making up their whole tag, and a person word opening the next tag.
    /// Only a hedged number is read so: a bare one before a person (<c>3, girls</c>) may be a count or a list item.
    /// </summary>
    private static bool IsHedgedBeforePerson(TokenizedText text, int lead, int last, TermIndex index) =>
        AgeText.StartsChunk(text, lead) && last + 1 < text.SequenceCount && AgeText.IsChunkBreak(text, last, last + 1)
        && PersonNumbers.IsPersonAt(text, last + 1, index)
        && !(last + 2 < text.SequenceCount && AgeText.InPhrase(text, last + 1, last + 2) && AgeText.Has(text, last + 2, index, WordRole.AgeUnit));

    /// <summary>
    /// <c>she is 12</c>, <c>she's twelve</c>, <c>who looks 12</c>, <c>is only 9</c>, <c>just turned 13</c>: a person,
    /// an age verb, up to two filler words, the number, and then nothing of the same phrase but a unit,
    /// a person or a filler (<c>she is 12 feet tall</c> is no age).
    /// </summary>
    private static bool TryVerbBefore(TokenizedText text, int i, int last, TermIndex index, out int start)
    {
        start = -1;
        var k = i - 1;
        for (var skipped = 0; k >= 0 && skipped < 3 && AgeText.Has(text, k, index, WordRole.Filler | WordRole.AgeTime) && AgeText.InPhrase(text, k, k + 1); skipped++)
        {
            k--;
        }

        if (k < 0 || !AgeText.GapOnly(text, k, k + 1, VerbGap))
        {
            return false;
        }

        var roles = AgeText.RolesAt(text, k, index);
        if ((roles & WordRole.AgeVerb) == 0 && IsPronounAfterStrongVerb(text, k, roles, index))
        {
            k--; // "heute wird sie sechs", "idag fyller hon sex", "vandaag wordt ze zes": the verb before its pronoun (V2 order)
            roles = AgeText.RolesAt(text, k, index);
        }

        if ((roles & WordRole.AgeVerb) == 0)
        {
            return false;
        }

        // "she is 12" needs a person before it ("just turned 13" and "looks 12" do not); none may be followed by
        // more of the phrase ("she is 12 feet tall", "turned two heads", "she is one of the best" are no ages).
        var strong = (roles & WordRole.StrongAgeVerb) != 0;
        var subject = strong || (k > 0 && AgeText.GapOnly(text, k - 1, k, VerbGap) && AgeText.IsPerson(text, k - 1, index));
        if (!subject || !NothingElseAfter(text, last, index))
        {
            return false;
        }

        start = k;
        return true;
    }

    /// <summary>Longest pronoun read between a strong age verb and its number (<c>sie</c>, <c>hon</c>, <c>ze</c>).</summary>
    private const int PronounLength = 4;

    /// <summary>
    /// A short person word (a pronoun: role <c>person</c>, at most <see cref="PronounLength"/> letters) right after a strong
    /// age verb of its phrase: the inverted order of the V2 languages (<c>heute wird sie sechs</c>, <c>idag fyller hon sex</c>,
    /// <c>dneska je mu šest</c> reads <c>mu</c> itself as the verb's dative). Session 22, i16-children24.
    /// </summary>
    private static bool IsPronounAfterStrongVerb(TokenizedText text, int k, WordRole roles, TermIndex index) =>
        (roles & WordRole.Person) != 0 && k > 0 && text[k].Length <= PronounLength && !text[k].Has(TokenFlags.Digit)
        && AgeText.GapOnly(text, k - 1, k, VerbGap) && AgeText.Has(text, k - 1, index, WordRole.StrongAgeVerb);

    /// <summary>
    /// <c>girl, 16, bikini</c>, <c>girl (16)</c>, <c>Mädchen, fast 12</c>: one or two digits alone in their tag (or after
    /// hedges), right after a person. A bare number word only when it is long (<see cref="IsLongNumberWord"/>: <c>the youngest
    /// twin, eleven</c>): a short one alone in a tag is too often a word of another language (<c>elf</c>, <c>due</c>, <c>sei</c>).
    /// </summary>
    /// <param name="lead">The first hedge before the number (<c>girl, almost 12</c>), or the number itself: a hedged
    /// number word is read too, since the hedge leaves it no other reading.</param>
    private static bool IsStandaloneAfterPerson(TokenizedText text, int lead, int i, int last, TermIndex index) =>
        lead > 0 && (text[i].Has(TokenFlags.Digit) ? text[i].Length <= 2 : lead < i || IsLongNumberWord(text, i))
        && AgeText.IsChunkBreak(text, lead - 1, lead) && AgeText.EndsChunk(text, last)
        && PersonNumbers.IsPersonAt(text, lead - 1, index)
        && !(last + 1 < text.SequenceCount && (text[last + 1].Roles & WordRole.StageUnit) != 0); // "Frau, 3. Klasse": an ordinal

    /// <summary>
    /// A number word of five letters or more (<c>eleven</c>, <c>seven</c>, <c>twelve</c>, <c>sieben</c>, <c>nueve</c>): the number
    /// words that are also words of another language are short (<c>elf</c>, <c>due</c>, <c>sei</c>), but Spanish <c>quince</c> (15) is also the English fruit.
    /// </summary>
    private static bool IsLongNumberWord(TokenizedText text, int i) =>
        text[i].Length >= 5 && !text.TextOf(in text[i]).SequenceEqual("quince");

    /// <summary>
    /// <c>a girl of eleven</c>, <c>niña de 11</c>, <c>meisje van 9</c>, <c>Mädchen von 7</c>: a person who is no adult, "of" in one of the
    /// languages that say ages so, and a number that ends its tag or is followed by what the person wears or where she is
    /// (<c>meisje van 9 in lingerie</c>: <see cref="IsWearingOrPlace"/>). An adult ("mother of two", "woman of 30") has children
    /// or an adult age there; the person must stand right before "of", so <c>Zimmer von 7 bis 9</c> and <c>bus van 7 uur</c> are no ages.
    /// <paramref name="i"/> is the number or the first of its hedges (<c>a lad of about eight</c>).
    /// Session 37 (i16-minors45): the age said with "at" reads the same (<c>a girl at thirteen</c>, <c>ein Junge mit dreizehn</c>,
    /// <c>uma menina aos treze</c>): the languages whose "at N" of a person is her age; "at" after a thing or a place is no person's.
    /// </summary>
    private static bool IsPersonOfAge(TokenizedText text, int i, int last, int age, TermIndex index) =>
        i >= 2 && text.TextOf(in text[i - 1]) is "of" or "de" or "di" or "da" or "van" or "von" or "at" or "mit" or "aos"
        && AgeText.InPhrase(text, i - 2, i - 1) && AgeText.InPhrase(text, i - 1, i)
        && (AgeText.EndsChunk(text, last) || IsWearingOrPlace(text, last) || IsWhatThePersonDoes(text, last, age, index))
        && AgeText.IsPerson(text, i - 2, index)
        && !(index.TryGet(text.TextOf(in text[i - 2]), out var person) && person.Entry is { Signal: Signal.Adult });

    /// <summary>
    /// Session 30 (i16-children36): a hedged number (<c>around eight</c>, <c>γύρω στα εννιά</c>, <c>about nine</c>) right after a
    /// person who is no adult word, in one phrase, followed by what the person does (<see cref="IsWhatThePersonDoes"/>): her age.
    /// A bare number there stays unread (<c>boy 3 cars</c>); the hedge says an age is meant.
    /// </summary>
    private static bool IsHedgedAgeOfPersonDoing(TokenizedText text, int lead, int i, int last, int age, TermIndex index) =>
        lead < i && lead > 0 && AgeText.InPhrase(text, lead - 1, lead)
        && IsWhatThePersonDoes(text, last, age, index)
        && AgeText.IsPerson(text, lead - 1, index)
        && !(index.TryGet(text.TextOf(in text[lead - 1]), out var person) && person.Entry is { Signal: Signal.Adult });

    /// <summary>Youngest age read from "a girl of N" followed by what she does (<c>a girl of two worlds</c> is no age of two).</summary>
    private const int YoungestOfAgeBeforeAVerb = 5;

    /// <summary>
    /// Session 28 (i16-children32): the number followed, in its phrase, by a word that is no unit, thing, person or school stage:
    /// what the person does (<c>a girl of twelve skates</c>, <c>meisje van twaalf schaatst</c>, <c>niña de 9 juega</c>). Ages under
    /// <see cref="YoungestOfAgeBeforeAVerb"/> are left to the tag's end (<c>a girl of two worlds</c>, <c>boy of three minds</c>), and a
    /// word with a digit or a unit after the number (<c>of 12 years</c>, <c>van 7 uur</c>) keeps the older readings.
    /// </summary>
    private static bool IsWhatThePersonDoes(TokenizedText text, int last, int age, TermIndex index)
    {
        const WordRole noVerb = WordRole.AgeUnit | WordRole.Object | WordRole.SpanAfter | WordRole.StageUnit | WordRole.Person
            | WordRole.Old | WordRole.AgeTime | WordRole.Half | WordRole.Candle | WordRole.Animal | WordRole.School | WordRole.Staff;
        var j = last + 1;
        return age >= YoungestOfAgeBeforeAVerb && j < text.SequenceCount && AgeText.InPhrase(text, last, j)
            && !text[j].Has(TokenFlags.Digit) && text[j].Length > 2 && (text[j].Roles & noVerb) == 0
            && !AgeText.Has(text, j, index, noVerb);
    }

    /// <summary>
    /// A preposition of wearing or place right after the number, in the same phrase (<c>in</c>, <c>met</c>, <c>im</c>, <c>mit</c>,
    /// <c>en</c>, <c>con</c>, <c>dans</c>): "meisje van 9 in lingerie" says what the girl of nine wears. A unit after the number
    /// (<c>7 uur</c>, <c>7 Uhr</c>) is no such word, so a time stays a time.
    /// </summary>
    private static bool IsWearingOrPlace(TokenizedText text, int last) =>
        last + 2 < text.SequenceCount && AgeText.InPhrase(text, last, last + 1)
        && text.TextOf(in text[last + 1]) is "in" or "met" or "op" or "im" or "mit" or "auf" or "en" or "con" or "dans" or "wearing" or "on";

    private static bool NothingElseAfter(TokenizedText text, int last, TermIndex index)
    {
        var j = last + 1;
        return j >= text.SequenceCount || AgeText.IsChunkBreak(text, last, j)
            || AgeText.Has(text, j, index, WordRole.Filler | WordRole.Person | WordRole.AgeUnit | WordRole.AgeTime)
            || WhenFollows(text, j, index);
    }

    /// <summary>Longest word that may open a phrase of when after an age (<c>on</c>, <c>next</c>, <c>this</c>, <c>am</c>).</summary>
    private const int WhenOpener = 4;

    /// <summary>
    /// <c>turns eleven on Saturday</c>, <c>turning nine next week</c>, <c>fête ses 8 ans ce samedi</c>: a short word and then a
    /// word of when (role <c>age-time</c>) right after the number are the birthday's time, not something the number counts
    /// (<c>turned two heads</c> and <c>she is 12 feet tall</c> have no word of when).
    /// </summary>
    private static bool WhenFollows(TokenizedText text, int j, TermIndex index) =>
        j + 1 < text.SequenceCount && text[j].Length <= WhenOpener && !text[j].Has(TokenFlags.Digit)
        && AgeText.InPhrase(text, j, j + 1) && AgeText.Has(text, j + 1, index, WordRole.AgeTime);

    /// <summary><c>her 10th birthday</c>, <c>tenth birthday</c>, <c>12. Geburtstag</c>.</summary>
    private static void DetectBirthday(TokenizedText text, int i, int age, SignalSummary into)
    {
        var j = i + 1;
        if (j < text.SequenceCount && (text[j].Roles & WordRole.Birthday) != 0 && !AgeText.IsChunkBreak(text, i, j))
        {
            Emit(into, age, text[i].SourceStart, text[j].SourceEnd, text.Source);
        }
        else if (j + 1 < text.SequenceCount && (text[j + 1].Roles & WordRole.Birthday) != 0 && IsBirthdayGapWord(text, j)
            && AgeText.InPhrase(text, i, j) && AgeText.InPhrase(text, j, j + 1))
        {
            // "седьмой день рождения", "altıncı doğum gününde", "ikaanim na kaarawan": one short word between the
            // ordinal and the birthday word (the day of "birthday" said in two words, a linker).
            Emit(into, age, text[i].SourceStart, text[j + 1].SourceEnd, text.Source);
        }
        else if (AgeText.EndsChunk(text, i) && BirthdayBefore(text, i, out var birthday))
        {
            // "عيد ميلادها السادس", "יום הולדת שש", "ulang tahun keenam": the number after the birthday word, ending its tag
            // ("birthday party for 7 guests" goes on after the number and is no age).
            Emit(into, age, text[birthday].SourceStart, text[i].SourceEnd, text.Source);
        }
        else if (i > 0 && (j >= text.SequenceCount || AgeText.IsChunkBreak(text, i, j)) && AgeText.InPhrase(text, i - 1, i)
            && (text[i - 1].Roles & WordRole.Party) != 0 && IsOrdinalDigits(text, i) && BirthdayInText(text))
        {
            // "birthday boy, banner says HAPPY 7TH": the greeting of a birthday names its ordinal, and the birthday is said
            // elsewhere in the prompt ("happy 40th" of an anniversary has no birthday word).
            Emit(into, age, text[i - 1].SourceStart, text[i].SourceEnd, text.Source);
        }
        else if (j < text.SequenceCount && AgeText.InPhrase(text, i, j) && (text[j].Roles & WordRole.AgeTime) != 0
            && (j + 1 >= text.SequenceCount || AgeText.IsChunkBreak(text, j, j + 1)) && (i == 0 || AgeText.IsChunkBreak(text, i - 1, i) || AgeText.Gap(text, i - 1, i).ContainsAny(Quotes))
            && BirthdayInText(text))
        {
            // "a sign reading '6 TODAY', birthday girl": a number and a word of when making up their tag or quote, on a birthday
            // ("she bought 3 today" is inside its phrase).
            Emit(into, age, text[i].SourceStart, text[j].SourceEnd, text.Source);
        }
    }

    /// <summary>Longest word that may stand between an ordinal and its birthday word (<c>день</c>, <c>doğum</c>, <c>na</c>).</summary>
    private const int BirthdayGapLength = 5;

    /// <summary>Words looked back from a number for the birthday word it follows (<c>ulang tahun keenam</c>: two between).</summary>
    private const int BirthdayBeforeReach = 3;

    /// <summary>A short word of letters, no number, between an ordinal and its birthday word.</summary>
    private static bool IsBirthdayGapWord(TokenizedText text, int j)
    {
        ref var token = ref text[j];
        return token.Length <= BirthdayGapLength && token.Has(TokenFlags.Letter) && !token.Has(TokenFlags.Digit | TokenFlags.Cjk)
            && token.NumberWord < 0 && token.OrdinalWord < 0;
    }

    /// <summary>A birthday word at most <see cref="BirthdayBeforeReach"/> words before the number, in its phrase, no number between.</summary>
    private static bool BirthdayBefore(TokenizedText text, int i, out int birthday)
    {
        birthday = -1;
        for (var k = i - 1; k >= Math.Max(0, i - BirthdayBeforeReach) && AgeText.InPhrase(text, k, k + 1); k--)
        {
            WorkCounter.Add(1);
            ref var token = ref text[k];
            if ((token.Roles & WordRole.Birthday) != 0)
            {
                birthday = k;
                return true;
            }

            if (token.Has(TokenFlags.Digit) || token.NumberWord >= 0 || token.OrdinalWord >= 0)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Quotation marks that may open a banner's or sign's text (<c>a sign reading '6 TODAY'</c>).</summary>
    private static readonly System.Buffers.SearchValues<char> Quotes = System.Buffers.SearchValues.Create("'\"\u201C\u201D\u2018\u2019");

    /// <summary>Tokens looked through for a birthday word (a long prompt is left to the other rules).</summary>
    private const int BirthdayScanLimit = 96;

    private static bool BirthdayInText(TokenizedText text)
    {
        var n = Math.Min(text.SequenceCount, BirthdayScanLimit);
        WorkCounter.Add(n);
        for (var k = 0; k < n; k++)
        {
            if ((text[k].Roles & WordRole.Birthday) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>7th</c>, <c>9TH</c>: digits with an English ordinal ending in the token.</summary>
    private static bool IsOrdinalDigits(TokenizedText text, int i)
    {
        var word = text.TextOf(in text[i]);
        return word.Length is >= 3 and <= 4 && char.IsAsciiDigit(word[0]) && word[^2..] is "st" or "nd" or "rd" or "th";
    }

    /// <summary><c>twelv year old</c>, <c>thirten yo</c>: a word one letter from a number word, right before an age unit.</summary>
    private static void DetectMisspelledAge(TokenizedText text, int unit, LexiconSet lexicons, SignalSummary into)
    {
        var i = unit - 1;
        if (text[i].Has(TokenFlags.Digit) || text[i].NumberWord >= 0 || !AgeText.InPhrase(text, i, unit)
            || !AgeNumbers.TryMisspelled(text, i, lexicons, out var age))
        {
            return;
        }

        var last = unit;
        if (last + 1 < text.SequenceCount && AgeText.Has(text, last + 1, lexicons.Prompt, WordRole.Old))
        {
            last++;
        }

        if (!IsTimeSpan(text, i, last, lexicons.Prompt) && !AgeAttachment.BelongsToAThing(text, i, last, lexicons.Prompt))
        {
            Emit(into, age, text[i].SourceStart, text[last].SourceEnd, text.Source);
        }
    }

    /// <summary><c>twnty one</c>, <c>thirtty two</c>: a misspelled tens word right before a unit number word, in one phrase.</summary>
    private static bool TensMisspelledBefore(TokenizedText text, int i, LexiconSet lexicons, out int tens)
    {
        tens = 0;
        return i > 0 && i + 1 < text.SequenceCount && (text[i + 1].Roles & WordRole.AgeUnit) != 0
            && text[i - 1].NumberWord < 0 && !text[i - 1].Has(TokenFlags.Digit) && AgeText.InPhrase(text, i - 1, i)
            && AgeNumbers.TryMisspelled(text, i - 1, lexicons, out tens) && tens is >= 20 and < 100 && tens % 10 == 0;
    }

    /// <summary>
    /// <c>zwölfjährige</c>, <c>twelveyearold</c>, <c>dodicenne</c>: a number word and an age unit written as one
    /// word; or a number word with the nickname ending <c>-ie</c> (<c>twelvie</c>, <c>elevenie</c>).
    /// </summary>
    private static void DetectCompoundAge(TokenizedText text, int i, LexiconSet lexicons, SignalSummary into)
    {
        if (IsCompoundAge(text.TextOf(in text[i]), lexicons, out var age))
        {
            EmitUnlessThing(text, i, i, age, lexicons, into);
        }
    }

    /// <summary>Is <paramref name="word"/> a one-word age that <see cref="DetectCompoundAge"/> reads (its word-only test, for <see cref="WordShapes"/>)?</summary>
    /// <remarks>A word-only test by contract: <see cref="WordShapes"/> keeps its answer per word, and the loop in <see cref="Detect"/> skips the words it says no to.</remarks>
    internal static bool IsCompoundAge(ReadOnlySpan<char> word, LexiconSet lexicons, out int age) =>
        lexicons.CompoundAges.TrySplit(word, out age) || TryNumberNickname(word, lexicons.Prompt, out age);

    /// <summary>Shortest number nickname read (<c>twelvie</c>): shorter ones are names (<c>Elfie</c>).</summary>
    private const int MinNickname = 7;

    /// <summary>
    /// <c>twelvie</c>, <c>elevenie</c>, <c>thirteenies</c>: a number word of a child's age (5-17) with the
    /// nickname ending <c>-ie</c>/<c>-ies</c>, its final <c>e</c> possibly dropped (<c>twelv-</c>). A doubled last
    /// letter is not undone: <c>tennies</c> are tennis shoes.
    /// </summary>
    private static bool TryNumberNickname(ReadOnlySpan<char> word, TermIndex index, out int age)
    {
        age = -1;
        if (word.Length < MinNickname)
        {
            return false;
        }

        var stem = word.EndsWith("ies") ? word[..^3] : word.EndsWith("ie") ? word[..^2] : [];
        if (stem.Length < 4)
        {
            return false;
        }

        // The plural of a tens word is an adult's decade, not a nickname: "eighties" is eighty's plural, though its stem
        // "eight" is a child's number ("a couple in their eighties, nude" was blocked as a minor; session 32, batch 39).
        if (word.EndsWith("ies"))
        {
            Span<char> tens = stackalloc char[stem.Length + 1];
            stem.CopyTo(tens);
            tens[^1] = 'y';
            if (index.TryGet(tens, out var decade) && decade.Number >= AdultAge)
            {
                return false;
            }
        }

        Span<char> withE = stackalloc char[stem.Length + 1];
        stem.CopyTo(withE);
        withE[^1] = 'e';
        return IsChildNumber(stem, index, out age) || IsChildNumber(withE, index, out age);
    }

    private static bool IsChildNumber(ReadOnlySpan<char> word, TermIndex index, out int value)
    {
        value = index.TryGet(word, out var info) ? info.Number : -1;
        return value is >= 5 and < AdultAge;
    }

    /// <summary>A unit glued to digits: <c>12yo</c>, <c>12yrs</c>, <c>12y</c>, <c>9yrold</c>, <c>9yearsold</c>.</summary>
    internal static bool IsGluedUnit(ReadOnlySpan<char> suffix, LexiconSet lexicons)
    {
        if (lexicons.IsAgeUnit(suffix) || suffix is "y")
        {
            return true;
        }

        var unit = suffix.EndsWith("old") ? suffix[..^3] : [];
        return unit.Length > 0 && (lexicons.IsAgeUnit(unit) || unit is "y");
    }

    private static void EmitUnlessThing(TokenizedText text, int first, int last, int age, LexiconSet lexicons, SignalSummary into)
    {
        if (!AgeAttachment.BelongsToAThing(text, first, last, lexicons.Prompt))
        {
            Emit(into, age, text[first].SourceStart, text[last].SourceEnd, text.Source);
        }
    }

    private static bool IsNumbered(TokenizedText text, int i)
    {
        var start = text[i].SourceStart;
        return start > 0 && text.Source[start - 1] is '#' or '\u2116';
    }

    private static bool IsPlusAfter(TokenizedText text, int i)
    {
        var end = text[i].SourceEnd;
        return end < text.Source.Length && text.Source[end] == '+';
    }

    internal static void Emit(SignalSummary into, int age, int start, int end, string source)
    {
        if (age > OldestPlausibleAge || end <= start)
        {
            return;
        }

        var term = source[start..end];
        if (age < AdultAge)
        {
            into.Add(Signal.Minor, term, 4, start, end, PromptField.Prompt);
        }
        else
        {
            into.Add(Signal.Adult, term, 0, start, end, PromptField.Prompt);
        }
    }
}
