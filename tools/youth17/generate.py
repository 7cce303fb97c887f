#!/usr/bin/env python3
"""Writes src/GenScreen.Core/Prompts/Lexicons/Data/youth17/<language>.json (session 16, i16-youth17).

Plain child words of the 26 languages that the lexicons lacked: regional, slang, diminutive, affectionate and pejorative
words for kids, toddlers, preschoolers and schoolchildren, with their plurals and the forms a case or an article gives
them where the language has no inflection section (English, Hangul, Han, Thai, Vietnamese, Tagalog). Levels follow
docs/categories.md: 4 where the word's ordinary referent is a child (bairn, Knirps-like words, marmaille, карапуз,
꼬맹이), 3 where it is a child's word that adults are sometimes called too (môme, mocosa, nhóc, 小丫头), 2 for the
endearments that address a lover as often as a baby (`μωρό μου`, `baby ko`): with nudity and no adult marker they block,
with an adult marker they are reviewed, never blocked; English `hey baby`, `oh baby`, `yeah baby` (an interjection before
the word: a lover, never an infant) are benign. Words said of young adults as often as of children (piba, tös,
miúda, pischella, guria, chavala, Mädel, jeune) are no terms: they are `person` roles only, so a school year or a bare
number beside them is read as a pupil's or a person's age. Inflected forms of the inflecting languages are stems in
inflection/<language>.json, not listed here.

Also per language: age units the grammar lacked (Swedish -åringen/-åringar, Ukrainian рочків, the Ukrainian -річна
tail after the apostrophe of дев'яти-/п'яти-, feminine only: the masculine is also a five-year plan), Hebrew בת/בן before a number as the age marker, Polish `wieku` as
evidence of Polish.

Tagalog `nasa hustong gulang` (of legal age) is an adult marker. Benign: nail and cuticle nippers, flaxseed (بزر الكتان),
the pupil of the eye (نی‌نی چشم). Every term an earlier lexicon file already lists is skipped. Source: written for GenScreen from general knowledge of
the languages (MIT). Run: python3 tools/youth17/generate.py src/GenScreen.Core/Prompts/Lexicons/Data
"""
import json, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lexicon-data"))
from existing_terms import existing_terms, write_lexicon  # noqa: E402  (shared with the other lexicon generators)

SRC = [{"source": "Written for GenScreen (issue 16, session 16, i16-youth17) from general knowledge of the languages' everyday, "
        "regional, slang and affectionate words for children and of their adult senses; no third-party list copied.",
        "license": "MIT (this project)"}]

