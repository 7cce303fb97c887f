#!/usr/bin/env python3
"""Writes src/GenScreen.Core/Prompts/Rules/Data/dwelling-cues.tsv (session 43, i16-roles51): the word classes by which a
prompt singles out one person of the user's home by where that person lives relative to the user ("the woman upstairs",
"die Frau aus der Wohnung über mir", "la mujer que vive al lado", "соседка сверху", "üst kattaki kadın", 楼上的女人,
윗집 여자). Read by Rules/DwellingNeighbours.cs beside a sexual signal only. Written for GenScreen from general knowledge of
each language (MIT, this project).

Kinds:
  noun      a person noun that a dwelling position singles out (woman, man, guy, neighbour...)
  neighbour a neighbour noun: the only nouns the looser positions (next door, from across the street) single out
  after     a dwelling position written after its noun (upstairs, from the flat above, del piso de arriba, طبقه بالا)
  after-n   the same, read after a neighbour noun only (next door, сверху: also a camera angle or a trope otherwise)
  before    a dwelling position written before its noun (üst kattaki, 楼上的, 윗집, ऊपर वाली)
The relative clauses ("who lives upstairs", "die über mir wohnt", "qui habite au-dessus") are generated per language from
its relative pronouns, live verbs and positions, in the language's order. Camera angles and sex positions (from above, on
top, über mir, сверху alone) are never positions.
Run: python3 tools/roles51/dwelling_cues.py
"""
import os
import unicodedata

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "src/GenScreen.Core/Prompts/Rules/Data/dwelling-cues.tsv")


