using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// Session 42 (i16-caseless50): the last-resort reading of a real person in the caseless scripts other than CJK (Arabic and
/// Persian, Hebrew, Devanagari, Bengali, Thai), the twin of <see cref="SubjectlessNames"/> (which reads capitals, so Latin,
/// Cyrillic and Greek only). A sexual prompt that names no one else (<see cref="SubjectlessGate.Refusal"/>: no person word,
/// no adult or minor marker, no listed, likely or hinted person, no child's detail) and no drawn or invented frame, whose
/// only possible subject is a run of two or three words of one of these scripts that are no ordinary word of the language,
/// is about that run: its writer had no one else to undress. The specialised readers (<see cref="CaselessScriptNames"/>,
/// <see cref="ClauseSubjectNames"/>, <see cref="ScriptFullNames"/>) each want a listed given name or a family name's form; held-out
/// writers pick the least-known figures, whose names are in no list and have no telling form. Emits only
/// <see cref="Signal.RealPersonLikely"/> (review under <c>mature</c>; the policy never blocks on it alone), then runs the drops
/// that take other readers' likely names back (ordinary phrases, described subjects, drawn people).
/// <para>
/// A name word: a word of the script, two letters or more, no term, stop word, person, kin, role or frame word, no form a name
/// never takes (<see cref="ScriptWordShapes.NeverName"/>), and no ordinary word by any of the project's lists: the CLDR words
/// (<see cref="OrdinaryWords"/>), the subtitles' frequent words of Arabic, Persian and Hebrew not marked as names
/// (<see cref="OrdinaryPhrases"/>), with a joined Arabic or Hebrew particle taken off, and for Hindi and Bengali, whose frequent
/// lists are short, this session's own list of their function words, verbs and scene nouns (Data/indic-ordinary-words.txt).
/// An Arabic word with the article opens no name (البحر الأحمر, a sea), unless a kunya head (أبو, أم) or a listed given name.
/// Thai: a run whose every word is a compound of dictionary words, or that opens with a phrase opener, a picture word or a
/// place head, is a description (<see cref="CaselessScriptNames"/>' tests).
/// </para>
/// <para>
/// The run's place, where a subject stands: it opens the prompt or a clause or tag (after a comma, colon or the Arabic comma),
/// or follows a picture noun or request verb, an "of / that / in which" word (של, שבה, از, که, لـ, जिसमें, যেখানে), or a Thai
/// picture, request or "the model is" word; or it ends its clause, as the subject after the verb of a verb-final sentence does
/// (… শুয়ে আছে X Y,). And it is the prompt's only run of two unknown words: where two such runs stand, the lists simply do not
/// know the sentence's words, and neither run is more likely a name than the other. A run of four unknown words is a
/// sentence, not a name.
/// </para>
/// Costs nothing on a prompt without sexual content or with a person word: the gate is tested before any word is read.
/// </summary>
internal static class CaselessSubjectlessNames
{
    private const int MaxRun = 3;

