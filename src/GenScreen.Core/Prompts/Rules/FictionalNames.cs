using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// Fictional adults found by sound or reading in another script (ティファ・ロックハート, 峰不二子 read as Mine Fujiko): the
/// index of names in other scripts (<see cref="ScriptNameIndex"/>) keys the fictional-adult lists before the real
/// people, so such a name finds its character and not a real person who sounds alike. The character is kept as
/// <see cref="Signal.Benign"/> evidence (no rule decides on it), and a likely real name read from the same characters by
/// the name-shape rules is dropped: the fictional list is checked first.
/// </summary>
internal static class FictionalNames
{
    /// <summary>What a match in the index of names in other scripts stands for: a real person, or a fictional adult.</summary>
    public static void AddScriptMatch(SignalSummary into, LexiconEntry entry, int sourceStart, int sourceEnd)
    {
        if (entry.Signal == Signal.Benign)
        {
            into.Add(Signal.Benign, entry.Term, 0, sourceStart, sourceEnd, PromptField.Prompt);
            return;
        }

        // The same characters already matched a fictional adult's name as written (ジル・バレンタイン): not a real person.
        if (into.Has(Signal.Benign) && Overlaps(in into[Signal.Benign], sourceStart, sourceEnd))
        {
            return;
        }

        // "fan art" borrowed into another script (פאן ארט, फैन आर्ट) spells a listed name by sound (Bonnie Raitt, as "fine art"
        // did): the two words of the loanword are no name (session 27, i16-precision31).
        if (IsFanArtSpan(into.Source.AsSpan(sourceStart, sourceEnd - sourceStart)))
        {
            return;
        }

        into.Add(Signal.RealPerson, entry.Term, entry.Level, sourceStart, sourceEnd, PromptField.Prompt);
    }

    private static bool Overlaps(in Evidence evidence, int start, int end) => start < evidence.SourceEnd && evidence.SourceStart < end;

    /// <summary>Drops a likely real name that overlaps a fictional adult's name found in another script.</summary>
    public static void DropLikelyOverlapping(SignalSummary into)
    {
        if (!into.Has(Signal.RealPersonLikely))
        {
            return;
        }

        ref readonly var likely = ref into[Signal.RealPersonLikely];

        // A personal name does not open with the article: "The Incredibles" is a title.
        if ((into.Has(Signal.Benign) && Overlaps(in into[Signal.Benign], likely.SourceStart, likely.SourceEnd))
            || likely.Term.StartsWith("The ", StringComparison.OrdinalIgnoreCase))
        {
            into.Drop(Signal.RealPersonLikely);
        }
    }

    /// <summary>A fictional adult's list (fictional-adults.json, fictional-adults-scripts.json): its terms key the script index first.</summary>
    public static bool IsFictional(LexiconEntry entry) =>
        entry.Signal == Signal.Benign && entry.Source.Contains("fictional", StringComparison.Ordinal);

