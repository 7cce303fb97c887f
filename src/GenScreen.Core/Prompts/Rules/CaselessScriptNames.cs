using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// Names in the spaced scripts that have no capitals (Thai, Arabic and Persian, Hebrew, Devanagari, Bengali), found by
/// the word written before them, since no capital marks a name there and most of these names are in no list:
/// <list type="bullet">
/// <item>a public role of the script (นักร้อง, השחקנית, অভিনেত্রী, بازیگر) and one or two name words right after it:
/// a public figure, a real-person hint, as a capitalised name after a Latin role is;</item>
/// <item>an honorific (คุณ, শ্রীমতী, श्रीमती, خانم, גברת) and two name words, or one that is a known given name:
/// a likely real person (review under <c>mature</c>). Several honorifics also mean "lady" (خانم, السيدة, גברת),
/// so one word after them is not enough. Thai writes คุณ joined to the name (คุณแอฟ).</item>
/// </list>
/// <item>Thai only (the other scripts go through <see cref="ScriptFullNames"/>): a known given name or nickname
/// (people/script-given-names.json, or a Latin given name once transliterated) and a name word right after it.</item>
/// <item>with no other subject: two name words right before the sexual term (a stop word such as की or של may stand
/// between) in a prompt that names no person otherwise (no person word, no adult term): "জয়া আহসান নগ্ন ছবি",
/// "בר רפאלי עירומה". An adult prompt names its subject (নগ্ন মহিলা, "nude woman"); two unknown words that stand where
/// the subject stands are most often a name. A likely real person.</item>
/// A name word: 2+ letters of the same script, no term, no stop word of a language, no ordinary word of the script
/// (people/script-common-words*.json), no person word, role or relation. Read only in prompts with sexual content,
/// the only place the signal decides anything. Thai is written without spaces between words, so the tokenizer keeps
/// each spaced run whole and the matcher finds terms inside it without tagging it: a Thai run is looked up whole here
/// (names, roles and honorifics are written apart from the words around them), and one that holds the prompt's
/// strongest evidence of any kind is no name.
/// </summary>
internal static class CaselessScriptNames
{
    /// <summary>Thai writes these honorifics joined to the name that follows (คุณแอฟ, "Khun Aff").</summary>
    private static readonly string[] JoinedThaiHonorifics = ["คุณ"];

    /// <summary>
    /// Session 39 (i16-people47): Thai also puts พี่ (elder) and น้อง (younger) before a nickname, joined to it (พี่แพรว, น้องมิ้นท์):
    /// the lead-in of a person known by name. Read only as a whole word (the lead-in and two to six letters, a space or the
    /// prompt's edge after it) whose rest is no ordinary word, no kin, role or pet word (<see cref="ThaiKinAfterHonorific"/>,
    /// <see cref="ThaiKinAfterSibling"/>): พี่สาว, น้องชาย, พี่เลี้ยง, น้องหมา, น้องใหม่ are words of their own.
    /// </summary>
    private static readonly string[] JoinedThaiSiblingLeadIns = ["พี่", "น้อง"];

    /// <summary>What follows พี่/น้อง as a word of its own (sister, brother, nanny, siblings, eldest, youngest, the one, dear, code
    /// senior/junior, new, in-laws, dog, cat, baby, child, plural mark), written for GenScreen from general knowledge of Thai (MIT).</summary>
    private static readonly string[] ThaiKinAfterSibling =
    [
        "สาว", "ชาย", "เลี้ยง", "น้อง", "พี่", "ใหญ่", "เล็ก", "คน", "รัก", "รหัส", "ใหม่", "นุ่ง", "สะใภ้", "เขย", "หมา", "แมว", "หนู",
        "เด็ก", "ๆ", "ทั้ง", "ที่", "ของ", "กับ", "และ", "ตัว", "วิน", "ทหาร", "ตำรวจ",
    ];

    /// <summary>
    /// Kin and role nouns Thai addresses politely with คุณ (คุณแม่ mother, คุณยาย grandma, คุณครู teacher, คุณหมอ doctor): after the
    /// honorific they start an ordinary noun phrase (คุณแม่ลูกสองวัย 35, คุณยายขายพวงมาลัย), not a name (session 19, i16-langs20).
    /// </summary>
    private static readonly string[] ThaiKinAfterHonorific =
    [
        "แม่", "พ่อ", "ยาย", "ย่า", "ปู่", "ป้า", "ลุง", "น้า", "ทวด", "ครู", "หมอ", "พยาบาล", "ผู้หญิง", "ผู้ชาย",
        "ลูกค้า", "พี่", "น้อง", "สามี", "ภรรยา", "เมีย", "ผัว", "แฟน", "ผู้ใหญ่", "ผู้จัดการ", "เจ้าของ", "นักเรียน", "นักศึกษา",
        "นาย", // คุณนาย, "madam", the lady of the house: a word of its own (session 25, i16-precision29)
    ];

    private static readonly Signal[] Signals = Enum.GetValues<Signal>();

    private const WordTags NotNameTags = WordTags.Matched | WordTags.PersonWord | WordTags.RoleNoun | WordTags.RelationNoun
        | WordTags.PublicRole | WordTags.Title | WordTags.NameHonorific | WordTags.Possessive | WordTags.PossessiveAfter;

