using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// A name in the spaced scripts without capitals (Arabic and Persian, Hebrew, Devanagari, Bengali, Thai) read by where it
/// stands: two name words that open a clause of the sentence that holds the sexual term, or that make up a tag on their own
/// (session 32, i16-namesscripts40). Held-out writers choose the least-known public figures, so their names are in no list;
/// what these scripts give away is the subject's place:
/// <list type="bullet">
/// <item>the clause's first two words, before its verb or predicate (دنيا باطما تمارس الجنس…, سحر قریشی داره…, ตั๊กแตน ชลดา
/// กำลังมีเซ็กส์…), the clause opening the prompt, following a comma, or following a complementizer ("a picture in which":
/// שבה, जिसमें, যেখানে, حيث) or, in Thai, a picture or request word (ภาพหลุด, อยากได้รูป) or a place phrase (ริมน้ำตก…);</item>
/// <item>a tag of exactly two name words after the scene (…, ก้านตอง ทุ่งเงิน, …).</item>
/// </list>
/// The rule stands aside when the prompt names another subject: a person word or adult term that is not only the partner of
/// the act ("with a man": مع رجل, با یه مرد, עם גבר, किसी आदमी के साथ, এক পুরুষের সাথে, กับผู้ชาย). A partner is who the
/// subject is with, so "X Y has sex with a man" still has X Y as its subject, while "a woman has sex with a man" has a woman.
/// Given names that are ordinary words (نور light, دنيا world, سحر dawn, קרן ray, रचना creation, ตั๊กแตน grasshopper: Thai
/// nicknames) count as the first word here only, and only before a word that is no ordinary word (نور الشمس "sunlight" is
/// refused by الشمس). A likely real person (review under <c>mature</c>), read only in prompts with sexual content.
/// </summary>
internal static class ClauseSubjectNames
{
    /// <summary>
    /// Given names of these scripts that are also ordinary words, so the common-word lists keep them out of the name rules.
    /// Written for GenScreen from general knowledge of Arab, Iranian, Israeli, Indian, Bangladeshi and Thai naming (MIT, this
    /// project; no third-party list): names far more often given to people than their word sense is written first in a prompt.
    /// </summary>
    private static readonly HashSet<string> OrdinaryWordGivenNames = new(StringComparer.Ordinal)
    {
        // Arabic
        "نور", "دنيا", "سحر", "رحمة", "وفاء", "أمل", "امل", "هدى", "منى", "أحلام", "احلام", "حنان", "إيمان", "ايمان", "سماح", "نجوى",
        "ندى", "هبة", "عبير", "ضحى", "فرح", "صباح", "بسمة", "ياسمين", "وردة", "زهرة", "حياة", "ريم", "شهد", "جود", "غادة", "رشا",
        "سعاد", "لطيفة", "كريمة", "أمينة", "جميلة", "نسرين", "سلوى", "رجاء", "جوري",
        // Session 41 (i16-scriptnames49): halo, lighthouse, angel, harvest, wish, lights, good news, blessing, oryx.
        "هالة", "منار", "ملاك", "جنى", "منية", "أنوار", "انوار", "بشرى", "نعمة", "مها",
        // Session 37 (i16-namesrtl45): inspiration, happy (Arabic and Persian الهام), and Persian that / famous / existence / basil / Venus /
        // gem / cup / moon-like / free / sky.
        "إلهام", "الهام", "سعيدة", "آنا", "شهره", "هستی", "ریحانه", "زهره", "نگین", "ساغر", "مهسا", "رها", "سما",
        // Persian
        "پروانه", "ستاره", "مهتاب", "شیرین", "نسیم", "باران", "آسمان", "نیلوفر", "بهار", "رویا", "ترانه", "آرزو", "شبنم", "یاس", "نگار",
        "سپیده", "مژگان", "غزل", "شقایق", "لاله", "مینا", "ژاله",
        // Hebrew
        "קרן", "אור", "חן", "רז", "שירה", "טל", "גל", "שקד", "הדס", "עדן", "שני", "רותם", "אלה", "ורד", "שחר", "אביב", "נגה", "מורן", "יעל",
        "ענבל", "ליאור", "דנה", "מאיה", "רוני",
        // Session 37: amber, Moses (a given name far more than the prophet in a prompt with a second name), "thanks to God", grape,
        // sapphire, splendour, beauty, radiance, coral, halo, the month Sivan, the Sharon plain.
        "ענבר", "משה", "אודיה", "עינב", "ספיר", "הדר", "נוי", "זיו", "אלמוג", "הילה", "סיוון", "שרון",
        // Session 41 (i16-scriptnames49): pleasantness, lightning, sheaf, stream, candle, gold.
        "נועם", "ברק", "עומר", "יובל", "ניר", "פז",
        // Hindi
        "रानी", "पूजा", "आशा", "किरण", "ज्योति", "प्रिया", "सीमा", "कविता", "रचना", "वर्षा", "संध्या", "उषा", "लता", "माया", "शांति", "अर्चना",
        "रेखा", "ममता", "सपना", "नेहा", "दिव्या", "अन्नू",
        // Bengali
        "রচনা", "কবিতা", "আশা", "বর্ষা", "সন্ধ্যা", "জ্যোতি", "রানী", "মায়া", "শান্তি", "রেখা", "স্বপ্না", "প্রিয়া", "ঊষা", "দীপা", "মৌ", "পূজা",
        "ইমন",
        // Thai nicknames
        "ตั๊กแตน", "ต่าย", "ปู", "ส้ม", "แตงโม", "ฝ้าย", "น้ำ", "น้ำฝน", "ฝน", "มด", "ปลา", "ฟ้า", "ดาว", "เดือน", "ทราย", "ใบเตย", "กุ้ง",
        "นก", "ตาล", "มะปราง", "ชมพู่", "อ้อย", "ข้าวหอม", "แหม่ม", "ก้อย", "ปอ", "เอื้อง", "ขวัญ", "แพรว", "เจี๊ยบ", "หมิว", "แนน", "เมย์",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OrdinaryGiven = OrdinaryWordGivenNames.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>For <see cref="CaselessSubjectlessNames"/> (session 42): is the word a given name that is also an ordinary word (טל, نور)?</summary>
    internal static bool IsOrdinaryWordGivenName(ReadOnlySpan<char> word) => OrdinaryGiven.Contains(word);

    /// <summary>Words after which a clause begins: "(a picture) in which / where" (complementizers of the request frame).</summary>
    private static readonly HashSet<string> Complementizers = new(StringComparer.Ordinal)
    {
        "שבה", "שבו", "שבהם", "שבהן", "בה", "जिसमें", "जिसमे", "जहाँ", "जहां", "যেখানে", "যাতে", "যার", "حيث", "فيها", "که",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Complementizer = Complementizers.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The partner of the act: what stands right before it ("with") or right after it (a postposition "with").</summary>
    private static readonly string[] WithBefore = ["مع", "با", "עם", "กับ", "ويا", "وياه"];

    private static readonly string[] WithAfter = ["के साथ", "के संग", "सँग", "সাথে", "সঙ্গে", "এর সাথে"];

    /// <summary>An indefinite article or "some" between "with" and the partner (با یه مرد, किसी आदमी, এক পুরুষের).</summary>
    private static readonly string[] Indefinites = ["یه", "یک", "एक", "किसी", "এক", "কোনো", "একজন", "אחד"];

    private static readonly System.Buffers.SearchValues<char> Breaks = System.Buffers.SearchValues.Create(",.;:!?|\n،؛，。、");

    public static void Match(TokenizedText text, PeopleLexicon people, SignalSummary into)
    {
        if (!into.Has(Signal.Sexual) || into.Has(Signal.RealPersonLikely) || into.Has(Signal.RealPersonHint) || into.Has(Signal.RealPerson)
            || !OnlyPartners(text, into))
        {
            return;
        }

        ref readonly var sexual = ref into[Signal.Sexual];
        var n = text.SequenceCount;

        // An age in the prompt (…, 62 साल) describes an anonymous adult more often than a named one: a given name read only by
        // its sound (रिटायर्ड "retired" spells a Latin name) is then not enough (the labelled set's g19-fresh-adult-hi-05).
        var aged = into.Has(Signal.Adult) && HasDigit(EvidenceText(text.Source, into[Signal.Adult]));
        for (var i = 0; i + 1 < n; i++)
        {
            WorkCounter.Add(1);
            var script = CaselessScriptNames.ScriptOfToken(text, in text[i]);
            if (script == '\0' || CaselessScriptNames.ScriptOfToken(text, in text[i + 1]) != script
                || !PersonDetector.OnlySpaceBetween(text.Source, text[i].SourceEnd, text[i + 1].SourceStart))
            {
                continue;
            }

            // A clause's subject, or (session 35) the object of a picture or sexual noun: after "of / for / with" (لـ, از, של,
            // עם), a particle glued to the name (لـفريال, لدنيا), or right after the sexual term (عکس برهنه الهام اصغری).
            var glued = script == 'A' && GluedParticle(text, i);
            var asObject = glued || AfterObjectWord(text, i, in sexual);
            if (!asObject && !OpensClause(text, i, script))
            {
                continue;
            }

            var first = SourceWord(text, i);
            if (glued)
            {
                first = first[(first.Length > 1 && first[1] == '\u0640' ? 2 : 1)..];
            }

            // An Arabic name read by its parts (a nisba family name, a linker, a compound given name: ArabicNameParts), else a pair.
            var last = script == 'A' ? ArabicNameParts.NameEnd(text, i, people, first) : -1;
            if (last < 0)
            {
                // Session 38: a listed given name whose family part no pair test admits, with the nudity right after (NameBeforeNudity).
                last = glued ? GluedPair(text, i, script, people, first) ? i + 1 : -1
                    : IsPair(text, i, script, people, aged) ? i + 1
                    : NameBeforeNudity.NameEnd(text, i, script, IsGivenFirst(text, i, first, people, aged), OrdinaryGiven.Contains(first) || (text[i].Tags & WordTags.GivenName) != 0, into);
                if (last < 0)
                {
                    continue;
                }
            }

            // The clause after the pair holds the sexual term (its predicate), or the pair is a tag of its own; a name read as an
            // object may have the term before it in its clause too ("فيديو سكس لـ…", "פורנו עם…").
            var pairEnd = text[last].SourceEnd;
            var clauseEnd = ClauseEnd(text.Source, pairEnd);
            var tagAlone = clauseEnd == pairEnd || text.Source.AsSpan(pairEnd, clauseEnd - pairEnd).Trim().IsEmpty;
            var predicate = sexual.Field == PromptField.Prompt && sexual.SourceStart >= pairEnd && sexual.SourceStart < clauseEnd;

            // Session 36 (i16-namesframe44): a pair that opens a clause after the clause that holds the sexual term is that term's
            // subject ("صحنه پورن: سحر زکریا زانو زده", "פוזה מינית: קרן נויבך על ארבע"): a header, then who it shows; the rule already
            // stands aside when another person is named (OnlyPartners). Not a term in a later clause: the labelled set's "טל בוקר על
            // הדשא, אחות עירומה" (morning dew, then a nurse) and "يأخذ العيدية …, عاري" (a child's clause) are two subjects.
            predicate |= !asObject && sexual.Field == PromptField.Prompt && sexual.SourceEnd <= text[i].SourceStart;
            var before = asObject && sexual.Field == PromptField.Prompt && sexual.SourceEnd <= text[i].SourceStart
                && ClauseEnd(text.Source, sexual.SourceEnd) >= pairEnd;

            // Session 37 (i16-namesrtl45): every sexual term's place counts, not only the strongest kept as evidence. The pair's
            // clause may hold lingerie while a stronger term stands in a later tag ("سحر قریشی با لباس زیر توری …، نگاه اغواگر"), and
            // a name read as an object may follow "porn with" while the strongest term ends the prompt ("פורנו עם ענבר לניר, מין אוראלי").
            predicate |= into.Places.SexualWithin(pairEnd, clauseEnd, 1);
            before |= asObject && into.Places.SexualWithin(ClauseStart(text.Source, text[i].SourceStart), text[i].SourceStart, 1);
            if (tagAlone || predicate || before || ((asObject || KnownFirst(text, i, last, first)) && TermInLaterClause(text, last, clauseEnd, into)))
            {
                var start = text[i].SourceStart;
                into.Add(Signal.RealPersonLikely, text.Source[start..pairEnd], 3, start, pairEnd, PromptField.Prompt);
                return;
            }
        }
    }

    /// <summary>
    /// Session 36 (i16-namesframe44): picture nouns of Arabic, Persian and Hebrew that open a prompt before its person (a picture /
    /// scene / video / painting of), the Hebrew request verbs, and the Hebrew object marker את (always before a definite
    /// object); the Arabic and Persian request verbs are <see cref="ScriptFullNames"/>' FrameBefore, read with them. Written for
    /// GenScreen from general knowledge of the languages (MIT, this project). The pair after them must still be a name by the
    /// pair test (a listed given name, or a family name of the script's form).
    /// </summary>
    private static readonly HashSet<string> FrameWords = new(StringComparer.Ordinal)
    {
        "صورة", "صوره", "لقطة", "مشهد", "فيديو", "لوحة", "رسمة", "رسم", "أرسم", "إصنع", "ولّد", "أنشئ", "اعمل",
        "عکس", "تصویر", "تصویری", "فیلم", "نقاشی", "صحنه", "ویدیو", "ویدئو", "طراحی",
        "תמונה", "תמונת", "צילום", "ציור", "סרטון", "תייצר", "תיצור", "צור", "צרי", "צייר", "ציירי", "תצייר", "תן", "תני", "את",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FrameWord = FrameWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether a word is a picture noun or request verb of <see cref="FrameWords"/>: the frame of a name, never part of one.</summary>
    internal static bool IsFrameWord(ReadOnlySpan<char> word) => FrameWord.Contains(word) || ScriptFullNames.IsFrameBefore(word);

    /// <summary>Words after which a name is the object of a picture or act: "of / for" and "with" (session 35); Persian "for" (برای, session 37).</summary>
    private static readonly HashSet<string> ObjectWords = new(StringComparer.Ordinal) { "لـ", "ل", "از", "של", "עם", "برای", "براي" };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ObjectWord = ObjectWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether token <paramref name="i"/> follows an object word or ends right after the sexual term.</summary>
    private static bool AfterObjectWord(TokenizedText text, int i, in Evidence sexual)
    {
        if (i == 0 || BreakBefore(text, i))
        {
            return false;
        }

        return ObjectWord.Contains(SourceWord(text, i - 1))
            || (sexual.Field == PromptField.Prompt && sexual.SourceEnd == text[i - 1].SourceEnd);
    }

    /// <summary>
    /// "for / to" written joined to the name (لـفريال أشرف, لدنيا باطما): a tatweel after the lām marks the particle; without it,
    /// the rest must be a given name that is an ordinary word (the word itself then being no ordinary word: ليلة, لوحة).
    /// </summary>
    private static bool GluedParticle(TokenizedText text, int i)
    {
        var word = SourceWord(text, i);
        if (word.Length < 4 || word[0] != '\u0644' || (text[i].Tags & WordTags.Matched) != 0)
        {
            return false;
        }

        return word[1] == '\u0640' || ((OrdinaryGiven.Contains(word[1..]) || (i + 1 < text.SequenceCount && ArabicNameParts.IsNisba(SourceWord(text, i + 1))))
            && !OrdinaryWords.ContainsInflected(word));
    }

    /// <summary>The pair after a joined particle: the family word is a name word no list calls ordinary, or a family name by form.</summary>
    private static bool GluedPair(TokenizedText text, int i, char script, PeopleLexicon people, ReadOnlySpan<char> first)
    {
        var second = SourceWord(text, i + 1);
        return ArabicNameParts.OpensName(text, i, first) && !OrdinaryGiven.Contains(second)
            && (ScriptFamilyNames.IsFamilyName(second)
                || (CaselessScriptNames.IsNameWordAt(text, i + 1, script, people) && !OrdinaryWords.ContainsInflected(second) && !ScriptWordShapes.NeverName(text, i + 1)));
    }

    /// <summary>Two words that can be a given name and a family name: see the class summary.</summary>
    private static bool IsPair(TokenizedText text, int i, char script, PeopleLexicon people, bool aged)
    {
        var first = SourceWord(text, i);

        // A picture noun or request verb is the frame before the name, never its first word (ارسم reads as the given name Arsam).
        if (IsFrameWord(first))
        {
            return false;
        }

        var ordinaryGiven = OrdinaryGiven.Contains(first);
        if (!(ordinaryGiven || CaselessScriptNames.IsNameWordAt(text, i, script, people)) || !CaselessScriptNames.IsNameWordAt(text, i + 1, script, people))
        {
            return false;
        }

        var second = SourceWord(text, i + 1);

        // Persian family names are mostly nisbas in ـی (اصغری, قریشی), which are adjectives too: after a listed given name that is
        // no ordinary word, the ـی word is the family name (session 35).
        var persianNisba = script == 'A' && !ordinaryGiven && (text[i].Tags & WordTags.GivenName) != 0 && second.Length >= 4
            && second[^1] == '\u06CC' && (text[i + 1].Tags & WordTags.Matched) == 0;
        if ((OrdinaryWords.ContainsInflected(second) && !ScriptFamilyNames.IsFamilyName(second) && !persianNisba) || ScriptWordShapes.NeverName(text, i + 1)
            || OrdinaryGiven.Contains(second))
        {
            return false;
        }

        if (!ordinaryGiven && ((text[i].Tags & WordTags.GivenName) == 0 && (OrdinaryWords.Contains(text, i) || OrdinaryPhrases.IsOrdinaryNonName(first))
            || ScriptWordShapes.NeverName(text, i, soundMatch: true)))
        {
            return false;
        }

        if (!ScriptWordShapes.CanStartName(text, i, i + 1))
        {
            return false;
        }

        // One of the two words must be known as a name part: a given name (listed, an ordinary-word name above, or a Latin given
        // name once transliterated) first, or a family name of the script's form second. Two unknown words at a clause's
        // start are as often a phrase of the sentence (أضواء المدينة "the city lights", ห้องชั้นเจ็ด วิวเมือง "a 7th-floor room,
        // city view", נהגת הסעות "a shuttle driver"): the labelled set's look-alikes refused a first version without this test.
        var knownGiven = ordinaryGiven || (text[i].Tags & WordTags.GivenName) != 0 || (!aged && ScriptFullNames.IsTransliteratedGivenName(text, i, people));

        // Session 36 (i16-namesframe44): an Arabic name's second word is as often the father's given name (آلاء حسين, مريم يوسف):
        // a given name of the script's own list, spelled in Arabic letters, second, makes the pair a name as a given name first
        // does; the first word passed the ordinary-word tests above.
        knownGiven |= script == 'A' && (text[i + 1].Tags & WordTags.GivenName) != 0 && Scripts.IsArabic(second[0])
            && (text[i + 1].Tags & (WordTags.PersonWord | WordTags.RoleNoun | WordTags.RelationNoun)) == 0;
        if (!knownGiven && !ScriptFamilyNames.IsFamilyName(second))
        {
            return false;
        }

        // Thai: a phrase of place or a picture word opens no name, and two dictionary compounds are a description.
        return script != 'T' || (!CaselessScriptNames.OpensPhrase(text, i) && !CaselessScriptNames.OpensPhrase(text, i + 1)
            && !first.StartsWith("ภาพ", StringComparison.Ordinal) && !second.StartsWith("ภาพ", StringComparison.Ordinal)
            && !CaselessScriptNames.AreThaiCompounds(text, i, i + 1));
    }

    /// <summary>
    /// Session 38: word <paramref name="i"/> is a given name by the first-word tests of <see cref="IsPair"/> alone: an ordinary-word
    /// given name, or a given name of the lists or read by sound that is no frame word, no ordinary word and no form that never names.
    /// </summary>
    private static bool IsGivenFirst(TokenizedText text, int i, ReadOnlySpan<char> first, PeopleLexicon people, bool aged)
    {
        if (OrdinaryGiven.Contains(first))
        {
            return true;
        }

        var listed = (text[i].Tags & WordTags.GivenName) != 0;
        return !IsFrameWord(first) && (listed || (!aged && ScriptFullNames.IsTransliteratedGivenName(text, i, people)))
            && (listed || !(OrdinaryWords.Contains(text, i) || OrdinaryPhrases.IsOrdinaryNonName(first)))
            && !ScriptWordShapes.NeverName(text, i, soundMatch: true);
    }

    /// <summary>Whether token <paramref name="i"/> opens a clause: see the class summary.</summary>
    private static bool OpensClause(TokenizedText text, int i, char script)
    {
        if (BreakBefore(text, i))
        {
            return true;
        }

        var before = SourceWord(text, i - 1);
        if (Complementizer.Contains(before))
        {
            return true;
        }

        // Session 36 (i16-namesframe44): the object of a picture noun or a request verb that opens the clause, one or two of them
        // (صورة مريم بن شعبان…, ولّد مشهد آلاء حسين…, عکس مهسا … را بساز, תייצר את קרן נויבך…): what the picture shows is its person.
        if ((script is 'A' or 'H') && IsFrameWord(before)
            && (BreakBefore(text, i - 1) || (i >= 2 && IsFrameWord(SourceWord(text, i - 2)) && BreakBefore(text, i - 2))))
        {
            return true;
        }

        // Thai: a picture or request word (ภาพหลุด "leaked picture", ขอรูป, อยากได้รูป "I want a picture of") or a place phrase
        // (ริมน้ำตกเอราวัณ "by the Erawan falls") opening the clause, then the subject.
        return script == 'T' && BreakBefore(text, i - 1)
            && (before.StartsWith("ภาพ", StringComparison.Ordinal) || before.EndsWith("รูป", StringComparison.Ordinal)
                || before.EndsWith("ภาพ", StringComparison.Ordinal) || CaselessScriptNames.OpensPhrase(text, i - 1));
    }

    private static bool BreakBefore(TokenizedText text, int i)
    {
        if (i == 0)
        {
            return true;
        }

        // Two tokens of one source word (a word the tokenizer split or rewrote) may share source text: no gap, no break
        // (the fuzz test's random code units found the negative length).
        var from = text[i - 1].SourceEnd;
        var length = text[i].SourceStart - from;
        return length > 0 && text.Source.AsSpan(from, length).IndexOfAny(Breaks) >= 0;
    }

    /// <summary>
    /// The pair's first word is a given name of the script's own lists or of <see cref="OrdinaryWordGivenNames"/>: the evidence a
    /// clause-opening name needs before a later clause's term is read as its own (the labelled set's "يأخذ العيدية …، عاري": a verb
    /// and a nisba-shaped noun open that child's prompt). A name read as an object (after لـ, از, של, برای, or glued to لـ) has its
    /// frame as that second signal. A given name that is also an ordinary word (אור "light", نور) counts only before a family name
    /// of the script's form: "אור בוקר במטבח" is the morning light of a child's scene, and the nudity of its later clause is the
    /// child's (lead, session 37: validation batch 45v).
    /// </summary>
    private static bool KnownFirst(TokenizedText text, int i, int last, ReadOnlySpan<char> first) =>
        OrdinaryGiven.Contains(first)
            ? ScriptFamilyNames.IsFamilyName(SourceWord(text, last))
            : (text[i].Tags & WordTags.GivenName) != 0;

    private static int ClauseStart(string source, int to)
    {
        var k = source.AsSpan(0, to).LastIndexOfAny(Breaks);
        return k + 1;
    }

    /// <summary>
    /// Session 37 (i16-namesrtl45): the name's clause describes the scene and a later clause of its sentence says the nudity or act
    /// ("مرام البلوشي مربوطة بالسرير، عارية", "اعملّي صورة لـداليا البحيري تحت الدش، مبلولة وصدرها مكشوف", "یه عکس از ژیلا صادقی زیر دوش
    /// بساز، خیس، سینه‌هاش معلوم باشه"): Arabic and Persian drop the subject of the clauses that follow, so the later term is the
    /// name's unless someone else is named between them. A nudity or sex term (level 4 or more) of the same sentence, no person,
    /// role, relation or kin word between the name and it (the labelled set's "טל בוקר על הדשא, אחות עירומה": a nurse is the later
    /// clause's subject), and no youth term in the prompt (a child's scene is decided by its own rules).
    /// </summary>
    private static bool TermInLaterClause(TokenizedText text, int last, int clauseEnd, SignalSummary into)
    {
        var source = text.Source;
        if (clauseEnd >= source.Length || into.Has(Signal.Minor))
        {
            return false;
        }

        // The later clause has no subject of its own: it opens with a sexual term of any level ("، عارية", "، خیس، سینه‌هاش معلوم",
        // "، مبلولة وصدرها مكشوف"), and a nudity or sex term stands in the sentence from there. "…, אחות עירומה" opens with a noun.
        var sentenceEnd = ScriptFullNames.SentenceEnd(source, clauseEnd);
        var at = into.Places.FirstSexualWithin(clauseEnd, sentenceEnd, 1);
        if (at < 0 || !source.AsSpan(clauseEnd + 1, at - clauseEnd - 1).Trim().IsEmpty || !into.Places.SexualWithin(at, sentenceEnd, 4))
        {
            return false;
        }

        for (var k = last + 1; k < text.SequenceCount && text[k].SourceStart < at; k++)
        {
            WorkCounter.Add(1);
            if ((text[k].Tags & (WordTags.PersonWord | WordTags.RoleNoun | WordTags.RelationNoun)) != 0 || KinWords.Contains(SourceWord(text, k)))
            {
                return false;
            }
        }

        return true;
    }

    private static int ClauseEnd(string source, int from)
    {
        var k = source.AsSpan(from).IndexOfAny(Breaks);
        return k < 0 ? source.Length : from + k;
    }

    /// <summary>
    /// Whether every person word of the prompt, and the adult term, is only the partner of the act (see the class summary).
    /// </summary>
    private static bool OnlyPartners(TokenizedText text, SignalSummary into)
    {
        var partners = 0;
        for (var k = 0; k < text.SequenceCount; k++)
        {
            WorkCounter.Add(1);
            ref var token = ref text[k];
            if ((token.Tags & WordTags.PersonWord) != 0 || KinWords.Contains(SourceWord(text, k)))
            {
                if (!IsPartner(text.Source, token.SourceStart, token.SourceEnd))
                {
                    return false;
                }

                partners++;
            }
        }

        if (into.Has(Signal.Adult))
        {
            ref readonly var adult = ref into[Signal.Adult];
            if (adult.Field != PromptField.Prompt || adult.SourceStart >= text.Source.Length)
            {
                return !into.DepictsPeople || partners > 0;
            }

            // An age or "18+" is no other subject; an adult word is, unless it is the partner.
            if (!HasDigit(EvidenceText(text.Source, adult)))
            {
                if (!IsPartner(text.Source, adult.SourceStart, adult.SourceEnd))
                {
                    return false;
                }

                partners++;
            }
        }

        return !into.DepictsPeople || partners > 0;
    }

    /// <summary>Whether the person word at [start, end) of the source is the partner: "with" right before it, or after it.</summary>
    private static bool IsPartner(string source, int start, int end)
    {
        var before = source.AsSpan(0, start).TrimEnd();
        foreach (var indefinite in Indefinites)
        {
            if (EndsWithWord(before, indefinite))
            {
                before = before[..^indefinite.Length].TrimEnd();
                break;
            }
        }

        foreach (var with in WithBefore)
        {
            // Thai joins กับ to the noun (กับผู้ชาย), so the word before the evidence is its own run's head.
            if (with == "กับ" ? before.EndsWith(with, StringComparison.Ordinal) || source.AsSpan(0, start).EndsWith(with, StringComparison.Ordinal) : EndsWithWord(before, with))
            {
                return true;
            }
        }

        var after = source.AsSpan(Math.Min(end, source.Length)).TrimStart();
        foreach (var with in WithAfter)
        {
            if (after.StartsWith(with, StringComparison.Ordinal))
            {
                return true;
            }
        }

        // A Bengali genitive then "with" (পুরুষের সাথে) when the evidence is the bare noun.
        return after.StartsWith("ের সাথে", StringComparison.Ordinal) || after.StartsWith("ের সঙ্গে", StringComparison.Ordinal);
    }

    private static ReadOnlySpan<char> EvidenceText(string source, in Evidence evidence) =>
        evidence.Field != PromptField.Prompt || evidence.SourceStart >= source.Length
            ? ReadOnlySpan<char>.Empty
            : source.AsSpan(evidence.SourceStart, Math.Min(evidence.SourceEnd, source.Length) - evidence.SourceStart);

    /// <summary>Digits of ASCII, Devanagari, Bengali, Arabic-Indic and Persian.</summary>
    private static bool HasDigit(ReadOnlySpan<char> word) =>
        word.IndexOfAnyInRange('0', '9') >= 0 || word.IndexOfAnyInRange('\u0966', '\u096F') >= 0 || word.IndexOfAnyInRange('\u09E6', '\u09EF') >= 0
        || word.IndexOfAnyInRange('\u0660', '\u0669') >= 0 || word.IndexOfAnyInRange('\u06F0', '\u06F9') >= 0;

    private static bool EndsWithWord(ReadOnlySpan<char> text, string word) =>
        text.EndsWith(word, StringComparison.Ordinal) && (text.Length == word.Length || char.IsWhiteSpace(text[^(word.Length + 1)]));

    private static ReadOnlySpan<char> SourceWord(TokenizedText text, int i) =>
        text.Source.AsSpan(text[i].SourceStart, text[i].SourceEnd - text[i].SourceStart);
}
