#!/usr/bin/env python3
"""Writes the i16-roles40 section (session 32) of src/GenScreen.Core/Prompts/Rules/Data/office-cues.tsv.

1. Deputies and feminine forms of the one-holder town offices, derived by each language's morphology from the `town` rows
   the older sections hold (not listed by hand): a deputy prefix or suffix (vice-, deputy, stellvertretende, vice-/vice,
   wice-, místo-, вице-/віце-, αντι-, סגן/סגנית, نائب/نائبة, معاون, उप, উপ, รอง, phó, wakil, bise, 副, 부, Turkish
   "... yardımcısı"), and the feminine of a masculine office where the feminine does not merely extend the masculine
   (Greek -ης -> -ισσα: περιφερειάρχισσα; Italian -co/-tore/-ore/-ere -> -ca/-trice/-ora/-era; Spanish -de/-or/-o ->
   -desa/-ora/-a; Portuguese -o/-or -> -a/-ora; German +in). In the inflecting languages (cs, pl, ru, uk, de, sv, nl, tr, el,
   hi, bn) an office row already takes any ending (hejtman|ka, starost|ka, burmistrz|yni), so only forms that change the
   word's end are written.
2. A duty said by a verb and its broadcast object ("who reads the traffic news on", "che legge il meteo sul", "co čte zprávy
   v", "hava durumunu sunan", "天気予報を読んでる"): each language's presenting verbs crossed with its broadcast objects, in
   the language's own order, as `media` roles (a broadcast role an outlet, a programme or the user's surroundings single out).
3. Offices, outlets and kin the older rows lacked: kaymakam (tr), 里長/鎮長/村長 (zh/ja), นายก อบจ. (th), local channels
   and programme slots (yerel kanal, sabah kuşağı, ローカル局, τοπικό κανάλι, lokal-tv), Vietnamese kin with the honorific
   (vợ ông: "the wife of Mr. chairman"), the Ukrainian and Russian council session (з останньої сесії) as a time anchor.
Written for GenScreen from general knowledge of each language (MIT, this project). Rows are lower case; Latin, Cyrillic and
Greek rows also without diacritics (cue_rows).
Run: python3 tools/roles40/role_cues.py   (rewrites its own section through tools/lexicon-data/cue_sections.py; idempotent)
"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "lexicon-data"))
from cue_sections import RULES_DATA, cue_rows, fold, older_rows, write_section  # noqa: E402

MARKER = "# Branch i16-roles40 (session 32):"

# Deputy forms: "{}" is the office. Joined prefixes are written against the office (vicesindaco, wiceburmistrz, 副市長).
DEPUTY = {
    "en": ["vice {}", "vice-{}", "deputy {}"],
    "de": ["stellvertretende {}", "stellvertretender {}", "stellvertretenden {}", "vize{}", "vize-{}"],
    "fr": ["vice-{}", "{} adjoint", "{} adjointe"],
    "es": ["vice{}", "teniente de {}", "teniente de {}sa"],
    "it": ["vice{}", "vice {}", "vice-{}"],
    "pt": ["vice-{}"],
    "nl": ["loco-{}", "locoburge{}", "vice-{}"],
    "pl": ["wice{}", "zastępca {}", "zastępczyni {}"],
    "cs": ["místo{}", "misto{}"],
    "sv": ["vice {}", "biträdande {}", "bitradande {}", "förste vice {}"],
    "ru": ["вице-{}", "заместитель {}", "замглавы {}"],
    "uk": ["віце-{}", "заступник {}", "заступниця {}"],
    "el": ["αντι{}"],
    "tr": ["{} yardımcısı", "{} vekili"],
    "he": ["סגן {}", "סגנית {}", "ממלא מקום {}", "ממלאת מקום {}"],
    "ar": ["نائب {}", "نائبة {}"],
    "fa": ["معاون {}"],
    "hi": ["उप {}", "उप{}"],
    "bn": ["উপ{}", "ডেপুটি {}"],
    "th": ["รอง{}"],
    "vi": ["phó {}"],
    "id": ["wakil {}"],
    "tl": ["bise {}", "bise-{}", "pangalawang {}"],
    "ja": ["副{}"],
    "zh": ["副{}"],
}

# Feminine of a masculine office: (masculine ending, feminine ending), tried in order, the first that fits.
FEMININE = {
    "el": [("άρχης", "άρχισσα"), ("αρχης", "αρχισσα"), ("ήτης", "ήτρια"), ("ητης", "ητρια")],
    "it": [("tore", "trice"), ("sore", "sora"), ("ere", "era"), ("co", "ca"), ("ore", "ora"), ("ente", "entessa")],
    "es": [("de", "desa"), ("or", "ora"), ("o", "a")],
    "pt": [("or", "ora"), ("o", "a")],
    "fr": [("eur", "eure"), ("et", "ète"), ("é", "ée")],
    "de": [("er", "erin"), ("eur", "eurin"), ("rat", "rätin")],
}

# Offices whose town rows hold a city (부산시장, 横浜市長 read by TownWritten); their deputies are written by hand below.
SKIP_DEPUTY_LANGS = {"ko"}

HAND = {
"town": {
    "tr": "kaymakam|ilçe kaymakamı",
    "zh": "里長|里长|鎮長|镇长|村長|村长|鄉長|乡长",
    "ja": "町長|村長",
    "ko": "부시장|부구청장|부군수|부지사",
    "th": "นายก อบจ.|นายก อบจ",
    "vi": "ông chủ tịch|bà chủ tịch",
},
"role": {
    "ar": "عضو مجلس النواب|عضوة مجلس النواب|عضو مجلس الشعب|عضوة مجلس الشعب|عضو مجلس الأمة|عضوة مجلس الأمة",
},
"kin": {
    "vi": "vợ ông|chồng bà",
    "zh": "的太太|的老婆|的老公",
},
"outlet": {
    "en": "local channel|local news|local station|our local station|morning show|breakfast show|affiliate",
    "de": "lokalsender|regionalsender|lokal-tv|regionalfernsehen",
    "fr": "chaîne locale|télé locale|journal régional",
    "es": "tele local|televisión local|cadena local|informativo local|informativo regional",
    "it": "tv locale|televisione locale|emittente locale",
    "pt": "jornal local|tv local|televisão local|emissora local",
    "nl": "lokale omroep|regionale zender|lokale zender",
    "pl": "lokalnej telewizji|lokalna telewizja|regionalnej telewizji|lokalnym radiu",
    "cs": "regionální televiz|regionálním vysílání|místní televiz",
    "sv": "lokal-tv|lokaltv|lokalradion|lokala nyheterna",
    "tr": "yerel kanal|yerel televizyon|sabah kuşağı|sabah kuşağında|akşam haberleri|ana haber",
    "el": "τοπικό κανάλι|τοπικό σταθμό|τοπικού καναλιού|τοπικό ραδιόφωνο",
    "he": "בערוץ המקומי|ברדיו המקומי|בחדשות המקומיות",
    "ar": "قناتنا المحلية|القناة المحلية|الإذاعة المحلية",
    "fa": "شبکه استانی|شبکه محلی|رادیو محلی",
    "hi": "लोकल चैनल|स्थानीय चैनल",
    "bn": "লোকাল চ্যানেল|স্থানীয় চ্যানেল",
    "th": "ช่องท้องถิ่น|สถานีท้องถิ่น",
    "id": "tv lokal|stasiun tv lokal|radio lokal",
    "tl": "lokal na istasyon|lokal na channel",
    "ja": "ローカル局|地元ローカル局|朝の情報番組",
    "zh": "地方台|本地电视台|本地電視台",
    "ko": "지역 방송국|지역 방송|지역 채널",
},
"modifier": {
    "uk": "з останньої сесії|з минулої сесії",
    "ru": "с последней сессии|с прошлой сессии",
},
}

# Duty verbs crossed with broadcast objects, in each language's order ("{v} {o}" or, verb-final, "{o} {v}").
DUTY = {
    "en": ("vo", ["reads the", "does the", "presents the", "does", "reads", "presents", "hosts the"],
           ["news", "weather", "traffic", "traffic and weather", "weather forecast", "forecast", "morning news", "evening news", "headlines", "traffic news"]),
    "de": ("ov", ["ansagt", "liest", "moderiert", "präsentiert", "spricht"],
           ["das wetter", "die nachrichten", "den wetterbericht", "die wettervorhersage"]),
    "fr": ("vo", ["présente la", "présente le", "présente les", "lit les", "fait la"], ["météo", "journal", "infos", "jt"]),
    "es": ("vo", ["presenta el", "da el", "presenta las", "lee las", "da las", "presenta el"], ["tiempo", "noticias", "informativo", "telediario"]),
    "it": ("vo", ["legge il", "presenta il", "conduce il", "legge le", "fa il"], ["meteo", "tg", "notizie", "telegiornale"]),
    "pt": ("vo", ["apresenta o", "apresenta a", "lê as", "dá a", "dá o"], ["tempo", "previsão do tempo", "jornal", "notícias", "telejornal"]),
    "nl": ("ov", ["presenteert", "leest", "doet"], ["het weer", "het nieuws", "het weerbericht"]),
    "pl": ("vo", ["prowadzi", "czyta", "zapowiada"], ["pogodę", "wiadomości", "prognozę pogody", "serwis informacyjny"]),
    "cs": ("vo", ["uvádí", "čte", "moderuje", "hlásí"], ["počasí", "zprávy", "předpověď počasí"]),
    "sv": ("vo", ["läser", "presenterar", "gör"], ["väder", "vädret", "nyheterna", "nyheter"]),
    "ru": ("vo", ["ведёт", "ведет", "читает"], ["прогноз погоды", "новости", "погоду"]),
    "uk": ("vo", ["веде", "читає"], ["прогноз погоди", "новини", "погоду"]),
    "tr": ("ov", ["sunan", "okuyan", "anlatan"], ["hava durumunu", "haberleri", "haberlerini", "bülteni", "ana haberi"]),
    "el": ("vo", ["λέει τον", "παρουσιάζει τον", "λέει τις", "παρουσιάζει τις", "διαβάζει τις"], ["καιρό", "ειδήσεις"]),
    "he": ("vo", ["שמגישה את", "שקוראת את", "שמגיש את"], ["מזג האוויר", "החדשות", "התחזית"]),
    "ar": ("vo", ["التي تقدم", "اللي بتقدم", "التي تقرأ", "اللي بتقرا"], ["النشرة الجوية", "الأخبار", "النشرة"]),
    "fa": ("ov", ["میخونه", "می‌خونه", "رو میگه", "را اجرا می‌کند"], ["اخبار", "هواشناسی", "اخبار هواشناسی"]),
    "hi": ("ov", ["पढ़ने वाली", "बताने वाली", "पढ़ती है जो"], ["समाचार", "खबर", "न्यूज़", "मौसम"]),
    "bn": ("ov", ["পড়া", "পড়ে যে", "বলে যে"], ["খবর", "আবহাওয়ার খবর", "আবহাওয়া"]),
    "th": ("vo", ["ที่อ่าน", "ที่รายงาน"], ["ข่าว", "พยากรณ์อากาศ", "สภาพอากาศ"]),
    "id": ("vo", ["yang bawain", "yang membawakan", "yang membacakan"], ["berita", "cuaca", "prakiraan cuaca"]),
    "tl": ("vo", ["na nagbabasa ng", "na nag-uulat ng"], ["balita", "panahon", "ulat panahon"]),
    "ja": ("ov", ["を読んでる", "を読んでいる", "を伝える", "を担当してる", "を担当している"], ["天気予報", "ニュース", "天気"]),
    "zh": ("ov", ["的"], ["播报天气", "播報天氣", "报天气", "報天氣", "播新闻", "播新聞", "播报新闻", "播報新聞"]),
    "ko": ("ov", ["를 전하는", "을 전하는", "를 읽는", "을 읽는", "를 알려주는"], ["날씨", "뉴스"]),
}


def derive(town_rows):
    """Deputies and feminine forms of the `town` rows (language, term) the older sections hold."""
    out = {}
    for lang, term in town_rows:
        forms = {term}
        for masc, fem in FEMININE.get(lang, []):
            if term.endswith(masc) and len(term) > len(masc) + 2:
                forms.add(term[: -len(masc)] + fem)
                break
        if lang not in SKIP_DEPUTY_LANGS:
            for f in list(forms):
                for pattern in DEPUTY.get(lang, []):
                    if pattern.endswith("{}sa") and not f.endswith("de"):
                        continue
                    if pattern.startswith("locoburge"):
                        continue
                    forms.add(pattern.format(f))
        forms.discard(term)
        for f in forms:
            out.setdefault(lang, set()).add(f)
    return {lang: "|".join(sorted(v)) for lang, v in out.items()}


def duties():
    out = {}
    for lang, (order, verbs, objects) in DUTY.items():
        terms = set()
        for v in verbs:
            for o in objects:
                if lang == "zh":
                    terms.add(o + v)
                elif lang in ("ja", "ko"):
                    terms.add(o + v)
                else:
                    terms.add(f"{v} {o}" if order == "vo" else f"{o} {v}")
        out[lang] = "|".join(sorted(terms))
    return out


def main():
    path = os.path.join(RULES_DATA, "office-cues.tsv")
    rows = older_rows(path, MARKER)
    older = {(kind, term) for kind, _, term in rows}
    towns = list(dict.fromkeys((lang, term) for kind, lang, term in rows if kind == "town"))
    tables = {k: dict(v) for k, v in HAND.items()}
    for lang, terms in derive(towns).items():
        tables["town"][lang] = tables["town"][lang] + "|" + terms if lang in tables["town"] else terms
    tables["media"] = duties()
    # A derived form an older section already holds under the same kind is left out; under another kind (αντιδήμαρχος as a
    # role) it is written, so the loader adds what this kind says (a town office reads its town after it).
    # A new outlet or modifier that lengthens an older row by a word (yerel televizyon after yerel) takes the older reading's
    # place in the longest match and lost two labelled items: left out (tools/roles33/role_cues.py drops such rows too). So is
    # a new outlet or duty that starts with an older outlet, broadcaster, surroundings or modifier row the scan would read
    # there (ana haber|i sunan, समाचार पढ़ने वाली): the older row and its own role already read those prompts.
    words = {t for _, t in older}
    singlers = {t for k, t in older if k in ("outlet", "org", "local", "modifier", "place")}

    def shadows(kind, term):
        if kind in ("outlet", "modifier") and any(term[:i] in words for i in range(2, len(term)) if term[i] == " "):
            return True
        return kind in ("outlet", "media") and any(term[:i] in singlers and (i >= 4 or term[i] == " ") for i in range(2, len(term)))

    rows = [r for r in cue_rows(tuple(tables.items()), lower=True) if (r[0], r[2]) not in older and not shadows(r[0], r[2])]
    comment = [MARKER + " deputies and feminine forms of the town offices derived by each language's morphology (town), a",
               "# duty said by a presenting verb and its broadcast object (media: who reads the news, hava durumunu sunan), offices, local outlets,",
               "# kin and time anchors the older rows lacked. Written by tools/roles40/role_cues.py for GenScreen (MIT, this project)."]
    print(write_section(path, MARKER, comment, rows), "office rows")


if __name__ == "__main__":
    main()
