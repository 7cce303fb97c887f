using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// Session 42 (i16-cyrgreek50): the last-resort reading of a real person (<see cref="SubjectlessNames"/>) for the Cyrillic and
/// Greek scripts, and for a Latin handle inside a Cyrillic or Greek prompt. <see cref="SubjectlessNames"/> takes Latin letters
/// only (its word test refuses a token with a Greek or Cyrillic letter, a homoglyph guard); a Russian, Ukrainian, Bulgarian,
/// Serbian or Greek prompt with sexual content and no one else in it is about its unexplained capitalised run just the same,
/// whatever case the sentence puts the name in ("секс с Ариной Б…", "мінет Богданові Я…", "της Σταυρούλας Δ…"), wherever
/// the clause puts it (a verb-first clause ends with its subject: "на ліжку лежить Юлія Д…"), and whether its family name is an
/// ordinary word ("Оксана Зима"): none of that is read here, only the prompt's emptiness and the run's place.
/// Emits only <see cref="Signal.RealPersonLikely"/> (review under <c>mature</c>; the policy never blocks on it alone).
/// <para>
/// A candidate: one to three capitalised words of one script (Cyrillic or Greek), letters only, not all capitals, no term,
/// person, role or title word, none a month, weekday, season, holiday, car make or model, place noun, listed place or deity;
/// the first a listed given name or no ordinary word of any language (the frequent-word list as written, the people lexicon's
/// common words, the inflected ordinary words). Not after a preposition of place (в, на, у, під, στη, σε …), an indefinite
/// article (ένα, μια: a thing), a style or manner word (в стиле, в духе, σε στυλ, ύφος) within four words; no capitalised word
/// right before it in its tag or right after it (a heading, a product). A single word only when a matched term follows it
/// (the subject of its act) or when it is the prompt's opening tag of its own ("Xxx, совсем голая"), never a listed given name
/// alone (an invented figure is named so), never with the ending of an adjective, participle, infinitive or reflexive verb
/// (Мокрая, Раздевается: a sentence's capital). No drawn or invented frame in the prompt (иллюстрация, аниме, фэнтезі,
/// μυθολογία, 3d …). A Latin word of a handle's shape (two capitalised humps, MirraFit) in a prompt written in Cyrillic or Greek
/// counts as a one-word candidate as well: the Latin reader refuses a prompt's first word.
/// </para>
/// Costs nothing on a prompt without sexual content or with a person word: the gate is tested before any word is read.
/// </summary>
internal static class CasedSubjectlessNames
{
    private const int MaxRun = 3;
    private const int MaxWord = 32;

    /// <summary>Reads the prompt for a Cyrillic or Greek name candidate when nothing else can be its subject.</summary>
    /// <param name="afterClauses">The second pass (session 43, <see cref="SubjectlessGate.ReadAgain"/>): the minors clause readers have
    /// weighed the prompt's child-statement triggers and found no minor, so a trigger elsewhere in the prompt refuses nothing.</param>
    public static void Read(TokenizedText text, LexiconSet lexicons, SignalSummary into, bool afterClauses = false)
    {
        // The shared gate (session 43, SubjectlessGate), then the script and the drawn frame.
        var refusal = SubjectlessGate.Refusal(into);
        if (refusal == GateRefusal.None && !HasCasedScript(text))
        {
            refusal = GateRefusal.NoScript;
        }
        else if (refusal == GateRefusal.None && SubjectlessGate.HasFictionFrame(text))
        {
            refusal = GateRefusal.FictionFrame;
        }

        SubjectlessGate.Trace(SubjectlessReader.Cased, refusal);
        if (refusal != GateRefusal.None)
        {
            return;
        }

        var people = lexicons.People;
        var n = text.SequenceCount;
        for (var i = 0; i < n; i++)
        {
            WorkCounter.Add(1);
            var script = ScriptOf(text, i);
            if (script == 0)
            {
                if (IsHandle(text, i) && IsSingleCandidate(text, i, people) && (afterClauses || ChildStatements.FindTrigger(text.Source, 0) < 0))
                {
                    Emit(text, i, i, into);
                    return;
                }

                continue;
            }

            if (!IsNameWord(text, i, people, first: true))
            {
                continue;
            }

            var last = i;
            while (last + 1 < n && last - i + 1 < MaxRun && PersonDetector.OnlySpaceBetween(text, last, last + 1) && ScriptOf(text, last + 1) == script
                && IsNameWord(text, last + 1, people, first: false))
            {
                last++;
            }

            if (!IsCandidate(text, i, last, people))
            {
                i = last;
                continue;
            }

            // A child's thing or character the later clause reader weighs is the minors readers' to decide (as SubjectlessNames).
            if (!afterClauses && ChildStatements.FindTrigger(text.Source, 0) >= 0)
            {
                SubjectlessGate.Trace(SubjectlessReader.Cased, GateRefusal.ChildTrigger);
                return;
            }

            Emit(text, i, last, into);
            return; // the first candidate only
        }
    }

