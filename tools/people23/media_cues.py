#!/usr/bin/env python3
"""Writes the i16-people23 section of src/GenScreen.Core/Prompts/Rules/Data/office-cues.tsv (session 22): broadcast roles
(kind `media`) and the words of an outlet that single one of them out (kind `outlet`), in the 26 languages.

A `media` row is a role of a broadcaster or programme (presenter, weather presenter, anchor, host, DJ, reporter): like an
office it singles out one real person when an organisation, place or current/former word stands beside it, and also when
an `outlet` word does: a local or regional broadcaster, a station, a programme of the morning or evening news ("the
weather girl from our local morning news", "die Wetterfee aus dem regionalen Frühstücksfernsehen", 地元局の朝のニュース
のお天気キャスター). An outlet singles out only a broadcast role: "the queen of the local tavern" is nobody. Bare
"radio", "TV" and "news" are no outlet ("a TV presenter" is anyone); a programme or a local outlet is.
Written for GenScreen from general knowledge of each language (MIT, this project). Rows are lower case; Latin, Cyrillic
and Greek rows also without diacritics (as tools/office-cues/build.py writes them).
Run: python3 tools/people23/media_cues.py   (rewrites its own section through tools/lexicon-data/cue_sections.py; idempotent, later sections kept)
"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "lexicon-data"))
from cue_sections import cue_rows, write_section  # noqa: E402

MARKER = "# Branch i16-people23 (session 22):"

MEDIA = {
"en": "weather presenter|weather girl|weather lady|weatherman|weatherwoman|weather forecaster|meteorologist|anchor|anchorman|newscaster|news presenter|tv presenter|presenter|host|radio host|dj|reporter|correspondent|newsreader|news anchor|anchorwoman",
"de": "wetterfee|wetterfrau|wettermoderatorin|wettermoderator|wetteransagerin|moderatorin|moderator|nachrichtensprecherin|nachrichtensprecher|sprecherin|reporterin|reporter|korrespondentin|radiomoderatorin|dj",
"fr": "miss météo|présentatrice météo|journaliste météo|présentatrice|présentateur|animatrice|animateur|journaliste|speakerine|chroniqueuse|reporter|dj",
"es": "chica del clima|chica del tiempo|mujer del tiempo|presentadora del tiempo|presentadora|presentador|locutora|locutor|reportera|reportero|periodista|conductora|conductor|dj",
"it": "meteorina|conduttrice|conduttore|presentatrice|presentatore|annunciatrice|speaker|giornalista|inviata|inviato|dj",
"pt": "moça do tempo|garota do tempo|moça da previsão do tempo|apresentadora|apresentador|repórter|jornalista|locutora|locutor|âncora|dj",
"nl": "weervrouw|weerman|weerpresentator|weerpresentatrice|presentatrice|presentator|nieuwslezeres|nieuwslezer|verslaggever|verslaggeefster|dj",
"pl": "pogodynka|prezenterka pogody|prezenterka|prezenter|dziennikarka|dziennikarz|reporterka|spikerka|prowadząca|prowadzący|didżej",
"cs": "rosnička|moderátorka počasí|moderátorka|moderátor|hlasatelka|reportérka|redaktorka|zpravodajka",
"sv": "vädertjej|väderflicka|väderpresentatör|meteorolog|programledare|programledaren|nyhetsankare|nyhetsankaret|nyhetsuppläsare|reporter|reportern",
"tr": "hava durumu sunucusu|sunucu|sunucusu|spiker|spikeri|haber sunucusu|muhabir|muhabiri",
"vi": "mc|nữ mc|mc thời tiết|dẫn chương trình|người dẫn chương trình|biên tập viên|phát thanh viên|phóng viên|nữ phóng viên",
"id": "presenter|penyiar|reporter|wartawan|pembawa acara|pembaca berita|pembawa berita",
"tl": "news anchor|anchor|dj|host|reporter|mamamahayag|tagapagbalita",
"ru": "ведущая|ведущий|телеведущая|ведущая прогноза погоды|ведущий прогноза погоды|ведущая новостей|диктор|журналистка|корреспондентка|корреспондент|репортёрша|репортерша|диджей",
"uk": "ведуча|ведучий|телеведуча|ведуча прогнозу погоди|ведуча новин|дикторка|диктор|журналістка|кореспондентка|кореспондент|діджей",
"el": "παρουσιάστρια|παρουσιαστής|εκφωνήτρια|εκφωνητής|δημοσιογράφος|ρεπόρτερ|μετεωρολόγος|παρουσιάστρια καιρού",
"ar": "مذيعة|مذيع|مقدمة برنامج|مقدم برنامج|مقدمة|مراسلة|مراسل|مذيعة النشرة الجوية",
"fa": "مجری|گوینده خبر|گوینده|خبرنگار|مجری هواشناسی",
"he": "מגישת|מגישה|מגיש|קריינית|קריין|חזאית|חזאי|כתבת|שדרנית|שדרן",
"hi": "एंकर|न्यूज़ एंकर|प्रस्तोता|समाचार वाचिका|आरजे|रिपोर्टर|पत्रकार|मौसम एंकर",
"bn": "উপস্থাপিকা|উপস্থাপক|সংবাদ পাঠিকা|আরজে|রিপোর্টার|সাংবাদিক",
"th": "ผู้ประกาศข่าว|ผู้ประกาศพยากรณ์อากาศ|ผู้ประกาศ|พิธีกร|นักข่าว|ผู้สื่อข่าว|ดีเจ|สาวพยากรณ์อากาศ",
"zh": "主播|女主播|主持人|女主持人|天气预报主持人|气象主播|记者|女记者|記者|播音员|播音員",
"ja": "アナウンサー|女子アナ|キャスター|お天気キャスター|お天気お姉さん|気象予報士|パーソナリティ|リポーター|レポーター|司会者",
"ko": "앵커|아나운서|기상캐스터|캐스터|리포터|기자|진행자|디제이",
}

OUTLET = {
"en": "local|regional|tv station|radio station|local tv|local radio|local news|morning news|evening news|breakfast tv|breakfast show|morning show|news bulletin|newscast|broadcaster|network|station|newspaper",
"de": "lokalfernsehen|regionalfernsehen|frühstücksfernsehen|lokalsender|regionalsender|fernsehsender|radiosender|lokalradio|stadtradio|lokalzeitung|morgenmagazin|morgensendung|lokalen|lokale|lokaler|regionalen|regionale|regionaler|örtlichen",
"fr": "télé locale|radio locale|locale|régionale|régional|local|jt|journal télévisé|matinale|station",
"es": "noticiero|informativo|emisora|televisión local|radio local|local|regional|autonómico|autonómica|matutino",
"it": "tg|telegiornale|emittente|radio locale|tv locale|locale|regionale|rete locale",
"pt": "jornal|telejornal|tv local|rádio local|local|regional|emissora",
"nl": "omroep|regionale omroep|lokale omroep|journaal|lokale|regionale|ochtendprogramma",
"pl": "lokalnej|lokalnego|lokalna|regionalnej|regionalnego|porannego|wieczornego|serwisu informacyjnego|wiadomości|rozgłośni",
"cs": "místní|regionální|ranního vysílání|zpráv|zpravodajství|stanice",
"sv": "lokalradion|lokalradio|lokala|lokal|regionala|morgonshow|morgonsändningen|morgon-tv|nyheterna",
"tr": "yerel|bölgesel|sabah haberleri|sabah programı|haberlerindeki|televizyonun|radyonun|kanalın",
"vi": "đài truyền hình|đài phát thanh|đài địa phương|địa phương|bản tin|truyền hình tỉnh|đài tỉnh",
"id": "lokal|daerah|berita pagi|stasiun tv|stasiun radio",
"tl": "lokal|istasyon ng tv|istasyon ng radyo|balita",
"ru": "местного|местный|местной|местном|телеканала|телеканал|радиостанции|утреннего эфира|утреннего шоу|вечерних новостей|утренних новостей|эфира|эфир",
"uk": "місцевого|місцевому|місцевий|місцевої|телеканалу|телеканал|радіостанції|ранкового ефіру|ранкового шоу|ефіру|ефір",
"el": "τοπικού|τοπικό|τοπικός|τοπικής|περιφερειακού|πρωινή εκπομπή|πρωινής εκπομπής|εκπομπής|δελτίου ειδήσεων|ραδιοφώνου|σταθμού",
"ar": "المحلية|المحلي|محلية|الإذاعة|إذاعة|نشرة الأخبار|نشرة|برنامج الصباح|التلفزيون المحلي",
"fa": "محلی|استانی|رادیو محلی|اخبار صبحگاهی|برنامه صبحگاهی",
"he": "המקומי|מקומי|האזורי|אזורי|המהדורה|מהדורת|הרדיו האזורי",
"hi": "लोकल|स्थानीय|न्यूज़ चैनल|एफएम|सुबह वाली|सुबह की खबरों",
"bn": "লোকাল|স্থানীয়|এফএম|সকালের খবর",
"th": "ท้องถิ่น|ข่าวเช้า|สถานีโทรทัศน์|สถานีวิทยุ|วิทยุท้องถิ่น|ช่องท้องถิ่น",
"zh": "本地|地方台|广播电台|電台|电台|早间新闻|晨间新闻|新闻频道",
"ja": "地元局|地方局|テレビ局|ラジオ局|放送局|キー局|朝のニュース|夕方のニュース|地元fm|地元ラジオ|朝の情報番組",
"ko": "지역 방송|지역방송|방송국|지역 라디오|아침뉴스|아침 뉴스|아침방송|저녁뉴스|지역 뉴스",
}

# Offices with one holder per town or region (kind `town`): the name of the place written after them, capitalised, singles
# out the holder even when no list holds the place ("der Bürgermeister von Bielefeld", "wali kota Bandung", "мэр Казани").
TOWN = {
"en": "mayor|lord mayor|governor", "de": "bürgermeister|bürgermeisterin|oberbürgermeister|oberbürgermeisterin|gouverneur",
"fr": "maire|gouverneur", "es": "alcalde|alcaldesa|gobernador|gobernadora", "it": "sindaco|sindaca|governatore|governatrice",
"pt": "prefeito|prefeita|governador|governadora|presidente da câmara", "nl": "burgemeester|gouverneur",
"pl": "burmistrz|prezydent miasta|wojewoda", "cs": "starosta|starostka|primátor|primátorka|hejtman|hejtmanka",
"sv": "borgmästare|kommunalråd|kommunalrådet|landshövding", "tr": "belediye başkanı|vali", "vi": "thị trưởng|chủ tịch",
"id": "wali kota|walikota|bupati|gubernur", "tl": "mayor|alkalde|gobernador", "ru": "мэр|глава города|губернатор",
"uk": "мер|міський голова|губернатор", "el": "δήμαρχος|δήμαρχο|δημάρχου|περιφερειάρχης",
}

def rows():
    return cue_rows((("media", MEDIA), ("outlet", OUTLET), ("town", TOWN)), lower=False)

def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "..", "src", "GenScreen.Core", "Prompts", "Rules", "Data", "office-cues.tsv")
    comment = [MARKER + " broadcast roles (media) and the outlet words that single them out (outlet): a local or",
               "# regional broadcaster, a station, a morning or evening news programme. Written by tools/people23/media_cues.py for",
               "# GenScreen from general knowledge of each language (MIT, this project). An outlet singles out a media role only; a",
               "# town office (town) is singled out also by a capitalised place name written after it."]
    print(write_section(path, MARKER, comment, rows()), "rows")

if __name__ == "__main__":
    main()