    /// <summary>Reads the prompt for a run of unknown words of a caseless script when nothing else can be its subject.</summary>
    /// <param name="afterClauses">The second pass (session 43, <see cref="SubjectlessGate.ReadAgain"/>): the minors clause readers have
    /// weighed the prompt's child-statement triggers and found no minor, so a trigger elsewhere in the prompt refuses nothing.</param>
    public static void Read(TokenizedText text, LexiconSet lexicons, SignalSummary into, bool afterClauses = false)
    {
        // The shared gate (session 43, SubjectlessGate), or its partner door: every person word the act's partner after "with".
        var refusal = SubjectlessGate.Refusal(into);
        var partnerOnly = refusal != GateRefusal.None && PartnerOnly(text, into);
        if (partnerOnly)
        {
            refusal = GateRefusal.None;
        }

        // A kin or marital noun (זוג a couple, दंपति, স্বামী) depicts the prompt's adults as a person word does.
        else if (refusal == GateRefusal.None && CaselessScriptNames.AnyPersonOrKinWord(text))
        {
            refusal = GateRefusal.KinWord;
        }

        // A child's statement the later clause readers weigh (helping his mother in the kitchen, a school uniform) is theirs to
        // decide: a likely person read here would stand in for the child they read after the name readers.
        if (refusal == GateRefusal.None && !afterClauses && ChildStatements.FindTrigger(text.Source, 0) >= 0)
        {
            refusal = GateRefusal.ChildTrigger;
        }

        SubjectlessGate.Trace(SubjectlessReader.Caseless, refusal);
        if (refusal != GateRefusal.None)
        {
            return;
        }

        var people = lexicons.People;
        var n = text.SequenceCount;
        int found = -1, foundLast = -1;
        for (var i = 0; i < n; i++)
        {
            WorkCounter.Add(1);
            var script = CaselessScriptNames.ScriptOfToken(text, in text[i]);
            if (script == '\0')
            {
                continue;
            }

            // Session 43: Hebrew says an age with בן/בת + a number word ("בת שלושים", thirty years old) anywhere in the prompt, as the
            // other scripts' age words do (it was read inside a run only, AgeAfterLinker).
            var age = IsAgeWord(SourceWord(text, i)) || HebrewAgeAt(text, i);
            if (age || SubjectlessGate.FictionFrames.Contains(SourceWord(text, i)))
            {
                SubjectlessGate.Trace(SubjectlessReader.Caseless, age ? GateRefusal.AgeWord : GateRefusal.FictionFrame);
                return; // a drawn or invented figure, or a subject described by its age (في الستين من العمر, ۴۰ ساله, 40 साल की)
            }

            // A kunya or lineage word opens or joins a name (أبو ريان, يسرا بن عمار, אביב בן דוד): read as part of the run.
            var opensWithLinker = Linkers.Contains(SourceWord(text, i)) && KunyaHeads.Contains(SourceWord(text, i));
            if (!opensWithLinker && !IsNameWord(text, i, script, people) && !JoinedTitleName(text, i, script))
            {
                continue;
            }

            var last = i;
            var words = opensWithLinker ? 0 : 1;
            while (last + 1 < n && CaselessScriptNames.ScriptOfToken(text, in text[last + 1]) == script && PersonDetector.OnlySpaceBetween(text, last, last + 1))
            {
                // After a lineage or kunya word any name word of the script is a name's part, ordinary or not (أبو فهد "father of
                // Fahd", يسرا بن عمار): given names are often ordinary words, and the linker says a name goes on.
                if (IsNameWord(text, last + 1, script, people)
                    || (Linkers.Contains(SourceWord(text, last)) && CaselessScriptNames.IsNameWordAt(text, last + 1, script, people)))
                {
                    last++;
                    words++;
                }
                else if (last + 2 < n && Linkers.Contains(SourceWord(text, last + 1)) && (words > 0 || opensWithLinker)
                         && CaselessScriptNames.ScriptOfToken(text, in text[last + 2]) == script && PersonDetector.OnlySpaceBetween(text, last + 1, last + 2)
                         && CaselessScriptNames.IsNameWordAt(text, last + 2, script, people))
                {
                    last += 2;
                    words++;
                }
                else
                {
                    break;
                }
            }

            if (words > MaxRun)
            {
                return; // four unknown words in a row: a sentence the lists do not know, not a name
            }

            if (words == 0)
            {
                continue;
            }

            // A title joined to a nickname (อาจารย์บอย, ครูเบียร์) or a name word before a post-honorific (बबली जी, টুম্পা দি,
            // مهسا خانم) is a name of one word; otherwise one unknown word is no name.
            var honorific = last + 1 < n && PersonDetector.OnlySpaceBetween(text, last, last + 1) && PostHonorifics.Contains(SourceWord(text, last + 1));
            var joinedTitle = last == i && JoinedTitleName(text, i, script);
            if (words == 1 && !opensWithLinker && !honorific && !joinedTitle)
            {
                continue;
            }

            // Session 44 (i16-cjk52): a Thai given and family name in a subject slot that says a name stands (ThaiStrongSlot), though
            // Thai names are made of dictionary words as often as not (มนต์ "spell", แคน "khaen"): the shape test below would refuse them.
            if (script == 'T' && ThaiStrongSlot(text, i, last, out var nameLast) && OpensName(text, i, script, people)
                && !HasPlaceWord(text, i, nameLast, script) && !AllFrequent(text, i, nameLast, script))
            {
                if (found >= 0)
                {
                    return;
                }

                found = i;
                foundLast = nameLast;
                i = last;
                continue;
            }

            // "בן שבעים", "בת ארבעים": the Hebrew age, not a lineage word: the prompt describes its subject.
            if (AgeAfterLinker(text, i, last))
            {
                return;
            }

            if (!OpensName(text, i, script, people) || HasPlaceWord(text, i, last, script) || AgreeingAdjective(text, i, last, script)
                || AfterPreposition(text, i) || BeforePostposition(text, last) || CaseVowelAfter(text, last) || AllFrequent(text, i, last, script)
                || DefiniteHebrewEnd(text, last, script)
                || !(InSubjectPlace(text, i, last, script) || (honorific && InSubjectPlace(text, i, last + 1, script)))
                || !(joinedTitle || IsShapedRun(text, i, last, script)))
            {
                i = last;
                continue; // a run where no subject stands, or a phrase or a place: not a candidate
            }

            if (found >= 0)
            {
                return; // a second candidate: neither is more likely the subject than the other
            }

            found = i;
            foundLast = honorific ? last + 1 : last;
            i = foundLast;
        }

        if (found < 0)
        {
            return;
        }

        var start = text[found].SourceStart;
        var end = text[foundLast].SourceEnd;
        into.Add(Signal.RealPersonLikely, text.Source[start..end], 3, start, end, PromptField.Prompt);
        OrdinaryPhrases.DropLikely(text, into);
        DescribedSubjects.DropLikely(text, into);
        FictionalNames.DropLikelyInFiction(text, into);
    }

