using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// A full personal name written in a spaced script other than Latin (Cyrillic, Greek, Arabic and Persian, Hebrew,
/// Devanagari, Bengali, Thai) that no list holds: two words of one script side by side, one of them a given name once
/// written in Latin letters (<see cref="GivenNameKeys"/>), the other surname-shaped. The counterpart of the Latin
/// "given name + surname" rule (<see cref="PersonDetector"/>), so a likely real person (review under <c>mature</c>).
/// Read only in prompts with sexual content, the only place the signal decides anything.
/// <list type="bullet">
/// <item>Surname-shaped: 3+ letters, no word a lexicon term consumed, no stop word of a language; neither word an
/// ordinary word of the script's languages (the <c>commonWords</c> of people/script-common-words.json).</item>
/// <item>Cyrillic and Greek write names with capitals: both words must have one. A family name with a Slavic surname
/// ending may come first (Иванова Мария, as Russian forms write it); any other word before a given name is more often a
/// place (Нью Йорке).</item>
/// <item>Arabic, Persian and Hebrew leave short vowels out: a name is recognised spelled as a Latin given name (سارا sara)
/// or by a key of three consonants or more; two consonants and a long vowel spell too many words.</item>
/// </list>
/// </summary>
internal static class ScriptFullNames
{
    private const int MaxLatin = 48;

    private enum Script
    {
        None,
        Cased,
        Caseless,
    }

