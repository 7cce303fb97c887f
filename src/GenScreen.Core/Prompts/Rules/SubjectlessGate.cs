using System.Diagnostics;
using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>Why a last-resort person reader did not read a prompt (<see cref="SubjectlessGate"/>); <see cref="None"/>: it read it.</summary>
internal enum GateRefusal : byte
{
    None,
    /// <summary>No sexual content in the prompt itself.</summary>
    NotSexual,
    /// <summary>A listed, likely or hinted real person was read already.</summary>
    PersonRead,
    /// <summary>A person word (woman, model, 女人): the prompt's subject is that person.</summary>
    PersonWord,
    /// <summary>An adult marker said of a person (an adult woman, 35-year-old, milf).</summary>
    AdultPerson,
    /// <summary>A minor word or a minor's sexual signal: the minors readers decide.</summary>
    Minor,
    /// <summary>A fictional adult matched (a listed character).</summary>
    Benign,
    /// <summary>A rule read a word that names the person described (a parent heading the prompt).</summary>
    NamesSomeone,
    /// <summary>A child's detail: the minors readers weigh it later.</summary>
    ChildHint,
    /// <summary>A drawn or invented frame word in the prompt (fantasy, anime, a character of one's novel).</summary>
    FictionFrame,
    /// <summary>A child-statement trigger in the prompt (a children's programme, a school uniform).</summary>
    ChildTrigger,
    /// <summary>A kin or marital noun (caseless scripts): it depicts the prompt's adults as a person word does.</summary>
    KinWord,
    /// <summary>An age word of the caseless scripts (ساله, साल, วัย): the subject is described by its age.</summary>
    AgeWord,
    /// <summary>The reader's script is not in the prompt.</summary>
    NoScript,
}

/// <summary>The four last-resort person readers (<see cref="SubjectlessNames"/>, <see cref="CasedSubjectlessNames"/>, <see cref="CjkSubjectlessNames"/>, <see cref="CaselessSubjectlessNames"/>).</summary>
internal enum SubjectlessReader : byte
{
    Latin,
    Cased,
    Cjk,
    Caseless,
}

/// <summary>
/// Session 43 (i16-refusals51): the one gate of the four last-resort person readers. A reader reads a name only when nothing
/// else in a sexual prompt can be its subject; the signal half of that test (<see cref="Refusal"/>), the partner door of the
/// CJK and caseless readers (<see cref="PartnerRefusal"/>), the drawn or invented frame (<see cref="HasFictionFrame"/>: one
/// table for every script) and the style or "by" credit before a run (<see cref="CreditBefore"/>) live here, once.
/// <para>
/// An adult marker said of content (<see cref="SignalSummary.AdultIsContentOnly"/>: an adult magazine, a film for adults,
/// 成人杂志, majalah dewasa, 18+ content) is no person: it does not shut the gate, and a content qualifier that is also a
/// person word ("adult", "người lớn") does not count as the prompt's person either (<see cref="SignalSummary.PeopleAreContentOnly"/>).
/// Every other reader of <see cref="Signal.Adult"/> sees the marker as before.
/// </para>
/// </summary>
internal static class SubjectlessGate
{
    /// <summary>The first reason, in a fixed order, why no last-resort reader may read the prompt; <see cref="GateRefusal.None"/> when one may.</summary>
    internal static GateRefusal Refusal(SignalSummary into)
    {
        if (into[Signal.Sexual] is not { IsPresent: true, Field: PromptField.Prompt })
        {
            return GateRefusal.NotSexual;
        }

        if (into.Has(Signal.RealPerson) || into.Has(Signal.RealPersonLikely) || into.Has(Signal.RealPersonHint))
        {
            return GateRefusal.PersonRead;
        }

        if (into.DepictsPeople && !into.PeopleAreContentOnly)
        {
            return GateRefusal.PersonWord;
        }

        if (into.Has(Signal.Adult) && !into.AdultIsContentOnly)
        {
            return GateRefusal.AdultPerson;
        }

        if (into.Has(Signal.Minor) || into.Has(Signal.SexualMinor))
        {
            return GateRefusal.Minor;
        }

        if (into.Has(Signal.Benign))
        {
            return GateRefusal.Benign;
        }

        if (into.NamesSomeone)
        {
            return GateRefusal.NamesSomeone;
        }

        // a child's detail ("watching Upin Ipin on the porch") is the minors readers' to weigh, later
        return into.Has(Signal.ChildHint) ? GateRefusal.ChildHint : GateRefusal.None;
    }