    public static void Match(TokenizedText text, TermIndex index, PeopleLexicon people, SignalSummary into)
    {
        if (!into.Has(Signal.Sexual))
        {
            return;
        }

        var n = text.SequenceCount;
        TagThaiRuns(text, index, into);
        for (var i = 0; i < n; i++)
        {
            WorkCounter.Add(1);
            ref var token = ref text[i];
            var script = ScriptOf(text, in token);
            if (script == 0)
            {
                continue;
            }

            if (((token.Tags & WordTags.PublicRole) != 0 || IsJoinedRole(text, i, script, index)) && NameAfter(text, i, script, people, oneWordNeedsGiven: false) is var roleEnd and > 0)
            {
                Emit(text, i + 1, roleEnd, Signal.RealPersonHint, 2, into);
                return;
            }

            // The role after the name, as Persian, Bengali, Hindi and Thai also write it (نازنین رضایی بازیگر, প্রিয়া বর্মা অভিনেত্রী).
            if ((token.Tags & WordTags.PublicRole) != 0 && TwoNameWordsBefore(text, i, script, people))
            {
                Emit(text, i - 2, i - 1, Signal.RealPersonHint, 2, into);
                return;
            }

            if ((token.Tags & WordTags.NameHonorific) != 0 && NameAfter(text, i, script, people, oneWordNeedsGiven: true) is var end and > 0)
            {
                Emit(text, i, end, Signal.RealPersonLikely, 3, into);
                return;
            }

            if (script == 'T' && IsNameWord(text, i, script, people) && IsGiven(text, i, people)
                && NameAfter(text, i, script, people, oneWordNeedsGiven: false) is var surname and > 0
                && !ThaiCompounds(text, i, surname)
                && !NameAttachment.IsDetached(text.Source, into, text[i].SourceStart))
            {
                // A nickname, given name and family name (วู้ดดี้ วุฒิธร มิลินทจินดา): the way Thai media write a public figure, so a
                // real-person hint, read in drawn styles too (session 27). The family name is a long word that opens with no
                // preposition (ในห้องน้ำ "in the bathroom" is a phrase), and neither word after the nickname is a dictionary compound.
                // Session 40: a word after the name that describes her (แม่มดสาว a young witch, ชุดรัดรูป a bodysuit) is no
                // given or family name: a foreign or fictional name with its description (เบโยเน็ตต้า แม่มดสาว ชุดรัดรูป).
                if (surname == i + 2 && IsThaiFamilyName(text, i + 2) && !OrdinaryPhrases.IsThaiCompound(text.TextOf(in text[i + 1]))
                    && !OrdinaryWords.ContainsInflected(SourceWord(text, i + 1))
                    && !DescribedSubjects.DescribesThaiSubject(text.TextOf(in text[i + 1])) && !DescribedSubjects.DescribesThaiSubject(text.TextOf(in text[i + 2])))
                {
                    Emit(text, i, surname, Signal.RealPersonHint, 2, into);
                }

                Emit(text, i, surname, Signal.RealPersonLikely, 3, into);
                return;
            }

            // A name word before a long Thai family name built from a surname morpheme (ศิริกัญญา ตันสกุล, พิยดา อัครเศรณี): the given
            // name or nickname is often in no list, but the family name's form says the pair is a person (session 31,
            // i16-namesscripts38; ScriptFamilyNames). The first word opens no phrase and is no ordinary word.
            // A public role right after the pair (ใบเตย สุดารัตน์ นักแสดง) is read at the role's turn, as the stronger hint.
            if (script == 'T' && i + 1 < n && IsNameWord(text, i, script, people) && IsNameWord(text, i + 1, script, people)
                && (i + 2 >= n || (text[i + 2].Tags & WordTags.PublicRole) == 0)
                && PersonDetector.OnlySpaceBetween(text.Source, text[i].SourceEnd, text[i + 1].SourceStart)
                && ScriptFamilyNames.IsFamilyName(SourceWord(text, i + 1)) && !OpensThaiPhrase(text, i)
                && !OrdinaryWords.ContainsInflected(SourceWord(text, i)) && !OrdinaryWords.ContainsInflected(SourceWord(text, i + 1))
                && !NameAttachment.IsDetached(text.Source, into, text[i].SourceStart))
            {
                Emit(text, i, i + 1, Signal.RealPersonLikely, 3, into);
                return;
            }

            // Session 36 (i16-namescjk44): a given name known by its closing morpheme and a long family name after it (รักชนก ศรีนอก,
            // สุนิสา สุขบุญสังข์, ชาลิดา วิจิตรวงศ์ทอง), wherever the pair stands in the sexual prompt: both words are compounds of
            // dictionary morphemes, so the tests above refused them as a phrase (ThaiGivenNameShapes).
            if (script == 'T' && i + 1 < n && IsNameWord(text, i, script, people) && ScriptOf(text, in text[i + 1]) == 'T'
                && PersonDetector.OnlySpaceBetween(text.Source, text[i].SourceEnd, text[i + 1].SourceStart)
                && ThaiGivenNameShapes.IsPair(SourceWord(text, i), SourceWord(text, i + 1))
                && !NameAttachment.IsDetached(text.Source, into, text[i].SourceStart))
            {
                Emit(text, i, i + 1, Signal.RealPersonLikely, 3, into);
                return;
            }

            // Session 35 (i16-namesasia43): the given name glued to the word before it, as Thai writes a phrase with no space
            // (แอบถ่ายอรอุมา สุขเจริญ "secretly filmed Orn-uma Sukcharoen", ภาพเปลือยของพิมพ์ชนก วงศ์ไทย): a lead-in word of a picture or
            // a look, then the given name, then a family name by its form.
            if (script == 'T' && i + 1 < n && GluedLeadIn(text, i) is > 0 and var lead && IsNameWord(text, i + 1, script, people)
                && PersonDetector.OnlySpaceBetween(text.Source, text[i].SourceEnd, text[i + 1].SourceStart)
                && ScriptFamilyNames.IsFamilyName(SourceWord(text, i + 1)) && !OrdinaryWords.ContainsInflected(SourceWord(text, i + 1)))
            {
                var from = text[i].SourceStart + lead;
                var to = text[i + 1].SourceEnd;
                into.Add(Signal.RealPersonLikely, text.Source[from..to], 3, from, to, PromptField.Prompt);
                return;
            }

            // Session 43 (i16-asia51): Thai writes no space between words, so a name runs on into the words said of it (ณัฐธิดา
            // พงษ์สวัสดิ์กำลังถอด…, คุณสุพัตราแก้ผ้า…) and may have a lead-in glued before it (แอบถ่ายปรียานุช …): the first clause word
            // glued after the family name or the titled name marks where the name ends (ThaiGivenNameShapes.TryGluedPair, TryTitledName).
            if (script == 'T' && GluedThaiName(text, i, out var nameFrom, out var nameTo)
                && !NameAttachment.IsDetached(text.Source, into, nameFrom))
            {
                into.Add(Signal.RealPersonLikely, text.Source[nameFrom..nameTo], 3, nameFrom, nameTo, PromptField.Prompt);
                return;
            }

            if (script == 'T' && JoinedThaiName(text, i, people) && !NameAttachment.IsDetached(text.Source, into, text[i].SourceStart))
            {
                var last = NameAfter(text, i, script, people, oneWordNeedsGiven: false) is var after and > 0 ? after : i;
                Emit(text, i, last, Signal.RealPersonLikely, 3, into);
                return;
            }
        }

        if (((!into.DepictsPeople && !into.Has(Signal.Adult) && !AnyPersonWord(text)) || PeopleArePartners(text, into))
            && !into.Has(Signal.RealPersonLikely) && !into.Has(Signal.RealPersonHint))
        {
            SubjectBeforeSexualTerm(text, people, into);
            if (!into.Has(Signal.RealPersonLikely))
            {
                SubjectAfterSexualTerm(text, people, into);
            }

            if (!into.Has(Signal.RealPersonLikely))
            {
                ThaiPairAsTagOrCast(text, people, into);
            }
        }

        // The "of" frame admits person words after the name: its partner (… لـ إسعاد يونس مع حبيبها, "with her lover").
        if (!into.Has(Signal.Adult) && !into.Has(Signal.RealPersonLikely) && !into.Has(Signal.RealPersonHint))
        {
            SubjectAfterTermOf(text, people, into);
        }
    }

