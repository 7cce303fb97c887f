#!/usr/bin/env python3
"""Writes src/GenScreen.Core/Prompts/Lexicons/Data/langs7/<language>.json (session 15, i16-langs7).

Three kinds of data, per language:
  * LOANWORDS: a small set of English sexual loanwords (nude, nudes, sexy, sex, topless, erotic) as each script spells
    them (Devanagari, Bengali, Arabic, Persian, Hebrew, Greek, Cyrillic, Thai, Hangul, kana) and the shortened or
    stretched Latin forms of chat (nud, sexx, nsfww, nekkid). A loanword that is also an ordinary word of its script
    (Arabic and Persian نود: "we want" and "ninety"; Hebrew ניוד: mobility; Russian ню is only the art genre) is listed
    only beside a picture noun (صور نود, عکس نود, צילומי ניוד, фото ню, в стиле ню).
  * FORMS: verb, case and adverb forms of the sexual words nobody listed (Italian scopa/scopano with the broom and the
    sweeping as benign phrases, Czech sexu, French en train de baiser, Tagalog nakikipagtalik through prefixes), as
    terms or as inflection sections (stems with endings, prefixes) read by the existing matcher.
  * NOTHING ON: the fixed phrases of "wearing nothing" in the scripts without spaces and in Vietnamese (何も着ていない,
    什么都不穿, 아무것도 안 입은, ไม่ใส่อะไรเลย, không mặc gì) and "leave only skin" in 15 languages, as weak undressing
    (level 1: decides only with an input image). The spaced scripts are read by grammar (ClothingState.TryNothingOn).

Every word skips when an earlier lexicon file already holds it (the generator reads them), so the files hold only what
is new. Source: written for GenScreen from general knowledge of the languages and of loanword spelling (MIT).
Run: python3 tools/langs7/generate.py src/GenScreen.Core/Prompts/Lexicons/Data
"""
import json, os, sys, glob
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lexicon-data"))
from existing_terms import existing_terms, write_lexicon  # noqa: E402  (shared with the other lexicon generators)

SRC = [{"source": "Written for GenScreen (issue 16, session 15, i16-langs7) from general knowledge of the languages, their "
        "loanword spellings (transliteration of English nude/sexy/sex/topless/erotic as each script writes it) and chat usage; "
        "no third-party list copied.", "license": "MIT (this project)"}]

def S(level): return ("sexual", level)
W = ("undress", 1)       # weak undressing: only with an input image
B = ("benign", 0)