    /// <summary>
    /// The partner door of the CJK and caseless readers (a person word that is the act's partner after "with": 和男人, با یک مرد):
    /// the same signals as <see cref="Refusal"/> less the person word and the adult marker, which the reader's partner frame
    /// accounts for; <paramref name="namesSomeone"/> says whether the reader's door also asks for no <see cref="SignalSummary.NamesSomeone"/>.
    /// </summary>
    internal static GateRefusal PartnerRefusal(SignalSummary into, bool namesSomeone)
    {
        if (into[Signal.Sexual] is not { IsPresent: true, Field: PromptField.Prompt })
        {
            return GateRefusal.NotSexual;
        }

        if (into.Has(Signal.RealPerson) || into.Has(Signal.RealPersonLikely) || into.Has(Signal.RealPersonHint))
        {
            return GateRefusal.PersonRead;
        }

        if (into.Has(Signal.Minor) || into.Has(Signal.SexualMinor))
        {
            return GateRefusal.Minor;
        }

        if (into.Has(Signal.Benign))
        {
            return GateRefusal.Benign;
        }

        if (namesSomeone && into.NamesSomeone)
        {
            return GateRefusal.NamesSomeone;
        }

        return into.Has(Signal.ChildHint) ? GateRefusal.ChildHint : GateRefusal.None;
    }

    /// <summary>
    /// The second pass of the four readers (session 43), after the clause readers (<see cref="StatementTriggers"/>): sexual content
    /// said by everyday words in combination ("the towel slipping off", "tuwalya lang ang suot", 浴巾正在滑落) is read after the
    /// person readers, so on the first pass a prompt whose only sexual content is said so was refused as not sexual; and a
    /// child-statement trigger anywhere in the prompt made three readers leave it to the minors clause readers, which have now
    /// weighed it. Runs only when the gate is open now (sexual content, no one read, no person word, no minor or child hint: the
    /// clause readers' findings shut it as any other signal does), with the prompt-wide trigger refusal lifted.
    /// </summary>
    internal static void ReadAgain(TokenizedText text, LexiconSet lexicons, SignalSummary into)
    {
        if (PartnerRefusal(into, namesSomeone: false) != GateRefusal.None)
        {
            return; // shut for both doors: not sexual, someone read, a minor, a fictional adult or a child's detail
        }

        // A child's detail the clause readers noted (a hint, counted and weighed at the decision) or a minor they read from a
        // statement: the prompt is the minors readers', whatever name-shaped word it holds.
        if (into.HasChildHints || into.MinorByStatement)
        {
            return;
        }

        SubjectlessNames.Read(text, lexicons, into, afterClauses: true);
        KeepApart(text.Source, into);
        CasedSubjectlessNames.Read(text, lexicons, into, afterClauses: true);
        KeepApart(text.Source, into);
        if (!text.IsAscii)
        {
            CjkSubjectlessNames.Read(text, lexicons, into, afterClauses: true);
            KeepApart(text.Source, into);
        }

        CaselessSubjectlessNames.Read(text, lexicons, into, afterClauses: true);
        KeepApart(text.Source, into);
        CapitalStageNames.Read(text, lexicons, into, afterClauses: true);
        KeepApart(text.Source, into);
        StateAgentNames.Read(text, lexicons, into, afterClauses: true);
        KeepApart(text.Source, into);
    }

