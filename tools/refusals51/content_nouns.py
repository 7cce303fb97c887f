#!/usr/bin/env python3
"""Writes src/GenScreen.Core/Prompts/Rules/Data/adult-content-nouns.tsv (session 43, i16-refusals51): the nouns of content that
"adult" (or 18+) qualifies in the 26 languages (magazine, film, video, site, channel, content, comic, novel, rating, store,
industry, cinema, scene, clip, entertainment), each language's forms generated from its stems by the language's morphology
(cases of Polish, Czech, Russian, Ukrainian and Greek, Turkish possessive and case suffixes, Persian plural and ezafe,
Bengali and Hindi genitive and plural, plurals of the Western languages), and the words that join "adult" to such a noun
("for": für, pour, para, для, για, için, สำหรับ …; "only"; "rated"). Rows: kind<TAB>lang<TAB>form, lower case as written.
Kinds: `noun` (a content noun, a single word or a phrase of two words), `joined` (a content noun written without a space
after or before the adult word in Chinese, Japanese, Korean and Thai), `for` (a word between a noun and "adult", or after
"adult" before its noun), `skip` (a word that may stand between: only, nur, seulement …), `rated` (a rating word before 18+).

Read by Rules/AdultContent.cs. Written for GenScreen from general knowledge of the languages' grammar (MIT, this project);
no third-party list. Run: python3 tools/refusals51/content_nouns.py
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "../../src/GenScreen.Core/Prompts/Rules/Data/adult-content-nouns.tsv"))


def plus(stems, endings):
    return [s + e for s in stems for e in endings]


# Stems by paradigm. Each language: list of forms (generated) of the content nouns.
NOUNS = {
    "en": plus(["magazine", "film", "movie", "video", "site", "website", "channel", "comic", "novel", "store", "shop", "clip",
                "scene", "game", "book", "rating", "webcomic", "cartoon", "cinema", "theater", "theatre", "dvd", "tape",
                "publication", "photoshoot"], ["", "s"])
    + ["content", "industry", "entertainment", "material", "section", "version", "animation", "literature", "fiction", "media"],
    "de": ["magazin", "magazins", "magazine", "magazinen", "film", "films", "filme", "filmes", "filmen", "video", "videos",
           "seite", "seiten", "webseite", "webseiten", "website", "kanal", "kanals", "kanäle", "inhalt", "inhalte", "inhalten",
           "inhalts", "comic", "comics", "roman", "romane", "romans", "heft", "hefte", "heftes", "hefts", "heftchen",
           "zeitschrift", "zeitschriften", "laden", "shop", "shops", "branche", "industrie", "kino", "kinos", "unterhaltung",
           "bereich", "szene", "szenen", "clip", "clips", "spiel", "spiele", "literatur", "unterhaltungsindustrie"],
    "fr": plus(["magazine", "revue", "film", "vidéo", "video", "site", "chaîne", "chaine", "contenu", "roman", "boutique",
                "scène", "scene", "jeu", "livre", "bande dessinée", "bd", "clip", "cinéma", "cinema", "divertissement"], ["", "s"])
    + ["jeux", "industrie", "littérature"],
    "es": plus(["revista", "película", "pelicula", "video", "vídeo", "sitio", "página", "pagina", "contenido", "cómic", "comic",
                "novela", "tienda", "escena", "juego", "libro", "clip", "historieta"], ["", "s"])
    + ["canal", "canales", "web", "film", "films", "industria", "cine", "entretenimiento", "literatura"],
    "it": ["rivista", "riviste", "film", "video", "sito", "siti", "canale", "canali", "contenuto", "contenuti", "fumetto",
           "fumetti", "romanzo", "romanzi", "negozio", "negozi", "industria", "cinema", "intrattenimento", "scena", "scene",
           "videoclip", "clip", "gioco", "giochi", "libro", "libri", "letteratura"],
    "pt": plus(["revista", "filme", "vídeo", "video", "site", "conteúdo", "conteudo", "quadrinho", "romance", "loja", "cena",
                "jogo", "livro", "clipe"], ["", "s"])
    + ["canal", "canais", "hq", "indústria", "industria", "cinema", "entretenimento", "literatura"],
    "nl": ["tijdschrift", "tijdschriften", "blad", "bladen", "film", "films", "video", "video's", "videos", "site", "sites",
           "website", "websites", "kanaal", "kanalen", "inhoud", "strip", "strips", "roman", "romans", "winkel", "winkels",
           "industrie", "bioscoop", "scène", "scènes", "clip", "clips", "spel", "spellen", "boek", "boeken", "amusement"],
    # Polish: nominative, genitive, locative, instrumental, plural
    "pl": plus(["magazyn", "film", "komiks", "sklep", "kanał", "klip"], ["", "u", "ie", "y", "ów", "em", "ach"])
    + ["czasopismo", "czasopisma", "czasopiśmie", "czasopism", "pismo", "pisma", "wideo", "strona", "strony", "stronie",
       "stronę", "treść", "treści", "powieść", "powieści", "branża", "branży", "przemysł", "przemysłu", "kino", "kina",
       "scena", "sceny", "scenie", "gra", "gry", "książka", "książki", "filmik", "filmiku", "filmiki", "witryna", "witryny"],
    # Czech: nominative, genitive, locative, plural
    "cs": plus(["časopis", "film", "komiks", "obchod", "kanál", "web", "román", "klip"], ["", "u", "e", "y", "ů", "em"])
    + ["video", "videa", "videí", "stránka", "stránky", "stránku", "stránce", "obsah", "obsahu", "průmysl", "průmyslu", "kino",
       "kina", "scéna", "scény", "hra", "hry", "kniha", "knihy", "filmy"],
    "sv": ["tidning", "tidningar", "tidningen", "tidskrift", "tidskrifter", "film", "filmer", "filmen", "video", "videor",
           "videon", "sajt", "sajter", "sida", "sidor", "kanal", "kanaler", "innehåll", "serie", "serier", "roman", "romaner",
           "butik", "butiker", "bransch", "branschen", "industri", "industrin", "bio", "scen", "scener", "klipp", "spel", "bok",
           "böcker", "underhållning"],
    # Turkish: bare, possessive (compound), plural, case forms of the possessive
    "tr": plus(["dergi", "video", "site"], ["", "si", "ler", "leri", "sinin", "sinde", "sinden", "sine", "yi"])
    + plus(["film", "içerik"], ["", "i", "ler", "leri", "inin", "inde", "inden", "e", "de"])
    + ["filmi", "filmleri", "filminden", "filminin", "filminde", "içeriği", "içerikleri", "kanal", "kanalı", "kanalları", "roman",
       "romanı", "romanları", "çizgi roman", "mağaza", "mağazası", "sektör", "sektörü", "endüstri", "endüstrisi", "sinema",
       "sineması", "sahne", "sahnesi", "sahneleri", "klip", "klibi", "oyun", "oyunu", "kitap", "kitabı", "eğlence"],
    "id": ["majalah", "film", "video", "situs", "laman", "kanal", "konten", "komik", "novel", "toko", "industri", "bioskop",
           "hiburan", "cerita", "adegan", "klip", "permainan", "game", "buku", "tayangan", "website", "web"],
    "tl": ["pelikula", "pelikulang", "magasin", "video", "site", "channel", "nilalaman", "komiks", "nobela", "tindahan",
           "eksena", "palabas", "babasahin"],
    "vi": ["tạp chí", "phim", "video", "trang web", "web", "trang", "kênh", "nội dung", "truyện", "truyện tranh", "tiểu thuyết",
           "cửa hàng", "ngành", "rạp", "cảnh", "clip", "trò chơi", "game", "sách", "ấn phẩm", "phim ảnh", "giải trí"],
    # Russian and Ukrainian: nominative, genitive, prepositional, plural, genitive plural
    "ru": plus(["журнал", "фильм", "сайт", "канал", "комикс", "роман", "магазин", "ролик", "контент"], ["", "а", "е", "ы", "ов", "ом"])
    + ["видео", "индустрия", "индустрии", "кино", "сцена", "сцены", "игра", "игры", "книга", "книги", "литература", "литературы",
       "видеоролик", "видеоролика", "кинотеатр"],
    "uk": plus(["журнал", "фільм", "сайт", "канал", "комікс", "роман", "магазин", "ролик", "контент"], ["", "у", "і", "и", "ів", "ом", "а"])
    + ["відео", "індустрія", "індустрії", "кіно", "сцена", "сцени", "гра", "ігри", "книга", "книги", "література", "літератури"],
    # Greek: nominative, genitive, plural, accented as written
    "el": ["περιοδικό", "περιοδικού", "περιοδικά", "περιοδικών", "ταινία", "ταινίας", "ταινίες", "ταινιών", "βίντεο",
           "ιστοσελίδα", "ιστοσελίδας", "ιστοσελίδες", "ιστότοπος", "ιστότοπου", "σάιτ", "κανάλι", "καναλιού", "κανάλια",
           "περιεχόμενο", "περιεχομένου", "κόμικ", "κατάστημα", "καταστήματος", "βιομηχανία", "βιομηχανίας", "σινεμά",
           "κινηματογράφος", "σκηνή", "σκηνές", "κλιπ", "παιχνίδι", "βιβλίο", "βιβλία", "ψυχαγωγία"],
    "ar": ["مجلة", "مجلات", "فيلم", "أفلام", "افلام", "فيديو", "فيديوهات", "موقع", "مواقع", "قناة", "قنوات", "محتوى", "قصص",
           "قصة", "رواية", "روايات", "متجر", "صناعة", "سينما", "مشهد", "مشاهد", "مقطع", "مقاطع", "ألعاب", "لعبة", "كتب", "كتاب"],
    # Persian: stem, ezafe -ی, plural -ها with and without the joiner, plural + ezafe
    "fa": plus(["مجله", "فیلم", "ویدیو", "ویدئو", "سایت", "کانال", "کمیک", "رمان", "فروشگاه", "صنعت", "سینما", "صحنه", "کلیپ",
                "بازی", "کتاب", "داستان"], ["", "ی", "\u200cی", "ها", "\u200cها", "های", "\u200cهای"])
    + ["محتوا", "محتوای"],
    "he": ["מגזין", "מגזינים", "מגזיני", "סרט", "סרטי", "סרטים", "וידאו", "סרטון", "סרטונים", "סרטוני", "אתר", "אתרי", "אתרים",
           "ערוץ", "ערוצי", "תוכן", "תכני", "קומיקס", "רומן", "חנות", "חנויות", "תעשיית", "תעשייה", "קולנוע", "סצנה", "סצנות",
           "משחק", "משחקי", "ספר", "ספרי", "בידור"],
    # Hindi: direct, oblique plural, nukta and non-nukta spellings
    "hi": ["पत्रिका", "पत्रिकाओं", "पत्रिकाएँ", "फिल्म", "फ़िल्म", "फिल्में", "फ़िल्में", "फिल्मों", "फ़िल्मों", "वीडियो",
           "साइट", "वेबसाइट", "वेबसाइटों", "चैनल", "चैनलों", "सामग्री", "कंटेंट", "कॉमिक", "कॉमिक्स", "उपन्यास", "दुकान",
           "उद्योग", "सिनेमा", "दृश्य", "क्लिप", "गेम", "किताब", "किताबें", "कहानी", "कहानियाँ", "मनोरंजन"],
    # Bengali: direct, genitive -র/-এর, plural -গুলো
    "bn": plus(["পত্রিকা", "ম্যাগাজিন", "ছবি", "সিনেমা", "চলচ্চিত্র", "ভিডিও", "সাইট", "ওয়েবসাইট", "চ্যানেল", "কনটেন্ট",
                "কমিক", "উপন্যাস", "দোকান", "শিল্প", "দৃশ্য", "ক্লিপ", "গল্প", "বই"], ["", "র", "ের", "এর", "গুলো", "গুলোর"]),
}

# Written without a space right after the adult word (zh, ja, ko) or right before it (th).
JOINED = {
    "zh": ["杂志", "雜誌", "电影", "電影", "视频", "視頻", "影片", "影视", "影視", "片", "网站", "網站", "网", "網", "频道", "頻道",
           "内容", "內容", "漫画", "漫畫", "动漫", "動漫", "小说", "小說", "用品", "商店", "店", "行业", "行業", "级", "級",
           "游戏", "遊戲", "书刊", "書刊", "读物", "讀物", "影院", "直播", "频", "頻", "节目", "節目", "娱乐", "娛樂", "杂志社"],
    "ja": ["雑誌", "誌", "映画", "動画", "ビデオ", "サイト", "チャンネル", "コンテンツ", "漫画", "マンガ", "まんが", "小説", "向け",
           "向き", "用", "ショップ", "店", "業界", "指定", "作品", "ゲーム", "番組", "図書", "コミック", "アニメ"],
    "ko": ["잡지", "영화", "동영상", "영상", "비디오", "사이트", "채널", "콘텐츠", "컨텐츠", "만화", "웹툰", "소설", "용품", "샵",
           "숍", "가게", "업계", "산업", "등급", "물", "용", "전용", "게임", "방송", "도서", "극장"],
    "th": ["หนัง", "ภาพยนตร์", "นิตยสาร", "วิดีโอ", "คลิป", "เว็บ", "เว็บไซต์", "ช่อง", "เนื้อหา", "การ์ตูน", "นิยาย", "ร้าน",
           "อุตสาหกรรม", "สื่อ", "เกม", "หนังสือ", "สำหรับ", "ฉาก"],
}

FOR = {
    "en": ["for", "-only"], "de": ["für", "fuer", "ab"], "fr": ["pour"], "es": ["para"], "it": ["per"], "pt": ["para"],
    "nl": ["voor"], "pl": ["dla"], "cs": ["pro"], "sv": ["för"], "tr": ["için", "icin", "yönelik"], "id": ["untuk", "khusus"],
    "tl": ["para", "sa"], "vi": ["cho", "dành"], "ru": ["для"], "uk": ["для"], "el": ["για"], "ar": ["لل", "ل"],
    "fa": ["برای"], "he": ["ל"], "hi": ["के", "लिए", "की", "का"], "bn": ["জন্য", "দের"], "th": ["สำหรับ"],
}

SKIP = {
    "en": ["only", "just"], "de": ["nur", "ausschließlich"], "fr": ["seulement", "réservé", "réservée", "uniquement"],
    "es": ["solo", "sólo", "solamente"], "it": ["solo", "soltanto"], "pt": ["só", "somente", "apenas"], "nl": ["alleen"],
    "pl": ["tylko"], "cs": ["jen", "pouze"], "sv": ["bara", "endast"], "ru": ["только"], "uk": ["лише", "тільки"],
    "el": ["μόνο"], "id": ["hanya"], "vi": ["chỉ"],
}

RATED = {"en": ["rated", "rating"], "de": ["ab", "fsk"], "fr": ["interdit", "déconseillé"], "es": ["mayores"],
         "ru": ["рейтинг"], "uk": ["рейтинг"], "pl": ["od"], "it": ["vietato"]}


def main():
    rows = []
    for kind, table in (("noun", NOUNS), ("joined", JOINED), ("for", FOR), ("skip", SKIP), ("rated", RATED)):
        for lang in sorted(table):
            seen = set()
            for form in table[lang]:
                form = form.lower()
                if form not in seen:
                    seen.add(form)
                    rows.append(f"{kind}\t{lang}\t{form}")
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("# Content nouns that \"adult\" or 18+ qualifies, and the words that join them (kind, language, form), session 43\n")
        f.write("# (i16-refusals51). Generated by tools/refusals51/content_nouns.py from stems and each language's endings; written\n")
        f.write("# for GenScreen from general knowledge of the languages (MIT, this project). Read by Rules/AdultContent.cs.\n")
        for r in rows:
            f.write(r + "\n")
    print(len(rows), "rows ->", os.path.relpath(OUT))


if __name__ == "__main__":
    main()