DATA = {
 "en": {
   "about": "Shortened and stretched chat forms of nude/sex/nsfw; nudity idioms that name their person (as God made her, not a thread on); 'leave only skin' (weak undressing); sperm whale, nudie suit as benign.",
   "terms": [
     *[(w, S(4)) for w in ["nud", "nuds", "nudz", "noods", "nudez pics", "nekkid", "nekid", "nakey", "nakie", "nakkid", "nudie", "nudies", "nudey",
                           "nsfww", "nsfwww", "nsfw ish", "n s f w"]],
     *[(w, S(6)) for w in ["sexx", "sexxx", "seggs", "secks", "sexxing"]],
     *[(w, S(2)) for w in ["seggsy", "secksy"]],  # sexxy, sexxxy: read as disguises of sexy (squeezed letters) already
     *[(w, S(4)) for w in ["as god made her", "as god made him", "as god made them", "the way god made her", "the way god made him",
                           "how god made her", "like god made her", "as nature made her",
                           "not a thread on", "without a thread on", "not a single thread on", "not one thread on"]],
     *[(w, W) for w in ["leave only skin", "leave only the skin", "leave only bare skin", "leave just skin", "leave just the skin",
                        "only skin left", "only the skin left", "just skin left", "nothing but skin", "nothing but bare skin"]],
     *[(w, B) for w in ["sperm whale", "sperm whales", "sperm oil", "sperm cell", "sperm cells", "nudie suit", "nudie suits", "nudie jeans",
                        "nothing but skin and bones", "nothing but skin and bone"]],
   ]},
 "de": {"about": "German 'String' (a thong) as a false friend of English string; verb forms of ficken/vögeln/bumsen (the dative plural of Vögel, birds, after an article or adjective as benign: mit den Vögeln); 'leave only skin'.",
   "terms": [("string", ("sexual", 2, True)), ("strings", ("sexual", 2, True)),
     *[(w, S(6)) for w in ["fickt", "ficken", "fickend", "fickende", "gefickt", "vögelt", "gevögelt", "bumst", "bumsen", "gebumst", "beim sex", "beim ficken"]],
     *[(w, B) for w in ["den vögeln", "von vögeln", "vielen vögeln", "kleinen vögeln", "bunten vögeln", "zu den vögeln"]],
     *[(w, W) for w in ["nur die haut übrig", "nur haut übrig", "lass nur die haut", "lass nur haut"]]]},
 "fr": {"about": "French 'string' (a thong) as a false friend; forms of baiser that are the verb, never the noun (un baiser, a kiss); 'leave only skin'.",
   "terms": [("string", ("sexual", 2, True)), ("strings", ("sexual", 2, True)),
     *[(w, S(6)) for w in ["en train de baiser", "se faire baiser", "se fait baiser", "se font baiser", "baisent", "baisait", "baisaient", "baisant", "baisée", "baisées", "baise-moi", "baise moi", "se masturbe", "se masturbent", "se masturbant"]],
     *[(w, W) for w in ["ne reste que la peau", "ne laisse que la peau", "ne laisser que la peau"]]]},
 "it": {"about": "Italian scopare (to fuck, also to sweep): its verb forms, with the broom, the card game and sweeping a place as benign phrases; masturbarsi; 'leave only skin'.",
   "terms": [
     *[(w, S(6)) for w in ["scopa", "scopano", "scopando", "scopare", "scopata", "scopate", "scopato", "scopati", "scopava", "scopavano", "scoparla", "scoparlo",
                           "scoparsi", "scopandola", "scopandolo", "scopandosi", "scopami", "scopiamo", "scopatevi", "si masturba", "masturbandosi", "masturbarsi", "si masturbano"]],
     *[(w, B) for w in ["la scopa", "una scopa", "sulla scopa", "della scopa", "di scopa", "a scopa", "con la scopa", "con una scopa", "scopa di saggina",
                        "scopa elettrica", "scopa e paletta", "manico di scopa", "una scopa in mano", "la scopa in mano",
                        *[f"{v} {o}" for v in ["scopa", "scopano", "scopare", "scopando", "scopava"]
                          for o in ["il pavimento", "i pavimenti", "per terra", "la cucina", "la casa", "le foglie", "il cortile", "la strada",
                                    "la stanza", "le scale", "il marciapiede", "la neve", "la polvere", "il portico", "la piazza", "la terrazza"]]]],
     *[(w, W) for w in ["lascia solo la pelle", "lasciale solo la pelle", "resti solo la pelle", "rimanga solo la pelle"]]]},
 "es": {"about": "Spanish verb forms of follar; 'leave only skin'.",
   "terms": [*[(w, S(6)) for w in ["follando", "follan", "follar", "follándose", "follandose", "se la follan", "culeando", "garchando", "masturbándose", "masturbandose"]],
             *[(w, W) for w in ["deja solo la piel", "deja solamente la piel", "déjale solo la piel", "que quede solo la piel"]]]},
 "pt": {"about": "Portuguese verb forms of transar/foder; 'leave only skin'.",
   "terms": [*[(w, S(6)) for w in ["transando", "transam", "transar", "fodendo", "fodem", "foder", "fodida", "fodido", "se masturbando", "masturbando-se"]],
             *[(w, W) for w in ["deixe só a pele", "deixe apenas a pele", "deixa só a pele", "fique só a pele"]]]},
 "nl": {"about": "Dutch verb forms of neuken; 'leave only skin'.",
   "terms": [*[(w, S(6)) for w in ["neuken", "neukt", "neukend", "neukende", "geneukt", "tijdens seks", "tijdens de seks"]],
             *[(w, W) for w in ["laat alleen huid over", "laat alleen de huid over", "alleen huid over"]]]},
 "sv": {"about": "Swedish verb forms of knulla; 'leave only skin'.",
   "terms": [*[(w, S(6)) for w in ["knullar", "knulla", "knullande", "knullas", "onanerar", "onanera"]],
             *[(w, W) for w in ["lämna bara huden", "bara huden kvar", "bara hud kvar"]]]},
 "pl": {"about": "Polish nude adverbs; rozebrany beside a thing (dismantled) as benign; 'leave only skin'.",
   "terms": [*[(w, S(4)) for w in ["nagusieńka", "nagusieńki", "golusieńka", "golusieńki"]],
             *[(w, S(6)) for w in ["podczas seksu", "w trakcie seksu", "pieprzą się", "ruchają się", "rucha", "masturbuje się"]],
             # rozebrany is also "dismantled" (a bicycle, an engine, a wardrobe taken apart): benign beside a thing, either order
             *[(f"{a} {b}", B) for f in ["rozebrany", "rozebrana", "rozebrane", "rozebranego", "rozebraną", "rozebranym"]
               for t in ["rower", "silnik", "samochód", "komputer", "szafa", "szafę", "zegar", "zegarek", "telefon", "łóżko", "namiot", "motocykl",
                         "skuter", "radio", "zabawka", "zabawkę", "mebel", "meble", "rowerem", "silnika", "roweru", "samochodu", "maszyna", "lego"]
               for a, b in [(f, t), (t, f)]],
             *[(w, W) for w in ["zostaw tylko skórę", "zostaw samą skórę", "została tylko skóra", "tylko skóra została"]]]},
 "cs": {"about": "Czech case forms of sex (sexu, sexem) as an inflection section; sex education as benign; 'leave only skin'.",
   "inflection": {"minStem": 3, "maxSuffixes": 1, "suffixes": ["u", "em", "ů"], "stems": [{"term": "sex", "signal": "sexual", "level": 6}], "exceptions": []},
   "terms": [*[(w, S(6)) for w in ["soulože", "souloži", "souložení", "souložil", "souložila"]],
             *[(w, S(4)) for w in ["nahatá", "nahatý", "nahaté", "nahou", "nahým", "nahými"]],
             *[(w, B) for w in ["sexuální výchova", "sexuální výchově", "sexuální výchovy", "sexuální výchovu", "sexuální výchovou"]],
             *[(w, W) for w in ["nech jen kůži", "nech pouze kůži", "zůstane jen kůže"]]]},
 "ru": {"about": "Russian case forms of секс (секса, сексу) as an inflection section; ню (the nude genre) only beside a picture or style noun; нюдсы; 'leave only skin'.",
   "inflection": {"minStem": 4, "maxSuffixes": 1, "suffixes": ["а", "у", "ом", "е"], "stems": [{"term": "секс", "signal": "sexual", "level": 6}], "exceptions": []},
   "terms": [*[(w, S(4)) for w in ["фото ню", "ню фото", "в стиле ню", "стиле ню", "жанре ню", "жанр ню", "ню фотосессия", "фотосессия ню", "фотосессию ню",
                                  "фотосессии ню", "съемка ню", "съёмка ню", "ню съемка", "ню съёмка", "снимки ню", "нюдсы", "нюдс", "нюдесы", "нагишом", "обнажённой", "обнаженной", "топлесс"]],
             *[(w, S(2)) for w in ["секси"]],
             *[(w, W) for w in ["оставь только кожу", "оставить только кожу", "осталась только кожа", "только кожа осталась"]]]},
 "uk": {"about": "Ukrainian case forms of секс as an inflection section; ню beside a picture or style noun; 'leave only skin'.",
   "inflection": {"minStem": 4, "maxSuffixes": 1, "suffixes": ["у", "ом", "і"], "stems": [{"term": "секс", "signal": "sexual", "level": 6}], "exceptions": []},
   "terms": [*[(w, S(4)) for w in ["фото ню", "ню фото", "в стилі ню", "стилі ню", "жанрі ню", "фотосесія ню", "фотосесію ню", "нюдси", "голяка", "оголеною", "оголена"]],
             *[(w, S(2)) for w in ["секси"]],
             *[(w, W) for w in ["залиш тільки шкіру", "залиш лише шкіру", "лишилась тільки шкіра"]]]},
 "el": {"about": "Greek loanwords (νουντ, σέξι without its accent, τόπλες); verb forms; 'leave only skin'.",
   "terms": [*[(w, S(4)) for w in ["νουντ", "νούντ", "τόπλες", "τοπλες"]], *[(w, S(2)) for w in ["σεξι", "σέξυ", "σεξυ"]],
             *[(w, S(6)) for w in ["γαμιούνται", "γαμάει", "γαμιέται", "αυνανίζεται", "κάνουν σεξ", "κάνει σεξ"]],
             *[(w, W) for w in ["άφησε μόνο δέρμα", "άφησε μόνο το δέρμα"]]]},
 "tr": {"about": "Turkish verb forms of sevişmek and sikişmek; 'leave only skin'.",
   "terms": [*[(w, S(6)) for w in ["sevişiyor", "sevişiyorlar", "sevişen", "sevişirken", "sikişiyor", "sikişen", "seks yapıyor", "seks yapıyorlar", "seks yapan"]],
             *[(w, W) for w in ["sadece ten kalsın", "sadece deri kalsın", "yalnızca ten kalsın"]]]},
 "id": {"about": "Indonesian verb forms; 'leave only skin'.",
   "terms": [*[(w, S(6)) for w in ["bersetubuh", "bersenggama", "ngentot", "ngewe", "dientot", "berhubungan seks", "berhubungan intim"]],
             *[(w, W) for w in ["sisakan hanya kulit", "tinggalkan hanya kulit", "tidak memakai apa-apa", "tidak pakai apa-apa"]]]},
 "tl": {"about": "Tagalog prefixes of reciprocal and social verbs (nakikipag-, nakipag-, makipag-, pakikipag-) with the sexual stems talik, kantot, jakol as an inflection section (the other prefixes, infixes and reduplication are the main section's, inflection/tl.json; talik is also a term, so they reach it: nagtalik).",
   "inflection": {"minStem": 4, "maxSuffixes": 1, "suffixes": ["an", "in", "han", "hin"], "prefixes": ["nakikipag", "nakipag", "makipag", "makikipag", "pakikipag", "nakiki"],
                  "stems": [{"term": "talik", "signal": "sexual", "level": 6}, {"term": "kantot", "signal": "sexual", "level": 6}, {"term": "jakol", "signal": "sexual", "level": 6}], "exceptions": []},
   "terms": [("talik", S(6)), ("pakikipagtalik", S(6)),
             *[(w, W) for w in ["walang suot kahit ano", "walang suot na kahit ano", "walang kahit anong suot", "balat lang ang matira"]]]},
 "vi": {"about": "Vietnamese 'wearing nothing' as weak undressing; 'leave only skin'.",
   "terms": [*[(w, W) for w in ["không mặc gì", "chẳng mặc gì", "không mặc gì cả", "không một mảnh vải", "chỉ để lại da", "chỉ còn lại da"]],
             *[(w, S(6)) for w in ["địt nhau"]]]},
 "ja": {"about": "Japanese 'wearing nothing' as weak undressing; ヌードル (noodle) and カップヌードル as benign around ヌード.",
   "terms": [*[(w, W) for w in ["何も着ていない", "何も着てない", "何も着けていない", "何も身につけていない", "何も身に着けていない", "何もつけていない", "何も着ない", "肌だけ残して", "肌だけを残して"]],
             *[(w, B) for w in ["ヌードル", "カップヌードル"]]]},
 "zh": {"about": "Chinese 'wearing nothing' as weak undressing.",
   "terms": [*[(w, W) for w in ["什么都不穿", "什么也不穿", "什么都没穿", "什么也没穿", "啥都不穿", "啥也没穿", "一件衣服都不穿", "一件衣服也不穿", "只剩皮肤", "只留下皮肤"]]]},
 "ko": {"about": "Korean 누드톤 (nude tone) and nude-coloured make-up as benign; 'wearing nothing' (아무것도 안 입은, spaced words) is read by Rules/KoreanPairs.cs.",
   "terms": [*[(w, B) for w in ["누드톤", "누드 톤", "누드립", "누드 베이지", "누드베이지"]]]},
 "th": {"about": "Thai loanword spellings of nude/sexy/sex/topless; 'wearing nothing' as weak undressing; the noodle loanword as benign.",
   "terms": [*[(w, S(4)) for w in ["นู๊ด", "นูด", "ท็อปเลส"]], *[(w, S(2)) for w in ["เซ็กซี", "เซ็กซี่ๆ"]], *[(w, S(6)) for w in ["เซ็กซ์", "มีเซ็กส์"]],
             *[(w, W) for w in ["เธอไม่ใส่อะไร", "เขาไม่ใส่อะไร", "เธอไม่ได้ใส่อะไร", "ไม่สวมอะไร", "ไม่ได้สวมอะไร", "ไม่ใส่อะไรสักชิ้น"]],
             *[(w, B) for w in ["นู้ดเดิ้ล", "นู้ดเดิล", "นูดเดิล", "นูดเดิ้ล"]]]},
 "hi": {"about": "Devanagari loanword spellings of nude/nudes/topless/erotic; 'wearing nothing' phrases.",
   "terms": [*[(w, S(4)) for w in ["न्यूड", "न्यूड्स", "न्युड", "न्यूडिटी", "टॉपलेस", "टोपलेस"]], *[(w, S(2)) for w in ["इरोटिक", "सेक्सि"]],
             *[(w, W) for w in ["बिना कुछ पहने", "कुछ नहीं पहने", "कुछ भी नहीं पहने", "कुछ नहीं पहना"]]]},
 "bn": {"about": "Bengali loanword spellings of nude/topless/erotic; 'wearing nothing' phrases.",
   "terms": [*[(w, S(4)) for w in ["ন্যুড", "ন্যুডস", "ন্যূড", "নিউড", "ন্যুডিটি"]], *[(w, S(2)) for w in ["ইরোটিক", "সেক্সী"]],
             *[(w, W) for w in ["কিছু না পরা", "কিছুই না পরা", "কিছু না পরে", "কিছুই না পরে", "কিছুই পরা নেই"]]]},
 "ar": {"about": "Arabic loanword spellings (نيود, نودز, توبلس, ايروتيك); نود (also 'we want') only beside a picture noun.",
   "terms": [*[(w, S(4)) for w in ["نيود", "نودز", "توبلس", "صور نود", "صورة نود", "صوره نود", "فيديو نود", "تصوير نود", "جلسة نود"]], *[(w, S(2)) for w in ["ايروتيك", "إيروتيك"]]]},
 "fa": {"about": "Persian loanword spellings (نیود, نودز, تاپلس); نود (also 'ninety') only beside a picture noun.",
   "terms": [*[(w, S(4)) for w in ["نیود", "نودز", "تاپلس", "عکس نود", "عکسهای نود", "عکس های نود", "تصاویر نود", "فیلم نود", "عکاسی نود"]], *[(w, S(2)) for w in ["اروتیک"]],
             *[(f"{p} {t}", B) for p in ["عکس نود", "عکسهای نود", "عکس های نود", "تصاویر نود", "فیلم نود"] for t in ["ساله", "سالگی", "سال", "درصد", "نفر", "تایی", "روز", "دقیقه"]]]},
 "he": {"about": "Hebrew loanword spellings (ניודס, טופלס); ניוד (also 'mobility') only beside a picture noun.",
   "terms": [*[(w, S(4)) for w in ["ניודס", "טופלס", "צילומי ניוד", "תמונות ניוד", "צילום ניוד", "תמונת ניוד"]]]},
}