    /// <summary>
    /// The second pass's name must stand apart from what the clause readers read: a run that is (part of) the sexual phrase they
    /// found ("قضيبه المنتصب", "הסדין מחליק": words no list knows, which is why no lexicon matched them) or that holds a child
    /// statement's trigger (the first pass's in-run rule of <see cref="SubjectlessNames"/>, now for every script) is no name.
    /// </summary>
    private static void KeepApart(string source, SignalSummary into)
    {
        ref readonly var likely = ref into[Signal.RealPersonLikely];
        if (!likely.IsPresent || likely.Field != PromptField.Prompt || likely.SourceStart < 0)
        {
            return;
        }

        ref readonly var sexual = ref into[Signal.Sexual];
        var overlaps = sexual.SourceStart >= 0 && sexual.SourceStart < likely.SourceEnd && likely.SourceStart < sexual.SourceEnd;
        var trigger = overlaps ? -1 : ChildStatements.FindTrigger(source, likely.SourceStart);
        if (overlaps || (trigger >= 0 && trigger < likely.SourceEnd))
        {
            into.Drop(Signal.RealPersonLikely);
        }
    }

    /// <summary>The gate as a yes or no (<see cref="Refusal"/> found nothing).</summary>
    internal static bool Applies(SignalSummary into) => Refusal(into) == GateRefusal.None;