    /// <summary>Words that say the people of a prompt are drawn or from a work (cartoon, anime, Pixar, ゲーム).</summary>
    /// <summary>The fiction words as listed (with their accents); <see cref="FictionWords"/> adds the forms without them.</summary>
    private static readonly HashSet<string> FictionWordsAsListed = new(StringComparer.Ordinal)
    {
        "cartoon", "cartoons", "animated", "animation", "anime", "manga", "comic", "comics", "pixar", "disney", "dreamworks",
        "marvel", "nintendo", "videogame", "fanart", "hentai", "waifu", "toon", "webtoon", "manhwa", "manhua", "doujin", "doujinshi",

        // Session 15 (i16-people13): the same words of more languages, and the words that say a person is a character of
        // a novel or comic ("Lucia Mondella, personaggio del romanzo", "heroína de historieta"). Words that are also
        // given names or ordinary words elsewhere are left out: roman (Roman, a given name), роман, Figur (a body's
        // figure), komik (Turkish "funny"), tokoh (Indonesian "public figure"), tranh (Vietnamese "painting").
        "fumetto", "fumetti", "historieta", "historietas", "tebeo", "cómic", "quadrinhos", "quadrinho",
        "komiks", "komiksu", "комикс", "комикса", "комиксе", "комиксов", "мультфильм", "мультфильма", "мультик", "мультика",
        "мультяшная", "мультяшный", "κόμικ", "κόμικς", "zeichentrick", "animowany", "animowana", "kreslený", "kreslená",
        "novel", "novela", "romanzo", "powieść", "powieści", "fiction", "fictional", "ficción", "ficticio", "ficticia",
        "fittizio", "fittizia", "fictif", "fictive", "fiktiv", "fiktive", "fikcyjna", "fikcyjny", "вымышленный", "вымышленная",
        "character", "personaggio", "personaje", "personnage", "personagem", "персонаж", "персонажа", "truyện",

        // Session 18 (i16-precision12): the words that say a figure is of legend, myth or folk tale (Василиса Прекрасная,
        // сказочная иллюстрация; Maria Makiling, diwata ng bundok; לילית מהאגדות). Left out, as above, words that are
        // given names or ordinary words elsewhere: Sage (German "says"), Fee (English fee), dewi and देवी/দেবী (parts of
        // given names), אלה ("these"), tiên (Vietnamese "first" in đầu tiên), epic (a style word), spirit (free spirit), mit
        // (Polish myth, German "with").
        "legend", "legends", "legendary", "myth", "myths", "mythology", "mythological", "mythical", "folklore", "folktale",
        "fairytale", "fable", "goddess", "nymph", "mermaid", "legende", "mythos", "mythologie", "märchen", "göttin", "nymphe",
        "meerjungfrau", "légende", "mythe", "mythologique", "contes", "fée", "déesse", "sirène", "leyenda", "mito",
        "mitología", "mitológica", "cuento", "folclore", "diosa", "ninfa", "sirena", "hada", "leggenda", "mitologia", "fiaba",
        "favola", "dea", "fata", "lenda", "deusa", "sereia", "fada", "sprookje", "sprookjes", "godin", "nimf",
        "zeemeermin", "легенда", "легенды", "миф", "мифология", "сказка", "сказки", "сказочная", "сказочный", "богиня", "нимфа",
        "русалка", "фольклор", "міф", "міфологія", "казка", "казки", "казкова", "німфа", "мавка", "legenda", "legendy",
        "baśń", "baśni", "bajka", "bogini", "nimfa", "syrena", "rusałka", "folklor", "pověst", "mýtus", "mytologie", "pohádka",
        "pohádková", "bohyně", "nymfa", "rusalka", "víla", "myt", "mytologi", "folksaga", "gudinna", "sjöjungfru", "skogsrå",
        "skogsrået", "θρύλος", "μύθος", "μυθολογία", "παραμύθι", "θεά", "νύμφη", "γοργόνα", "νεράιδα", "efsane", "efsanesi",
        "mitoloji", "masal", "masalı", "tanrıça", "mitos", "mitologi", "dongeng", "bidadari", "أسطورة", "الأسطورة", "أساطير",
        "خرافة", "حكاية", "إلهة", "حورية", "جنية", "الجنية", "افسانه", "افسانه‌ای", "اسطوره", "اساطیر", "الهه", "پری", "منظومه",
        "אגדה", "אגדות", "מהאגדות", "מיתוס", "מיתולוגיה", "פיה", "पौराणिक", "लोककथा", "किंवदंती", "अप्सरा", "परी", "डायन",
        "কিংবদন্তি", "পৌরাণিক", "লোককথা", "রূপকথা", "উপকথা", "মৎস্যকন্যা", "পরী", "অপ্সরা", "mitolohiya",
        "diwata", "engkanto", "diyosa",

        // Session 20 (i16-precision14): comic, cartoon, anime and character in the scripts whose fan art named an adult
        // character by sound (וונדר וומן עירומה, סגנון קומיקס; held-out batch 23).
        "קומיקס", "מצויר", "מצוירת", "אנימה", "מנגה", "דמות", "كوميكس", "كوميك", "الكوميكس", "كرتون", "كارتون", "انمي", "أنمي",
        "مانغا", "مانجا", "شخصية", "کمیک", "کارتون", "کارتونی", "انیمه", "مانگا", "شخصیت", "कॉमिक", "कॉमिक्स", "कार्टून",
        "एनीमे", "কমিক", "কমিক্স", "কার্টুন", "অ্যানিমে",
        // Session 21 (i16-people22): "character" and "invented" of the Latin-script languages that named an invented adult
        // with a full name (verzonnen personage, wymyślona postać, vymyšlená postava, påhittad karaktär, hayali karakter,
        // karakter fiksi, imbentong karakter); "nhân vật" and "hư cấu" are unspaced below. Left out: figura (a body's
        // figure), tokoh (a public figure), khayalan alone (a daydream) and roman (a given name).
        "personage", "postać", "postaci", "postava", "postavy", "karaktär", "karaktären", "karakter", "karakteri", "tauhan",
        "verzonnen", "verzonnenen", "erfunden", "erfundene", "erfundenen", "inventado", "inventada", "inventato", "inventata",
        "inventé", "inventée", "invented", "imaginary", "imaginaria", "imaginario", "imaginaire", "immaginaria", "immaginario",
        "wymyślona", "wymyślony", "wymyślonej", "vymyšlená", "vymyšlený", "smyšlená", "smyšlený", "påhittad", "påhittade",
        "hayali", "fiksi", "fiktif", "imbento", "imbentong", "kathang-isip", "romanımdaki", "romanımın", "novelku", "nobela",
        "románu", "oc",

        // Session 29 (i16-precision33): the folk of fantasy a prompt gives its invented adult ("Сильвана Вітрокрила …, доросла
        // ельфійка", "Thalindra Moonwhisper, an adult elf"): a species no real person is. Left out, as above, words that also
        // name real people or ordinary things: dwarf of the languages where it is said of people (enana, cüce, νάνος), peri
        // (a Turkish and Indonesian given name), Dutch and Swedish words for eleven are not (elf counts: a child's age is read
        // by the age rules, this only drops an unlisted name).
        "elf", "elves", "elven", "elfin", "dwarven", "orc", "orcish", "dryad", "tiefling", "drow", "faun", "satyr", "centaur",
        "succubus", "elfe", "elfen", "elbin", "elben", "zwergin", "dryade", "faune", "elfes", "elfa", "elfas", "elfo", "elfos",
        "elfi", "dríade", "driade", "elfje", "elfka", "elfki", "elfkę", "elfce", "elfką", "krasnolud", "krasnoludka", "elfky",
        "elfku", "trpaslice", "alv", "alven", "alvkvinna", "älva", "älvan", "alvinna", "эльф", "эльфа", "эльфы", "эльфийка",
        "эльфийки", "эльфийку", "эльфийкой", "эльфийская", "гномиха", "дриада", "ельф", "ельфа", "ельфи", "ельфійка", "ельфійки",
        "ельфійку", "ельфійкою", "ельфійська", "дріада", "ξωτικό", "ξωτική", "ξωτικιά", "elfler",
    };