# (term, level); level 0 means benign.
DATA = {
 "en": {"terms": [("bairn", 4), ("bairns", 4), ("wee bairn", 4), ("a wean", 4), ("the wean", 4), ("wee wean", 4), ("the weans", 4),
                  ("rugrat", 4), ("rugrats", 4), ("ankle biter", 4), ("ankle biters", 4), ("littlun", 4), ("littluns", 4),
                  ("kiddywink", 4), ("kiddywinks", 4), ("kiddiewinks", 4), ("moppet", 4), ("moppets", 4), ("nipper", 3), ("nippers", 3), ("nail nipper", 0), ("nail nippers", 0), ("cuticle nipper", 0), ("cuticle nippers", 0),
                  ("kindergartner", 4), ("kindergartners", 4), ("kindergartener", 4), ("kindergarteners", 4), ("grade schooler", 4),
                  ("grade schoolers", 4), ("gradeschooler", 4), ("schoolkid", 4), ("schoolkids", 4), ("primary schooler", 4),
                  ("primary schoolers", 4), ("middle schooler", 3), ("middle schoolers", 3), ("junior schooler", 4),
                  ("hey baby", 0), ("oh baby", 0), ("yeah baby", 0)],
        "roles": {"person": ["lass", "lassie"]}},
 "de": {"terms": [("kleine göre", 4), ("freche göre", 4), ("kleine gören", 4), ("freche gören", 4), ("rotzgöre", 4), ("rotzgören", 4),
                  ("rotzbengel", 4), ("rotznase", 3), ("hosenscheißer", 4), ("hosenscheisser", 4), ("pimpf", 4), ("pimpfe", 4),
                  ("gschrapp", 4), ("gschrappen", 4), ("kleiner fratz", 4), ("kleine fratz", 4), ("bälger", 4), ("lausbub", 4),
                  ("lausbuben", 4), ("lausmädel", 4), ("lausmädchen", 4), ("bübchen", 4), ("primarschüler", 4), ("primarschülerin", 4),
                  ("primarschülerinnen", 4), ("unterstufenschülerin", 4), ("unterstufenschüler", 4), ("kitakind", 4), ("kitakinder", 4),
                  ("kindergartenkind", 4), ("kindergartenkinder", 4), ("vorschulkind", 4), ("vorschulkinder", 4)],
        "roles": {"person": ["mädel", "mädels", "bub", "buben"]}},
 "fr": {"terms": [("môme", 3), ("mômes", 3), ("minot", 4, "fr"), ("minots", 4, "fr"), ("minotte", 4), ("minottes", 4), ("un marmot", 4),
                  ("le marmot", 4), ("les marmots", 4), ("des marmots", 4), ("marmaille", 4), ("mouflet", 4), ("mouflets", 4),
                  ("mouflette", 4), ("mouflettes", 4), ("loupiot", 4), ("loupiots", 4), ("loupiote", 4), ("loupiotes", 4),
                  ("moutard", 4), ("moutards", 4), ("bout de chou", 4), ("morveuse", 3), ("petite morveuse", 4), ("petit morveux", 4),
                  ("chérubin", 3), ("chérubins", 3)],
        "roles": {"person": ["jeune", "jeunes", "meuf"]}},
 "es": {"terms": [("chavalita", 4), ("chavalitas", 4), ("chavalito", 4), ("chavalitos", 4), ("gurisa", 4), ("gurisas", 4), ("gurí", 4),
                  ("gurises", 4), ("gurisito", 4), ("gurisita", 4), ("pibita", 3), ("pibitas", 3), ("pibito", 3), ("pibitos", 3),
                  ("una peque", 3), ("la peque", 3), ("los peques", 3), ("las peques", 3), ("mi peque", 3), ("chiquitina", 4),
                  ("chiquitín", 4), ("chiquitines", 4), ("mocosa", 3), ("mocoso", 3), ("mocosas", 3), ("mocosos", 3), ("crío", 3, "es"),
                  ("críos", 3, "es"), ("churumbel", 4), ("churumbeles", 4), ("huerco", 4), ("huerca", 4), ("huercos", 4), ("huerquita", 4),
                  ("chilpayate", 4), ("chilpayates", 4), ("nenita", 3), ("nenito", 3), ("chamita", 4), ("chamito", 4)],
        "roles": {"person": ["piba", "pibe", "chavala", "chaval", "chama", "chamo", "nena", "nene"]}},
 "it": {"terms": [("picciridda", 4), ("picciriddu", 4), ("picciriddi", 4), ("marmocchio", 4), ("marmocchia", 4), ("marmocchi", 4),
                  ("marmocchie", 4), ("frugolo", 4), ("frugoli", 4), ("frugoletto", 4), ("frugoletta", 4), ("frugoletti", 4),
                  ("pupetto", 4), ("pupetta", 3), ("pargolo", 4), ("pargola", 4), ("pargoli", 4), ("pargoletta", 4), ("pargoletto", 4),
                  ("moccioso", 3), ("mocciosa", 3), ("mocciosi", 3), ("guagliuncella", 4), ("guagliuncello", 4), ("guagliunciello", 4),
                  ("fantolino", 4), ("fantolina", 4), ("fantolini", 4), ("bocia", 3), ("bocete", 3)],
        "roles": {"person": ["pischella", "pischello", "guagliona", "guaglione"]}},
 "pt": {"terms": [("guriazinha", 4), ("guriazinhas", 4), ("gurizinho", 4), ("guri", 3, "pt"), ("guris", 3, "pt"), ("catraia", 3), ("catraio", 3),
                  ("catraias", 3), ("catraios", 3), ("pivete", 3), ("pivetes", 3), ("petiz", 4), ("petiza", 4), ("petizes", 4),
                  ("fedelho", 4), ("fedelha", 4), ("fedelhos", 4), ("criançola", 4), ("bebezinho", 4), ("bebezinha", 4),
                  ("curumim", 4), ("curumins", 4), ("pirralhinha", 4), ("pirralhinho", 4), ("molequinha", 4), ("molequinho", 4)],
        "roles": {"person": ["miúda", "miúdo", "miúdas", "miúdos", "guria", "gurias"]}},
 "nl": {"ageUnits": ["jarigen"],
        "terms": [("koter", 4), ("koters", 4), ("dreumes", 4), ("dreumesen", 4), ("dreumesje", 4), ("snotneus", 3), ("snotneuzen", 3),
                  ("hummeltje", 4), ("hummeltjes", 4), ("kereltje", 4), ("kereltjes", 4), ("pagadder", 4), ("pagadders", 4),
                  ("bengel", 3), ("bengels", 3), ("schoolkind", 4), ("schoolkinderen", 4), ("basisschoolleerling", 4),
                  ("basisschoolleerlinge", 4), ("basisschoolleerlingen", 4), ("kleuterklasser", 4)],
        "roles": {"person": ["meid", "meiden", "meiske", "meisken", "griet"]}},
 "ru": {"terms": [("карапуз", 4), ("карапузы", 4), ("дошколёнок", 4), ("дошколята", 4), ("дошколенок", 4), ("сопляк", 3),
                  ("соплячка", 3), ("мелюзга", 4), ("детвора", 4), ("ребятишки", 4), ("детишки", 4), ("шкет", 4), ("малец", 4),
                  ("шмакодявка", 4), ("дитё", 4), ("дитя", 4)],
        "ageUnits": ["годика", "годков", "годочков", "годочка"]},
 "uk": {"terms": [("дитинча", 4), ("малеча", 4), ("дошкільня", 4), ("дошкільнята", 4), ("малята", 4), ("малятко", 4), ("дітлахи", 4),
                  ("шмаркач", 4), ("шмаркачка", 4), ("пуцьвірінок", 4),
                  # the tail of дев'яти-/п'яти- after the apostrophe (the word splits there): both 9 and 5 are children's ages
                  ("ятирічна", 4), ("ятирічну", 4), ("ятирічної", 4), ("ятирічній", 4), ("ятирічною", 4)],
        "ageUnits": ["рочків", "рочки", "рочок", "річну", "річною", "річній"]},
 "pl": {"terms": [("brzdąc", 4), ("smyk", 3), ("smyki", 2), ("gówniara", 3), ("gówniarz", 3), ("bajtel", 4), ("bajtle", 4),
                  ("berbeć", 4), ("maluszek", 4), ("malec", 4), ("malca", 4), ("malcem", 4), ("malcy", 4), ("pędrak", 4), ("pędraki", 4), ("bobas", 4), ("smarkula", 4),
                  ("smarkacz", 4), ("smarkateria", 4), ("podlotek", 3), ("pierwszaczek", 4), ("pierwszaczka", 4), ("dzieciaczek", 4)],
        "stopWords": ["wieku", "latka", "lateczka"],
        "ageUnits": ["latki", "latką", "latkę", "latkom", "latkami", "latkach"],
        "roles": {"person": ["laska"]}},
 "cs": {"terms": [("špunt", 2), ("škvrně", 4), ("škvrňata", 4), ("harant", 4), ("haranti", 4), ("fracek", 3), ("mrně", 4), ("mrňata", 4),
                  ("mrňous", 4), ("děvčátko", 4), ("kluček", 4), ("školáček", 4), ("školačka", 4), ("puberťačka", 3), ("puberťák", 3)],
        "roles": {"person": ["holka", "holky", "ženská"]}},
 "sv": {"terms": [("en unge", 4), ("ungen", 4), ("ungar", 4, "sv"), ("ungarna", 4), ("knodd", 4), ("knoddar", 4), ("knoddarna", 4),
                  ("snorunge", 4), ("snorungar", 4), ("snorungen", 4), ("snorungarna", 4), ("glytt", 4), ("glyttar", 4), ("parvel", 4), ("parvlar", 4),
                  ("småtting", 4), ("småttingar", 4), ("lågstadiebarn", 4), ("mellanstadiebarn", 4), ("skolbarn", 4)],
        "ageUnits": ["åringen", "åringar", "åringarna", "åringens"],
        "roles": {"person": ["tös", "töser", "tjej", "brud"]}},
 "el": {"terms": [("μικρούλα", 3), ("μικρούλης", 3), ("μπόμπιρας", 4), ("μπόμπιρες", 4), ("μικράκι", 4), ("μικράκια", 4),
                  ("νιάνιαρο", 4), ("νιάνιαρα", 4), ("κουτσούβελο", 4), ("κουτσούβελα", 4), ("μαθητούδι", 4), ("μαθητούδια", 4),
                  ("μαθητριούλα", 4), ("μωράκι", 3), ("μωρό μου", 2)],
        # compound ages: the number's combining form before -χρονη (οχτάχρονη, δωδεκάχρονης); adults' too, as adult markers
        "numbers": {"τρί": 3, "τετρά": 4, "πεντά": 5, "εξά": 6, "εφτά": 7, "επτά": 7, "οχτά": 8, "οκτά": 8, "δεκά": 10, "εντεκά": 11,
                    "ενδεκά": 11, "δωδεκά": 12, "δεκατριά": 13, "δεκατεσσερά": 14, "δεκαπεντά": 15, "δεκαεξά": 16, "δεκαεφτά": 17,
                    "δεκαεπτά": 17, "δεκαοχτά": 18, "δεκαοκτά": 18, "εικοσά": 20, "τριαντά": 30, "σαραντά": 40, "πενηντά": 50},
        "ageUnits": ["χρονης", "χρονου", "χρονες", "χρονα"]},
 "tr": {"terms": [("velet", 4), ("veletler", 4), ("veledi", 4), ("yumurcak", 4), ("yumurcaklar", 4), ("yumurcağı", 4), ("bacaksız", 2),
                  ("afacan", 3), ("afacanlar", 3), ("çocukcağız", 4), ("minik kızla", 4), ("minik kıza", 4), ("minik kızı", 4),
                  ("minik kızın", 4), ("küçük kızla", 4), ("küçük kıza", 4), ("küçük kızı", 4), ("küçük kızın", 4)],
        "ageUnits": ["yaşındakiyle", "yaşındakini", "yaşındakinin", "yaşındakine", "yaşındakiler", "yaşındakilerle", "yaşındakileri"]},
 "ar": {"terms": [("بنوتة", 4), ("بنوته", 4), ("بنوتات", 4), ("بزر", 3), ("بزران", 3), ("بزر الكتان", 0), ("بزر كتان", 0), ("ياهل", 4), ("يهال", 4), ("بنت زغيرة", 4),
                  ("بنت صغيورة", 4), ("صغيورة", 4), ("نونو", 3), ("بيبي", 2)]},
 "fa": {"terms": [("نی نی", 4), ("نی‌نی", 4), ("نینی", 4), ("نی نی چشم", 0), ("نی‌نی چشم", 0), ("نینی چشم", 0), ("دخترک", 4), ("کودکستانی", 4), ("پیش دبستانی", 4), ("پیش‌دبستانی", 4),
                  ("فسقلی", 4), ("وروجک", 4), ("نیم وجبی", 4), ("نیم‌وجبی", 4), ("بچه کوچیک", 4), ("دختر بچه", 4),
                  # نه (nine) is also "no", so the grammar does not read it as a number: its age is listed
                  ("نه ساله", 4), ("نه‌ساله", 4), ("نهساله", 4)]},
 "he": {"terms": [("קטנטנה", 3), ("קטנטן", 3), ("קטנטנים", 3), ("קטנטנות", 3), ("זאטוטה", 4), ("זאטוטים", 4), ("ילדונת", 4),
                  ("ילדונים", 4), ("פעוטות", 4), ("ילדת בית ספר", 4)],
        "roles": {"age-marker": ["בת", "בן"]}},
 "hi": {"terms": [("बिटिया", 3), ("छोटी सी लड़की", 4), ("छोटी सी बच्ची", 4), ("छोटा सा लड़का", 4), ("छोटा सा बच्चा", 4), ("नन्ही बच्ची", 4),
                  ("नन्ही सी", 4), ("नन्ही बिटिया", 4), ("नन्हा बच्चा", 4), ("नन्हे बच्चे", 4), ("छुटकी", 4), ("बच्चियां", 4),
                  ("बच्चियाँ", 4), ("बच्चियों", 4), ("बालिका", 4), ("बालिकाएं", 4), ("स्कूली छात्रा", 3)]},
 "bn": {"terms": [("পুঁচকে", 4), ("পুঁচকি", 4), ("শিশুকন্যা", 4), ("খুকুমণি", 4), ("খুকু", 4), ("খোকা", 4), ("খোকন", 4), ("খোকাবাবু", 4),
                  ("কচি মেয়ে", 3), ("বালিকা", 4), ("ছোট্ট মেয়ে", 4), ("বাচ্চা মেয়ে", 4), ("বাচ্চা ছেলে", 4)]},
 "th": {"terms": [("ด.ญ.", 4), ("ด.ช.", 4), ("น้องหนู", 3), ("เด็กเล็ก", 4), ("เจ้าตัวเล็ก", 4), ("ลูกสาวตัวน้อย", 4), ("ละอ่อน", 4),
                  ("เด็กประถม", 4), ("เด็กอนุบาล", 4)]},
 "vi": {"terms": [("con bé", 3), ("nhóc tì", 4), ("con nít", 4), ("nhóc con", 4), ("cháu bé", 4), ("đứa nhỏ", 4), ("trẻ nhỏ", 4),
                  ("bé tí", 4), ("học sinh cấp một", 4), ("học sinh cấp 1", 4), ("nhi đồng", 4), ("thiếu nhi", 4)]},
 "id": {"terms": [("bocah ingusan", 4), ("batita", 4), ("anak ingusan", 4), ("anak bau kencur", 4), ("bocil", 4)]},
 "tl": {"terms": [("bulilit", 4), ("neneng", 3), ("chikiting", 4), ("tsikiting", 4), ("baby ko", 2)],
        "adult": ["nasa hustong gulang", "nasa wastong gulang"]},
 "ja": {"terms": [("クソガキ", 4), ("幼稚園児", 4), ("保育園児", 4), ("未就学児", 4), ("乳幼児", 4), ("ちびっこ", 4)]},
 "zh": {"terms": [("小丫头", 3), ("小丫頭", 3), ("丫头片子", 4), ("丫頭片子", 4), ("囡囡", 3), ("熊孩子", 4), ("小不点", 4), ("小不點", 4),
                  ("小娃", 4), ("孩童", 4), ("幼童", 4), ("小女娃", 4), ("小毛孩", 4), ("毛孩子", 4), ("奶娃", 4)]},
 "ko": {"terms": [("꼬맹이", 4), ("꼬맹이들", 4), ("여자애", 3), ("남자애", 3), ("여자애들", 3), ("잼민이", 4), ("중딩", 4), ("유딩", 4),
                  ("애새끼", 4), ("꼬꼬마", 4), ("애기", 2)]},
}

