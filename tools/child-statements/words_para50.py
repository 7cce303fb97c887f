"""Rows of child-statements.tsv added in session 42 (i16-para50), imported by build.py after words_para49.py: what only a small
child does or has, and a carer's act for the subject, generated per language from its nouns and verbs rather than listed as
phrases. Every class is written as the product of its parts, in the languages' own orders:
- BALLOON_LOST (thing): a balloon that got away (the language's balloon nouns x its "flew away / slipped away" forms): a small
  child's loss at a fair; an adult who lets one go is rare and a thing row is one hint, nothing alone;
- COMFORT (watch): a carer's act of comforting or soothing the one described (tröstet, console, consola, утешает, 哄, あやす, 달래):
  read only after a parent heading a later clause or acting on the subject (ChildDetails.ReadWeakCues), as the session-24 watch rows;
- CORRECT (watch): a carer correcting the subject's letters or mistakes (corregge, corrige, verbessert, поправляет, 纠正, 直して);
  a teacher correcting homework heading the prompt is the one described, as before (the first clause's parent is the subject);
- HEM (body): a parent's skirt, apron or sari end held by the subject (mum's skirt, jupe de sa mère, мамину юбку, শাড়ির আঁচল):
  the body kind, read only right beside a parent (BodyOf), so a skirt alone is no cue;
- PRAM / SEAT / DUMMY (thing): the subject IN a pram, pushchair or stroller (a bare pram is left out, as since session 22: a
  mother folding one is the commonest adult look-alike), the child seats of a bicycle or a car, the dummy (pacifier)
  in the languages whose forms the table lacked, and the child sitting IN a cargo bike's box (the frame "in the" x the noun:
  riding one is an adult's);
- LETTERS (thing): practising the first letters in a copybook (tracing hiragana, 田字格, 描红, 받아쓰기, прописи, คัดลายมือ);
- FAIR (thing): the fairground games of small children (goldfish scooping, duck fishing: 金魚すくい, 捞金鱼, Entenangeln, pêche aux
  canards), one hint each;
- FA_CLITIC (care-verb, watch): a Persian compound verb with the object clitic on its nominal part (هلش می‌دهد, pushes her);
- WINDOW (thing): the nose pressed to the window pane (waiting for the first star, the sleigh), the language's nose x pressed x glass.
Written for GenScreen from general knowledge of the languages (MIT, this project); no third-party list."""

ROWS = []


def add(kind, lang, *texts):
    for t in texts:
        ROWS.append((kind, lang, t))


# BALLOON_LOST: (balloon nouns, away forms, order) per language; order "na" = noun then verb, "an" = verb then noun.
BALLOON = {
    "en": (["balloon", "balloons"], ["floated away", "flew away", "drifted away", "slipped away", "got away"], "na"),
    "de": (["luftballon", "ballon"], ["weggeflogen", "davongeflogen", "losgelassen", "entwischt"], "na"),
    "fr": (["ballon"], ["s'est envolé", "envolé", "s'envole"], "na"),
    "es": (["globo"], ["se le escapó", "se escapó", "se voló", "salió volando"], "na"),
    "it": (["palloncino"], ["è volato via", "volato via", "vola via", "scappato"], "na"),
    "pt": (["balão", "balãozinho"], ["voou", "escapou", "saiu voando"], "na"),
    "nl": (["ballon", "ballonnetje"], ["weggevlogen", "vloog weg", "is weggevlogen"], "na"),
    "pl": (["balonik", "balon"], ["odleciał", "uciekł", "poleciał"], "na"),
    "cs": (["balónek", "balonek"], ["uletěl", "ulétl", "odletěl"], "na"),
    "sv": (["ballongen", "ballong"], ["flög iväg", "flög bort", "släppte"], "na"),
    "ru": (["шарик", "шарики", "воздушный шарик"], ["улетел", "улетели", "упустила", "упустил"], "na"),
    "uk": (["кулька", "кульку", "повітряна кулька"], ["полетіла", "відлетіла", "вилетіла"], "na"),
    "tr": (["balonu", "balonunu"], ["uçtu", "uçup gitti", "uçup", "kaçırdı"], "na"),
    "el": (["μπαλόνι", "μπαλονάκι"], ["πέταξε", "έφυγε", "ξέφυγε"], "na"),
    "he": (["הבלון", "בלון"], ["עף", "ברח"], "na"),
    "ar": (["البالون", "بالون"], ["طار", "أفلت", "هرب"], "na"),
    "fa": (["بادکنکش", "بادکنک"], ["پرید", "رفت هوا", "از دستش رفت", "در رفت"], "na"),
    "hi": (["गुब्बारा"], ["उड़ गया", "छूट गया", "हाथ से छूट गया"], "na"),
    "bn": (["বেলুন", "বেলুনটা"], ["উড়ে গেছে", "উড়ে গেল", "হাত থেকে ছুটে গেল"], "na"),
    "id": (["balonnya", "balon"], ["terbang", "lepas", "terlepas"], "na"),
    "vi": (["bóng bay"], ["bay mất", "bay đi", "tuột tay"], "na"),
    "tl": (["lobo"], ["nakawala", "lumipad"], "na"),
}
# Tagalog says the act first (nabitawan ang lobo): the verb before the noun's phrase.
BALLOON_BEFORE = {"tl": ["nabitawan ang lobo", "nakawalang lobo"], "th": ["ลูกโป่งลอยไป", "ลูกโป่งหลุดมือ"],
                  "ja": ["風船が飛んで", "風船を飛ばして", "風船が飛んでいって"], "zh": ["气球飞走", "气球飞了", "气球跑了"],
                  "ko": ["풍선이 날아", "풍선을 놓쳐", "풍선을 놓친"]}