    /// <summary>
    /// The gate's other door: every person word and the adult term stand right after "with" (با یک مرد, مع رجل, עם גבר, กับผู้ชาย,
    /// <see cref="CaselessScriptNames.PeopleArePartnersOf"/>): the partner of the act, not its subject, so the subject is still to find.
    /// </summary>
    private static bool PartnerOnly(TokenizedText text, SignalSummary into) =>
        SubjectlessGate.PartnerRefusal(into, namesSomeone: false) == GateRefusal.None && CaselessScriptNames.PeopleArePartnersOf(text, into);

    /// <summary>A Hebrew בן/בת in the run followed by a number word (an age: "בן שבעים", "aged seventy").</summary>
    /// <summary>A Hebrew בן/בת/בני/בנות at token <paramref name="k"/> followed by a number word (an age: "בת שלושים").</summary>
    private static bool HebrewAgeAt(TokenizedText text, int k) =>
        k + 1 < text.SequenceCount && SourceWord(text, k) is "בן" or "בת" or "בני" or "בנות" && HebrewNumbers.Contains(SourceWord(text, k + 1));

    private static bool AgeAfterLinker(TokenizedText text, int i, int last)
    {
        for (var k = i; k < last; k++)
        {
            var word = SourceWord(text, k);
            if (word is "בן" or "בת" or "בני" or "בנות" && HebrewNumbers.Contains(SourceWord(text, k + 1)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Hebrew number words (units in both genders, tens), MIT, this project.</summary>
    private static readonly CompactWordSet HebrewNumbers = new(["עשרים", "שלושים", "ארבעים", "חמישים", "שישים", "שבעים", "שמונים", "תשעים",
        "מאה", "אחת", "אחד", "שתיים", "שניים", "שלוש", "שלושה", "ארבע", "ארבעה", "חמש", "חמישה", "שש", "שישה", "שבע", "שבעה", "שמונה",
        "תשע", "תשעה", "עשר", "עשרה"]);

    /// <summary>A word that can be part of a name: see the class summary.</summary>
    internal static bool IsNameWord(TokenizedText text, int j, char script, PeopleLexicon people)
    {
        if (!CaselessScriptNames.IsNameWordAt(text, j, script, people))
        {
            return false;
        }

        var word = SourceWord(text, j);
        if ((text[j].Tags & WordTags.GivenName) != 0)
        {
            return true;
        }

        return !IsOrdinary(word, script);
    }

    /// <summary>An ordinary word of the script's languages by any list the project ships (see the class summary).</summary>
    internal static bool IsOrdinary(ReadOnlySpan<char> word, char script)
    {
        if (OrdinaryWords.ContainsInflected(word) || OrdinaryPhrases.IsOrdinaryNonName(word) || OrdinaryPhrases.IsOrdinaryWord(word))
        {
            return true;
        }

        switch (script)
        {
            case 'A' or 'H':
                // A joined particle (و, ب, ل, ف, ك; Hebrew ב, ה, ו, כ, ל, מ, ש) before a frequent or CLDR word: بالفندق, והמיטה.
                return word.Length >= 4 && IsJoinedParticle(word[0], script)
                    && (OrdinaryPhrases.IsOrdinaryWord(word[1..]) || OrdinaryWords.ContainsInflected(word[1..])
                        || (word.Length >= 5 && IsJoinedParticle(word[1], script) && (OrdinaryPhrases.IsOrdinaryWord(word[2..]) || OrdinaryWords.ContainsInflected(word[2..]))));
            case 'D' or 'B':
                return IndicOrdinaryWords.Contains(word);
            case 'T':
                return CaselessScriptNames.StartsWithThaiOpener(word) || word.StartsWith("ภาพ", StringComparison.Ordinal) || word.StartsWith("รูป", StringComparison.Ordinal);
            default:
                return false;
        }
    }

    private static bool IsJoinedParticle(char c, char script) => script == 'A'
        ? c is '\u0648' or '\u0641' or '\u0628' or '\u0644' or '\u0643'
        : c is '\u05D1' or '\u05D4' or '\u05D5' or '\u05DB' or '\u05DC' or '\u05DE' or '\u05E9';

    /// <summary>
    /// The run's first word may open a name: an Arabic word with the article (البحر, الأحمر) or with a particle before it
    /// (بالحاج is read as a family name only after a given name) opens none unless it is a listed given name; a Bengali genitive or
    /// a case ending on the first word (<see cref="ScriptWordShapes.CanStartName"/>) says it is a noun of the sentence.
    /// </summary>
    private static bool OpensName(TokenizedText text, int i, char script, PeopleLexicon people)
    {
        var word = SourceWord(text, i);
        if (KunyaHeads.Contains(word))
        {
            return true;
        }

        var listed = (text[i].Tags & WordTags.GivenName) != 0;

        // Hebrew "in / to" joined to a place (בזכרון יעקב, לאילת): a phrase of place, unless a listed given name.
        if (script == 'H' && !listed && word.Length >= 4 && word[0] is '\u05D1' or '\u05DC')
        {
            return false;
        }

        if (script == 'A' && !listed && !PersianRun(text, i) && (word.StartsWith("ال", StringComparison.Ordinal) || word.StartsWith("بال", StringComparison.Ordinal)
            || word.StartsWith("وال", StringComparison.Ordinal) || word.StartsWith("لل", StringComparison.Ordinal)))
        {
            return false;
        }

        if (!ScriptWordShapes.CanStartName(text, i, i + 1) || (script == 'B' && ScriptWordShapes.IsBengaliVowelGenitive(text, i) && !listed))
        {
            return false;
        }

        return script != 'T' || !CaselessScriptNames.OpensPhrase(text, i);
    }

    /// <summary>
    /// The word at <paramref name="i"/> or the next one has a letter only Persian writes (پ چ ژ گ ک ی): Persian given names open
    /// with ال (الهه, الهام, الناز) where an Arabic word with the article would be a noun.
    /// </summary>
    private static bool PersianRun(TokenizedText text, int i)
    {
        for (var k = i; k <= i + 1 && k < text.SequenceCount; k++)
        {
            if (SourceWord(text, k).IndexOfAny(PersianLetters) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly System.Buffers.SearchValues<char> PersianLetters = System.Buffers.SearchValues.Create("\u067E\u0686\u0698\u06AF\u06A9\u06CC");

    /// <summary>Where a subject stands (see the class summary).</summary>
    private static bool InSubjectPlace(TokenizedText text, int i, int last, char script)
    {
        if (BreakBefore(text, i) || BreakAfter(text, last))
        {
            return true;
        }

        var before = SourceWord(text, i - 1);
        if (ClauseSubjectNames.IsFrameWord(before) || SubjectOpeners.Contains(before))
        {
            return true;
        }

        // Thai: after a picture or request word (ทำภาพโป๊, ทำรูปให้หน่อย, ภาพเซ็กซี่) or "the model is" (นางแบบคือ), joined or apart.
        return script == 'T' && (before.StartsWith("ทำ", StringComparison.Ordinal) || before.StartsWith("ภาพ", StringComparison.Ordinal)
            || before.StartsWith("รูป", StringComparison.Ordinal) || before.EndsWith("คือ", StringComparison.Ordinal) || before.EndsWith("หน่อย", StringComparison.Ordinal));
    }

    /// <summary>
    /// A Thai run is no description: not every word a compound of dictionary words (ห้องมืด แสงสลัว) unless one has a given
    /// name's or a family name's shape. Other scripts: the word tests said all.
    /// </summary>
    private static bool IsShapedRun(TokenizedText text, int i, int last, char script)
    {
        if (script != 'T')
        {
            return true;
        }

        // Every word is a name's: a listed or shaped given name, a family name by form, or a word the Thai dictionary cannot
        // split (ห้องชั้นเจ็ด "7th-floor room", วันนี้เธออายุครบสามสิบ "today she turns thirty" split wholly: a clause, not a name).
        for (var k = i; k <= last; k++)
        {
            var word = SourceWord(text, k);
            if (word.Length > MaxThaiNameWord)
            {
                return false;
            }

            if ((text[k].Tags & WordTags.GivenName) != 0 || ThaiGivenNameShapes.IsGivenShape(word) || ScriptFamilyNames.IsFamilyName(word))
            {
                continue;
            }

            if (OrdinaryPhrases.IsThaiWords(word) || OrdinaryPhrases.IsThaiCompound(word) || OrdinaryPhrases.IsThaiDictionaryWord(word))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Thai verbs a subject opens its predicate with (wear, lie, sit, stand, take off, naked, undress, be -ing, kneel, show, bathe,
    /// wrap, pose, dance, crawl, have sex). Written for GenScreen from general knowledge of Thai (MIT, this project).
    /// </summary>
    private static readonly string[] ThaiSubjectVerbs =
    [
        "ใส่", "สวม", "นอน", "นั่ง", "ยืน", "ถอด", "เปลือย", "แก้ผ้า", "กำลัง", "คุกเข่า", "โชว์", "อาบน้ำ", "นุ่ง", "โพส", "เต้น", "คลาน", "มีเซ็กส์", "ร่วมรัก",
        "ถ่ายแบบ", "แอ่น", "ก้ม", "ไม่ใส่",
    ];

    private static bool StartsWithThaiSubjectVerb(ReadOnlySpan<char> word)
    {
        foreach (var verb in ThaiSubjectVerbs)
        {
            if (word.StartsWith(verb, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Session 44 (i16-cjk52): two Thai words (<paramref name="nameLast"/> = <paramref name="i"/> + 1) in a slot that says they name the
    /// subject: after "is" (คือ, นางแบบคือ) closing the clause, or opening the prompt or a tag right before a subject's verb
    /// (<see cref="ThaiSubjectVerbs"/>: X Y ใส่…, X Y นอน…). Neither word may itself open with such a verb or a phrase opener.
    /// </summary>
    private static bool ThaiStrongSlot(TokenizedText text, int i, int last, out int nameLast)
    {
        nameLast = i + 1;
        if (nameLast > last || nameLast >= text.SequenceCount || !PersonDetector.OnlySpaceBetween(text, i, nameLast))
        {
            return false;
        }

        for (var k = i; k <= nameLast; k++)
        {
            var word = SourceWord(text, k);
            if (word.Length is < 2 or > MaxThaiNameWord || StartsWithThaiSubjectVerb(word) || CaselessScriptNames.StartsWithThaiOpener(word))
            {
                return false;
            }
        }

        if (i > 0 && SourceWord(text, i - 1).EndsWith("คือ", StringComparison.Ordinal) && PersonDetector.OnlySpaceBetween(text, i - 1, i))
        {
            return nameLast + 1 >= text.SequenceCount || BreakAfter(text, nameLast);
        }

        // Before a verb, one of the two words must still look like a name's (a listed or shaped given name, a family name by form, or
        // a word the Thai dictionary cannot split): two dictionary compounds there are a scene (ค่ายมวย เหงื่อโชก เปลือยกาย).
        return (i == 0 || BreakBefore(text, i)) && nameLast + 1 < text.SequenceCount && PersonDetector.OnlySpaceBetween(text, nameLast, nameLast + 1)
            && StartsWithThaiSubjectVerb(SourceWord(text, nameLast + 1)) && (NameLikeThai(text, i) || NameLikeThai(text, nameLast));
    }

    private static bool NameLikeThai(TokenizedText text, int k)
    {
        var word = SourceWord(text, k);
        return (text[k].Tags & WordTags.GivenName) != 0 || ThaiGivenNameShapes.IsGivenShape(word) || ScriptFamilyNames.IsFamilyName(word)
            || !(OrdinaryPhrases.IsThaiWords(word) || OrdinaryPhrases.IsThaiCompound(word) || OrdinaryPhrases.IsThaiDictionaryWord(word));
    }

    /// <summary>The longest Thai word read as a given or family name (a longer spaced run is a clause of the sentence).</summary>
    private const int MaxThaiNameWord = 16;

    /// <summary>
    /// Prepositions of place, manner and company right before the run (في جنة عدن, تحت تيشيرت, על כס מלכות, با پیرهن, در, روی):
    /// the run is a place or a thing, not the subject. Written for GenScreen from general knowledge of the languages (MIT).
    /// </summary>
    private static readonly CompactWordSet Prepositions = new([
        "في", "على", "تحت", "فوق", "من", "إلى", "الى", "عند", "بين", "داخل", "خارج", "أمام", "خلف", "قرب", "بجانب", "مع", "بدون",
        "در", "به", "با", "روی", "زیر", "توی", "تو", "کنار", "بین", "داخل", "جلوی", "پشت", "بی", "بدون",
        "על", "תחת", "ליד", "אצל", "בין", "מול", "בתוך", "מתחת", "עם", "בלי", "אל",
        "का", "की", "के", "में", "पर", "से", "बिना", "अंदर",
        "এর", "ভেতরে", "উপর", "নিচে", "ছাড়া", "মধ্যে",
    ]);

    private static bool AfterPreposition(TokenizedText text, int i) =>
        i > 0 && PersonDetector.OnlySpaceBetween(text, i - 1, i) && Prepositions.Contains(SourceWord(text, i - 1));

    /// <summary>Hindi and Bengali postpositions of place right after the run (चांदनी चौक में, … পর্যন্ত): a place, not a subject.</summary>
    private static readonly CompactWordSet Postpositions = new(["में", "पर", "तक", "से", "मे", "পর্যন্ত", "থেকে", "দিকে", "মধ্যে"]);

    private static bool BeforePostposition(TokenizedText text, int last) =>
        last + 1 < text.SequenceCount && PersonDetector.OnlySpaceBetween(text, last, last + 1) && Postpositions.Contains(SourceWord(text, last + 1));

    /// <summary>
    /// An Arabic case vowel or tanween written on the run's last word (ملتحٍ, "bearded"): grammar a common noun or adjective takes,
    /// never a name written in a prompt. The tokenizer leaves the mark outside the token.
    /// </summary>
    private static bool CaseVowelAfter(TokenizedText text, int last)
    {
        var end = text[last].SourceEnd;
        return end < text.Source.Length && text.Source[end] is >= '\u064B' and <= '\u0652';
    }

    /// <summary>
    /// Arabic, Persian and Hebrew: every word of the run is one of the subtitles' frequent words, name-marked or not, or a given
    /// name that is an ordinary word (טל בוקר "morning dew", כס מלכות "a throne", جنة عدن "Eden"): a phrase of the language. A real
    /// name has a rarer word in it.
    /// </summary>
    private static bool AllFrequent(TokenizedText text, int i, int last, char script)
    {
        if (script is not ('A' or 'H'))
        {
            return false;
        }

        for (var k = i; k <= last; k++)
        {
            var word = SourceWord(text, k);
            if (!Linkers.Contains(word) && !OrdinaryPhrases.IsFrequentWord(word) && !ClauseSubjectNames.IsOrdinaryWordGivenName(word))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A Hebrew run whose last word has the article ה (המהדורה השישית "the sixth edition"): an adjective or a construct, no name.</summary>
    private static bool DefiniteHebrewEnd(TokenizedText text, int last, char script)
    {
        var word = SourceWord(text, last);
        return script == 'H' && word.Length >= 4 && word[0] == '\u05D4';
    }

    /// <summary>
    /// Age words of the six languages (of age, years old, aged): a prompt that gives its subject an age describes an anonymous
    /// adult (or child) rather than naming one. Written for GenScreen from general knowledge of the languages (MIT, this project).
    /// </summary>
    private static readonly CompactWordSet AgeWords = new([
        "العمر", "عمرها", "عمره", "عاماً", "عاما", "سنوات", "ساله", "سالگی", "שנה", "שנים", "साल", "सालों", "वर्षीय", "वर्ष", "बरस",
        "বছর", "বছরের", "বছরেরা", "বয়সী", "বয়সি", "বছর-বয়সী", "বয়স", "বয়সের", "उम्र", "आयु", "عمر", "سن", "سنّ", "גיל", "בגיל",
    ]);

    private static bool IsAgeWord(ReadOnlySpan<char> word) =>
        AgeWords.Contains(word) || (word.Length >= 3 && Scripts.IsThai(word[0]) && (word.StartsWith("วัย", StringComparison.Ordinal) || word.StartsWith("อายุ", StringComparison.Ordinal)));

    /// <summary>
    /// An Arabic noun and the adjective that agrees with it (منحوتة خشبية "a wooden sculpture", لوحة زيتية "an oil painting"): the
    /// last word ends in the feminine nisba ية/يه without the article. A family name of the nisba shape is masculine (وهبي) or
    /// takes the article (الحربية is <see cref="ArabicNameParts"/>' to read); Persian, which has no such agreement, is left out.
    /// </summary>
    private static bool AgreeingAdjective(TokenizedText text, int i, int last, char script)
    {
        if (script != 'A' || PersianRun(text, i))
        {
            return false;
        }

        var word = SourceWord(text, last);
        return word.Length >= 4 && !word.StartsWith("ال", StringComparison.Ordinal) && (word.EndsWith("ية", StringComparison.Ordinal) || word.EndsWith("يه", StringComparison.Ordinal));
    }

    /// <summary>
    /// A Thai title joined to a nickname of two to six letters (อาจารย์บอย "teacher Boy", ครูเบียร์, เจ๊เกียว, เฮียตี๋): the way Thai
    /// names a known person by nickname. The rest is no dictionary word, no ordinary word, no kin word (ครูสาว, ครูโยคะ, ครูใหญ่ are
    /// nouns of their own). The titles are this reader's; คุณ, พี่ and น้อง are <see cref="CaselessScriptNames"/>' own.
    /// </summary>
    private static bool JoinedTitleName(TokenizedText text, int i, char script)
    {
        if (script != 'T' || (text[i].Tags & WordTags.Matched) != 0)
        {
            return false;
        }

        var word = SourceWord(text, i);
        foreach (var title in ThaiJoinedTitles)
        {
            WorkCounter.Add(1);
            if (word.Length >= title.Length + 2 && word.Length <= title.Length + 6 && word.StartsWith(title, StringComparison.Ordinal))
            {
                var rest = word[title.Length..];
                return Scripts.IsThai(rest[0]) && !OrdinaryPhrases.IsThaiDictionaryWord(rest) && !OrdinaryPhrases.IsThaiWords(rest)
                    && !OrdinaryWords.ContainsInflected(rest) && !KinWords.Contains(rest) && !CaselessScriptNames.StartsWithThaiOpener(rest)
                    && !IsOrdinary(rest, 'T');
            }
        }

        return false;
    }

    /// <summary>Thai titles written joined to a nickname: teacher/master, teacher, elder sister and elder brother (Chinese-Thai). MIT, this project.</summary>
    private static readonly string[] ThaiJoinedTitles = ["อาจารย์", "ครู", "เจ๊", "เฮีย"];

    /// <summary>
    /// Words that join or open an Arabic or Hebrew name: son / daughter of, family of, father / mother of (a kunya), servant of.
    /// Written for GenScreen from general knowledge of Arabic and Hebrew naming (MIT, this project).
    /// </summary>
    private static readonly CompactWordSet Linkers = new(["بن", "بنت", "ابن", "آل", "أبو", "ابو", "عبد", "بو", "בן", "בת", "בני", "בנות", "אבו"]);

    /// <summary>The linkers that may open a name (a kunya: أبو فهد; a family: آل ثنيان). أم is also "or", so it opens none.</summary>
    private static readonly CompactWordSet KunyaHeads = new(["أبو", "ابو", "آل", "אבו"]);

    /// <summary>
    /// Honorifics written after a name (Hindi जी, साहब; Bengali দা, দি, দিদি, বাবু; Persian خانم, آقا, جان; Arabic/Urdu صاحب).
    /// Written for GenScreen from general knowledge of the languages (MIT, this project).
    /// </summary>
    private static readonly CompactWordSet PostHonorifics = new(["जी", "साहब", "साहिब", "दा", "দা", "দি", "দিদি", "বাবু", "খানম",
        "خانم", "آقا", "جان", "صاحب"]);

    /// <summary>
    /// Whether a word of the run, or the word right before it, heads a place (port, island, beach, coast, city, bay, mountain,
    /// street, square, park, palace, fort, lake, ghat…), in any of the six languages: the run is a place's name.
    /// </summary>
    private static bool HasPlaceWord(TokenizedText text, int i, int last, char script)
    {
        for (var k = Math.Max(0, i - 1); k <= last; k++)
        {
            WorkCounter.Add(1);
            var word = SourceWord(text, k);
            if (PlaceHeads.Contains(word) || (script == 'A' && word.Length > 3 && word.StartsWith("ال", StringComparison.Ordinal) && PlaceHeads.Contains(word[2..])))
            {
                return true;
            }

            if (script == 'T')
            {
                foreach (var head in ThaiPlaceHeads)
                {
                    if (word.StartsWith(head, StringComparison.Ordinal))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>Place heads of Arabic, Persian, Hebrew, Hindi and Bengali (MIT, this project; general knowledge of the languages).</summary>
    private static readonly CompactWordSet PlaceHeads = new([
        "بندر", "جزيرة", "جزیره", "شاطئ", "ساحل", "مدينة", "شهر", "خليج", "جبل", "کوه", "دریاچه", "بحيرة", "وادي", "قرية", "روستا", "پارک",
        "حديقة", "ميدان", "شارع", "خیابان", "کوچه", "برج", "قصر", "کاخ", "فندق", "هتل", "منتجع", "بحر", "دریای", "دریا", "جزر", "سوق", "بازار",
        "חוף", "רחוב", "שדרות", "כיכר", "גן", "פארק", "נמל", "הר", "עמק", "מלון", "קיבוץ", "מושב", "עיר", "אי", "מפרץ", "ים", "שוק", "נחל",
        "समुद्र", "बीच", "तट", "किला", "क़िला", "महल", "झील", "घाट", "मंदिर", "नगर", "ड्राइव", "रोड", "मार्ग", "बाज़ार", "बाजार", "पार्क", "द्वीप", "पहाड़ी",
        "সৈকত", "নদী", "ঘাট", "বাজার", "রোড", "রোডে", "পার্ক", "দ্বীপ", "হ্রদ", "লেক", "প্রাসাদ", "দুর্গ", "মন্দির", "নগর", "সাগর",
    ]);

    /// <summary>Words that open a Thai place name (beach, island, road, temple, market, mountain…), as <see cref="CaselessScriptNames"/> reads them.</summary>
    private static readonly string[] ThaiPlaceHeads =
    [
        "หาด", "เกาะ", "ถนน", "วัด", "ตลาด", "ดอย", "น้ำตก", "อ่าว", "ซอย", "ย่าน", "เมือง", "จังหวัด", "อำเภอ", "หมู่บ้าน", "คลอง", "แม่น้ำ",
        "ภูเขา", "อุทยาน", "สวน", "โรงแรม", "ร้าน", "ห้าง", "สถานี", "สนาม", "ทะเล", "บึง", "ทุ่ง", "แหลม", "พระราชวัง", "สะพาน",
    ];

    private static readonly System.Buffers.SearchValues<char> Breaks = System.Buffers.SearchValues.Create(",.;:!?|\n،؛，。、");

    private static bool BreakBefore(TokenizedText text, int i)
    {
        if (i == 0)
        {
            return true;
        }

        var from = text[i - 1].SourceEnd;
        var length = text[i].SourceStart - from;
        return length > 0 && text.Source.AsSpan(from, length).IndexOfAny(Breaks) >= 0;
    }

    private static bool BreakAfter(TokenizedText text, int last)
    {
        var end = text[last].SourceEnd;
        var to = last + 1 < text.SequenceCount ? text[last + 1].SourceStart : text.Source.Length;
        if (to <= end)
        {
            return last + 1 >= text.SequenceCount;
        }

        var gap = text.Source.AsSpan(end, to - end);
        return gap.IndexOfAny(Breaks) >= 0 || (last + 1 >= text.SequenceCount && gap.Trim().IsEmpty);
    }

    private static ReadOnlySpan<char> SourceWord(TokenizedText text, int i) =>
        text.Source.AsSpan(text[i].SourceStart, text[i].SourceEnd - text[i].SourceStart);

    /// <summary>
    /// Words after which the picture's subject follows: "of / for" (של, از, لـ, ل, برای), "that / in which" (که, שבה, שבו, حيث,
    /// فيها, जिसमें, जहाँ, যেখানে, যাতে), the Hebrew object marker את. Written for GenScreen from general knowledge of the languages
    /// (MIT, this project).
    /// </summary>
    private static readonly CompactWordSet SubjectOpeners = new([
        "של", "שבה", "שבו", "את", "از", "که", "برای", "لـ", "ل", "حيث", "فيها", "فيه", "جعل", "जिसमें", "जिसमे", "जहाँ", "जहां",
        "যেখানে", "যাতে", "যার",
    ]);
}

/// <summary>
/// Ordinary words of Hindi and Bengali (Data/indic-ordinary-words.txt, session 42), with one case or plural ending taken off
/// (कमरों, ঘরের): the frequent-word list holds few words of these two languages. Read on first use.
/// </summary>
internal static class IndicOrdinaryWords
{
    private static readonly Lazy<CompactWordSet> Words = new(Load);

    private static readonly string[] Endings = ["য়ের", "ের", "এর", "কে", "তে", "য়", "ে", "র", "ियों", "ों", "ें", "े", "ी"];

    public static bool Contains(ReadOnlySpan<char> word)
    {
        var words = Words.Value;
        if (words.Contains(word))
        {
            return true;
        }

        foreach (var ending in Endings)
        {
            WorkCounter.Add(1);
            if (word.Length - ending.Length >= 2 && word.EndsWith(ending, StringComparison.Ordinal) && words.Contains(word[..^ending.Length]))
            {
                return true;
            }
        }

        return false;
    }

    private static CompactWordSet Load()
    {
        using var reader = RuleDataFile.Open("indic-ordinary-words.txt");
        var words = new List<string>();
        foreach (var line in RuleDataFile.Rows(reader))
        {
            words.Add(line.Trim().Normalize());
        }

        return new CompactWordSet(words);
    }
}
