#!/usr/bin/env python3
"""Writes src/GenScreen.Core/Prompts/Rules/Data/surroundings-cues.tsv (session 25, i16-roles29): the words by which a
prompt pins down one person of the user's own surroundings, in the 26 languages, read by Rules/Surroundings.cs.

- `covert`: the picture is taken secretly ("taken secretly", "hidden camera", "photo volée", "heimlich fotografiert",
  "foto a escondidas", "скрытая камера", "gizlice çekilmiş", "צילום בגניבה", "صورة مسروقة", "عکس یواشکی", "छुपकर ली गई",
  "লুকিয়ে তোলা", "แอบถ่าย", "chụp lén", "diam-diam", "patago", 盗撮, 偷拍, 몰카). Someone photographed without knowing it
  is a real person: beside a person of the user's life (a real-person hint or a `neighbour` word) and suggestive content,
  the prompt asks a voyeur picture of that person.
- `neighbour`: a person who lives next to the user, said without "my" (옆집 아줌마, 隣の家の奥さん, 隔壁邻居, เมียข้างบ้าน,
  পাশের বাড়ির বৌদি, सामने वाले फ्लैट की भाभी, زن همسایه, השכנה, la vecina, die Nachbarin). Read only with a `covert` or
  `dwelling` cue.
- `dwelling`: where in the user's building or street that person lives ("from the third floor", "upstairs", "next door",
  "aus dem dritten Stock", "del quinto", "du dessus", "с пятого этажа", "alt kattaki", "מהקומה השלישית", "طبقه بالا",
  "ข้างบ้าน", "nhà bên", "sebelah rumah"): with a relation it singles out the one person.
- `intimate`: underwear as a whole outfit (underwear, bra and panties, Unterwäsche, ropa interior, нижнее бельё, 下着, 속옷,
  内衣, ชุดชั้นใน, đồ lót, daleman): matched inside the prompt's sexual term. The lexicons rate underwear with swimwear
  (level 1, revealing); on a person singled out it is as suggestive as lingerie (PromptRules).
Written for GenScreen from general knowledge of each language (MIT, this project). Rows are lower case; Latin, Cyrillic
and Greek rows also without diacritics where typed so. A Latin cue matches at a word start.
Run: python3 tools/roles29/surroundings_cues.py
"""
import os, unicodedata