def balloons():
    for lang, (nouns, verbs, order) in BALLOON.items():
        for n in nouns:
            for v in verbs:
                add("thing", lang, f"{n} {v}" if order == "na" else f"{v} {n}")
    for lang, texts in BALLOON_BEFORE.items():
        add("thing", lang, *texts)


# COMFORT and CORRECT: the carer's act on the one described (watch rows).
COMFORT = {
    "en": ["comforts her", "comforts him", "comforting her", "comforting him", "soothes her", "soothes him", "cheers her up", "cheers him up"],
    "de": ["tröstet", "tröstet ihn", "tröstet sie", "beruhigt ihn", "beruhigt sie"],
    "fr": ["la console", "le console", "la réconforte", "le réconforte"],
    "es": ["la consuela", "lo consuela", "consuela", "la calma", "lo calma"],
    "it": ["la consola", "lo consola", "la coccola", "lo coccola"],
    "pt": ["a consola", "o consola", "a acalma", "o acalma"],
    "nl": ["troost", "troost haar", "troost hem"],
    "pl": ["pociesza", "pociesza ją", "pociesza go", "uspokaja"],
    "cs": ["utěšuje", "ji utěšuje", "ho utěšuje", "konejší"],
    "sv": ["tröstar", "tröstar henne", "tröstar honom"],
    "ru": ["утешает", "успокаивает", "утешает её", "утешает его"],
    "uk": ["втішає", "заспокоює", "втішає її", "втішає його"],
    "tr": ["avutuyor", "teselli ediyor", "susturuyor"],
    "el": ["την παρηγορεί", "τον παρηγορεί", "παρηγορεί"],
    "he": ["מרגיעה אותה", "מרגיע אותה", "מנחמת אותה", "מנחם אותו"],
    "ar": ["تواسيها", "يواسيها", "تهدئها", "يهدئه"],
    "fa": ["دلداری می‌دهد", "آرامش می‌کند", "دلداریش می‌دهد"],
    "hi": ["चुप करा रही", "चुप करा रहे", "बहला रही", "बहला रहे"],
    "bn": ["ভোলাচ্ছে", "থামাচ্ছে", "সান্ত্বনা দিচ্ছে"],
    "id": ["menghiburnya", "menenangkannya", "membujuknya"],
    "vi": ["dỗ", "dỗ dành", "vỗ về"],
    "tl": ["pinapatahan", "inaalo", "pinapakalma"],
    "zh": ["哄她", "哄他", "安慰她", "安慰他"], "ja": ["あやして", "なぐさめて", "慰めて"], "ko": ["달래 주", "달래 준", "달래고"],
}
CORRECT = {
    "en": ["corrects her letters", "corrects his letters", "corrects her spelling", "corrects his spelling", "checks her letters"],
    "de": ["verbessert", "korrigiert", "verbessert die fehler", "korrigiert die fehler"],
    "fr": ["corrige", "corrige les fautes", "lui corrige"],
    "es": ["corrige", "le corrige", "corrige las letras"],
    "it": ["corregge", "gli corregge", "le corregge", "corregge gli errori"],
    "pt": ["corrige", "corrige as letras", "corrige os erros"],
    "nl": ["verbetert", "verbetert de fouten", "verbetert de spelfouten"],
    "pl": ["poprawia", "poprawia błędy", "poprawia litery"],
    "cs": ["opravuje", "mu opravuje", "jí opravuje", "opravuje chyby"],
    "sv": ["rättar", "rättar stavningen", "rättar felen"],
    "ru": ["поправляет", "исправляет", "исправляет ошибки", "поправляет буквы"],
    "uk": ["виправляє", "поправляє", "виправляє помилки"],
    "tr": ["düzeltiyor", "hatalarını düzeltiyor"],
    "el": ["διορθώνει", "διορθώνει τα λάθη"],
    "he": ["מתקנת", "מתקן", "מתקנת לה", "מתקן לו"],
    "ar": ["تصحح له", "يصحح له", "تصحح لها", "يصحح لها"],
    "fa": ["غلط‌هایش را می‌گیرد", "تصحیح می‌کند"],
    "hi": ["गलतियाँ सुधार", "सुधार रहे", "सुधार रही"],
    "bn": ["ভুল শুধরে", "শুধরে দিচ্ছে", "শুধরে দিচ্ছেন"],
    "id": ["membetulkan", "mengoreksi"],
    "vi": ["sửa cho", "sửa lỗi"],
    "tl": ["itinatama", "inaayos ang sulat"],
    "zh": ["在旁边纠正", "纠正笔顺", "检查作业"], "ja": ["横で直して", "直してあげ", "直してくれ"], "ko": ["고쳐 주", "고쳐 준", "고쳐 줬"],
}