# Terms this generator wrote before later lexicon files also listed them (session 33, i16-generators41): left out as
# "held elsewhere", a re-run no longer reproduced the committed files. Each is kept here with the files that hold it
# now; existing_terms does not count them as held elsewhere.
KEPT_ELSEWHERE = {
    "địt nhau": "langs20/vi.json",
}

def main(root):
    seen = existing_terms(root, "langs7", KEPT_ELSEWHERE)
    out = os.path.join(root, "langs7")
    os.makedirs(out, exist_ok=True)
    for lang, d in DATA.items():
        terms, dup = [], set()
        for term, kind in d.get("terms", []):
            key = term.lower()
            language_only = len(kind) > 2 and kind[2]
            # A false friend is listed in each language whose word it is (German and French String beside Dutch string).
            if (key in seen and not language_only) or key in dup:
                continue
            dup.add(key)
            entry = {"term": term, "signal": kind[0], "level": kind[1]}
            if len(kind) > 2 and kind[2]:
                entry["languageOnly"] = True
            terms.append(entry)
        doc = {"language": lang, "version": "1", "about": d["about"], "sources": SRC}
        if "inflection" in d:
            doc["inflection"] = d["inflection"]
        doc["prompt"] = terms
        write_lexicon(os.path.join(out, lang + ".json"), doc)
        print(lang, len(terms))

if __name__ == "__main__":
    main(sys.argv[1])