    private static void Emit(TokenizedText text, int i, int last, SignalSummary into)
    {
        WorldNameShapes.Emit(text, i, last, into);
        OrdinaryPhrases.DropLikely(text, into);
        DescribedSubjects.DropLikely(text, into);
        FictionalNames.DropLikelyInFiction(text, into);
    }

    /// <summary>1 for a capitalised Cyrillic word, 2 for a capitalised Greek word, 0 for anything else.</summary>
    internal static int ScriptOf(TokenizedText text, int i)
    {
        var c = text.Source[text[i].SourceStart];
        if (!char.IsUpper(c))
        {
            return 0;
        }

        return c switch
        {
            >= '\u0400' and <= '\u04FF' => 1,
            (>= '\u0386' and <= '\u03AB') or (>= '\u1F08' and <= '\u1FFC') => 2,
            _ => 0,
        };
    }

    /// <summary>Whether the prompt holds a Cyrillic or Greek letter at all (a Latin prompt pays one scan of its words).</summary>
    private static bool HasCasedScript(TokenizedText text)
    {
        for (var k = 0; k < text.SequenceCount; k++)
        {
            WorkCounter.Add(1);
            if ((text[k].Flags & TokenFlags.NonLatin) != 0)
            {
                var c = text.Source[text[k].SourceStart];
                if (c is (>= '\u0370' and <= '\u03FF') or (>= '\u0400' and <= '\u04FF') or (>= '\u1F00' and <= '\u1FFF'))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>A capitalised Cyrillic or Greek word that can be a word of a personal name (the first word is held to more).</summary>
    private static bool IsNameWord(TokenizedText text, int i, PeopleLexicon people, bool first)
    {
        ref var token = ref text[i];
        var source = text.Source.AsSpan(token.SourceStart, token.SourceEnd - token.SourceStart);
        if (source.Length < 3 || source.Length > MaxWord || (token.Flags & (TokenFlags.Digit | TokenFlags.LeetSymbol)) != 0
            || (token.Tags & (WordTags.Matched | WordTags.PersonWord | WordTags.RoleNoun | WordTags.RelationNoun | WordTags.PublicRole | WordTags.Title)) != 0
            || !LettersWithLower(source))
        {
            return false;
        }

        var word = text.TextOf(in token);
        if (NotNames.Contains(word) || CapitalisedSurnames.IsPlaceNoun(word) || PlaceCompounds.EndsWithPlaceNoun(word) || GreekArticleNames.IsNotPerson(source))
        {
            return false;
        }

        return !first || (token.Tags & WordTags.GivenName) != 0 || !IsOrdinary(text, i, people);
    }

    /// <summary>An ordinary word of some language: the people lexicon's common words, the frequent words as written, the inflected ordinary words.</summary>
    private static bool IsOrdinary(TokenizedText text, int i, PeopleLexicon people)
    {
        var word = text.TextOf(in text[i]);
        return people.IsCommonWord(word) || OrdinaryPhrases.IsOrdinaryWord(word) || CasedNameShapes.Ordinary(text, i) || OrdinaryWords.ContainsInflected(word);
    }

    /// <summary>The run's place in the prompt.</summary>
    private static bool IsCandidate(TokenizedText text, int i, int last, PeopleLexicon people)
    {
        var n = text.SequenceCount;

        // A capitalised word right after the run or right before it in the same tag: a heading or a product name.
        if ((last + 1 < n && PersonDetector.OnlySpaceBetween(text, last, last + 1) && char.IsUpper(text.Source[text[last + 1].SourceStart]))
            || (i > 0 && PersonDetector.OnlySpaceBetween(text, i - 1, i) && char.IsUpper(text.Source[text[i - 1].SourceStart])))
        {
            return false;
        }

        // A place after its preposition ("в Суздале", "на Оболоні", "στη Νάξο"), a thing after an indefinite article ("ένα Φίατ").
        if (i > 0 && PersonDetector.OnlySpaceBetween(text, i - 1, i) && (Prepositions.Contains(text.TextOf(in text[i - 1])) || IndefiniteArticles.Contains(text.TextOf(in text[i - 1]))))
        {
            return false;
        }

        if (SubjectlessGate.CreditBefore(text, i, SubjectlessGate.StyleWords) || (last > i && NudeArtworks.IsArtwork(text, i, last)))
        {
            return false;
        }

        return last > i || IsSingleCandidate(text, i, people);
    }

    /// <summary>
    /// A single word opening its tag (the prompt's start, or after a comma, colon or dash): a one-word name is its clause's
    /// subject, a capital inside a tag is a sign, a work or a place ("знак зодиака Овен", "из Мастера и Маргариты"). Never a
    /// listed given name alone (the script's given-name lists too: Олег), never a Cyrillic word ending in a vowel or a soft sign
    /// (given names and their pet forms: Маша, Настюша, Вика; women's names Любовь, Нинель, Ассоль; nouns and adverbs), never an adjective's, participle's or verb's shape, never a Greek word alone (Greek writes a name with
    /// its article, <see cref="GreekArticleNames"/>). Then either its own first tag before a degree adverb ("Xxx, совсем голая") or the subject of a matched
    /// term right after it, a degree adverb allowed between (полностью, зовсім, τελείως). A handle run into an underscore suffix
    /// (Xxx_тв, Xxx_blog) is one word.
    /// </summary>
    private static bool IsSingleCandidate(TokenizedText text, int i, PeopleLexicon people)
    {
        ref var token = ref text[i];
        var source = text.Source;
        var n = text.SequenceCount;
        var next = i + 1;
        var handle = ScriptOf(text, i) == 0;
        if (next < n && token.SourceEnd < source.Length && source[token.SourceEnd] == '_' && text[next].SourceStart == token.SourceEnd + 1)
        {
            next++; // the handle's suffix
            handle = true;
        }

        // The vowel is read as written: the tokenizer folds й to и (Ивангай is no vowel-final word).
        var word = text.TextOf(in token);
        var lastLetter = char.ToLowerInvariant(source[token.SourceEnd - 1]);
        if ((token.Tags & (WordTags.GivenName | WordTags.TransliteratedGivenName)) != 0
            || (!handle && (ScriptOf(text, i) != 1 || ((EndsInVowel(lastLetter) || lastLetter == 'ь') && !CasedNameShapes.IsSlavicFamilyShape(word))
                || HasWordEnding(word))))
        {
            return false;
        }

        // A Greek name, a handle too, takes its article ("η Xxx γυμνή").
        if (!OpensTag(text, i) && !(i > 0 && PersonDetector.OnlySpaceBetween(text, i - 1, i) && text.TextOf(in text[i - 1]) is "η" or "ο"))
        {
            return false;
        }

        // The term right after it, or (the prompt's first word only) after its comma with a degree adverb that only a person's
        // state takes ("Xxx, совсем голая"): a town or a brand heading the prompt is followed by other tags or by a bare term
        // ("Харків, кінематографічний кадр", "Крым, топлес на диком пляже").
        var spaced = next < n && PersonDetector.OnlySpaceBetween(text, next - 1, next);
        if (!spaced && !(i == 0 && next < n && CommaAfter(text, next - 1) && DegreeAdverbs.Contains(text.TextOf(in text[next]))))
        {
            return false;
        }

        if (next + 1 < n && DegreeAdverbs.Contains(text.TextOf(in text[next])) && PersonDetector.OnlySpaceBetween(text, next, next + 1))
        {
            next++;
        }
        else if (!spaced)
        {
            return false;
        }

        return next < n && (text[next].Tags & WordTags.Matched) != 0 && !IsOrdinary(text, i, people);
    }

    /// <summary>The word opens the prompt or a tag: nothing but spaces and a comma, colon, semicolon or dash before it.</summary>
    private static bool OpensTag(TokenizedText text, int i)
    {
        var source = text.Source;
        var k = text[i].SourceStart - 1;
        while (k >= 0 && source[k] == ' ')
        {
            k--;
        }

        return k < 0 || source[k] is ',' or ':' or ';' or '\u2014' or '\u2013' or '-' or '.' or '|' or '\n';
    }

    private static bool EndsInVowel(char last) =>
        last is 'а' or 'я' or 'и' or 'ы' or 'е' or 'ё' or 'о' or 'у' or 'ю' or 'і' or 'ї' or 'є' or 'э';

    private static bool CommaAfter(TokenizedText text, int i)
    {
        var end = text[i].SourceEnd;
        var source = text.Source;
        while (end < source.Length && source[end] == ' ')
        {
            end++;
        }

        return end < source.Length && source[end] is ',' or ':' or '\u2014' or '-' or '\u2013';
    }

    /// <summary>
    /// A Latin handle: letters only, five or more, a lower-case letter right before a capital inside the word (MirraFit,
    /// KseniaVibes), in a prompt whose words are Cyrillic or Greek (the caller tested the script).
    /// </summary>
    private static bool IsHandle(TokenizedText text, int i)
    {
        ref var token = ref text[i];
        var source = text.Source.AsSpan(token.SourceStart, token.SourceEnd - token.SourceStart);
        if (source.Length is < 5 or > MaxWord || !char.IsAsciiLetterUpper(source[0]) || (token.Tags & WordTags.Matched) != 0 || Brands.Contains(text.TextOf(in token)))
        {
            return false;
        }

        var humps = 0;
        for (var k = 1; k < source.Length; k++)
        {
            if (!char.IsAsciiLetter(source[k]))
            {
                return false;
            }

            if (char.IsAsciiLetterUpper(source[k]) && char.IsAsciiLetterLower(source[k - 1]))
            {
                humps++;
            }
        }

        return humps == 1 && char.IsAsciiLetterLower(source[^1]);
    }

    private static bool LettersWithLower(ReadOnlySpan<char> word)
    {
        var lower = false;
        foreach (var c in word)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }

            lower |= char.IsLower(c);
        }

        return lower;
    }

    /// <summary>
    /// Endings a single capitalised Cyrillic word has as an adjective, participle, infinitive or reflexive verb and a one-word
    /// name hardly has (folded as the tokenizer folds: й read as и): Мокрая, Страстный, Раздевается, Лежать.
    /// </summary>
    private static bool HasWordEnding(ReadOnlySpan<char> folded)
    {
        if (folded.Length == 0 || folded[0] is < '\u0400' or > '\u04FF')
        {
            return false;
        }

        foreach (var ending in WordEndings)
        {
            if (folded.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] WordEndings =
    [
        "ая", "яя", "ыи", "ии", "ое", "ее", "ые", "ие", "ую", "юю", "ого", "его", "ому", "ему", "ыми", "ими", "ых", "их", "ся", "сь",
        "ть", "ти", "ешь", "ете", "ють", "іи", "ім",
    ];

    // The lists below are written for GenScreen from general knowledge of Russian, Ukrainian, Bulgarian, Serbian and Greek (MIT,
    // this project; no third-party list). Words are folded as the tokenizer folds them (lower case, й as и, ё as е, Greek
    // accents removed, final sigma as σ).

    /// <summary>Months, weekdays, seasons, holidays, car makes and models, media names: capitalised, never a person.</summary>
    private static readonly CompactWordSet NotNames = new([
        // months (ru, uk, bg, sr, el) in the nominative and the forms prompts use
        "январь", "января", "февраль", "февраля", "март", "марта", "апрель", "апреля", "май", "мая", "июнь", "июня", "июль", "июля",
        "август", "августа", "сентябрь", "сентября", "октябрь", "октября", "ноябрь", "ноября", "декабрь", "декабря",
        "січень", "лютий", "березень", "квiтень", "квітень", "травень", "червень", "липень", "серпень", "вересень",
        "жовтень", "листопад", "грудень", "януари", "февруари", "юни", "юли", "септември", "октомври", "ноември", "декември",
        "јануар", "фебруар", "април", "јун", "јул", "септембар", "октобар", "новембар", "децембар",
        "ιανουαριοσ", "φεβρουαριοσ", "μαρτιοσ", "απριλιοσ", "μαιοσ", "ιουνιοσ", "ιουλιοσ", "αυγουστοσ", "σεπτεμβριοσ", "οκτωβριοσ",
        "νοεμβριοσ", "δεκεμβριοσ",
        // weekdays and seasons
        "понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье", "понеділок", "вівторок", "середа",
        "четвер", "пятниця", "пʼятниця", "субота", "неділя", "зима", "весна", "лето", "осень", "літо", "осінь", "утро", "ранок", "вечер", "вечір", "ночь", "ніч",
        "δευτερα", "τριτη", "τεταρτη", "πεμπτη", "παρασκευη", "σαββατο", "κυριακη", "χειμωνασ", "ανοιξη", "καλοκαιρι", "φθινοπωρο",
        // holidays
        "пасха", "рождество", "масленица", "купала", "ивана", "різдво", "великдень", "πασχα", "χριστουγεννα", "αποκριεσ",
        // car makes and models written in Cyrillic or Greek
        "лада", "лады", "ладе", "ладу", "ладой", "веста", "весты", "приора", "приоры", "гранта", "гранты", "калина", "калины",
        "нива", "нивы", "волга", "волги", "жигули", "жигулей", "москвич", "москвича", "запорожец", "запорожца", "победа", "победы",
        "чаика", "газель", "газели", "уаз", "уаза", "таврия", "таврії", "φιατ", "φολκσβαγκεν", "μερσεντεσ", "τογιοτα",
        // media, platforms and brands written in Cyrillic or Greek
        "плейбои", "плеибои", "плейбоя", "плеибоя", "ютуб", "ютубе", "тикток", "тиктоке", "инстаграм", "инстаграме", "інстаграм",
        "телеграм", "онлифанс", "вконтакте", "вк", "рэи", "бэн",
    ]);

    private static readonly CompactWordSet Brands = new(["onlyfans", "youtube", "tiktok", "playstation", "iphone", "macbook", "instagram",
        "photoshop", "midjourney", "deviantart", "artstation", "pornhub", "xvideos", "snapchat", "whatsapp", "facebook", "linkedin",
        "airpods", "ipad", "gopro", "dreamshaper", "realvis", "juggernaut", "chilloutmix", "majicmix", "sdxl", "lightroom", "powerpoint"]);

    /// <summary>Prepositions of place, direction and time (ru, uk, bg, sr, el): a capitalised word after one is a place.</summary>
    private static readonly CompactWordSet Prepositions = new([
        "в", "во", "на", "у", "под", "над", "по", "за", "из", "до", "к", "ко", "от", "при", "около", "возле", "близ", "через", "между",
        "під", "біля", "від", "поблизу", "коло", "між",
        "във", "край", "през", "код", "поред", "према", "изнад", "испод",
        "στο", "στη", "στην", "στον", "στα", "στισ", "στουσ", "σε", "απο", "προσ", "κοντα", "μεσα", "εξω", "πανω", "κατω", "διπλα",
    ]);

    /// <summary>Degree adverbs between a subject and its nudity word ("совсем голая", "повністю гола", "τελείως γυμνή").</summary>
    private static readonly CompactWordSet DegreeAdverbs = new(["совсем", "полностью", "совершенно", "абсолютно", "почти", "вся", "весь",
        "зовсім", "повністю", "цілком", "майже", "уся", "съвсем", "напълно", "потпуно", "сасвим", "скроз",
        "τελειωσ", "εντελωσ", "ολοκληρα", "σχεδον"]);

    private static readonly CompactWordSet IndefiniteArticles = new(["ενα", "εναν", "ενοσ", "μια", "μιασ", "καποιο", "καποια"]);
}