COVERT = {
"en": "taken secretly|secretly taken|secretly photographed|secretly filmed|hidden camera|hidden cam|spy cam|spycam|creepshot|upskirt|voyeur shot|voyeur photo|voyeur style|peeping|sneaky photo|sneak photo|caught on a hidden",
"de": "heimlich fotografiert|heimlich aufgenommen|heimlich gefilmt|heimliches foto|versteckte kamera|spannerfoto|spanner-foto|durchs fenster fotografiert",
"fr": "photo volée|photo volee|photographiée en cachette|photographiee en cachette|prise en cachette|en cachette|caméra cachée|camera cachee|à son insu|a son insu|voyeur",
"es": "a escondidas|foto robada|cámara oculta|camara oculta|sin que se dé cuenta|sin que se de cuenta|sin que lo sepa|tomada en secreto|mirón|miron",
"it": "foto rubata|di nascosto|telecamera nascosta|a sua insaputa|scattata di nascosto|guardone",
"pt": "foto escondida|escondido|às escondidas|as escondidas|câmera escondida|camera escondida|foto roubada|sem ela saber|sem que ela saiba",
"nl": "stiekem gefotografeerd|stiekem gefilmd|stiekeme foto|verborgen camera|verstopte camera|gluurfoto|zonder dat ze het weet",
"pl": "z ukrycia|ukryta kamera|ukrytej kamery|potajemnie|po kryjomu|bez jej wiedzy|podglądan|podgladan",
"cs": "tajně vyfocen|tajne vyfocen|skrytá kamera|skryta kamera|skrytou kamerou|potají|potaji|bez jejího vědomí|bez jejiho vedomi|šmírák|smirak",
"sv": "smygfotad|smygfotat|smygfilmad|dold kamera|i smyg|utan att hon vet|fönstertittar|fonstertittar",
"ru": "скрытно|скрытая камера|скрытой камеры|скрытой камерой|тайком|втихаря|исподтишка|без её ведома|без ее ведома|подглядыва",
"uk": "потайки|таємно знят|прихована камера|прихованою камерою|крадькома|нишком|без її відома|підгляда",
"tr": "gizlice|gizli kamera|habersizce|haberi olmadan|röntgen|rontgen|röntgenci|rontgenci",
"el": "κρυφή φωτογραφία|κρυφη φωτογραφια|κρυφά|κρυφα|κρυφή κάμερα|κρυφη καμερα|χωρίς να το ξέρει|ηδονοβλεψ",
"he": "בגניבה|בסתר|מצלמה נסתרת|במצלמה נסתרת|בלי שהיא יודעת|מציצנות|מציצן",
"ar": "صورة مسروقة|خلسة|كاميرا خفية|كاميرا مخفية|من غير ما تعرف|دون علمها|بدون علمها|تلصص|بالخفية|بالسر",
"fa": "یواشکی|مخفیانه|دوربین مخفی|پنهانی|بدون اینکه بفهمه|دزدکی|چشم‌چرانی|دید زدن",
"hi": "छुपकर|छिपकर|चुपके से|छुपा कैमरा|छिपा कैमरा|हिडन कैमरा|बिना बताए|chupke se|chhupkar|chupkar",
"bn": "লুকিয়ে|গোপনে তোলা|গোপনে|লুকানো ক্যামেরা|গোপন ক্যামেরা|না জানিয়ে",
"th": "แอบถ่าย|กล้องแอบถ่าย|ถ่ายแอบ|แอบส่อง|แอบดู|กล้องซ่อน",
"vi": "chụp lén|chụp trộm|quay lén|camera ẩn|camera giấu kín|lén chụp|nhìn trộm|không biết bị chụp",
"id": "diam-diam|diam diam|kamera tersembunyi|candid diam|ngintip|mengintip|tanpa sepengetahuan|foto curian",
"tl": "patago|palihim|nakatagong camera|hidden cam|sinilip|pasilip|boso",
"ja": "盗撮|隠し撮り|隠しカメラ|こっそり撮|のぞき|覗き",
"zh": "偷拍|偷窥|针孔摄像|隐藏摄像头|偷偷拍|偷看",
"ko": "몰카|몰래 찍|몰래카메라|도촬|훔쳐보|숨겨진 카메라",
}

NEIGHBOUR = {
"en": "neighbour|neighbor|lady upstairs|woman upstairs|woman who lives upstairs|woman who lives next door|lady next door|woman next door",
"de": "nachbarin|nachbar|nachbarn|nachbars",
"fr": "voisine|voisin",
"es": "vecina|vecino",
"it": "vicina di casa|vicino di casa|la vicina|il vicino|mia vicina|mio vicino|del vicino|della vicina|dei vicini",
"pt": "vizinha|vizinho",
"nl": "buurvrouw|buurman|buurmeisje",
"pl": "sąsiadk|sasiadk|sąsiad|sasiad",
"cs": "sousedk|soused",
"sv": "grann",
"ru": "соседк|сосед",
"uk": "сусідк|сусід",
"tr": "komşu|komsu",
"el": "γειτόνισσα|γειτονισσα|γείτον|γειτον",
"he": "השכנה|השכן|שכנה|שכן|שכנתי|השכנים",
"ar": "جارتي|جارتنا|جارنا|جاري|الجارة|جارة|جيران",
"fa": "همسایه|همسایمون|همسایه‌مون",
"hi": "पड़ोसन|पड़ोसी|पडोसन|पडोसी|बगल वाले घर|बगल वाली|सामने वाले फ्लैट|सामने वाले घर|सामने वाली|ऊपर वाले फ्लैट|padosan|padosi",
"bn": "প্রতিবেশী|পাশের বাড়ির|পাশের ফ্ল্যাটের|উপরের ফ্ল্যাটের|নিচের ফ্ল্যাটের|সামনের বাড়ির|পাশের বাসার",
"th": "ข้างบ้าน|เพื่อนบ้าน|บ้านตรงข้าม|ห้องข้างๆ",
"vi": "hàng xóm|nhà bên|nhà đối diện",
"id": "tetangga",
"tl": "kapitbahay",
"ja": "隣の家|隣の部屋|お隣|隣人|向かいの家|向かいの部屋|上の階の|下の階の|近所の奥さん",
"zh": "邻居|隔壁|对门|楼上的|楼下的",
"ko": "옆집|앞집|윗집|아랫집|이웃집|이웃",
}