    /// <summary>
    /// Thai: two name words right after the Thai run that holds the sexual term ("ภาพเปลือย ศรีริต้า เจนเซ่น บนเตียง", "คลิปหลุด
    /// … xxx"), in a prompt that names no person otherwise: Thai puts the photo or clip word first and its subject after it
    /// (session 25). Two words that are Thai dictionary compounds (ผู้หญิง ใต้ฝน) are no name, nor are ordinary words.
    /// </summary>
    private static void SubjectAfterSexualTerm(TokenizedText text, PeopleLexicon people, SignalSummary into)
    {
        ref readonly var sexual = ref into[Signal.Sexual];
        for (var i = 1; i + 1 < text.SequenceCount; i++)
        {
            WorkCounter.Add(1);
            ref var term = ref text[i - 1];
            if (!(sexual.SourceStart < term.SourceEnd && sexual.SourceEnd > term.SourceStart))
            {
                continue;
            }

            if (ScriptOf(text, in term) == 'T' && ScriptOf(text, in text[i]) == 'T'
                && PersonDetector.OnlySpaceBetween(text.Source, term.SourceEnd, text[i].SourceStart)
                && IsNameWord(text, i, 'T', people) && IsNameWord(text, i + 1, 'T', people)
                && PersonDetector.OnlySpaceBetween(text.Source, text[i].SourceEnd, text[i + 1].SourceStart)
                && !ThaiCompounds(text, i, i + 1) && !OpensThaiPhrase(text, i)
                && !OrdinaryWords.Contains(text, i) && !OrdinaryPhrases.IsOrdinaryNonName(SourceWord(text, i))
                && !OrdinaryWords.ContainsInflected(SourceWord(text, i + 1)))
            {
                Emit(text, i, i + 1, Signal.RealPersonLikely, 3, into);
            }

            return; // only the words right after the term can be its subject
        }
    }

    /// <summary>
    /// Arabic, Persian and Hebrew: two name words right after a sexual term's "of" (صور سكس مسربة لـ إسعاد يونس "leaked sex pictures
    /// of Is'ad Younes", نگارگری اروتیک از زهره الهیان برهنه "an erotic miniature of Zohreh Elahian, nude"), in a prompt with no adult
    /// term and no person word before the name (one after it is the partner: مع حبيبها, "with her lover"): the picture's "of" says whom it shows, as the pair before the term does (SubjectBeforeSexualTerm). The
    /// first word may be an ordinary word when a given-name list holds it (زهره Venus, Zohreh); the second is no ordinary word.
    /// Session 34, i16-namescased42.
    /// </summary>
    private static void SubjectAfterTermOf(TokenizedText text, PeopleLexicon people, SignalSummary into)
    {
        for (var i = 0; i + 1 < text.SequenceCount; i++)
        {
            WorkCounter.Add(1);
            var script = ScriptOf(text, in text[i]);
            if ((text[i].Tags & WordTags.PersonWord) != 0 || KinWords.Contains(SourceWord(text, i)))
            {
                return; // a person word before the frame is the picture's subject
            }

            if (script is not ('A' or 'H') || !ScriptFullNames.AfterTermOf(text, i))
            {
                continue;
            }

            var given = (text[i].Tags & WordTags.GivenName) != 0;
            if (IsNameWord(text, i, script, people, commonGiven: given)
                && IsNameWord(text, i + 1, script, people)
                && PersonDetector.OnlySpaceBetween(text.Source, text[i].SourceEnd, text[i + 1].SourceStart)
                && ScriptWordShapes.CanStartName(text, i, i + 1)
                && (given || (!OrdinaryWords.Contains(text, i) && !OrdinaryPhrases.IsOrdinaryNonName(SourceWord(text, i))))
                && !OrdinaryWords.ContainsInflected(SourceWord(text, i + 1)))
            {
                Emit(text, i, i + 1, Signal.RealPersonLikely, 3, into);
            }

            return; // only the first "of" after a term
        }
    }

    /// <summary>
    /// Lead-in words Thai writes glued to the person they show (session 35, i16-namesasia43): a picture, clip or look (ภาพ,
    /// รูป, คลิป, แอบถ่าย "filmed in secret", ใบหน้าเป็น "with the face of"), with ของ ("of") when it follows. Longest first.
    /// </summary>
    private static readonly string[] ThaiGluedLeadIns =
    [
        "ภาพเปลือยของ", "รูปเปลือยของ", "คลิปหลุดของ", "ภาพหลุดของ", "ใบหน้าเป็น", "หน้าเหมือน", "แอบถ่าย", "คลิปหลุด", "ภาพหลุด",
        "ภาพเปลือย", "รูปเปลือย", "ภาพของ", "รูปของ", "คลิปของ", "นู้ด",
    ];

    /// <summary>
    /// The length of a lead-in word that opens Thai run <paramref name="i"/> with at least four letters after it (the given name)
    /// that make no ordinary word and open no phrase; 0 when none. Thai given names are compounds of dictionary morphemes
    /// (อร + อุมา), so the dictionary segmentation cannot refuse them; the family name's form after it is the evidence.
    /// </summary>
    private static int GluedLeadIn(TokenizedText text, int i)
    {
        var word = SourceWord(text, i);
        foreach (var lead in ThaiGluedLeadIns)
        {
            WorkCounter.Add(1);
            if (word.Length >= lead.Length + 4 && word.StartsWith(lead, StringComparison.Ordinal))
            {
                var rest = word[lead.Length..];
                return OrdinaryWords.ContainsInflected(rest) || StartsWithThaiOpener(rest) ? 0 : lead.Length;
            }
        }

        return 0;
    }