def acts():
    for lang, texts in COMFORT.items():
        add("watch", lang, *texts)
    for lang, texts in CORRECT.items():
        add("watch", lang, *texts)


# HEM: the parent's garment the small child holds (body rows, read only beside a parent).
HEM = {
    "en": ["skirt", "apron", "hem", "sari"], "de": ["rockzipfel", "schürze", "rocksaum"],
    "fr": ["jupe", "tablier"], "es": ["falda", "delantal"], "it": ["gonna", "grembiule"], "pt": ["saia", "avental"],
    "nl": ["rok", "schort"], "pl": ["spódnicę", "spódnicy", "fartuch"], "cs": ["sukni", "zástěru"], "sv": ["kjolen", "kjol", "förklädet"],
    "ru": ["юбку", "юбку мамы", "подол", "фартук"], "uk": ["спідницю", "поділ", "фартух"], "tr": ["eteğine", "eteğini", "eteği"],
    "el": ["φούστα", "ποδιά"], "he": ["החצאית", "חצאית", "הסינר"], "ar": ["تنورة", "طرف تنورة"],
    "fa": ["دامن", "گوشه چادر"], "hi": ["साड़ी", "पल्लू", "साड़ी का पल्लू", "दुपट्टा"], "bn": ["শাড়ির", "আঁচল", "শাড়ির আঁচল"],
    "id": ["ujung rok", "ujung kain"], "vi": ["vạt áo", "váy", "tà áo"], "tl": ["palda", "laylayan"],
}
# Russian and Ukrainian say the parent's garment with the possessive adjective of the parent (мамину юбку, мамин подол).
HEM_OWNED = {"ru": ["мамину юбку", "мамин подол", "бабушкин фартук", "мамин фартук"], "uk": ["мамину спідницю", "мамин фартух"]}


def hems():
    for lang, texts in HEM.items():
        add("body", lang, *texts)
    for lang, texts in HEM_OWNED.items():
        add("thing", lang, *texts)