ABOUT = {"en": "English (Scots bairn, wean)", "de": "German (Austrian, Swiss, southern)", "fr": "French (Provence, slang)",
         "es": "Spanish (Spain, Río de la Plata, Mexico, Venezuela)", "it": "Italian (Sicilian, Neapolitan, Venetian, Roman)",
         "pt": "Portuguese (Portugal, southern Brazil)", "nl": "Dutch (Netherlands, Flanders)"}


# Terms this generator wrote before later lexicon files also listed them (session 33, i16-generators41): left out as
# "held elsewhere", a re-run no longer reproduced the committed files. Each is kept here with the files that hold it
# now; existing_terms does not count them as held elsewhere.
KEPT_ELSEWHERE = {
    "chiquitina": "youth23/children.json",
    "chiquitín": "youth23/children.json",
    "bocah ingusan": "langs20/id.json",
    "dreumes": "langs20/nl.json",
    "dreumesen": "langs20/nl.json",
    "ungen": "langs20/sv.json",
    "ungarna": "langs20/sv.json",
    "nhóc tì": "langs20/vi.json",
    "con nít": "langs20/vi.json",
    "nhóc con": "langs20/vi.json",
    "小不点": "langs20/zh.json",
    "小女娃": "langs20/zh.json",
    "奶娃": "langs20/zh.json",
}