    internal static bool StartsWithThaiOpener(ReadOnlySpan<char> word)
    {
        foreach (var opener in ThaiPhraseOpeners)
        {
            if (word.StartsWith(opener, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Thai words that open a phrase of place, time or relation (ใน in, บน on, ที่ at, กับ with, ของ of…), not a family name.</summary>
    private static readonly string[] ThaiPhraseOpeners = ["ใน", "บน", "ที่", "กับ", "ของ", "ใต้", "ริม", "หน้า", "ข้าง", "ตอน", "และ", "หรือ", "แบบ", "สไตล์", "กำลัง", "ท่า", "ภาพ", "ไม่"];

    /// <summary>
    /// A Thai run opening with a preposition (ในสวนสาธารณะ "in the park"): a phrase of place, not a given name (session 31: the
    /// fresh set's `รูปปั้นเปลือย ในสวนสาธารณะ เชียงใหม่`, a nude statue in a Chiang Mai park, was read as a person after the term).
    /// </summary>
    private static bool OpensThaiPhrase(TokenizedText text, int k)
    {
        var word = text.TextOf(in text[k]);
        foreach (var opener in ThaiPhraseOpeners)
        {
            if (word.Length > opener.Length && word.StartsWith(opener, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A Thai word of five or more characters that opens with no phrase opener and is no ordinary word: Thai family names are
    /// often compounds of Sanskrit words (มิลินทจินดา), so a dictionary compound still counts in this slot.
    /// </summary>
    private static bool IsThaiFamilyName(TokenizedText text, int k)
    {
        var word = text.TextOf(in text[k]);
        if (word.Length < 5 || OrdinaryWords.ContainsInflected(SourceWord(text, k)))
        {
            return false;
        }

        foreach (var opener in ThaiPhraseOpeners)
        {
            if (word.StartsWith(opener, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A public role behind a joined particle (للمغنية "for the singer", بالممثلة, ולזמרת "and to the singer", לשחקנית): Arabic
    /// and Hebrew write prepositions and "and" joined to the next word, so a role after "a nude picture of" reaches the matcher
    /// with its particle on and no list holds it (`صورة عارية للمغنية سهى الخزرجي`). The word is looked up without one or two
    /// particle letters; Arabic لل is ل + the article ال. Session 31, i16-namesscripts38.
    /// </summary>
    private static bool IsJoinedRole(TokenizedText text, int i, char script, TermIndex index)
    {
        if (script is not ('A' or 'H'))
        {
            return false;
        }

        var word = text.TextOf(in text[i]);
        if (word.Length < 4 || word.Length > 24)
        {
            return false;
        }

        if (script == 'A' && word.StartsWith("لل", StringComparison.Ordinal))
        {
            Span<char> definite = stackalloc char[word.Length];
            definite[0] = 'ا';
            word[1..].CopyTo(definite[1..]);
            return IsRole(definite, index);
        }

        var particles = script == 'A' ? "لبوفك" : "לובשמכ";
        if (particles.Contains(word[0]) && IsRole(word[1..], index))
        {
            return true;
        }

        return particles.Contains(word[0]) && particles.Contains(word[1]) && IsRole(word[2..], index);
    }

    private static bool IsRole(ReadOnlySpan<char> word, TermIndex index) =>
        index.TryGet(word, out var info) && (info.Tags & WordTags.PublicRole) != 0;

    private static ReadOnlySpan<char> SourceWord(TokenizedText text, int i) =>
        text.Source.AsSpan(text[i].SourceStart, text[i].SourceEnd - text[i].SourceStart);

    /// <summary>
    /// Whether every word from <paramref name="first"/> to <paramref name="last"/> (two or more) is a Thai compound of dictionary
    /// words (ค่ายมวย เหงื่อโชก, "boxing camp, drenched in sweat"): a phrase of the sentence, not a given name and surname (session 21).
    /// </summary>
    private static bool ThaiCompounds(TokenizedText text, int first, int last)
    {
        if (last <= first)
        {
            return false;
        }

        for (var k = first; k <= last; k++)
        {
            if ((text[k].Tags & WordTags.GivenName) != 0 || !OrdinaryPhrases.IsThaiCompound(text.TextOf(in text[k])))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Two name words of one script right before the token that holds the sexual term, at most one stop word between.</summary>
    private static void SubjectBeforeSexualTerm(TokenizedText text, PeopleLexicon people, SignalSummary into)
    {
        ref readonly var sexual = ref into[Signal.Sexual];
        var leadIn = 0;
        for (var i = 0; i + 2 < text.SequenceCount; i++)
        {
            WorkCounter.Add(1);
            var script = ScriptOf(text, in text[i]);

            // Session 41 (i16-scriptnames49): a Thai clause of dictionary words that opens the prompt before its subject (หลังชกมวยเสร็จ
            // "after the boxing match", ร้านนวดน้ำมัน "at the oil-massage shop", ทำรูปสงกรานต์ "make a Songkran picture") is no given
            // name: when the two words after it stand right before the sexual term, the subject is that pair, read by the same tests
            // (once: only the prompt's first words are such a lead-in). Its words split wholly into the Thai dictionary
            // (OrdinaryPhrases.IsThaiWords), which a name of Sanskrit roots does not; a listed given name is never skipped.
            if (script == 'T' && i == leadIn && i == 0 && i + 3 < text.SequenceCount && (text[i].Tags & (WordTags.GivenName | WordTags.Matched)) == 0
                && ScriptOf(text, in text[i + 1]) == 'T' && PersonDetector.OnlySpaceBetween(text.Source, text[i].SourceEnd, text[i + 1].SourceStart)
                && PersonDetector.OnlySpaceBetween(text.Source, text[i + 2].SourceEnd, text[i + 3].SourceStart)
                && sexual.SourceStart < text[i + 3].SourceEnd && sexual.SourceEnd > text[i + 3].SourceStart
                && IsThaiLeadIn(text.TextOf(in text[i])))
            {
                leadIn = i + 1;
                continue;
            }

            if (script == 0 || !IsNameWord(text, i, script, people) || !IsNameWord(text, i + 1, script, people)
                || !PersonDetector.OnlySpaceBetween(text.Source, text[i].SourceEnd, text[i + 1].SourceStart))
            {
                continue;
            }

            // A Thai picture or medium word before the subject (ภาพวาดสีน้ำมัน "oil painting", ภาพถ่าย "photograph": a word opening
            // with ภาพ "picture", no given name) is no part of the name: the subject is the pair after it, read by the same tests
            // (session 28, i16-names32). Such a word in the second slot ends the search: the pair is a description (ผิวคล้ำแดด
            // ภาพถ่ายศิลปะ, "sun-tanned skin, art photo": a first version that also passed over dictionary compounds read it).
            if (script == 'T' && (text[i].Tags & WordTags.GivenName) == 0 && text.TextOf(in text[i]).StartsWith("ภาพ", StringComparison.Ordinal))
            {
                continue;
            }

            if (script == 'T' && text.TextOf(in text[i + 1]).StartsWith("ภาพ", StringComparison.Ordinal))
            {
                return;
            }

            // The subject's first word takes no case ending (বিকেলের রোদে নগ্ন শরীর is "nude body in the afternoon sun"), and a
            // Bengali genitive in -র after a vowel (বাড়ির ছাদে) starts a name only when it is a known given name.
            if (!ScriptWordShapes.CanStartName(text, i, i + 1)
                || (ScriptWordShapes.IsBengaliVowelGenitive(text, i) && (text[i].Tags & WordTags.GivenName) == 0))
            {
                return;
            }

            // Two unknown words, not two ordinary ones: a word of the CLDR vocabulary of these languages (ফাইল "file", סגור
            // "close") that no name list spells is no part of a subject (OrdinaryWords; a listed given name is never one).
            if (((text[i].Tags & WordTags.GivenName) == 0 && (OrdinaryWords.Contains(text, i) || OrdinaryPhrases.IsOrdinaryNonName(SourceWord(text, i))))
                || OrdinaryWords.ContainsInflected(SourceWord(text, i + 1)) || ThaiCompounds(text, i, i + 1))
            {
                return;
            }

            var k = i + 2;
            if (text[k].Languages != 0 && (text[k].Tags & WordTags.Matched) == 0 && k + 1 < text.SequenceCount && PersonDetector.OnlySpaceBetween(text.Source, text[k].SourceEnd, text[k + 1].SourceStart))
            {
                k++; // तमन्ना भाटिया की नंगी तस्वीर
            }
            else if (script is 'A' or 'H' && k + 1 < text.SequenceCount && NameBeforeNudity.IsSubjectVerb(text, k, script)
                && PersonDetector.OnlySpaceBetween(text.Source, text[k].SourceEnd, text[k + 1].SourceStart))
            {
                k++; // Session 41 (i16-scriptnames49): the subject's verb before its term (דני רופ שוכב עירום, هالة منصور تستلقي عارية)
            }

            // After a skipped lead-in the second word also needs a family name's length or form (สลัว "dim" after แสงเทียน is none).
            if (PersonDetector.OnlySpaceBetween(text.Source, text[k - 1].SourceEnd, text[k].SourceStart)
                && sexual.SourceStart < text[k].SourceEnd && sexual.SourceEnd > text[k].SourceStart
                && (leadIn == 0 || IsThaiFamilyName(text, i + 1) || ScriptFamilyNames.IsFamilyName(SourceWord(text, i + 1))))
            {
                Emit(text, i, i + 1, Signal.RealPersonLikely, 3, into);
                return;
            }

            return; // only the first pair of name words can be the subject
        }
    }

    /// <summary>
    /// Session 41 (i16-scriptnames49): a Thai run that opens a prompt as a clause of its own, not as a name: words of the Thai dictionary
    /// through and through (หลังชกมวยเสร็จ), a phrase of place, time or relation (ในห้องน้ำ, ตอนเช้า: <see cref="ThaiPhraseOpeners"/>),
    /// a place (ร้านนวดน้ำมัน "the oil-massage shop", <see cref="ThaiPlaceHeads"/>) or a request for a picture (ทำรูป, วาดภาพ, ถ่ายรูป).
    /// </summary>
    private static bool IsThaiLeadIn(ReadOnlySpan<char> word) =>
        word.Length >= 4 && (OrdinaryPhrases.IsThaiWords(word) || StartsWithThaiOpener(word) || StartsWithAny(word, ThaiPlaceHeads) || StartsWithAny(word, ThaiRequestLeadIns)
            || StartsWithAny(word, ThaiTimeLeadIns));

    /// <summary>Thai requests for a picture that open a prompt (make, draw, take a picture), written for GenScreen (MIT, this project).</summary>
    private static readonly string[] ThaiRequestLeadIns = ["ทำรูป", "ทำภาพ", "วาดรูป", "วาดภาพ", "ถ่ายรูป", "ถ่ายภาพ", "สร้างรูป", "สร้างภาพ", "ขอรูป", "ขอภาพ", "เจนรูป", "เจนภาพ"];

    /// <summary>Thai words of time that open a clause (after, before, during, while), written for GenScreen (MIT, this project).</summary>
    private static readonly string[] ThaiTimeLeadIns = ["หลัง", "ก่อน", "ระหว่าง", "ขณะ", "เมื่อ", "วันหยุด", "คืน", "เช้า"];

    /// <summary>
    /// Session 41 (i16-scriptnames49): Thai cast words, "starring" (นำแสดงโดย, แสดงนำโดย, ร่วมแสดงโดย) and "the leading lady / man is"
    /// (นางเอกคือ, พระเอกคือ): the pair after them is the person the picture shows. Written for GenScreen from general knowledge of
    /// Thai (MIT, this project). โดย alone ("by") is left out: ภาพวาดโดย names the painter, not the subject.
    /// </summary>
    private static readonly string[] ThaiCastWords = ["นำแสดงโดย", "แสดงนำโดย", "ร่วมแสดงโดย", "นางเอกคือ", "พระเอกคือ", "นำแสดง"];

    /// <summary>
    /// Session 41 (i16-scriptnames49), in a sexual prompt that names no person otherwise: a Thai pair that is a tag of its own between
    /// commas (ท่าด็อกกี้, ปกรณ์ ฉัตรบริรักษ์, เปลือย), the way tag-style prompts list their subject, or the pair after a cast word
    /// (โปสเตอร์หนัง… นำแสดงโดย ชาดา ไทยเศรษฐ์). The pair passes the tests of the pair before the sexual term (name words, no phrase
    /// opener, neither word ordinary, not both dictionary compounds), and the second word has a family name's or a given name's
    /// length (five letters or more, IsThaiFamilyName) or a family name's form (ScriptFamilyNames), so two short words of a
    /// description (ห้องมืด แสงสลัว) stay unread. Places and towns are ordinary words or listed towns (CaselessTowns).
    /// </summary>
    private static void ThaiPairAsTagOrCast(TokenizedText text, PeopleLexicon people, SignalSummary into)
    {
        var source = text.Source.AsSpan();
        for (var i = 0; i + 1 < text.SequenceCount; i++)
        {
            WorkCounter.Add(1);
            if (ScriptOf(text, in text[i]) != 'T' || ScriptOf(text, in text[i + 1]) != 'T'
                || !PersonDetector.OnlySpaceBetween(text.Source, text[i].SourceEnd, text[i + 1].SourceStart))
            {
                continue;
            }

            var before = i == 0 ? source[..text[i].SourceStart] : source[text[i - 1].SourceEnd..text[i].SourceStart];
            var after = i + 2 >= text.SequenceCount ? source[text[i + 1].SourceEnd..] : source[text[i + 1].SourceEnd..text[i + 2].SourceStart];
            var tag = (i == 0 || before.IndexOfAny(TagCommas) >= 0) && (i + 2 >= text.SequenceCount || after.IndexOfAny(TagCommas) >= 0)
                && (before.IndexOfAny(TagCommas) >= 0 || after.IndexOfAny(TagCommas) >= 0);
            var cast = i > 0 && ScriptOf(text, in text[i - 1]) == 'T' && PersonDetector.OnlySpaceBetween(text.Source, text[i - 1].SourceEnd, text[i].SourceStart)
                && EndsWithAny(text.TextOf(in text[i - 1]), ThaiCastWords);
            // A name's length: a Thai given name or nickname of at most ten letters, a family name of at most fourteen; longer runs
            // are clauses written without spaces (วันเกิดครบสี่สิบปีของเธอที่ภูเก็ต แชมเปญบนระเบียง, the labelled set's adult).
            if (!(tag || cast) || text[i].Length > 10 || text[i + 1].Length > 14 || !IsNameWord(text, i, 'T', people) || !IsNameWord(text, i + 1, 'T', people)
                || OpensThaiPhrase(text, i) || OpensThaiPhrase(text, i + 1) || ThaiCompounds(text, i, i + 1)
                || ((text[i].Tags & WordTags.GivenName) == 0 && (OrdinaryWords.Contains(text, i) || OrdinaryPhrases.IsOrdinaryNonName(SourceWord(text, i))))
                || OrdinaryWords.ContainsInflected(SourceWord(text, i + 1)) || StartsWithAny(text.TextOf(in text[i]), ThaiPlaceHeads)
                || IsThaiPlace(text.TextOf(in text[i])) || IsThaiPlace(text.TextOf(in text[i + 1]))
                || !(IsThaiFamilyName(text, i + 1) || ScriptFamilyNames.IsFamilyName(SourceWord(text, i + 1)))
                || DescribedSubjects.DescribesThaiSubject(text.TextOf(in text[i])) || DescribedSubjects.DescribesThaiSubject(text.TextOf(in text[i + 1]))
                || NameAttachment.IsDetached(text.Source, into, text[i].SourceStart))
            {
                continue;
            }

            Emit(text, i, i + 1, Signal.RealPersonLikely, 3, into);
            return;
        }
    }

    /// <summary>
    /// Words that open a Thai place name (หาด beach, เกาะ island, ถนน road, วัด temple, ตลาด market, ดอย mountain, น้ำตก waterfall…):
    /// a tag opening with one is a place (หาดป่าตอง ภูเก็ต). Written for GenScreen from general knowledge of Thai (MIT, this project).
    /// </summary>
    private static readonly string[] ThaiPlaceHeads =
    [
        "หาด", "เกาะ", "ถนน", "วัด", "ตลาด", "ดอย", "น้ำตก", "อ่าว", "ซอย", "ย่าน", "เมือง", "จังหวัด", "อำเภอ", "หมู่บ้าน", "คลอง", "แม่น้ำ",
        "ภูเขา", "อุทยาน", "สวน", "โรงแรม", "ร้าน", "ห้าง", "สถานี", "สนาม", "ทะเล", "บึง", "ทุ่ง", "ป่า", "ภู", "เขา", "แหลม", "ท่า",
        "พระราชวัง", "อนุสาวรีย์", "สะพาน", "ประเทศ",
    ];

    /// <summary>
    /// Thai provinces and towns that image prompts name (Bangkok, Chiang Mai, Phuket, Pattaya, Hua Hin…), which have a name's length
    /// and no dictionary split. Written for GenScreen from general knowledge of Thai geography (MIT, this project; public facts).
    /// </summary>
    private static readonly string[] ThaiPlaces =
    [
        "กรุงเทพ", "กรุงเทพฯ", "กรุงเทพมหานคร", "เชียงใหม่", "เชียงราย", "ภูเก็ต", "พัทยา", "หัวหิน", "กระบี่", "ขอนแก่น", "อยุธยา", "สมุย",
        "ชลบุรี", "ระยอง", "สงขลา", "หาดใหญ่", "อุดรธานี", "นครราชสีมา", "โคราช", "ปาย", "พังงา", "ตราด", "ลำปาง", "น่าน", "สุโขทัย",
        "กาญจนบุรี", "อุบลราชธานี", "นครปฐม", "ประจวบคีรีขันธ์", "เพชรบุรี", "ราชบุรี", "ลพบุรี", "นนทบุรี", "ปทุมธานี", "สมุทรปราการ",
        "แม่ฮ่องสอน", "สุราษฎร์ธานี", "นครศรีธรรมราช", "ตรัง", "สตูล", "ระนอง", "ชุมพร", "บางแสน", "ศรีราชา", "เยาวราช", "สีลม", "สุขุมวิท",
        "ทองหล่อ", "สยาม", "ข้าวสาร", "ดำเนินสะดวก", "อัมพวา", "เขาใหญ่", "ลาว", "พม่า", "เขมร", "ญี่ปุ่น", "เกาหลี", "ไทย",
    ];

    private static bool IsThaiPlace(ReadOnlySpan<char> word)
    {
        foreach (var place in ThaiPlaces)
        {
            if (word.SequenceEqual(place))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly System.Buffers.SearchValues<char> TagCommas = System.Buffers.SearchValues.Create(",，;|");

    private static bool EndsWithAny(ReadOnlySpan<char> word, string[] endings)
    {
        foreach (var ending in endings)
        {
            if (word.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Session 41 (i16-scriptnames49): whether every person word of the prompt, and its adult term, stands one or two words after
    /// "with" (עם, مع, با, กับ: "דני רופ מקיים יחסי מין עם אישה", "… لخت در حال سکس با یک مرد"): the partner of the act, not a subject
    /// of its own, so the name readers that want no other person in the prompt still read the subject. False without any.
    /// </summary>
    private static bool PeopleArePartners(TokenizedText text, SignalSummary into)
    {
        var any = false;
        ref readonly var adult = ref into[Signal.Adult];
        var adultSeen = !adult.IsPresent;
        for (var k = 0; k < text.SequenceCount; k++)
        {
            WorkCounter.Add(1);
            var person = (text[k].Tags & WordTags.PersonWord) != 0 || KinWords.Contains(SourceWord(text, k));
            var isAdult = adult.IsPresent && adult.SourceStart < text[k].SourceEnd && adult.SourceEnd > text[k].SourceStart;
            if (!person && !isAdult)
            {
                continue;
            }

            if (!AfterWith(text, k))
            {
                return false;
            }

            any = true;
            adultSeen |= isAdult;
        }

        return any && adultSeen;
    }

    /// <summary>For <see cref="CaselessSubjectlessNames"/> (session 42): whether every person word and the adult term are the act's partner.</summary>
    internal static bool PeopleArePartnersOf(TokenizedText text, SignalSummary into) => PeopleArePartners(text, into);

    /// <summary>For <see cref="CaselessSubjectlessNames"/> (session 42): a person word or a kin or marital noun anywhere in the prompt.</summary>
    internal static bool AnyPersonOrKinWord(TokenizedText text) => AnyPersonWord(text);

    private static readonly string[] WithWords = ["עם", "مع", "با", "กับ"];

    private static bool AfterWith(TokenizedText text, int k)
    {
        for (var back = 1; back <= 2 && k - back >= 0; back++)
        {
            var word = SourceWord(text, k - back);
            foreach (var with in WithWords)
            {
                if (word.SequenceEqual(with))
                {
                    return true;
                }
            }

            if ((text[k - back].Tags & WordTags.Matched) != 0)
            {
                return false;
            }
        }

        return false;
    }

    private static bool AnyPersonWord(TokenizedText text)
    {
        for (var k = 0; k < text.SequenceCount; k++)
        {
            WorkCounter.Add(1);
            // A kin or marital noun (স্বামী, भाभी, สามี) depicts its adult as a person word does: the prompt has its subject.
            if ((text[k].Tags & WordTags.PersonWord) != 0 || KinWords.Contains(SourceWord(text, k)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The last token of the name written right after token <paramref name="i"/>: two name words, or one followed by
    /// nothing, punctuation or a term (and, when <paramref name="oneWordNeedsGiven"/>, a known given name); -1 when none.
    /// </summary>
    private static int NameAfter(TokenizedText text, int i, char script, PeopleLexicon people, bool oneWordNeedsGiven)
    {
        var n = text.SequenceCount;
        var j = i + 1;
        if (j >= n || !IsNameWord(text, j, script, people) || !PersonDetector.OnlySpaceBetween(text.Source, text[i].SourceEnd, text[j].SourceStart))
        {
            return -1;
        }

        if (j + 1 < n && IsNameWord(text, j + 1, script, people) && PersonDetector.OnlySpaceBetween(text.Source, text[j].SourceEnd, text[j + 1].SourceStart))
        {
            return j + 1;
        }

        var alone = j + 1 >= n || (text[j + 1].Tags & WordTags.Matched) != 0
            || !PersonDetector.OnlySpaceBetween(text.Source, text[j].SourceEnd, text[j + 1].SourceStart);
        return alone && (!oneWordNeedsGiven || (text[j].Tags & WordTags.GivenName) != 0) ? j : -1;
    }

    /// <summary>Two name words of the script right before the role at <paramref name="i"/>, only spaces between, the first starting a phrase.</summary>
    private static bool TwoNameWordsBefore(TokenizedText text, int i, char script, PeopleLexicon people) =>
        i >= 2 && IsNameWord(text, i - 2, script, people) && IsNameWord(text, i - 1, script, people)
        && PersonDetector.OnlySpaceBetween(text.Source, text[i - 2].SourceEnd, text[i - 1].SourceStart)
        && PersonDetector.OnlySpaceBetween(text.Source, text[i - 1].SourceEnd, text[i].SourceStart)
        && (i == 2 || !PersonDetector.OnlySpaceBetween(text.Source, text[i - 3].SourceEnd, text[i - 2].SourceStart) || !IsNameWord(text, i - 3, script, people));

    private static bool IsGiven(TokenizedText text, int i, PeopleLexicon people) =>
        (text[i].Tags & WordTags.GivenName) != 0 || ScriptFullNames.IsTransliteratedGivenName(text, i, people);

    /// <summary>
    /// Tags each Thai run with what the people lists say of it as a whole word, and marks it matched when it is a term
    /// or a stop word, or holds the strongest evidence of some signal (เปลือยกาย, ภาพโป๊): such a run is no name.
    /// </summary>
    private static void TagThaiRuns(TokenizedText text, TermIndex index, SignalSummary into)
    {
        for (var k = 0; k < text.SequenceCount; k++)
        {
            WorkCounter.Add(1);
            ref var token = ref text[k];
            if (!token.Has(TokenFlags.Cjk) || ScriptOf(text, in token) != 'T')
            {
                continue;
            }

            if (index.TryGet(text.TextOf(in token), out var info))
            {
                token.Tags |= info.Tags;
                if (info.Entry is not null || info.Languages != 0)
                {
                    token.Tags |= WordTags.Matched;
                }
            }

            if (HoldsEvidence(into, token.SourceStart, token.SourceEnd))
            {
                token.Tags |= WordTags.Matched;
            }
        }
    }

    private static bool HoldsEvidence(SignalSummary into, int start, int end)
    {
        foreach (var signal in Signals)
        {
            WorkCounter.Add(1);
            ref readonly var evidence = ref into[signal];
            if (evidence.IsPresent && evidence.SourceStart < end && evidence.SourceEnd > start)
            {
                return true;
            }
        }

        return false;
    }

    /// <param name="commonGiven">A listed given name that is also a common word (زهره, هالة) counts: only where the frame says a person stands.</param>
    private static bool IsNameWord(TokenizedText text, int j, char script, PeopleLexicon people, bool commonGiven = false)
    {
        ref var token = ref text[j];
        return token.Length >= 2 && token.Languages == 0 && ScriptOf(text, in token) == script
            && (token.Flags & (TokenFlags.Digit | TokenFlags.LeetSymbol)) == 0
            && (token.Tags & NotNameTags) == 0
            && (commonGiven || !people.IsCommonWord(text.TextOf(in token)))
            && !KinWords.Contains(SourceWord(text, j))
            && !ClauseSubjectNames.IsFrameWord(SourceWord(text, j)) // ارسم "draw" reads as the given name Arsam (session 36)
            && !ScriptWordShapes.NeverName(text, j);
    }

    /// <summary>คุณแอฟ: the Thai honorific and at least two letters of a name joined to it, the rest no ordinary word.</summary>
    private static bool JoinedThaiName(TokenizedText text, int i, PeopleLexicon people)
    {
        ref var token = ref text[i];
        if ((token.Tags & NotNameTags) != 0 || token.Languages != 0)
        {
            return false;
        }

        var word = text.TextOf(in token);
        foreach (var honorific in JoinedThaiHonorifics)
        {
            WorkCounter.Add(1);
            if (word.Length >= honorific.Length + 2 && word.StartsWith(honorific, StringComparison.Ordinal) && !people.IsCommonWord(word[honorific.Length..])
                && !StartsWithKin(word[honorific.Length..]))
            {
                return true;
            }
        }

        foreach (var leadIn in JoinedThaiSiblingLeadIns)
        {
            WorkCounter.Add(1);
            if (word.Length >= leadIn.Length + 2 && word.Length <= leadIn.Length + 6 && word.StartsWith(leadIn, StringComparison.Ordinal)
                && Scripts.IsThai(word[leadIn.Length]) && !people.IsCommonWord(word[leadIn.Length..]) && !OrdinaryWords.ContainsInflected(word[leadIn.Length..])
                && !StartsWithKin(word[leadIn.Length..]) && !StartsWithAny(word[leadIn.Length..], ThaiKinAfterSibling))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Session 43 (i16-asia51): a Thai name glued to the words around it (see the call); its source span.</summary>
    private static bool GluedThaiName(TokenizedText text, int i, out int from, out int to)
    {
        from = to = 0;
        var word = SourceWord(text, i);
        if (ThaiGivenNameShapes.TryTitledName(word, out var start, out var length))
        {
            from = text[i].SourceStart + start;
            to = from + length;
            return true;
        }

        if (i + 1 < text.SequenceCount && ScriptOf(text, in text[i + 1]) == 'T'
            && PersonDetector.OnlySpaceBetween(text.Source, text[i].SourceEnd, text[i + 1].SourceStart)
            && ThaiGivenNameShapes.TryGluedPair(word, SourceWord(text, i + 1), out var givenStart, out var familyLength))
        {
            from = text[i].SourceStart + givenStart;
            to = text[i + 1].SourceStart + familyLength;
            return true;
        }

        return false;
    }

    private static bool StartsWithAny(ReadOnlySpan<char> rest, string[] words)
    {
        foreach (var w in words)
        {
            if (rest.StartsWith(w, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Session 43 (i16-asia51): a Thai word that opens with a place head (ดอยอินทนนท์, หาดป่าตอง): a place, not a given name.</summary>
    internal static bool StartsWithThaiPlaceHead(ReadOnlySpan<char> word) => StartsWithAny(word, ThaiPlaceHeads);

    /// <summary>Session 43 (i16-asia51): a kin or role noun after a Thai title or พี่/น้อง (คุณแม่, พี่สาว): no name follows the title.</summary>
    internal static bool StartsWithThaiKin(ReadOnlySpan<char> rest) => StartsWithKin(rest) || StartsWithAny(rest, ThaiKinAfterSibling);

    private static bool StartsWithKin(ReadOnlySpan<char> rest)
    {
        foreach (var kin in ThaiKinAfterHonorific)
        {
            if (rest.StartsWith(kin, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>'T' Thai, 'A' Arabic and Persian, 'H' Hebrew, 'D' Devanagari, 'B' Bengali; 0 for any other word (CJK excluded).</summary>
    /// <summary>The script letter of a token (T Thai, A Arabic/Persian, H Hebrew, D Devanagari, B Bengali), '\0' for others.</summary>
    internal static char ScriptOfToken(TokenizedText text, in Token token) => ScriptOf(text, in token);

    /// <summary>A name word of the script (see <see cref="IsNameWord"/>), for <see cref="ClauseSubjectNames"/>.</summary>
    internal static bool IsNameWordAt(TokenizedText text, int j, char script, PeopleLexicon people) => IsNameWord(text, j, script, people);

    internal static bool OpensPhrase(TokenizedText text, int k) => OpensThaiPhrase(text, k);

    internal static bool AreThaiCompounds(TokenizedText text, int first, int last) => ThaiCompounds(text, first, last);

    private static char ScriptOf(TokenizedText text, in Token token)
    {
        var first = text.TextOf(in token)[0];
        if (token.Has(TokenFlags.Cjk) && !Scripts.IsThai(first))
        {
            return '\0';
        }

        return first switch
        {
            >= Scripts.ThaiFirst and <= Scripts.ThaiLast => 'T',
            >= '\u0600' and <= '\u06FF' => 'A',
            >= '\u05D0' and <= '\u05EA' => 'H',
            >= '\u0900' and <= '\u097F' => 'D',
            >= '\u0980' and <= '\u09FF' => 'B',
            _ => '\0',
        };
    }

    /// <summary>
    /// Session 36 (i16-namescjk44): when <see cref="OrdinaryPhrases.DropLikely"/> has dropped a Thai likely name as a phrase of
    /// dictionary words (a reader took three words, สุนิสา สุขบุญสังข์ สวมชุดไทยจักรี, or a garment before the name), the first pair
    /// of the sexual prompt that is a given name of a name's shape and a family name (<see cref="ThaiGivenNameShapes"/>) is
    /// still its person: the phrase was the wrong span, not the absence of a name.
    /// </summary>
    internal static void ReadThaiPairAfterDrop(TokenizedText text, SignalSummary into)
    {
        if (!into.Has(Signal.Sexual))
        {
            return;
        }

        for (var i = 0; i + 1 < text.SequenceCount; i++)
        {
            WorkCounter.Add(1);
            if (ScriptOf(text, in text[i]) == 'T' && ScriptOf(text, in text[i + 1]) == 'T' && ((text[i].Tags | text[i + 1].Tags) & NotNameTags) == 0
                && PersonDetector.OnlySpaceBetween(text.Source, text[i].SourceEnd, text[i + 1].SourceStart)
                && ThaiGivenNameShapes.IsPair(SourceWord(text, i), SourceWord(text, i + 1))
                && !NameAttachment.IsDetached(text.Source, into, text[i].SourceStart))
            {
                Emit(text, i, i + 1, Signal.RealPersonLikely, 3, into);
                return;
            }
        }
    }

    private static void Emit(TokenizedText text, int first, int last, Signal signal, int level, SignalSummary into)
    {
        var start = text[first].SourceStart;
        var end = text[last].SourceEnd;
        into.Add(signal, text.Source[start..end], level, start, end, PromptField.Prompt);
    }
}