    public static void Match(TokenizedText text, TermIndex index, PeopleLexicon people, SignalSummary into)
    {
        if (!into.Has(Signal.Sexual) || people.GivenNames.Count == 0)
        {
            return;
        }

        for (var i = 0; i + 1 < text.SequenceCount; i++)
        {
            WorkCounter.Add(1);
            var script = ScriptOfWord(text, i);
            if (script == Script.None || ScriptOfWord(text, i + 1) != script
                || !PersonDetector.OnlySpaceBetween(text.Source, text[i].SourceEnd, text[i + 1].SourceStart))
            {
                continue;
            }

            var cased = script == Script.Cased;
            if (cased && !(IsCapitalised(text, i) && IsCapitalised(text, i + 1)))
            {
                continue;
            }

            // A capitalised pair right after a locative preposition (στα Λουτρά Πόζαρ, на Чистых Прудах) names where, not whom:
            // the Latin name rules read the same preposition so (WorldNameShapes.PlacePrepositionBefore; session 36). Unless its
            // first word is a listed given name (not one read by sound: Λουτρά): the same prepositions take persons too (στη Μαρία).
            if (cased && WorldNameShapes.PlacePrepositionBefore(text, i) && (text[i].Tags & WordTags.GivenName) == 0)
            {
                continue;
            }

            // A family name of the script known by list or form (सुप्रिया श्रीवास्तव, سحر رحیم‌زاده, ศิริกัญญา ตันสกุล): the word before
            // it is a given name even when no list holds it or it is an ordinary word too (سحر dawn, پروانه butterfly); session 31.
            var family = ScriptFamilyNames.IsFamilyName(SourceWord(text, i + 1)) && !ScriptFamilyNames.IsFamilyName(SourceWord(text, i));

            // After a sexual term's "of" (صور سكس مسربة لـ إسعاد يونس, اروتیک از زهره الهیان برهنه) the two words are whom the picture
            // shows: a given name that is also an ordinary word (زهره Venus, هالة halo) is read as the name there (session 34).
            var ofGiven = !cased && AfterTermOf(text, i) && IsGiven(text, i, script, people);

            // An ordinary word of the script's language (نور ملایم, soft light: نور is also the name Nur) is no part of a name.
            if ((!family && !ofGiven && people.IsCommonWord(text.TextOf(in text[i]))) || people.IsCommonWord(text.TextOf(in text[i + 1])))
            {
                continue;
            }

            // A kin or marital noun (স্বামী স্ত্রীর "husband … of the wife", देसी भाभी, a bhabhi) is the depicted adults' relation,
            // no part of a name, though its letters may spell a given name (Swami) or follow one (session 24).
            if (!cased && (KinWords.Contains(SourceWord(text, i)) || KinWords.Contains(SourceWord(text, i + 1))))
            {
                continue;
            }

            // The second half of a hyphenated compound (সাদা-কালো "black-and-white", काले-सफ़ेद) starts no name: a name is written
            // apart from the word before it (session 27, i16-precision31: সাদা-কালো শৈল্পিক ফটোগ্রাফি read as কালো শৈল্পিক).
            if (!cased && text[i].SourceStart > 0 && text.Source[text[i].SourceStart - 1] is '-' or '\u2010' or '\u2011')
            {
                continue;
            }

            // A given name of the script's own list behind a joined particle (لرنا الخطيب "of Rana al-Khatib", לנועה "to Noa"):
            // the particle is no part of the name, and the word is read as the name it joins (session 24).
            var joined = !cased && (text[i].Tags & WordTags.GivenName) == 0 && IsJoinedGiven(text, i, index);

            // A particle set off from the word by a tatweel (لـفريال, بـريم: "of Feryal"): writers stretch the joint before a proper
            // noun, a foreign word or a number, not before an ordinary noun (session 27). The word after it is a name whether or not
            // a list holds it, unless it opens with the article (لـلرسم, بـالأحمر) or is an ordinary word or a person word.
            var marked = !cased && !joined && TatweelMarked(text, i, people) is > 0;
            joined |= marked;

            // A form no name takes (মেয়েটির, पहाड़ों, بالأبيض, گل‌های), or a case ending on the first word, which a name puts only on
            // its last (বিকেলের রোদে, पुराने घर, النافذة المفتوحة): ordinary words of the sentence (ScriptWordShapes). The first word
            // is a given name of the lists, often a foreign one spelled by sound (কেটি Katie), so only forms no spelling makes count there.
            if (!cased && ((!joined && ScriptWordShapes.NeverName(text, i, soundMatch: true)) || ScriptWordShapes.NeverName(text, i + 1) || (!joined && !ScriptWordShapes.CanStartName(text, i, i + 1))))
            {
                continue;
            }

            // Without capitals, the surname slot holds an ordinary word of the language more often than a name (लाल साड़ी "red
            // sari", أسلاك كهربائية "electric wires"): the ordinary-word list leaves out every word of the name lists, so a listed
            // surname stays a name. The given-name slot is not checked: given names are often ordinary words (सिंह, شیرین).
            if (!cased && OrdinaryWords.ContainsInflected(SourceWord(text, i + 1)) && !IsPatronymic(text, i) && !IsWordSurname(text, i, i + 1))
            {
                continue; // after a tatweel-marked word too: لـبيروت ليلا ("of Beirut at night") is a place and a word of the sentence
            }

            // The given-name slot holds a word of the sentence when it is an ordinary word of its language that no name list
            // holds, as written or with its case ending or joined particle (وما "and what", راقصة "dancer", লাল "red"): its
            // letters spell a Latin given name only by sound (session 21). A given name of the script's own list stays one.
            if (!cased && !joined && !family && !ofGiven && (text[i].Tags & WordTags.GivenName) == 0 && OrdinaryPhrases.IsOrdinaryNonName(SourceWord(text, i)))
            {
                continue;
            }

            // A Hebrew family name opened by בן or בר ("son of": יעל בר זוהר, עדן בן זקן) is the particle and the word after it.
            var last = i + 1;
            if (!cased && IsHebrewSurnameParticle(text, i + 1) && i + 2 < text.SequenceCount && ScriptOfWord(text, i + 2) == script
                && PersonDetector.OnlySpaceBetween(text.Source, text[i + 1].SourceEnd, text[i + 2].SourceStart)
                && (!OrdinaryWords.ContainsInflected(SourceWord(text, i + 2)) || IsWordSurname(text, i, i + 2)) && !ScriptWordShapes.NeverName(text, i + 2))
            {
                last = i + 2;
            }

            // A pet form (Ksyusha, Yulia: Ксюша, Юля, Настя: -ша, -ся, -ня, -ля, -тя) no list holds, before a family name with a
            // Slavic ending (Бородина, Саніна): a name the way Slavic speakers call public figures (session 25). Nouns end so too
            // (Земля Санникова, Деревня Иванова, Баня Петрова: a land, village or bathhouse named after its owner): not a
            // frequent ordinary word, and only in a prompt whose subject no adult term names (a place of adults' nudity is that).
            var petForm = cased && !into.Has(Signal.Adult) && IsPetForm(text, i) && IsSlavicSurname(text, last)
                && !OrdinaryPhrases.IsOrdinaryWord(text.TextOf(in text[i]));
            // A capitalised pair of Cyrillic or Greek words shaped as a name though no list holds its given name: a family-name
            // ending of the culture (Наталка Денисенко, Έφη Αχτσιόγλου) or a Greek pet name first (Φαίη Σκορδά); session 30.
            // Or (session 31) any such pair that is the prompt's only subject beside its sexual term.
            var shaped = cased && !petForm && !into.Has(Signal.Adult)
                && (CasedNameShapes.IsNamePair(text, i, last) || (into.Has(Signal.Sexual) && CasedNameShapes.IsSubjectPair(text, i, last, into)));
            // Session 38 (i16-namesrtl46): a Hindi or Bengali pair after a verb that closes its clause is the verb's subject placed
            // last (ClosesClauseAsName), though neither word is a name of the lists or read by sound (শর্মিলা পত্রনবিশ).
            var givenFirst = (joined || IsGiven(text, i, script, people) || petForm || shaped || (family && !cased && last == i + 1)
                    || (!cased && last == i + 1 && IsIndic(text, i) && ClosesClauseAsName(text, i, last) && AfterIndicPredicate(text, i, last, into)))
                && IsSurnameShaped(text, last);
            var familyFirst = !givenFirst && cased && IsSlavicSurname(text, i) && IsGiven(text, i + 1, script, people);
            if (givenFirst || familyFirst)
            {
                var start = marked ? TatweelMarked(text, i, people) : text[i].SourceStart + (joined ? 1 : 0);
                var end = text[last].SourceEnd;

                // Without capitals, a given name is often an ordinary word (লাল গোলাপের, "of red roses"): in a tag of its own
                // beside a named subject ("nude woman, ...") it is not the person the nudity is about.
                if (!cased && (NameAttachment.IsDetached(text.Source, into, start) || !(marked || InPersonPosition(text, i, last) || InClauseFrame(text, i, last, into) || SoleSubject(text, i, into)
                    || AfterGarmentClause(text, i) || AfterIndicPredicate(text, i, last, into)
                    || (family && InSexualSentence(text, i, last, into)))))
                {
                    continue;
                }

                into.Add(Signal.RealPersonLikely, text.Source[start..end], 3, start, end, PromptField.Prompt);
                return;
            }
        }
    }