def strip(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def rel(pronouns, verbs, places, verb_last=False):
    """Relative clauses: pronoun + verb + place, or pronoun + place + verb (German, Dutch); an empty pronoun is left out."""
    pronouns, verbs, places = (x.split("|") for x in (pronouns, verbs, places))
    return [" ".join(filter(None, (p, pl, v) if verb_last else (p, v, pl))) for p in pronouns for v in verbs for pl in places]


# One table per kind, "|"-separated terms by language (the order of NOUN is the order written). Camera angles and sex
# positions (from above, on top, über mir, сверху alone) are never positions.
# noun: person nouns a dwelling position singles out.
NOUN = {
    "en": "woman|man|guy|girl|lady|dude|wife|husband|blonde|brunette|redhead|couple|chick",
    "de": "frau|mann|typ|mädchen|dame|nachbarin|blondine",
    "fr": "femme|homme|mec|fille|dame|meuf|voisine|voisin|blonde",
    "es": "mujer|hombre|tío|tía|chica|chico|señora|vecina|vecino|rubia|morena",
    "it": "donna|uomo|ragazza|ragazzo|tipa|tipo|signora|vicina|vicino|bionda|mora",
    "pt": "mulher|homem|cara|moça|rapariga|garota|senhora|vizinha|vizinho|loira|morena",
    "nl": "vrouw|man|meid|meisje|vent|dame|buurvrouw|buurman|blondine",
    "pl": "kobieta|facet|dziewczyna|laska|pani|mężczyzna|sąsiadka|sąsiad|blondynka",
    "cs": "žena|ženská|muž|chlap|holka|slečna|paní|sousedka|soused|blondýna",
    "sv": "kvinnan|mannen|killen|tjejen|damen|grannen|grannkvinnan|granntjejen|kvinna",
    "ru": "женщина|мужчина|девушка|парень|тётка|тетка|дама|соседка|сосед|жена|блондинка|баба|мужик",
    "uk": "жінка|чоловік|дівчина|хлопець|пані|сусідка|сусід|дружина|білявка",
    "el": "γυναίκα|άντρας|άνδρας|κοπέλα|τύπος|κυρία|γειτόνισσα|γείτονας|ξανθιά",
    "tr": "kadın|adam|kız|kızı|oğlan|hanım|teyze|abla|komşu|komşumuz|komşum",
    "he": "האישה|אישה|הבחורה|הגבר|הבחור|השכנה|השכן",
    "ar": "المرأة|الرجل|الفتاة|البنت|السيدة|الشاب|جارتي|جاري|الجارة|الجار|زوجة",
    "fa": "زن|مرد|دختر|پسر|خانم|آقا|زنه|دختره",
    "hi": "औरत|आदमी|लड़की|लड़का|भाभी|आंटी|दीदी|भैया|पड़ोसन|पड़ोसी|महिला",
    "bn": "মহিলা|মেয়ে|লোক|ছেলে|বৌদি|কাকিমা|দিদি|ভাবি|প্রতিবেশী",
    "vi": "cô gái|chị|cô|anh chàng|người phụ nữ|người đàn ông|bà|vợ|hàng xóm|chị hàng xóm|anh hàng xóm",
    "id": "wanita|cewek|cowok|pria|mbak|mas|ibu|tante|istri|suami|tetangga",
    "tl": "babae|lalaki|ate|kuya|ale|tita|misis|kapitbahay",
    "ja": "女性|女|男性|男|奥さん|人妻|お姉さん|おばさん|彼女|女の子|隣人",
    "zh": "女人|女子|女孩|男人|男子|男孩|少妇|阿姨|姐姐|大姐|媳妇|邻居",
    "ko": "여자|남자|아줌마|아저씨|누나|언니|새댁|부인|이웃",
    "th": "ผู้หญิง|ผู้ชาย|สาว|หนุ่ม|พี่สาว|ป้า|เมีย|ภรรยา|เพื่อนบ้าน",
}

# neighbour: the only nouns the looser positions (AFTER_N) single out.
NEIGHBOUR = {
    "en": "neighbour|neighbor|neighbours|neighbors",
    "de": "nachbarin|nachbar|nachbarn",
    "fr": "voisine|voisin|voisins",
    "es": "vecina|vecino|vecinos",
    "it": "vicina|vicino|vicini",
    "pt": "vizinha|vizinho|vizinhos",
    "nl": "buurvrouw|buurman|buren",
    "pl": "sąsiadka|sąsiad|sąsiadki|sąsiada|sąsiadkę",
    "cs": "sousedka|soused|sousedku|souseda",
    "sv": "grannen|grannkvinnan|grannfrun|granne",
    "ru": "соседка|сосед|соседку|соседа|соседки",
    "uk": "сусідка|сусід|сусідку|сусіда|сусідки",
    "el": "γειτόνισσα|γείτονας|γειτόνισσά|γείτονα",
    "tr": "komşu|komşum|komşumuz|komşusu",
    "he": "השכנה|השכן|שכנה|שכן",
    "ar": "الجارة|الجار|جارتي|جاري|جارتنا|جارنا",
    "fa": "همسایه|همسایمون|همسایه‌مون",
    "hi": "पड़ोसन|पड़ोसी",
    "bn": "প্রতিবেশী",
    "vi": "hàng xóm|chị hàng xóm|anh hàng xóm|cô hàng xóm",
    "id": "tetangga",
    "tl": "kapitbahay",
    "ja": "隣人",
    "zh": "邻居",
    "ko": "이웃",
    "th": "เพื่อนบ้าน",
}

# after: positions written after the noun, as written (the relative clauses of RELATIVE follow them).
AFTER = {
    "en": "upstairs|downstairs|across the hall|across the landing|on my floor|on our floor|in the flat above|in the flat below|in the flat opposite|in the apartment above|in the apartment below|from the flat above|from the flat below|from the apartment above|from the apartment below|from upstairs|from downstairs|from across the hall|from the next flat|in the next flat|in the next apartment|from flat",
    "de": "aus der wohnung über mir|aus der wohnung unter mir|aus der wohnung über uns|aus der wohnung unter uns|aus der wohnung gegenüber|aus der nachbarwohnung|von der nachbarwohnung|aus dem stockwerk über mir|aus dem stock über uns|auf meiner etage|auf unserer etage|aus dem obergeschoss|aus dem erdgeschoss",
    "fr": "du dessus|du dessous|du palier|de l'appartement d'à côté|de l'appartement du dessus|de l'étage du dessus|de l'étage au-dessus|de mon palier|de mon immeuble|d'en face",
    "es": "del piso de arriba|del piso de abajo|del piso de al lado|del piso de enfrente|del departamento de al lado|del apartamento de al lado|del apartamento de arriba|de mi edificio|de mi rellano|del rellano|del primero|del segundo|del tercero|del cuarto piso|del quinto",
    "it": "del piano di sopra|del piano di sotto|dell'appartamento accanto|dell'appartamento di fronte|della porta accanto|del mio palazzo|del mio pianerottolo|del pianerottolo|di sopra|di sotto",
    "pt": "do andar de cima|do andar de baixo|do apartamento ao lado|do apartamento da frente|do apartamento de cima|do meu prédio|do meu andar|do prédio|do lado de casa",
    "nl": "van de bovenburen|van het appartement hiernaast|van de flat hiernaast|van de verdieping boven mij|uit mijn flat|uit mijn portiek|van mijn galerij",
    "pl": "z mieszkania obok|z mieszkania nad nami|z mieszkania pode mną|z mieszkania nade mną|z piętra wyżej|z piętra niżej|z mojej klatki|z naszej klatki|z mojego bloku|z naszego bloku|zza ściany",
    "cs": "z bytu nade mnou|z bytu pode mnou|z vedlejšího bytu|z bytu naproti|z patra nad námi|z našeho domu|z našeho vchodu|z mého patra",
    "sv": "i lägenheten ovanför|i lägenheten under|i lägenheten bredvid|i lägenheten mittemot|från lägenheten ovanför|från lägenheten bredvid|på våningen ovanför|på våningen under|i mitt trapphus|i vårt trapphus|i min trappuppgång",
    "ru": "из квартиры сверху|из квартиры снизу|из квартиры напротив|из соседней квартиры|с верхнего этажа|с нижнего этажа|с моего этажа|с нашего этажа|из моего подъезда|из нашего подъезда|с лестничной площадки|по лестничной площадке|по площадке|по подъезду|этажом выше|этажом ниже",
    "uk": "з квартири зверху|з квартири знизу|з квартири навпроти|з сусідньої квартири|з верхнього поверху|з нижнього поверху|з мого поверху|з нашого поверху|з мого під'їзду|з нашого під'їзду|по сходовому майданчику|поверхом вище|поверхом нижче|з п'ятого поверху|з четвертого поверху|з третього поверху|з другого поверху",
    "el": "από το διπλανό διαμέρισμα|από το απέναντι διαμέρισμα|από τον πάνω όροφο|από τον κάτω όροφο|από τον από πάνω όροφο|της πολυκατοικίας μου|της πολυκατοικίας μας|του ορόφου μου",
    "he": "מהקומה למעלה|מהקומה מלמטה|מהקומה מעליי|מהקומה מתחתיי|מהדירה ממול|מהדירה ליד|מהדירה למעלה|מהבניין שלי|מהבניין שלנו|מהקומה שלי|שגרה מעליי|שגר מעליי|שגרה מתחתיי|שגר מתחתיי|שגרה ממול|שגר ממול|שגרה לידי|שגר לידי|שגרה בבניין שלי|שגר בבניין שלי",
    "ar": "في الطابق العلوي|من الطابق العلوي|في الطابق السفلي|من الطابق السفلي|في الشقة المجاورة|من الشقة المجاورة|في الشقة المقابلة|من الشقة المقابلة|في الطابق الذي فوقنا|في عمارتنا|في بنايتنا|في الشقة العلوية|التي تسكن فوقي|التي تسكن فوقنا|التي تسكن بجانبي|التي تسكن مقابلي|الذي يسكن فوقي|الذي يسكن بجانبي|التي تسكن في عمارتنا|الذي يسكن في عمارتنا",
    "fa": "طبقه بالایی|طبقه پایینی|واحد بالا|واحد بالایی|واحد پایین|واحد پایینی|واحد کناری|واحد روبرو|واحد روبه‌رو|واحد بغلی|آپارتمان بغلی|ساختمان ما|ساختمون ما|که بالای ما می‌نشیند|که طبقه بالا می‌نشیند|که واحد بغلی زندگی می‌کند",
    "vi": "tầng trên|tầng dưới|phòng bên cạnh|căn hộ bên cạnh|căn hộ đối diện|nhà bên cạnh|nhà đối diện|sát vách|phòng đối diện|ở tầng trên|ở phòng bên cạnh|sống ở tầng trên|sống cạnh nhà tôi|nhà bên",
    "id": "di lantai atas|di lantai bawah|lantai atas|lantai bawah|sebelah rumah|sebelah kamar|kamar sebelah|unit sebelah|apartemen sebelah|depan rumah|kos sebelah|yang tinggal di sebelah|yang tinggal di atas|yang tinggal di lantai atas|yang tinggal di depan rumah",
    "tl": "sa itaas na unit|sa kabilang unit|sa katabing unit|sa katabing bahay|sa kabilang bahay|sa taas ng unit|na nakatira sa itaas|na nakatira sa tabi|na nakatira sa katabing bahay|sa tapat ng bahay",
    "th": "ห้องข้างๆ|ห้องข้าง ๆ|ห้องตรงข้าม|ชั้นบน|ชั้นล่าง|บ้านข้างๆ|บ้านข้าง ๆ|บ้านตรงข้าม|ข้างห้อง|ที่อยู่ห้องข้างๆ|ที่อยู่ชั้นบน",
}

# after, generated: relative clauses (pronouns, verbs, places[, verb last]) in the language's order.
RELATIVE = {
    "en": [("who|that", "lives|lived|living", "next door|upstairs|downstairs|above me|above us|below me|below us|across the hall|across the street|on my floor|in my building|in our building"), ("", "living", "next door|upstairs|above me|below me")],
    "de": [("die|der", "wohnt|wohnte|lebt", "über mir|unter mir|über uns|unter uns|nebenan|gegenüber|in meinem haus|in unserem haus|auf meiner etage", True)],
    "fr": [("qui", "habite|vit|habitait", "au-dessus de chez moi|en dessous de chez moi|à côté de chez moi|en face de chez moi|sur mon palier|dans mon immeuble|au-dessus|à côté")],
    "es": [("que", "vive|vivía", "arriba|abajo|al lado|enfrente|en el piso de arriba|en mi edificio|en el piso de al lado|en mi rellano")],
    "it": [("che", "abita|vive|abitava", "sopra di me|sotto di me|accanto a me|di fronte a me|al piano di sopra|nel mio palazzo|sul mio pianerottolo|accanto")],
    "pt": [("que", "mora|vive|morava", "em cima|embaixo|ao lado|em frente|no andar de cima|no meu prédio|no apartamento ao lado")],
    "nl": [("die", "woont|woonde", "boven mij|onder mij|boven ons|onder ons|hiernaast|naast mij|tegenover mij|in mijn flat", True)],
    "pl": [("która|który", "mieszka", "nade mną|pode mną|obok|naprzeciwko|piętro wyżej|w moim bloku|na moim piętrze")],
    "cs": [("která|který", "bydlí", "nade mnou|pode mnou|vedle|naproti|v našem domě|o patro výš")],
    "sv": [("som", "bor|bodde", "ovanför mig|under mig|bredvid|mittemot|ovanpå|i mitt hus|på min våning|i huset bredvid")],
    "ru": [("которая|который", "живёт|живет|жила", "надо мной|подо мной|над нами|под нами|рядом|напротив|за стенкой|этажом выше|в моём подъезде|в нашем подъезде")],
    "uk": [("яка|який", "живе|жила", "наді мною|піді мною|над нами|під нами|поруч|навпроти|за стіною|поверхом вище|в нашому під'їзді")],
    "el": [("που", "μένει|έμενε", "από πάνω|από κάτω|δίπλα|απέναντι|στον πάνω όροφο|στην πολυκατοικία μου")],
}

# after-n: positions read after a neighbour noun only.
AFTER_N = {
    "en": "next door|across the street|from next door|from across the street",
    "de": "von nebenan|von gegenüber|von oben|von unten|über mir|unter mir|über uns|unter uns",
    "fr": "d'à côté|d'en haut|d'en bas",
    "es": "de arriba|de abajo|de al lado|de enfrente|del cuarto",
    "it": "di casa|accanto|di fronte",
    "pt": "de cima|de baixo|do lado|da frente|ao lado",
    "nl": "van boven|van beneden|van hiernaast|van hierover|van de overkant",
    "pl": "z góry|z dołu|z naprzeciwka|z góry|zza ściany|z klatki",
    "cs": "odvedle|odnaproti|shora|zdola|z vedle",
    "sv": "ovanpå|bredvid|mittemot|en trappa upp|en trappa ner",
    "ru": "сверху|снизу|напротив|за стенкой|из соседнего дома",
    "uk": "зверху|знизу|навпроти|за стіною",
    "el": "από πάνω|από κάτω|απέναντι|της διπλανής πόρτας",
    "he": "מלמעלה|מלמטה|ממול|מהבית ליד",
    "ar": "في الطابق العلوي|العلوية|المقابلة",
    "fa": "بغلی|روبرویی|بالایی|پایینی",
    "vi": "bên cạnh|đối diện",
    "id": "sebelah|depan",
    "tl": "sa tabi|sa tapat|namin sa tabi",
}

# before: positions written before the noun, with their particle in the unspaced scripts (ja の/に住む, zh 的, ko a compound head).
BEFORE = {
    "tr": "üst kattaki|alt kattaki|yan dairedeki|karşı dairedeki|yan daireki|karşı daireki|üst kattaki komşunun|bizim kattaki|benim kattaki|apartmandaki|bizim apartmandaki|yan evdeki|karşı evdeki|üst katta oturan|alt katta oturan|yan dairede oturan|karşı dairede oturan|yanımızda oturan|üstümüzde oturan|altımızda oturan|üst komşu|alt komşu|karşı komşu|yan komşu",
    "hi": "ऊपर वाली|ऊपर वाले|नीचे वाली|नीचे वाले|बगल वाली|बगल वाले|सामने वाली|सामने वाले|ऊपर के फ्लैट वाली|ऊपर के फ्लैट की|बगल के फ्लैट वाली|बगल के फ्लैट की|बगल के घर वाली|बगल के घर की|ऊपर की मंज़िल वाली|ऊपर की मंजिल वाली|ऊपर रहने वाली|ऊपर रहने वाला|बगल में रहने वाली|बगल में रहने वाला|सामने रहने वाली|सामने रहने वाला|नीचे रहने वाली",
    "bn": "পাশের বাড়ির|পাশের ফ্ল্যাটের|উপরের তলার|নিচের তলার|উপরের ফ্ল্যাটের|নিচের ফ্ল্যাটের|সামনের ফ্ল্যাটের|সামনের বাড়ির|আমাদের ফ্ল্যাটের উপরের|উপরতলার|নিচতলার",
    "ja": "上の階の|下の階の|隣の部屋の|隣の家の|隣に住む|上に住む|下に住む|向かいの部屋の|向かいに住む|同じマンションの|同じアパートの|隣室の|階下の|階上の",
    "zh": "楼上的|楼下的|隔壁的|对门的|住在隔壁的|住在楼上的|住在楼下的|住我楼上的|住我对门的|隔壁家的|楼上|楼下|隔壁|对门",
    "ko": "윗집|아랫집|옆집|앞집|윗층|위층|아래층|옆방|옆 호|위층에 사는|옆집에 사는|아랫집에 사는",
}


def terms(lang):
    """The terms of each kind of a language, in the order written."""
    def split(table):
        return table[lang].split("|") if lang in table else []

    after = split(AFTER) + [clause for spec in RELATIVE.get(lang, []) for clause in rel(*spec)]
    return (("noun", split(NOUN)), ("neighbour", split(NEIGHBOUR)), ("after", after), ("after-n", split(AFTER_N)),
            ("before", split(BEFORE)))


def rows():
    out = []
    for lang in NOUN:
        for kind, words in terms(lang):
            seen = set()
            for term in words:
                for t in (term.lower(), strip(term.lower()) if lang not in ("hi", "bn", "th", "ja", "ko", "fa", "ar", "he") else term):
                    if t and (t not in seen):
                        seen.add(t)
                        out.append((kind, lang, t))
    return out


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("# Dwelling cues (session 43, i16-roles51): the word classes by which a prompt singles out one person of the user's home\n"
                "# by where that person lives relative to the user (the woman upstairs, соседка сверху, üst kattaki kadın, 楼上的女人).\n"
                "# Read by Rules/DwellingNeighbours.cs beside a sexual signal only. Written for GenScreen from general knowledge of each\n"
                "# language (MIT, this project); tools/roles51/dwelling_cues.py says how each class is read.\n")
        f.write("# Generated by tools/roles51/dwelling_cues.py (do not edit by hand). Columns: kind (noun, neighbour, after, after-n,\n"
                "# before), language, term (lower case; Latin, Cyrillic and Greek also without diacritics).\n")
        for kind, lang, t in rows():
            f.write(f"{kind}\t{lang}\t{t}\n")
    print(len(rows()), "rows ->", os.path.relpath(OUT))


if __name__ == "__main__":
    main()