# The pram named bare is left out, as since session 22 (words.py BARE_LEFT_OUT: a young mother folding one is the commonest adult
# look-alike); only the subject IN one is read: the language's "in" x its pram nouns, or the locative form itself. The dummy and
# the child seats (a seat only a child sits in) are read bare; a bare "Kindersitz", "fotelik", "bike seat" or a car's seat is not.
PRAM_IN = {
    "en": ["in the pushchair", "in her pushchair", "in his pushchair", "in the pram", "in her pram", "in his pram", "in the stroller", "in her stroller", "in his stroller"],
    "es": ["en la carriola", "en su carriola", "en el cochecito", "en su cochecito", "en la sillita de paseo"],
    "it": ["nel passeggino", "nella carrozzina", "nel suo passeggino"], "pt": ["no carrinho de bebê", "no carrinho de bebé", "no carrinho dela", "no carrinho dele"],
    "fr": ["dans sa poussette", "dans la poussette", "dans son landau", "dans le landau"], "de": ["im kinderwagen", "im buggy"],
    "nl": ["in de kinderwagen", "in de buggy", "in zijn buggy", "in haar buggy"], "pl": ["w wózku", "w spacerówce"], "cs": ["v kočárku"],
    "sv": ["i barnvagnen", "i sittvagnen"], "ru": ["в коляске"], "uk": ["у візочку", "в візочку"], "tr": ["pusette", "pusetinde", "bebek arabasında"],
    "el": ["στο καροτσάκι"], "he": ["בעגלה"], "ar": ["في عربة الطفل", "في عربة الأطفال"], "hi": ["प्रैम में"], "bn": ["প্র্যামে"],
    "id": ["di kereta dorong", "di stroller"], "vi": ["trong xe đẩy"], "tl": ["sa stroller"], "th": ["ในรถเข็นเด็ก"],
    "ja": ["ベビーカーで", "ベビーカーに乗"], "zh": ["婴儿车里"], "ko": ["유모차에서", "유모차에 탄"],
}
PRAM = {
    "es": ["chupón", "chupete", "sillita del coche"], "it": ["ciuccio", "ciucciotto", "seggiolino della bici", "seggiolino dell'auto", "seggiolino auto"],
    "pt": ["chupeta", "cadeirinha do carro", "cadeirinha da bicicleta"], "fr": ["tétine", "siège vélo enfant", "porte-bébé vélo"],
    "de": ["schnuller", "fahrradkindersitz", "kindersitz am fahrrad", "im kindersitz"], "nl": ["speen", "speentje", "fietsstoeltje", "autostoeltje", "maxi-cosi"],
    "pl": ["smoczek", "smoczkiem", "fotelik rowerowy", "foteliku samochodowym"], "cs": ["dudlík", "dudlíkem", "autosedačce", "autosedačka", "sedačce na kole"],
    "sv": ["napp", "nappen", "bilbarnstolen", "cykelsitsen", "cykelsits"],
    "ru": ["соской", "соска", "пустышкой", "пустышка", "автокресле", "детском кресле", "велокресле"], "uk": ["пустушкою", "соскою", "автокріслі", "велокріслі"],
    "tr": ["emzik", "emzikle", "çocuk koltuğunda"], "el": ["πιπίλα", "πιπίλα στο στόμα", "καθισματάκι", "παιδικό κάθισμα"],
    "he": ["מוצץ", "כיסא בטיחות", "בכיסא הבטיחות", "מושב אופניים לילדים"], "ar": ["لهاية", "اللهاية", "مصاصة الطفل", "كرسي الأطفال في السيارة"],
    "fa": ["پستانک", "صندلی کودک", "صندلی ماشین کودک"], "hi": ["चुसनी", "चुसनी मुँह में"], "bn": ["চুষিকাঠি"],
    "id": ["empeng", "ngempeng", "kursi bayi", "boncengan sepeda anak"], "vi": ["ti giả", "núm vú giả", "ghế ngồi xe đạp trẻ em", "ghế trẻ em"],
    "tl": ["tsupon", "pacifier"], "en": ["dummy in her mouth", "dummy in his mouth", "child seat", "child bike seat"],
    "th": ["จุกหลอก", "คาร์ซีท"], "ja": ["おしゃぶり", "チャイルドシート", "子ども乗せ", "ママチャリの後ろ", "自転車の後ろの座席"],
    "zh": ["安抚奶嘴", "儿童座椅", "儿童安全座椅", "后座的儿童座椅"], "ko": ["쪽쪽이", "공갈젖꼭지", "카시트", "유아 안장", "유아 시트"],
}
# Sitting in a cargo bike's box is a small child's ride; riding one is an adult's: "in the" x the noun.
CARGO = {"en": ["in the cargo bike", "in the box of the cargo bike"], "de": ["im lastenrad", "in der kiste vom lastenrad"],
         "nl": ["in de bakfiets", "voorin de bakfiets", "in de bak van de bakfiets"],
         "sv": ["i lådcykeln"], "fr": ["dans le vélo cargo", "dans le biporteur"], "it": ["nella cargo bike"]}


def prams():
    for table in (PRAM_IN, PRAM):
        for lang, texts in table.items():
            add("thing", lang, *texts)
    for lang, texts in CARGO.items():
        add("thing", lang, *texts)