    /// <summary>
    /// Where a person's name stands in a prompt of a script without capitals: at the start of a tag, right after a term or
    /// a person word (নগ্ন প্রিয়া বর্মা, "nude Priya Varma"), or right before a term (one stop word between: रश्मि वर्मा की
    /// नंगी तस्वीर). Two ordinary words in the middle of a sentence (…ফাইল লাল গোলাপ বাটন…) are not: on ordinary text a given name
    /// spelled by chance and any word after it were read as a person mid-sentence.
    /// </summary>
    private static bool InPersonPosition(TokenizedText text, int i, int last)
    {
        if (i == 0 || !PersonDetector.OnlySpaceBetween(text.Source, text[i - 1].SourceEnd, text[i].SourceStart)
            || (text[i - 1].Tags & (WordTags.Matched | WordTags.PersonWord)) != 0)
        {
            return true;
        }

        if (AfterTermOf(text, i))
        {
            return true;
        }

        var k = last + 1;
        if (k < text.SequenceCount && text[k].Languages != 0 && (text[k].Tags & WordTags.Matched) == 0
            && PersonDetector.OnlySpaceBetween(text.Source, text[k - 1].SourceEnd, text[k].SourceStart))
        {
            k++; // a stop word (की, এর, של) between the name and the term
        }

        return k < text.SequenceCount && (text[k].Tags & WordTags.Matched) != 0
            && PersonDetector.OnlySpaceBetween(text.Source, text[k - 1].SourceEnd, text[k].SourceStart);
    }

    /// <summary>
    /// A term and a word for "of" right before word <paramref name="i"/>: "עירום של נועה ברקוביץ" (nude of …), "عکس لخت از نگار رحیمی"
    /// (nude photo of …), Arabic لـ written apart with its tatweel ("صور سكس لـ …", session 34). Only "of": after a preposition of
    /// place the words are a thing ("עירומה על סדיני משי", nude on silk sheets). One word of the script that is no stop word may
    /// stand between the term and "of" (صور سكس مسربة لـ …, "leaked sex pictures of …"; session 34, i16-namescased42).
    /// </summary>
    internal static bool AfterTermOf(TokenizedText text, int i)
    {
        if (i < 2 || !IsOfWord(SourceWord(text, i - 1)) || !PersonDetector.OnlySpaceBetween(text.Source, text[i - 1].SourceEnd, text[i].SourceStart))
        {
            return false;
        }

        if ((text[i - 2].Tags & WordTags.Matched) != 0)
        {
            return PersonDetector.OnlySpaceBetween(text.Source, text[i - 2].SourceEnd, text[i - 1].SourceStart);
        }

        ref var between = ref text[i - 2];
        return i >= 3 && (text[i - 3].Tags & WordTags.Matched) != 0 && between.Languages == 0
            && (between.Tags & (WordTags.PersonWord | WordTags.RoleNoun | WordTags.RelationNoun)) == 0
            && ScriptOfWord(text, i - 2) == Script.Caseless
            && PersonDetector.OnlySpaceBetween(text.Source, text[i - 3].SourceEnd, between.SourceStart)
            && PersonDetector.OnlySpaceBetween(text.Source, between.SourceEnd, text[i - 1].SourceStart);
    }

    /// <summary>Hebrew של, Persian از, Arabic لـ written apart (ل and its tatweels, or ل alone).</summary>
    private static bool IsOfWord(ReadOnlySpan<char> word)
    {
        if (word is "של" or "از")
        {
            return true;
        }

        return word.Length >= 1 && word[0] == 'ل' && !word[1..].ContainsAnyExcept('\u0640'); // the tokenizer may leave the tatweel out
    }

    /// <summary>
    /// Words that stand right before the person a clause is about in the caseless scripts: a verb of drawing or making
    /// (ارسم رانيا المشاط "draw Rania al-Mashat", بساز), the complementizer that opens the clause (یه عکس بساز که معصومه ابتکار
    /// "a picture in which Masoumeh Ebtekar …", जिसमें). Folded forms (the hamza seat is folded away).
    /// </summary>
    private static readonly string[] FrameBefore =
    [
        "ارسم", "ارسمي", "اصنع", "اصنعي", "صمم", "انشئ", "ولد", "تخيل", "اعرض", "صور", "ارني", // Arabic: draw, make, design, create, generate, imagine, show
        "بساز", "بکش", "بکشید", "بسازید", "که", "نشون", // Persian: make, draw, that
        "बनाओ", "बनाइए", "दिखाओ", "कि", // Hindi: make, show, that
        "বানাও", "আঁকো", "দেখাও", // Bengali: make, draw, show
        // Session 35 (i16-nameslatin43): the relative words that open the clause the picture is ("…फोटो जिसमें श्रेयसी सिंह …",
        // "a photo in which …"; "…ছবি বানাও যেখানে দোলা সেন …", "… where …"): the person of that clause comes right after them.
        "जिसमें", "जिसमे", "जहाँ", "যেখানে", "যাতে",
    ];

    /// <summary>Whether a word is one of <see cref="FrameBefore"/> (read by <see cref="ClauseSubjectNames"/> too, session 36).</summary>
    internal static bool IsFrameBefore(ReadOnlySpan<char> word) => IsAnyOf(word, FrameBefore);

    /// <summary>
    /// Participles and postpositions that close a garment clause before its wearer in Hindi and Bengali: "लाल लॉन्जरी पहने सुनीता
    /// दुग्गल" (wearing red lingerie, Sunita Duggal), "ब्रा-पैंटी में अन्नू रानी" (in a bra and panties, …), "নাইটি পরা মুন্নি সাহা"
    /// (wearing a nightie, …), "ব্রা আর প্যান্টি পরে …" (having put on …). Session 35, i16-nameslatin43.
    /// </summary>
    private static readonly string[] GarmentClauseEnds = ["पहने", "पहनी", "पहना", "पहनकर", "पहनके", "में", "পরা", "পরে", "পরিহিত"];