    /// <summary>A drawn or invented frame word anywhere in the prompt, as folded (<see cref="FictionFrames"/>).</summary>
    internal static bool HasFictionFrame(TokenizedText text)
    {
        for (var k = 0; k < text.SequenceCount; k++)
        {
            WorkCounter.Add(1);
            if (FictionFrames.Contains(text.TextOf(in text[k])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A word of <paramref name="words"/> among the four words before token <paramref name="i"/> in its tag (joined by spaces only).</summary>
    internal static bool CreditBefore(TokenizedText text, int i, CompactWordSet words)
    {
        for (var k = i - 1; k >= 0 && k >= i - 4 && PersonDetector.OnlySpaceBetween(text, k, k + 1); k--)
        {
            WorkCounter.Add(1);
            if (words.Contains(text.TextOf(in text[k])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Reports a reader's refusal to a test's probe (debug builds only: the call is compiled away in Release). The refusal tally
    /// of docs/labelled-prompts.md (session 43) was read with it.
    /// </summary>
    [Conditional("DEBUG")]
    internal static void Trace(SubjectlessReader reader, GateRefusal refusal) => Probe?.Invoke(reader, refusal);

    /// <summary>A test's probe of the readers' refusals on its own thread (debug builds; never set in production).</summary>
    [ThreadStatic]
    internal static Action<SubjectlessReader, GateRefusal>? Probe;

    /// <summary>
    /// Style, manner and credit words before a painter's or photographer's name, of every cased script ("im Stil von", "à la
    /// manière de", "w stylu", "by", "в стиле", "σε στυλ"), folded. Written for GenScreen from general knowledge (MIT, this project).
    /// </summary>
    internal static readonly CompactWordSet StyleWords = new([
        "by", "style", "styled", "stil", "stile", "estilo", "estilos", "maniere", "manier", "stijl", "stylu", "styl", "stilen",
        "tarzi", "tarzinda", "gaya", "estilong", "inspired", "homage", "hommage", "omaggio", "homenaje", "maniera", "stilu", "стиле", "стилі", "стиль", "στυλ", "ύφος", "manner",
        "стилю", "манере", "манері", "духе", "дусі", "жанре", "жанрі", "мотивам", "мотивами", "эпохи", "епохи", "традиции", "традиції",
        "школы", "школи", "стил", "стилу", "στιλ", "υφοσ", "τεχνοτροπια", "τεχνοτροπιασ", "εποχησ",
    ]);

    /// <summary>
    /// Drawn and invented frames of every script the four readers read, folded as the tokenizer folds: fantasy art, a character
    /// of one's novel, book or comic, drawn media (illustration, cartoon, anime, render), figures of myth and fairy tale, statues
    /// and dolls. One table for the four readers (it was three, each a script's part). Written for GenScreen from general
    /// knowledge of the languages (MIT, this project).
    /// </summary>
    internal static readonly CompactWordSet FictionFrames = new([
        // Latin script
        "fantasy", "fantasia", "fantasie", "fantastik", "fantastique", "fantastico", "fantastica", "fantasiakonst", "fantasykonst", "fantasy-art",
        "novel", "roman", "romanim", "romanimdaki", "romanu", "romane", "romanzo", "novela", "livro", "libro", "boek", "bok", "book", "buch",
        "ksiazki", "knihy", "kitabimdaki", "webcomic", "comic", "comics", "bd", "dessinee", "fumetto", "historieta", "quadrinhos",
        "manga", "anime", "hentai", "cartoon", "illustration", "illustrated", "drawing", "drawn", "render", "3d", "sketch", "zeichnung",
        "illustrazione", "ilustracion", "ilustracao", "dessin", "tekening", "rysunek", "kresba", "teckning", "cizim", "ilustrasi", "guhit",
        "character", "oc", "elf", "elfen", "elfe", "elven", "sorceress", "witch", "heks", "hexe", "haxa", "sorciere", "bruja", "strega",
        "feiticeira", "wiedzma", "carodejka", "vampire", "vampir", "vampira", "vampiro", "goddess", "nymph", "fairy", "fee", "hada", "fata",
        "mermaid", "succubus", "demoness", "dnd", "rpg", "statue", "doll", "figurine", "myth", "mythology", "legend", "genesis",
        // Cyrillic and Greek
        "иллюстрация", "иллюстрации", "ілюстрація", "ілюстрації", "рисунок", "малюнок", "арт", "аниме", "аніме", "манга", "хентаи",
        "хентай", "мультфильм", "мультфільм", "мульт", "комикс", "комікс", "рендер", "персонаж", "персонажа", "фэнтези", "фентезі",
        "фентези", "фантастика", "сказка", "казка", "миф", "міф", "мифология", "міфологія", "легенда", "эльфиика", "эльфииска",
        "ельфиика", "ведьма", "відьма", "русалка", "богиня", "нимфа", "німфа", "вампирша", "вампірка", "суккуб", "статуя", "кукла",
        "лялька", "игра", "гра", "романа", "роман", "книги", "книжки", "былина", "открытка", "листівка",
        "εικονογραφηση", "σκιτσο", "σχεδιο", "κινουμενα", "ανιμε", "μαγκα", "κομικ", "χαρακτηρασ", "φαντασια", "μυθολογια", "μυθοσ",
        "μυθου", "θρυλοσ", "θεα", "νυμφη", "γοργονα", "νεραιδα", "μαγισσα", "βαμπιρ", "αγαλμα", "αγγειογραφια", "παραμυθι", "μυθιστορημα",
        // Arabic, Persian, Hebrew, Devanagari, Bengali, Thai (read as written by the caseless reader)
        "خيال", "خيالي", "خيالية", "فانتازيا", "أنمي", "انمي", "كرتون", "كرتوني", "أسطورة", "اسطورة", "شخصية", "ألف",
        "خیالی", "فانتزی", "انیمه", "کارتون", "کارتونی", "افسانه", "افسانه‌ای", "اسطوره", "شخصیت",
        "פנטזיה", "דמיוני", "דמיונית", "אנימה", "מצויר", "מצוירת", "קריקטורה", "אגדה", "מיתולוגיה", "דמות",
        "काल्पनिक", "एनीमे", "कार्टून", "फैंटेसी", "पौराणिक", "किरदार", "अप्सरा",
        "কাল্পনিক", "অ্যানিমে", "কার্টুন", "ফ্যান্টাসি", "পৌরাণিক", "চরিত্র", "রূপকথা",
        "แฟนตาซี", "อนิเมะ", "การ์ตูน", "ตัวละคร", "นิยาย", "เทพนิยาย", "ภาพแฟนตาซี",
    ]);
}