DWELLING = {
"en": "upstairs|downstairs|across the hall|across the street|from the third floor|from the second floor|from the first floor|from the fourth floor|from the fifth floor|from flat|from apartment|from number",
"de": "aus dem ersten stock|aus dem zweiten stock|aus dem dritten stock|aus dem vierten stock|aus dem fünften stock|aus dem erdgeschoss|von oben|von unten|von gegenüber|von nebenan|nebenan|gegenüber",
"fr": "du dessus|du dessous|d'en face|du premier|du deuxième|du deuxieme|du troisième|du troisieme|du quatrième|du cinquième|du rez-de-chaussée|de palier|d'à côté|d'a cote",
"es": "del primero|del segundo|del tercero|del cuarto|del quinto|del sexto|del bajo|de arriba|de abajo|de enfrente|de al lado|del piso de arriba|del 1º|del 2º|del 3º|del 4º|del 5º",
"it": "del piano di sopra|del piano di sotto|di sopra|di fronte|della porta accanto|del primo piano|del secondo piano|del terzo piano|del quarto piano",
"pt": "do lado|da frente|de cima|de baixo|do primeiro|do segundo|do terceiro|do 1.º|do 2.º|do 3.º|do 3º|do 2º|do 1º|esquerdo|direito",
"nl": "van boven|van beneden|van hiernaast|van de overkant|van driehoog|van tweehoog|van drie hoog|van twee hoog|van de eerste verdieping|van de tweede verdieping|van de derde verdieping",
"pl": "z góry|z gory|z dołu|z dolu|z naprzeciwka|z parteru|z pierwszego piętra|z drugiego piętra|z trzeciego piętra|z pierwszego pietra|z drugiego pietra|z trzeciego pietra|zza ściany|zza sciany|obok",
"cs": "odvedle|z vedlejšího|z vedlejsiho|z patra|z přízemí|z prizemi|odnaproti|z horního patra|z horniho patra|ze třetího patra|ze tretiho patra|z druhého patra|z druheho patra",
"sv": "på våning|pa vaning|ovanpå|ovanpa|under oss|bredvid|mittemot|tvärs över|tvars over",
"ru": "этажа|этажом|сверху|снизу|напротив|по лестничной площадке|из соседней квартиры|из квартиры напротив|из нашего подъезда",
"uk": "поверху|поверхом|зверху|знизу|навпроти|з нашого під'їзду|з сусідньої квартири",
"tr": "üst kattaki|ust kattaki|alt kattaki|karşı daire|karsi daire|karşı dairedeki|karsi dairedeki|yan dairedeki|yan evdeki|karşı evdeki|karsi evdeki|katta oturan|kattaki",
"el": "από δίπλα|απο διπλα|από πάνω|απο πανω|από κάτω|απο κατω|απέναντι|απεναντι|ορόφου|οροφου",
"he": "מהקומה|מלמעלה|מלמטה|ממול|מהדירה|מהבניין|מהבית ליד",
"ar": "في الدور|الدور التالت|الدور الثالث|الطابق|اللي فوقنا|اللي تحتنا|اللي قصادنا|اللي جنبنا|الشقة اللي",
"fa": "طبقه بالا|طبقه پایین|طبقه|روبرویی|روبروی|بغلی|واحد بغل",
"hi": "बगल वाले|सामने वाले|ऊपर वाले|नीचे वाले|फ्लैट की|मंजिल",
"bn": "পাশের বাড়ির|উপরের ফ্ল্যাটের|নিচের ফ্ল্যাটের|সামনের বাড়ির|পাশের ফ্ল্যাটের|তলার",
"th": "ข้างบ้าน|ติดกัน|ฝั่งตรงข้าม|ชั้นบน|ชั้นล่าง|ห้องข้างๆ",
"vi": "nhà bên|nhà đối diện|tầng trên|tầng dưới|phòng bên|sát vách",
"id": "sebelah rumah|depan rumah|sebelah|lantai atas|lantai bawah|samping rumah",
"tl": "katabi|katapat|sa taas|sa baba|kabilang bahay",
"ja": "隣の|向かいの|上の階|下の階|お隣",
"zh": "隔壁|对门|楼上|楼下|对面",
"ko": "옆집|앞집|윗집|아랫집|위층|아래층",
}