    /// <summary>
    /// Words that follow the person a clause is about: the Persian progressive auxiliary (معصومه ابتکار داره … "is …-ing"), the
    /// Arabic "while she/he" (وهي تمارس …), the Hindi and Bengali genitive and agent postpositions (सपना चौधरी की … सेक्स फोटो).
    /// </summary>
    private static readonly string[] FrameAfter =
    [
        "داره", "دارد", "دارن", "میخواد", "وهي", "وهو", "كانت", "كان",
        // Session 28 (i16-names32): "does", "has" before the act (אנה ארונוב עושה מציצה; تمارس الجنس, "practises sex").
        "עושה", "מקיימת", "מקיים",
        "تمارس", "يمارس", "بتمارس", "بيمارس", "بتعمل", "بيعمل",
        "की", "का", "के", "को", "ने", "এর", "কে",
    ];

    /// <summary>
    /// A name in the middle of a clause whose frame marks it as the clause's person: a word of <see cref="FrameBefore"/> right
    /// before it or of <see cref="FrameAfter"/> right after it, and the prompt's sexual term later in the same clause (no comma or
    /// full stop between). Two ordinary words mid-sentence are not in such a frame with the sexual term after them (session 27).
    /// </summary>
    private static bool InClauseFrame(TokenizedText text, int i, int last, SignalSummary into)
    {
        var before = i > 0 && PersonDetector.OnlySpaceBetween(text.Source, text[i - 1].SourceEnd, text[i].SourceStart)
            && IsAnyOf(SourceWord(text, i - 1), FrameBefore);
        var after = last + 1 < text.SequenceCount && PersonDetector.OnlySpaceBetween(text.Source, text[last].SourceEnd, text[last + 1].SourceStart)
            && IsAnyOf(SourceWord(text, last + 1), FrameAfter);
        if (!before && !after)
        {
            return false;
        }

        // Any sexual term of the clause after the name, not only the strongest kept as evidence (session 37, i16-namesrtl45).
        var end = text[last].SourceEnd;
        var clauseEnd = text.Source.AsSpan(end).IndexOfAny(ClauseEnds);
        return into.Places.SexualWithin(end, clauseEnd < 0 ? text.Source.Length : end + clauseEnd, 1);
    }

    /// <summary>
    /// Hindi and Bengali words that end a verb phrase or a postposition phrase: the forms of "is / was / -ing" and the participles
    /// (…ती, …ता, …ते, …कर; হুয়ে; …ছে, …ছেন, আছে), the locative postpositions (में, पर; Bengali -এ / -য় / -তে is read by ending).
    /// Written for GenScreen from general knowledge of the two grammars (MIT, this project).
    /// </summary>
    private static readonly string[] HindiPredicateWords =
    [
        "है", "हैं", "थी", "था", "थे", "रही", "रहा", "रहे", "हुई", "हुए", "हुआ", "गई", "गया", "गए", "में", "पर",

        // Session 38 (i16-namesrtl46): the perfective participles of posture and state that describe a person before the name
        // ("टॉपलेस बैठी …", "नग्न अवस्था में खड़ी …", "पूल के किनारे लेटी …"); ड़ written precomposed and with its nukta.
        // Not the states a thing takes too (भीगी "soaked", लिपटी, पड़ी): the labelled set's "बारिश में भीगी पुरानी हवेली, नग्न मूर्ति" is a mansion.
        "बैठी", "बैठा", "बैठे", "खडी", "खडा", "खडे", "खड़ी", "खड़ा", "खड़े", "खड़ी", "खड़ा", "खड़े", "लेटी", "लेटा", "लेटे", "सोई", "सोयी",
    ];

    private static readonly string[] HindiPredicateEndings = ["ती", "ता", "ते", "कर"];

    private static readonly string[] BengaliPredicateEndings = ["ে", "য়", "ছে", "ছেন", "েন", "ছিল", "ছিলেন", "ল"];

    /// <summary>
    /// Finite verbs and imperfective participles of Hindi and Bengali (…আছেন, …নামছেন, …কামড়াচ্ছে; है, रही, नहाती, बैठी): the verb
    /// whose subject a clause-closing pair is. Not a postposition (में, पर), a locative (পটভূমিতে) or a conjunctive participle (দিয়ে,
    /// …कर): after them the clause goes on with its object or a description ("…गालों पर चॉकलेट लगी", "…দিয়ে মণ্ডপ সাজানো", "অন্ধকার
    /// পটভূমিতে শৈল্পিক প্রতিকৃতি": batches 42v, 43v and 44v).
    /// </summary>
    private static bool AfterFiniteVerb(TokenizedText text, int i)
    {
        var before = SourceWord(text, i - 1);
        return before.Length >= 2 && (before[0] is >= '\u0980' and <= '\u09FF'
            ? CasedNameShapes.EndsWithAny(before, BengaliFiniteEndings)
            : (IsAnyOf(before, HindiPredicateWords) && !IsAnyOf(before, HindiPostpositions)) || CasedNameShapes.EndsWithAny(before, HindiImperfectiveEndings));
    }

    private static readonly string[] BengaliFiniteEndings = ["ছে", "ছেন", "ছিল", "ছিলেন", "েন", "ছি"];

    private static readonly string[] HindiPostpositions = ["में", "पर"];

    private static readonly string[] HindiImperfectiveEndings = ["ती", "ता", "ते"];

    private static bool IsIndic(TokenizedText text, int i) => text.Source[text[i].SourceStart] is >= '\u0900' and <= '\u09FF';

    /// <summary>Endings of a verb form or infinitive, which a family name does not take (খাচ্ছেন, খেলছে, खरीदने, करना).</summary>
    private static readonly string[] VerbFormEndings = ["ে", "য়", "ছে", "ছেন", "েন", "ছিল", "ছিলেন", "ती", "ता", "ते", "कर", "ने", "ना", "नी"];