    private static readonly HashSet<string> FictionWords = WithFoldedForms(new HashSet<string>(FictionWordsAsListed, StringComparer.Ordinal));

    /// <summary>Adds each word without its diacritics too (légende, legende), however the prompt's words reach the lookup.</summary>
    private static HashSet<string> WithFoldedForms(HashSet<string> words)
    {
        foreach (var word in words.ToArray())
        {
            var decomposed = word.Normalize(System.Text.NormalizationForm.FormD);
            var folded = new string([.. decomposed.Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)]);
            words.Add(folded.Normalize(System.Text.NormalizationForm.FormC));
        }

        return words;
    }

    private static readonly string[] FictionWordsUnspaced = ["アニメ", "漫画", "マンガ", "ゲーム", "キャラ", "动漫", "动画", "動畫", "游戏", "遊戲", "애니", "만화", "게임", "캐릭터", "การ์ตูน", "อนิเมะ", "小说", "小說", "小説", "소설", "角色", "นิยาย", "ตัวละคร",
        // Session 18: legend, myth and folk tale; folk beings (妖怪, 구미호, ผี: a ghost).
        "伝説", "神話", "昔話", "民話", "童話", "女神", "妖怪", "人魚", "传说", "神话", "童话", "民间故事", "狐狸精", "美人鱼", "聊斋",
        "전설", "신화", "설화", "민담", "동화", "여신", "구미호", "인어", "ตำนาน", "นิทาน", "เทพธิดา", "นางเงือก", "ผี", "นางไม้",
        "truyền thuyết", "thần thoại", "cổ tích", "คอมิค", "คอมมิค", "มังงะ", "nữ thần", "cerita rakyat", "putri duyung", "deniz kızı", "kuwentong-bayan", "nhân vật", "hư cấu", "tiểu thuyết",
        // Session 27 (i16-precision31): fan art as the unspaced scripts and Persian (with its ZWNJ) write it.
        "エルフ", "ドワーフ", "精灵", "精靈", "엘프", "เอลฟ์", "yêu tinh", "ファンアート", "팬아트", "同人", "แฟนอาร์ต", "แฟนอาร์ท", "فن‌آرت", "فن‌ارت", "фан-арт", "фанарт"];

    /// <summary>
    /// A likely real name (a given name and a surname-shaped word, no list knows it) in a prompt that says its people
    /// are drawn or from a work ("Helen Parr, The Incredibles, cartoon") is a character, as fan art names them: the
    /// likely signal is dropped unless a public role or a real-person hint says otherwise.
    /// </summary>
    public static void DropLikelyInFiction(TokenizedText text, SignalSummary into)
    {
        if (!into.Has(Signal.RealPersonLikely) || into.Has(Signal.RealPersonHint))
        {
            return;
        }

        var national = HasNationalFamilyName(in into[Signal.RealPersonLikely]);

        // A Japanese style word alone (anime, hentai, أنمي, אנימה) says how the picture is drawn; it makes a character only of a
        // name shaped as such characters are named (session 36, i16-namesframe44: see StyleKeepsName).
        var japaneseStyleKeeps = national || StyleKeepsName(in into[Signal.RealPersonLikely]);

        var lookup = FictionWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var (castFrom, castTo) = CastAs(text, in into[Signal.RealPersonLikely]);
        for (var i = 0; i < text.SequenceCount; i++)
        {
            WorkCounter.Add(1);
            if (i >= castFrom && i <= castTo)
            {
                continue; // "Jacinta Allan as a naked water nymph": the figure she is cast as, not a drawn world (session 31, i16-people38)
            }

            if (lookup.Contains(text.TextOf(in text[i])) && WrittenAsFictionWord(text, i) && !(national && StyleWords.Contains(text.TextOf(in text[i])))
                && !(japaneseStyleKeeps && JapaneseStyleWords.Contains(text.TextOf(in text[i]))))
            {
                into.Drop(Signal.RealPersonLikely);
                return;
            }
        }

        foreach (var word in FictionWordsUnspaced)
        {
            if (text.Source.Contains(word, StringComparison.Ordinal) && !(japaneseStyleKeeps && Array.IndexOf(StyleWordsUnspaced, word) >= 0))
            {
                into.Drop(Signal.RealPersonLikely);
                return;
            }
        }

        if (HasFanArtPair(text) || NamesFranchise(text.Source))
        {
            into.Drop(Signal.RealPersonLikely);
        }
    }

    /// <summary>
    /// Session 41: a fiction word reached only by folding accents is another language's word. The list is matched with and
    /// without accents (a plain keyboard's <c>legende</c>), but folding made Greek <c>θέα</c> (a view) the goddess <c>θεά</c>,
    /// Swedish <c>många</c> (many) <c>manga</c>, Vietnamese <c>óc</c> <c>oc</c>, so "a view of the caldera" or "many" dropped the
    /// real name of a sexual prompt as a drawn character's. As <see cref="AccentFolds"/> reads sexual terms: a word written with
    /// accents counts only as listed; a bare word for an accented one (<c>vila</c> for Czech <c>víla</c>, <c>fee</c> for
    /// <c>fée</c>) only in a prompt typed with no accents at all. Read only when the lookup found a word (rare): it allocates.
    /// Also left out of the list since session 41, as the list's own rule asks: words that are common ordinary words of
    /// another language (Turkish <c>gibi</c>, "like", the 22nd most frequent Turkish word, was Brazilian "comic book";
    /// Italian <c>conto</c>, a bill, and <c>conte</c>, a count; Indonesian <c>alamat</c>, an address), found with the
    /// frequent-word lists tools/precision48/collisions.py reads.
    /// </summary>
    private static bool WrittenAsFictionWord(TokenizedText text, int i)
    {
        ref readonly var token = ref text[i];
        var written = text.Source.AsSpan(token.SourceStart, token.SourceEnd - token.SourceStart);
        if (written.Length > 48)
        {
            return true;
        }

        Span<char> lower = stackalloc char[written.Length];
        written.ToLowerInvariant(lower);
        if (FictionWordsAsListed.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lower))
        {
            return true;
        }

        return AccentFolds.Marks(written).Length == 0 && AccentFolds.Marks(text.Source).Length == 0;
    }

    /// <summary>
    /// Session 33 (i16-namescased41): a likely name whose family name has its nation's family-name form (Turkish -oğlu, Slavic
    /// -ova/-enko/-ská, Greek -έλη/-άκη/-ου/-ίδη, Russian -ова/-ская/-енко: Ελεωνόρα Ζουγανέλη "στα τέσσερα … hentai στυλ", Canan
    /// Kaftancıoğlu "anime çizim") is a citizen's registered name, not a drawn character's: invented characters of anime, games
    /// and fan art are not named so. A style word says how the picture is drawn, not that its person is fictional, so such a
    /// name is kept. Endings: WorldNameShapes' Latin table, and the Greek and Cyrillic family-name forms of Wikipedia's "Greek
    /// name" and "Eastern Slavic naming customs" articles (facts).
    /// </summary>
    private static bool HasNationalFamilyName(in Evidence likely)
    {
        var term = likely.Term.AsSpan().TrimEnd();
        var space = term.LastIndexOf(' ');
        if (space < 0 || term.Length - space - 1 < 5)
        {
            return false;
        }

        Span<char> folded = stackalloc char[48];
        var length = 0;
        foreach (var c in term[(space + 1)..])
        {
            var f = CharFolding.FoldSlow(c.ToString());
            if (length + f.Length > folded.Length)
            {
                return false;
            }

            f.AsSpan().CopyTo(folded[length..]);
            length += f.Length;
        }

        var word = folded[..length];
        if (WorldNameShapes.HasFamilyEnding(word))
        {
            return true;
        }

        foreach (var ending in ScriptFamilyEndings)
        {
            if (word.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Fiction words that only name a drawing style (anime, hentai, ecchi, manga, cartoon): beside a name with a national
    /// family-name form they do not make its person a character. A character, a novel, fan art or a franchise still does.
    /// </summary>
    private static readonly CompactWordSet StyleWords = new(["anime", "hentai", "ecchi", "manga", "cartoon", "аниме", "хентаи", "ανιμε", "χενται"]);

    /// <summary>
    /// Session 36 (i16-namesframe44): the Japanese drawing styles (anime, hentai, ecchi, manga) as the spaced scripts write them.
    /// Not cartoon: Western cartoons name their characters as people are named (the test set's "Marla Quinby nude, cartoon
    /// style"), so a cartoon word still drops any name but a national family-name form.
    /// </summary>
    private static readonly CompactWordSet JapaneseStyleWords = new(["anime", "hentai", "ecchi", "manga", "аниме", "хентаи", "ανιμε", "χενται",
        "أنمي", "انمي", "انیمه", "אנימה", "מנגה", "مانغا", "مانجا", "مانگا", "एनीमे", "অ্যানিমে"]);

    /// <summary>The Japanese style words of the unspaced scripts (and Thai), as <see cref="JapaneseStyleWords"/>.</summary>
    private static readonly string[] StyleWordsUnspaced = ["アニメ", "漫画", "マンガ", "动漫", "애니", "만화", "อนิเมะ", "มังงะ"];

    /// <summary>
    /// Session 36 (i16-namesframe44): whether a style word leaves the likely name a person. Batches 38–43 named real people in
    /// anime-style prompts (أنمي، هيفاء حسين ترقص عارية; gaya anime, Niken Salindry …; anime art ni Jema Galanza), and the style
    /// word dropped each as a character. Drawn characters of anime and hentai are named in Japanese: kana or kanji, or
    /// romanised Japanese (Asuka Langley aside, a listed character is never a likely name). So a style word drops only a name
    /// of those shapes; a name with a national family-name form (session 33, tested by the caller), a name of another script
    /// (Arabic, Hebrew, Devanagari, Bengali, Greek, Cyrillic; not Thai, whose fans spell characters in Thai letters) and a Latin
    /// name with a word no romanised Japanese word can be (Tennant, Salindry: a closed syllable, a cluster, a letter Hepburn
    /// lacks) are kept. A character word, fan art or a franchise still
    /// drops any name.
    /// </summary>
    private static bool StyleKeepsName(in Evidence likely)
    {
        var term = likely.Term.AsSpan().Trim();
        var latin = false;
        foreach (var c in term)
        {
            if (Scripts.IsKana(c) || Scripts.IsHan(c) || Scripts.IsHangulSyllable(c) || Scripts.IsThai(c))
            {
                // kana, Han, Hangul: how drawn characters are named; Thai spells them too (นามิ วันพีซ, batch 43). Session 37
                // (i16-namescjk45): but a name of a citizen's registered shape is kept (RegisteredCjkShape).
                return RegisteredCjkShape(term);
            }

            latin |= char.IsAsciiLetter(c);
        }

        if (!latin)
        {
            return term.Length > 0;
        }

        foreach (var range in term.Split(' '))
        {
            if (!RomajiShaped(term[range]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Session 37 (i16-namescjk45): a likely name in Han, Hangul or Thai letters that has the shape of a registered name — Han
    /// only, three to five characters (a family name and a given name: 中町綾, 杨舒予, 郡和子, 美濃部紗英); a Korean family syllable and two
    /// given syllables as one word (강소휘, 심으뜸); a Thai given name and a family name, two words (ฐปณีย์ เอียดศรีไชย) — stays
    /// a person beside a drawing-style word (アニメ調, 动漫风, 애니풍, สไตล์อนิเมะ). Batches 42v–44 wrote eight real people so,
    /// every one dropped as a character; the characters such a prompt names are mostly on the fictional lists (checked first,
    /// they never reach here) or written with kana (涼宮ハルヒ, 鹿目まどか: kana-bearing names are still dropped), or as one
    /// Thai or Hangul transliteration (นามิ, 미사토). A character word (キャラ, 角色, 캐릭터, ตัวละคร), fan art or a franchise still
    /// drops any name; the reader that took the name decided its shape already, so the likely signal only reviews under mature.
    /// </summary>
    private static bool RegisteredCjkShape(ReadOnlySpan<char> term)
    {
        // A span that holds the style word itself (สไตล์อนิเมะ สาวผมยาว: the Thai pair reader took the style tag and the next
        // word) is no name.
        foreach (var word in FictionWordsUnspaced)
        {
            if (term.Contains(word, StringComparison.Ordinal))
            {
                return false;
            }
        }

        if (term.Contains("สไตล์", StringComparison.Ordinal) || term.Contains("ลายเส้น", StringComparison.Ordinal))
        {
            return false;
        }

        var han = 0;
        var hangul = 0;
        var thai = 0;
        var spaces = 0;
        foreach (var c in term)
        {
            if (Scripts.IsHan(c) || c == '々')
            {
                han++; // 々 repeats the kanji before it (野々宮)
            }
            else if (Scripts.IsHangulSyllable(c))
            {
                hangul++;
            }
            else if (Scripts.IsThai(c))
            {
                thai++;
            }
            else if (c == ' ')
            {
                spaces++;
            }
            else
            {
                return false; // kana, Latin or a mark: a drawn character's way of writing a name
            }
        }

        return (han == term.Length && han is >= 3 and <= 5)
            || (hangul == term.Length && hangul == 3)
            || (thai > 0 && thai + spaces == term.Length && spaces == 1);
    }

    /// <summary>
    /// Whether a Latin word can be romanised Japanese (Hepburn): syllables of at most one consonant, a y-glide, sh/ch/ts or a
    /// doubled consonant before a vowel, ending in a vowel or n (Tanaka, Shiori, Kazuha, Hattori). Linear, one pass.
    /// </summary>
    internal static bool RomajiShaped(ReadOnlySpan<char> word)
    {
        if (word.Length < 2)
        {
            return false;
        }

        var run = 0;
        var prev = '\0';
        foreach (var raw in word)
        {
            var c = char.ToLowerInvariant(raw);
            if (c is 'a' or 'e' or 'i' or 'o' or 'u')
            {
                run = 0;
            }
            else if (c is 'k' or 'g' or 's' or 'z' or 't' or 'd' or 'n' or 'h' or 'b' or 'p' or 'm' or 'y' or 'r' or 'w' or 'f' or 'j' or 'c')
            {
                run++;
                var glide = run == 2 && (c == 'y' || (c == 'h' && prev is 's' or 'c') || (c == 's' && prev == 't') || c == prev || prev == 'n');
                if (run > 2 || (run == 2 && !glide))
                {
                    return false;
                }
            }
            else
            {
                return false;
            }

            prev = c;
        }

        return run == 0 || (run == 1 && prev == 'n');
    }

    /// <summary>Greek and Cyrillic family-name endings, folded (no accents, σ for ς).</summary>
    private static readonly string[] ScriptFamilyEndings =
    [
        "ελη", "ακη", "ιδη", "ιδου", "πουλου", "ατου", "ογλου", "ακησ", "ιδησ", "πουλοσ", "ελησ", "ατοσ",
        "ова", "ева", "ская", "цкая", "енко", "чук", "ович", "евич", "овна", "евна", "ська", "цька",
    ];

    /// <summary>
    /// The words after an "as" word written right after the likely name ("Anke Rehlinger als nackte Nymphe", "Nora Fridrichová jako
    /// nahá slovanská bohyně"): up to five, the figure the name is cast as. (-1, -1) when the name has no "as" after it.
    /// </summary>
    private static (int From, int To) CastAs(TokenizedText text, in Evidence likely)
    {
        if (likely.Field != PromptField.Prompt)
        {
            return (-1, -1);
        }

        for (var k = 0; k + 1 < text.SequenceCount; k++)
        {
            if (text[k].SourceEnd == likely.SourceEnd)
            {
                return PersonDetector.OnlySpaceBetween(text.Source, text[k].SourceEnd, text[k + 1].SourceStart)
                    && SubjectNamePairs.IsAsWord(text.TextOf(in text[k + 1])) ? (k + 2, k + 6) : (-1, -1);
            }
        }

        return (-1, -1);
    }

    /// <summary>
    /// "fan art" written as two words, as most languages borrow it (fan art, фан-арт, فن آرت, פאן ארט, फैन आर्ट, ফ্যান আর্ট) or
    /// translate it (Arabic فن معجبين, "art of fans"): the same cue as the one word <c>fanart</c> (session 27, i16-precision31).
    /// </summary>
    private static bool HasFanArtPair(TokenizedText text)
    {
        for (var i = 0; i + 1 < text.SequenceCount; i++)
        {
            WorkCounter.Add(1);
            if (FanWords.Contains(text.TextOf(in text[i])) && ArtWords.Contains(text.TextOf(in text[i + 1])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The span is two words, a fan word and an art word of <see cref="FanWords"/> and <see cref="ArtWords"/> (a space or hyphen between).</summary>
    private static bool IsFanArtSpan(ReadOnlySpan<char> span)
    {
        var gap = span.IndexOfAny(' ', '-');
        return gap > 0 && FanWords.Contains(span[..gap]) && ArtWords.Contains(span[(gap + 1)..].Trim());
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FanWords =
        new HashSet<string>(StringComparer.Ordinal) { "fan", "фан", "φαν", "فن", "פאן", "फैन", "ফ্যান" }.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ArtWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "art", "арт", "αρτ", "آرت", "ارت", "معجبين", "المعجبين", "ארט", "आर्ट", "আর্ট",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Game, comic and animation franchises whose people are characters (Rules/Data/fiction-works.txt: Resident Evil, Mirror's
    /// Edge, The Witcher, Mass Effect, and their names in other scripts: ريزدنت إيفل, バイオハザード, Обитель зла): a likely
    /// real name in a prompt that names one ("Faith Connors från Mirror's Edge", "آدا وونغ من ريزدنت إيفل") is its character, as
    /// fan art names them (session 27, i16-precision31). Live-action films and series are left out: their actors are real
    /// people named beside them. Whole words only, case ignored; read only once a likely name was found.
    /// </summary>
    private static bool NamesFranchise(string source)
    {
        foreach (var work in FictionWorks.Value)
        {
            WorkCounter.Add(1);
            var at = source.IndexOf(work, StringComparison.OrdinalIgnoreCase);
            while (at >= 0)
            {
                var end = at + work.Length;
                if ((at == 0 || !char.IsLetterOrDigit(source[at - 1]))
                    && (end == source.Length || !char.IsLetter(source[end]) || (work.Length >= 6 && IsCaseEnding(source, end))))
                {
                    return true;
                }

                at = source.IndexOf(work, at + 1, StringComparison.OrdinalIgnoreCase);
            }
        }

        return false;
    }

    /// <summary>A Slavic case ending on a title (z Wiedźmina, из Мстителей): the title's stem is listed, the ending follows it.</summary>
    private static bool IsCaseEnding(string source, int end)
    {
        var k = end;
        while (k < source.Length && char.IsLetter(source[k]) && k - end < 4)
        {
            k++;
        }

        return k - end is >= 1 and <= 3 && (k == source.Length || !char.IsLetter(source[k]));
    }

    private static readonly Lazy<string[]> FictionWorks = new(() =>
    {
        using var reader = RuleDataFile.Open("fiction-works.txt");
        return [.. RuleDataFile.Rows(reader).Select(r => r.Trim().Normalize()).Where(r => r.Length >= 4).Distinct(StringComparer.Ordinal)];
    });
}