def main(root):
    seen = existing_terms(root, "youth17", KEPT_ELSEWHERE)
    out = os.path.join(root, "youth17")
    os.makedirs(out, exist_ok=True)
    for lang, d in DATA.items():
        terms, dup = [], set()
        entries = [(t[0], t[1], len(t) > 2) for t in d["terms"]] + [(t, -1, False) for t in d.get("adult", [])]
        for term, level, language_only in entries:
            key = term.lower()
            if key in seen or key in dup:
                continue
            dup.add(key)
            signal = "adult" if level < 0 else "benign" if level == 0 else "minor"
            entry = {"term": term, "signal": signal, "level": max(level, 0)}
            if language_only:
                # a word of another language too (English Minot, German Ungar, romanised guri): counts only beside evidence of its language
                entry["languageOnly"] = True
            terms.append(entry)
        doc = {"language": lang, "version": "1",
               "about": "Session 16 (i16-youth17): plain child words of " + ABOUT.get(lang, lang) + " the lexicons lacked, with their "
               "levels (4 a child's word, 3 also said of adults, 2 an endearment), and the grammar words listed beside them. Written by tools/youth17/generate.py.",
               "sources": SRC, "prompt": terms}
        for field in ("ageUnits", "numbers", "stopWords", "roles"):
            if field in d:
                doc[field] = d[field]
        write_lexicon(os.path.join(out, lang + ".json"), doc)
        print(lang, len(terms), "skipped", len(d["terms"]) - len(terms))

if __name__ == "__main__":
    main(sys.argv[1])