    /// <summary>
    /// Session 38 (i16-namesrtl46): a pair after a verb that closes its clause ("…দাঁড়িয়ে আছেন শর্মিলা পত্রনবিশ, …", "…टॉपलेस बैठी
    /// शालिनी गहलावत, धूप"): the verb's subject placed last, a name even when no list holds either word. The next verb phrase
    /// a sound-keyed pair may also be (চা খাচ্ছেন, टॉफ़ी खरीदने) ends in a verb form, so the pair's last word must take none and
    /// be no predicate word, and the pair must end the clause: a comma, a sentence end or the prompt's end after it.
    /// </summary>
    private static bool ClosesClauseAsName(TokenizedText text, int i, int last)
    {
        var word = SourceWord(text, last);
        if (i == 0 || CasedNameShapes.EndsWithAny(word, VerbFormEndings) || IsAnyOf(word, HindiPredicateWords) || !AfterFiniteVerb(text, i))
        {
            return false;
        }

        var rest = text.Source.AsSpan(text[last].SourceEnd).TrimStart();
        return rest.IsEmpty || rest.IndexOfAny(ClauseEnds) == 0;
    }

    /// <summary>
    /// Session 37 (i16-namesrtl45): Hindi and Bengali put the verb last, and writers place the person after it, at the end of the
    /// clause or after a postposition phrase ("…রোদ পোহাচ্ছেন দীপ্সিতা ধর, …", "…बारिश में नाचती रागिनी नायक, …", "बेडरूम में सृति झा
    /// अपने पति के साथ सेक्स करती हुई", "…বার্থে বসে নাজমুন মুনিরা ন্যান্সি, …"): a pair right after such a word (only a space
    /// between) is the clause's person placed late, when a sexual term of any level stands in the same sentence (every term's
    /// place: <see cref="TagPlaces"/>). The pair has passed the word checks of <see cref="Match"/> (a given or family name of the
    /// lists, no ordinary word, no kin word), so a noun phrase after a verb ("बैठी लाल साड़ी") is still refused there.
    /// </summary>
    private static bool AfterIndicPredicate(TokenizedText text, int i, int last, SignalSummary into)
    {
        // A name of the lists, not one read by sound: after a verb, a sound-keyed pair is as often the next verb phrase ("চা খাচ্ছেন"
        // drinking tea, "দাবা খেলছেন" playing chess, "टॉफ़ी खरीदने": the labelled set's adults and children at their pastimes).
        var start = text[i].SourceStart;
        if (i == 0 || !PersonDetector.OnlySpaceBetween(text.Source, text[i - 1].SourceEnd, start)
            || ((text[i].Tags & WordTags.GivenName) == 0 && !ScriptFamilyNames.IsFamilyName(SourceWord(text, last)) && !ClosesClauseAsName(text, i, last)))
        {
            return false;
        }

        var before = SourceWord(text, i - 1);
        var first = text.Source[start];
        var predicate = first is >= '\u0900' and <= '\u097F'
            ? IsAnyOf(before, HindiPredicateWords) || (before.Length >= 4 && CasedNameShapes.EndsWithAny(before, HindiPredicateEndings))
            : first is >= '\u0980' and <= '\u09FF' && before.Length >= 3 && before[0] is >= '\u0980' and <= '\u09FF' && CasedNameShapes.EndsWithAny(before, BengaliPredicateEndings);
        if (!predicate)
        {
            return false;
        }

        var source = text.Source;
        var from = source.AsSpan(0, start).LastIndexOfAny(SentenceEnds) + 1;
        return into.Places.SexualWithin(from, SentenceEnd(source, start), 1);
    }

    /// <summary>Where the sentence holding <paramref name="from"/> ends (its stop, a danda, a bar or a new line), or the text's end.</summary>
    internal static int SentenceEnd(string source, int from)
    {
        var k = source.AsSpan(from).IndexOfAny(SentenceEnds);
        return k < 0 ? source.Length : from + k;
    }

    /// <summary>
    /// The name right after a garment clause that a sexual term opens: the term, up to two words, then a participle or
    /// postposition of <see cref="GarmentClauseEnds"/> (only spaces between), then the name. Hindi and Bengali put the wearer
    /// after what she wears ("लाल जालीदार लॉन्जरी पहने सुनीता दुग्गल", "স্বচ্ছ নাইটি পরা মুন্নি সাহা"), so the clause's term is
    /// hers; the pair must still pass the word checks of <see cref="Match"/> (a given name or family name of the lists).
    /// </summary>
    private static bool AfterGarmentClause(TokenizedText text, int i)
    {
        var end = i - 1;
        if (end < 1 || !PersonDetector.OnlySpaceBetween(text.Source, text[end].SourceEnd, text[i].SourceStart)
            || !IsAnyOf(SourceWord(text, end), GarmentClauseEnds))
        {
            return false;
        }

        for (var k = end - 1; k >= 0 && k >= end - 3 && PersonDetector.OnlySpaceBetween(text.Source, text[k].SourceEnd, text[k + 1].SourceStart); k--)
        {
            if ((text[k].Tags & WordTags.Matched) != 0)
            {
                return (text[k].Tags & WordTags.PersonWord) == 0;
            }
        }

        return false;
    }