INTIMATE = {
"en": "underwear|bra and panties|bra & panties|panties|knickers|bra|undies|lingerie",
"de": "unterwäsche|unterwasche|bh|höschen|hoschen|slip|unterhose|dessous",
"fr": "sous-vêtement|sous-vetement|sous vêtement|sous vetement|culotte|soutien-gorge|soutien gorge|petite tenue",
"es": "ropa interior|bragas|sujetador|calzones|brasier",
"it": "biancheria intima|intimo|mutandine|reggiseno|slip",
"pt": "roupa íntima|roupa intima|roupa de baixo|calcinha|sutiã|sutia|cueca",
"nl": "ondergoed|onderbroek|slipje|beha|bh",
"pl": "bieliźn|bielizn|majtk|stanik|biustonosz",
"cs": "spodní prádl|spodni pradl|spodním prádl|spodnim pradl|kalhotk|podprsenk",
"sv": "underkläder|underklader|trosor|behå|beha|bh",
"ru": "нижнем бель|нижнее бель|нижнего бель|трусик|трусах|трусы|лифчик|бюстгальтер",
"uk": "нижній білизн|нижня білизн|спідній білизн|трусик|трусах|ліфчик|бюстгальтер",
"tr": "iç çamaşır|ic camasir|sütyen|sutyen|külot|kulot",
"el": "εσώρουχ|εσωρουχ|σουτιέν|σουτιεν|κιλοτ",
"he": "תחתונים|הלבשה תחתונה|חזייה|חזיה",
"ar": "ملابس داخلية|ملابس الداخلية|لانجري|سنتيان|حمالة صدر|كلوت",
"fa": "لباس زیر|شورت|سوتین",
"hi": "ब्रा|पैंटी|अंडरवियर|अंतःवस्त्र|पेटीकोट",
"bn": "ব্রা|প্যান্টি|অন্তর্বাস|সায়া|আন্ডারওয়্যার",
"th": "ชุดชั้นใน|กางเกงใน|ยกทรง|บรา",
"vi": "đồ lót|quần lót|áo lót|nội y",
"id": "daleman|pakaian dalam|celana dalam|bh|beha",
"tl": "panty|bra|underwear|salawal",
"ja": "下着|パンツ|ブラ|ショーツ",
"zh": "内衣|内裤|胸罩|文胸",
"ko": "속옷|팬티|브라",
}

def strip(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")

def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "src", "GenScreen.Core", "Prompts", "Rules", "Data", "surroundings-cues.tsv")
    rows = []
    for kind, table in (("covert", COVERT), ("neighbour", NEIGHBOUR), ("dwelling", DWELLING), ("intimate", INTIMATE)):
        for lang, terms in table.items():
            seen = set()
            for t in terms.split("|"):
                t = t.strip().lower()
                for v in (t, strip(t) if lang in ("en", "de", "fr", "es", "it", "pt", "nl", "pl", "cs", "sv", "tr", "vi", "id", "tl") else t):
                    if v and v not in seen:
                        seen.add(v)
                        rows.append(f"{kind}\t{lang}\t{v}")
    head = [l for l in __doc__.splitlines()]
    with open(out, "w", encoding="utf-8") as f:
        f.write("# Surroundings cues (session 25, i16-roles29): words that pin down one person of the user's own surroundings.\n")
        f.write("# Columns: kind (covert, neighbour, dwelling, intimate), language, cue (lower case; a Latin cue matches at a word start).\n")
        f.write("# covert: the picture is taken secretly; neighbour: a person living next to the user, said without 'my'; dwelling: where\n")
        f.write("# in the building or street they live; intimate: underwear as an outfit, matched inside the prompt's sexual term.\n")
        f.write("# Read by Rules/Surroundings.cs. Written for GenScreen from general knowledge of each language (MIT, this project) by\n")
        f.write("# tools/roles29/surroundings_cues.py.\n")
        for r in rows: f.write(r + "\n")
    print(len(rows), "rows")

if __name__ == "__main__":
    main()