LETTERS = {
    "ja": ["ひらがなの練習", "なぞり書き", "ひらがな練習帳", "練習帳"],
    "zh": ["田字格", "描红", "拼音本", "练写生字", "写拼音"],
    "ko": ["받아쓰기", "받아쓰기 공책", "한글 쓰기 공책"],
    "ru": ["прописи", "прописях", "палочки и крючочки"], "uk": ["прописи", "прописах", "палички і гачечки"],
    "th": ["คัดลายมือ", "สมุดคัดลายมือ"],
    # No rows of bare letters (ก ไก่, अ आ इ ई, অ আ ক খ): a row opening on one consonant is a trigger inside every word that
    # opens with it once a vowel sign splits the word (के -> क), and a trigger anywhere stops the later readers (session 42).
    "ar": ["دفتر الخط", "كراسة الخط"], "fa": ["دفتر مشق", "مشق می‌نویسد"], "he": ["מחברת אותיות"],
    "en": ["tracing letters", "tracing her letters", "tracing his letters", "handwriting worksheet"],
    "de": ["schreibheft", "buchstaben nachspuren", "schwungübungen"], "fr": ["cahier d'écriture", "lignes d'écriture"],
    "es": ["cuaderno de caligrafía"], "it": ["quaderno a righe di prima", "pregrafismo"],
    "pt": ["caderno de caligrafia"], "tr": ["yazı defteri"], "id": ["buku tulis halus", "belajar menulis huruf"],
    "vi": ["vở tập viết", "tập viết chữ"], "tl": ["nagsasanay magsulat ng abakada", "abakada"],
}
FAIR = {
    "ja": ["金魚すくい", "ヨーヨー釣り", "スーパーボールすくい"], "zh": ["捞金鱼", "套圈"], "ko": ["금붕어 뜨기"],
    "en": ["goldfish scooping", "scooping goldfish", "hook-a-duck", "hook a duck"], "de": ["entenangeln", "goldfischangeln"],
    "nl": ["eendjes vissen", "eendjes vangen"], "fr": ["pêche aux canards"], "es": ["pesca de patitos"], "it": ["pesca dei paperotti", "pesca delle paperelle"],
    "pt": ["pescaria de patinhos"], "pl": ["łowienie kaczek"], "cs": ["chytání kačenek"], "sv": ["fiskdamm", "fiskdammen"],
}
WINDOW = {
    "en": ["nose pressed to the window", "nose pressed to the glass", "nose pressed against the window", "nose pressed against the glass"],
    "de": ["nase an der scheibe", "nase ans fenster gedrückt", "nase an die scheibe gedrückt"],
    "fr": ["nez collé à la vitre", "le nez collé à la fenêtre", "nez contre la vitre"],
    "es": ["nariz pegada al cristal", "nariz pegada a la ventana"], "it": ["naso schiacciato contro il vetro", "naso appiccicato al vetro"],
    "pt": ["nariz colado no vidro", "nariz encostado na janela"], "nl": ["neus tegen het raam", "neus tegen de ruit"],
    "pl": ["nos przyklejony do szyby", "nosem przyklejonym do szyby"], "cs": ["nos přitisknutý na sklo", "nosem na skle"],
    "sv": ["näsan mot rutan", "näsan tryckt mot fönstret"], "ru": ["носом к стеклу", "нос прижат к стеклу", "прижавшись носом к стеклу"],
    "uk": ["носом до скла", "притулившись носом до скла"], "tr": ["burnunu cama dayamış", "burnu camda"],
    "el": ["τη μύτη κολλημένη στο τζάμι"], "he": ["האף צמוד לחלון", "האף מודבק לזכוכית"],
}


def things():
    for table in (LETTERS, FAIR, WINDOW):
        for lang, texts in table.items():
            add("thing", lang, *texts)


# Persian compound verbs take the object clitic -ش on their nominal part (هل می‌دهد, pushes -> هلش می‌دهد, pushes him/her; تکان
# می‌دهد -> تکانش می‌دهد): every fa care-verb or watch row "N <light verb>" is written again with N + ش.
FA_LIGHT = ("می‌دهد", "میدهد", "می دهد", "میده")


def persian_clitic(existing):
    for kind, lang, text in existing:
        if lang == "fa" and kind in ("care-verb", "watch") and " " in text:
            noun, _, verb = text.partition(" ")
            if verb in FA_LIGHT and not noun.endswith("ش") and len(noun) >= 2:
                add(kind, "fa", f"{noun}ش {verb}")


def build(existing):
    persian_clitic(existing)
    balloons()
    acts()
    hems()
    prams()
    things()
    return ROWS