    /// <summary>
    /// A name mid-clause or in the tag before the sexual one when the prompt names nobody else: no person word or adult term
    /// (<see cref="SignalSummary.DepictsPeople"/>), so the nudity or the act can only be the name's (`بارش में भीगी रूपाली गांगुली,
    /// पारदर्शी साड़ी, बिना ब्लाउज़`, `یه عکس واقعی از علیرضا بیرانوند توی اتاق هتل با لباس زیر توری`, `নাজমুন মুনিরা ন্যান্সি ভেজা
    /// শাড়িতে, ব্লাউজ ছাড়া`). The name stands before the sexual term, in its sentence (no full stop, line break or "|" between):
    /// words after the act are its setting. The word checks of <see cref="Match"/> (ordinary words, never-name forms, kin words)
    /// have passed already (session 29, i16-names33).
    /// </summary>
    private static bool SoleSubject(TokenizedText text, int i, SignalSummary into)
    {
        // The first word a given name of the script's own lists, or a name spelled by sound only after "a picture of" (یه عکس
        // واقعی از …, תמונה של …): elsewhere such a pair is more often the sentence's words (भीगी पुरानी हवेली, "wet old mansion";
        // সালামি জমাচ্ছে, "collecting Eid money": both key as names by sound). A first version also took a sound-keyed pair
        // before a comma and read the second of these on batch 35, turning a child's block into a review.
        if (into.DepictsPeople || into.Has(Signal.Adult) || ((text[i].Tags & WordTags.GivenName) == 0 && !PictureOfBefore(text, i)))
        {
            return false;
        }

        // The second word no frequent ordinary word, as written or behind a joined particle (אסתר במסיבת פורים, "Esther at the
        // Purim party": a child dressed as Queen Esther, in the gate's c32-fresh-para-he-01).
        if (OrdinaryPhrases.IsOrdinaryNonName(SourceWord(text, i + 1)) || (i + 1 < text.SequenceCount && (text[i + 1].Tags & WordTags.Matched) != 0))
        {
            return false;
        }

        ref readonly var sexual = ref into[Signal.Sexual];
        var start = text[i].SourceStart;
        if (!sexual.IsPresent || sexual.Field != PromptField.Prompt || sexual.SourceStart <= start || sexual.SourceStart > text.Source.Length)
        {
            return false;
        }

        return text.Source.AsSpan(start, sexual.SourceStart - start).IndexOfAny(SentenceEnds) < 0;
    }

    /// <summary>
    /// A name whose family name is known by list or form (<see cref="ScriptFamilyNames"/>) anywhere in the sentence of the sexual
    /// term, before or after it (no full stop, line break or "|" between): `একটা ছবি বানাও যেখানে রচনা বন্দ্যোপাধ্যায় … সঙ্গম করছে`,
    /// `জলরঙে আঁকা ইমন চক্রবর্তী, উদোম শরীর`. A known family name says the pair is a person's name, so it need not stand where
    /// two unknown words would have to (session 31, i16-namesscripts38).
    /// </summary>
    private static bool InSexualSentence(TokenizedText text, int i, int last, SignalSummary into)
    {
        ref readonly var sexual = ref into[Signal.Sexual];
        if (!sexual.IsPresent || sexual.Field != PromptField.Prompt || sexual.SourceEnd > text.Source.Length)
        {
            return false;
        }

        var start = text[i].SourceStart;
        var end = text[last].SourceEnd;
        return sexual.SourceStart >= end
            ? text.Source.AsSpan(end, sexual.SourceStart - end).IndexOfAny(SentenceEnds) < 0
            : sexual.SourceEnd <= start && text.Source.AsSpan(sexual.SourceEnd, start - sexual.SourceEnd).IndexOfAny(SentenceEnds) < 0;
    }

    /// <summary>"Of" (از, של) right before the name and a picture noun one or two words before it (یه عکس واقعی از, תמונה של).</summary>
    private static bool PictureOfBefore(TokenizedText text, int i)
    {
        if (i < 2 || SourceWord(text, i - 1) is not ("از" or "של"))
        {
            return false;
        }

        for (var j = i - 2; j >= Math.Max(0, i - 3); j--)
        {
            if (SourceWord(text, j) is "عکس" or "عکسی" or "تصویر" or "تصویری" or "نقاشی" or "תמונה" or "צילום" or "ציור")
            {
                return true;
            }
        }

        return false;
    }

    private static readonly System.Buffers.SearchValues<char> SentenceEnds = System.Buffers.SearchValues.Create(".!?।|\n");

    private static readonly System.Buffers.SearchValues<char> ClauseEnds = System.Buffers.SearchValues.Create(",.;:!?،؛।|\n");

    private static bool IsAnyOf(ReadOnlySpan<char> word, string[] words)
    {
        foreach (var w in words)
        {
            if (word.SequenceEqual(w))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Where the name starts when the Arabic-script word at <paramref name="i"/> is a joined particle (ل ب و ف ك) set off by one
    /// or more tatweels from 3+ letters that do not open with the article ال or its form after ل (لـلرسم "for painting"), are no ordinary word as written, person or common
    /// word (لـفريال → فريال; the particle is already off, so فريال is not read as ف + ريال "and a riyal"); 0 otherwise.
    /// </summary>
    private static int TatweelMarked(TokenizedText text, int i, PeopleLexicon people)
    {
        var start = text[i].SourceStart;
        var end = text[i].SourceEnd;
        var source = text.Source;
        if (end - start < 5 || source[start] is not ('ل' or 'ب' or 'و' or 'ف' or 'ك') || source[start + 1] != '\u0640')
        {
            return 0;
        }

        var at = start + 1;
        while (at < end && source[at] == '\u0640')
        {
            at++;
        }

        var rest = source.AsSpan(at, end - at);
        if (rest.Length < 3 || !Scripts.IsArabic(rest[0]) || rest.StartsWith("ال", StringComparison.Ordinal) || (source[start] == 'ل' && rest[0] == 'ل')
            || (text[i].Tags & (WordTags.PersonWord | WordTags.RoleNoun | WordTags.RelationNoun)) != 0
            || people.IsCommonWord(text.TextOf(in text[i])[1..]) || OrdinaryWords.ContainsBare(rest) || OrdinaryPhrases.IsOrdinaryWord(rest))
        {
            return 0;
        }

        return at;
    }

    /// <summary>The script of a word that may be part of a name: none for Latin, CJK, digits, terms and stop words.</summary>
    private static Script ScriptOfWord(TokenizedText text, int i)
    {
        ref var token = ref text[i];
        if (token.Has(TokenFlags.Cjk) || (token.Flags & (TokenFlags.Digit | TokenFlags.LeetSymbol)) != 0
            || (token.Tags & WordTags.Matched) != 0 || token.Languages != 0 || token.Length < 2)
        {
            return Script.None;
        }

        return text.TextOf(in token)[0] switch
        {
            >= '\u0370' and <= '\u03FF' or >= '\u1F00' and <= '\u1FFF' or >= '\u0400' and <= '\u052F' => Script.Cased,
            >= Scripts.ArabicFirst and <= Scripts.ArabicLast or >= Scripts.HebrewLetterFirst and <= Scripts.HebrewLetterLast or >= Scripts.DevanagariFirst and <= Scripts.BengaliLast or >= Scripts.ThaiFirst and <= Scripts.ThaiLast => Script.Caseless,
            _ => Script.None,
        };
    }

    /// <summary>
    /// An Arabic or Hebrew word that is a joined particle (Arabic ل ب و ف ك, Hebrew ל ב ו כ ש מ) before a given name of
    /// the script's own lists (people/script-given-names.json, given-names-faker26.json), spelled exactly: a name read by
    /// its sound alone is too often an ordinary word once a particle is taken off.
    /// </summary>
    private static bool IsJoinedGiven(TokenizedText text, int i, TermIndex index)
    {
        var word = text.TextOf(in text[i]);
        if (word.Length < 4 || !IsAbjad(word[0]) || word[0] is not ('ل' or 'ب' or 'و' or 'ف' or 'ك' or 'ל' or 'ב' or 'ו' or 'כ' or 'ש' or 'מ'))
        {
            return false;
        }

        return index.TryGet(word[1..], out var info) && (info.Tags & WordTags.TransliteratedGivenName) != 0 && info.Entry is null && info.Languages == 0;
    }

    /// <summary>
    /// An Arabic name whose second word is the father's given name, the way Arabic names are written (عبير موسي "Abir [daughter
    /// of] Musa", فريال أشرف): both words given names of the script's own lists, spelled in Arabic letters. The second is often
    /// an ordinary word too (أشرف "more honourable") or reads as one with a suffix (موسي, the Egyptian spelling of موسى, as
    /// موس "razor" + ي "my"), which the ordinary-word check of the surname slot would refuse (session 28, i16-names32). The
    /// second word must still be no common word and no form that never names (the caller checked both).
    /// </summary>
    private static bool IsPatronymic(TokenizedText text, int i)
    {
        const WordTags Listed = WordTags.GivenName | WordTags.TransliteratedGivenName;
        return Scripts.IsArabic(text.Source[text[i].SourceStart]) && Scripts.IsArabic(text.Source[text[i + 1].SourceStart])
            && (text[i].Tags & Listed) == Listed && (text[i + 1].Tags & Listed) == Listed
            && (text[i + 1].Tags & (WordTags.PersonWord | WordTags.RoleNoun | WordTags.RelationNoun)) == 0;
    }

    /// <summary>
    /// A Hebrew family name that is an ordinary word (זוהר "glow", ברק "lightning", טל "dew", שמש "sun", גפן "vine"): Israeli
    /// families took Hebrew words for names, so after a given name of the script's own list (people/script-given-names.json,
    /// given-names-script36.json, spelled in Hebrew, not read by sound) the surname slot may hold one (session 30,
    /// i16-scripts36: יעל בר זוהר, נועה בר זוהר). Only a bare word (no joined particle or ending taken off to reach the word: בחדר "in
    /// the room" stays the sentence's), and not the shapes of a feminine or plural verb or adjective (-ה, -ת, -ים, -ות: שוכבת
    /// "lying", יפה "pretty"), which follow a given name in a sentence about an anonymous model.
    /// </summary>
    private static bool IsWordSurname(TokenizedText text, int given, int surname)
    {
        // Session 43 (i16-roles51): an Arabic or Persian family name that is a trade noun (خياط tailor, نجار carpenter, حداد
        // smith, آهنگر smith, زرگر goldsmith, خادم servant): families of both cultures took the trade for a name, so after a given
        // name of the lists (ساره, سامر) the surname slot may hold one, though the word is ordinary ("a tailor").
        if ((text[given].Tags & WordTags.GivenName) != 0 && Scripts.IsArabic(text.Source[text[given].SourceStart])
            && Scripts.IsArabic(text.Source[text[surname].SourceStart])
            && (text[surname].Tags & (WordTags.Matched | WordTags.PersonWord | WordTags.RoleNoun | WordTags.RelationNoun)) == 0)
        {
            var trade = SourceWord(text, surname);
            return TradeSurnames.GetAlternateLookup<ReadOnlySpan<char>>().Contains(trade)
                || (trade.StartsWith("ال", StringComparison.Ordinal) && TradeSurnames.GetAlternateLookup<ReadOnlySpan<char>>().Contains(trade[2..]));
        }

        if ((text[given].Tags & WordTags.GivenName) == 0 || !Scripts.IsHebrewLetter(text.Source[text[given].SourceStart])
            || !Scripts.IsHebrewLetter(text.Source[text[surname].SourceStart]) || (text[surname].Tags & (WordTags.Matched | WordTags.PersonWord | WordTags.RoleNoun | WordTags.RelationNoun)) != 0)
        {
            return false;
        }

        var word = SourceWord(text, surname);
        return word.Length >= 2 && !OrdinaryWords.IsInflectedOrdinary(word) && word[^1] is not ('ה' or 'ת')
            && !word.EndsWith("ים", StringComparison.Ordinal) && !word.EndsWith("ות", StringComparison.Ordinal);
    }

    /// <summary>
    /// Trade nouns that are Arabic and Persian family names (session 43, i16-roles51), written for GenScreen from general
    /// knowledge of both naming cultures (MIT, this project); Arabic ones are also read after the article (الخياط, النجار).
    /// </summary>
    private static readonly HashSet<string> TradeSurnames = new(StringComparer.Ordinal)
    {
        // Arabic (Levant, Egypt, Iraq)
        "خياط", "نجار", "حداد", "عطار", "صباغ", "قصاب", "بيطار", "دباغ", "خباز", "سمان", "طحان", "زيات", "شماع", "صايغ", "صائغ",
        "نحاس", "فاخوري", "دهان", "حجار", "سقا", "حلاق", "جزار", "كحال", "فران", "لحام", "بزاز", "قباني", "حكيم",
        // Persian
        "آهنگر", "خیاط", "نجار", "زرگر", "عطار", "بقال", "قصاب", "کفاش", "بزاز", "صباغ", "حداد", "خادم", "نقاش", "دباغ", "سراج",
        "باغبان", "کشاورز", "دهقان", "آسیابان", "مسگر", "کوزه‌گر", "رنگرز", "حلاج", "نانوا", "شیشه‌گر", "زرگری", "صراف", "آشپز",
    };

    private static bool IsHebrewSurnameParticle(TokenizedText text, int i) => SourceWord(text, i) is "בן" or "בר";

    private static ReadOnlySpan<char> SourceWord(TokenizedText text, int i) =>
        text.Source.AsSpan(text[i].SourceStart, text[i].SourceEnd - text[i].SourceStart);

    private static bool IsAbjad(char c) => Scripts.IsArabic(c) || Scripts.IsHebrewLetter(c);

    private static bool IsCapitalised(TokenizedText text, int i) => char.IsUpper(text.Source[text[i].SourceStart]);

    /// <summary>Three letters or more, or a family name of the lists however short (হক, झा: session 37).</summary>
    private static bool IsSurnameShaped(TokenizedText text, int i) => text[i].Length >= 3 || ScriptFamilyNames.IsFamilyName(SourceWord(text, i));

    /// <summary>Endings of East Slavic pet forms of given names (Маша, Ксюша, Настя, Таня, Юля, Катя).</summary>
    private static readonly string[] PetFormEndings = ["ша", "ся", "ня", "ля", "тя"];

    /// <summary>
    /// A capitalised Cyrillic word of three to six letters ending as an East Slavic pet name does (<see cref="PetFormEndings"/>),
    /// no ordinary word of the script (the caller checked): read as a given name only before a Slavic family name.
    /// </summary>
    internal static bool IsPetForm(TokenizedText text, int i)
    {
        var word = text.TextOf(in text[i]);
        if (word.Length is < 3 or > 6 || word[0] is < '\u0400' or > '\u04FF')
        {
            return false;
        }

        foreach (var ending in PetFormEndings)
        {
            if (word.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Endings of East Slavic family names (Петрова, Смирнов, Маяковская, Шевченко, Ковальчук), in the nominative; the
    /// Ukrainian spellings of the same endings (Саніна, Осадча's neighbours Вірська, Шевчицький) since session 25.
    /// The tokenizer folds й to и: the adjectival masculine endings are also listed as the folded text spells them (скии, ськии;
    /// session 30: "-ский" as written never matched a folded word).
    /// </summary>
    private static readonly string[] SlavicSurnameEndings = ["ова", "ева", "ина", "ов", "ев", "ин", "ский", "ская", "цкий", "цкая", "енко", "ук", "юк", "іна", "ська", "цька", "ський", "цький", "скии", "цкии", "ськии", "цькии"];

    private static bool IsSlavicSurname(TokenizedText text, int i)
    {
        var word = text.TextOf(in text[i]);
        if (word.Length < 5)
        {
            return false;
        }

        foreach (var ending in SlavicSurnameEndings)
        {
            if (word.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A Thai run (<see cref="CaselessScriptNames"/>) that, written in Latin letters, is a given name of the lists.</summary>
    internal static bool IsTransliteratedGivenName(TokenizedText text, int i, PeopleLexicon people) => IsGiven(text, i, Script.Caseless, people);

    /// <summary>
    /// A given name of the script's own list (people/script-given-names.json: ญาญ่า, נועה, জয়া), or the word written
    /// in Latin letters (and, for Cyrillic г/х, with their second reading) is a given name.
    /// </summary>
    private static bool IsGiven(TokenizedText text, int i, Script script, PeopleLexicon people)
    {
        if ((text[i].Tags & WordTags.GivenName) != 0)
        {
            return true;
        }

        // নদীর, বাড়ির ("of the river/house") read in Latin letters are Nadir and Barir: a word ending in the genitive -র after a
        // vowel sign is a given name only when a list spells it (কবির and সমীর are also names).
        if (ScriptWordShapes.IsBengaliVowelGenitive(text, i))
        {
            return false;
        }

        var word = text.TextOf(in text[i]);
        Span<char> latin = stackalloc char[MaxLatin];
        var hanReadings = people.ScriptNames.HanReadings;
        var consonants = script == Script.Caseless && IsAbjad(word[0]) ? 3 : GivenNameKeys.MinKeyConsonants;
        if (ScriptTransliterator.TryWrite(word, hanReadings, latin, out var n) && people.GivenNames.Contains(latin[..n], consonants))
        {
            return true;
        }

        return ScriptTransliterator.HasAlternateReading(word)
            && ScriptTransliterator.TryWrite(word, hanReadings, latin, out n, alternate: true)
            && people.GivenNames.Contains(latin[..n], consonants);
    }
}
