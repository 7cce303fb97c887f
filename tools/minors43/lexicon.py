#!/usr/bin/env python3
"""Writes src/GenScreen.Core/Prompts/Lexicons/Data/minors43/*.json (session 35, i16-minors43): child nouns read with their particles.
- Korean child nouns are matched as substrings of a Hangul run (TermShape.Unspaced), so the bare 아이 (child) cannot be a term:
  it starts 아이돌 (idol), 아이라인 (eyeliner), 아이스 (ice), 아이디 (ID), 아이템 (item), 아이폰, 아이패드, 아이보리, 아이러니.
  Korean marks a noun's role with a particle written joined to it, and none of those loanwords continues with a particle's
  syllable: so the child noun is written once per case particle (아이가, 아이는, 아이의, 아이를 …). A particle form is a word
  boundary read from the grammar, not a list of phrases. The same for 딸 (daughter) and 아들 (son), whose bare two syllables
  only matched written joined to their possessor (내딸): with a particle (딸이, 아들의) the noun is read in any phrase, and
  with the possessor (내 딸이, 우리 아들은) across one space, as three syllables or more are. All are ambiguous youth (level
  2) with the either-age role: an adult age of the noun's own phrase (34세, 서른 살) names an adult child, as "my son" does.
  Left out: 애 (also 애인 lover, 애가 elegy, 애를 쓰다 to try hard), 아이처럼 / 아이 같은 (an adult "like a child"), the plural
  아이들 (also the idol group (여자)아이들).
- The Bengali Cub section said as a unit (কাব দল, the cub pack): its members are children, as কাব স্কাউট already is.
Written for GenScreen from general knowledge of Korean grammar and of scouting (MIT, this project); no third-party list.
Run: python3 lexicon.py"""
import json, os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lexicon-data"))
from existing_terms import levels_by_term, listed_by_language  # noqa: E402

here = os.path.dirname(os.path.abspath(__file__))
out = os.path.normpath(os.path.join(here, '..', '..', 'src', 'GenScreen.Core', 'Prompts', 'Lexicons', 'Data', 'minors43'))

# Korean particles after a noun ending in a vowel (아이) and in a consonant (딸, 아들) that leave the noun the clause's subject or
# its topic: subject 가/이, topic 는/은, "also" 도, "only" 만, the vocative 아. Left out: the object 를/을, the dative 에게/한테, the
# comitative 와/과/랑 and the genitive 의: they make the child someone the clause's subject acts on or belongs to ("교문 앞에서
# 아들을 기다리는 엄마, 알몸", a mother waiting for her son at the school gate, nude, is the mother: para20-fresh-adult-ko-01).
PARTICLES_VOWEL = ["가", "는", "도", "만"]
PARTICLES_CONSONANT = ["이", "은", "도", "만", "아"]
NOUNS = {"아이": PARTICLES_VOWEL, "딸": PARTICLES_CONSONANT, "아들": PARTICLES_CONSONANT}
POSSESSORS = ["", "내", "제", "우리"]
# the bare possessed noun (우리 아이) is left out too: it heads a phrase about another person as often (우리 아이 담임 선생님)
KO = sorted({p + n + part for n, parts in NOUNS.items() for part in parts for p in POSSESSORS})
YOUTH_UNITS = {"bn": ["কাব দল", "কাব দলের", "কাব দলে", "কাব দলটি"]}
WORDS = {"ko": KO, **YOUTH_UNITS}
LEVEL2 = set(KO) | set(YOUTH_UNITS["bn"])

# Session 36 (i16-minors44): regional and colloquial child nouns, school years said as pupils say them, and three forms every
# listed child term has in its language but was not written in (a Chinese term in traditional characters, a Persian phrase with
# its ezafe, a German pupil noun in the genitive). Level 3 where the word names a child; level 2 where it may name an adult
# (a dialect word that is also a common word elsewhere, a year that may reach 18).
# Left out as other words once accents fold or in a neighbour language: Brazilian piá (pia, a sink), Polish bobas (Spanish bobas,
# silly), Swedish ungar (German Ungar, a Hungarian), Portuguese catraio (also a small boat) and bacuri (also a fruit).
REGIONAL = {  # language: {level: [terms]}
 "it": {3: ["regazzino", "regazzina", "regazzini", "regazzine", "regazzetto", "regazzetta", "picciriddu", "picciridda", "picciriddi",
            "piccirillo", "piccerella", "guagliunciello", "guagliuncella", "frugoletto", "frugoletta", "marmocchio", "marmocchia"],
        2: ["pischello", "pischella", "pischelli"]},
 "es": {3: ["güerco", "güerca", "güerquito", "güerquita", "chamaquito", "chamaquita", "chavalín", "chavalina", "escuincla",
            "chiquitín", "chiquitina", "mocoso", "mocosa", "gurisito", "gurisita"]},
 "pt": {3: ["piazinho", "piazito", "gurizinho", "gurizinha", "pirralho", "pirralha", "fedelho", "fedelha", "petiz",
            "curumim", "curumins"], 2: ["guria", "catraia"]},
 "fr": {3: ["mouflet", "mouflette", "loupiot", "loupiote", "pitchoun", "pitchoune", "bout de chou", "marmaille", "ti-cul"]},
 "de": {3: ["butzele", "pimpf", "lausbub", "lausebengel", "gschrapp", "fratz", "lausmädel"], 2: ["racker", "rotzlöffel"]},
 "nl": {3: ["hummeltje", "koter", "ventje", "snotaap", "dreumesje", "kleutertje"], 2: ["manneke", "meiske"]},
 "pl": {3: ["gzub", "pędrak", "bobasek", "berbeć"], 2: ["knypek"]},
 # Czech pupils named by their year (ZŠ years 1-9, ages 6-15); the university's "prvák" is left out
 "cs": {3: ["prvňáček", "prvňačka", "prvňák", "druháček", "druhačka", "třeťák", "třeťačka", "čtvrťák", "čtvrťačka", "páťák",
            "páťačka", "šesťák", "šesťačka", "sedmák", "sedmačka", "osmák", "osmačka", "deváťák", "deváťačka", "haranti", "klučina"]},
 # Swedish school years said by the definite numeral ("i sjuan") are the childhood inventory's rows (tools/child-statements/words.py
 # INVENTORY44), not terms here: as a youth term they sent "lärarinna i sjuan, 40 år, naken" (a year-7 teacher) to review
 "sv": {3: ["småunge", "småungar", "pysen"], 2: ["ungen", "ungarna", "tösen"]},
 # Tagalog: the grandchild of a grandparent named by title ("apo ni Lola Remedios"): the name is the grandparent's, the one
 # described is the grandchild, whom such a title names as a child
 "tl": {3: ["apo ni lola", "apo ni lolo", "maliit na apo", "munting apo"]},
 "ru": {3: ["кроха", "пострел", "сорванец", "малец", "мальчонка", "девчушка", "девчурка", "дитятко"], 2: ["пацанчик"]},
 "uk": {3: ["дитинча", "дівчатко", "малявка"], 2: ["пацанчик"]},
 # Turkish uşak is a child in the Black Sea dialects (Trabzon, Rize) and a servant elsewhere: only with "little" before it
 "tr": {3: ["yumurcak", "sübyan"], 2: ["küçük uşak", "küçük bir uşak", "küçücük uşak"]},
 "el": {3: ["μπέμπης", "μπεμπούλης", "μπεμπούλα"]},
 "he": {3: ["ילדונת", "ילדונים", "קטנצ'יק", "זאטוטה", "פעוטה"]},
 # Arabic: the Gulf plural of "kid"; pupils of the primary and preparatory years; the Jordanian and Palestinian final year
 # (Tawjihi, 17-18: level 2)
 "ar": {3: ["ورعان", "بزورة", "طالبة إعدادي", "طالب إعدادي", "طالبة اعدادي", "طالب اعدادي"],
        4: ["طالبة ابتدائي", "طالب ابتدائي", "تلميذ ابتدائي", "تلميذة ابتدائي", "طالبة ابتدائية"],
        2: ["طالب توجيهي", "طالبة توجيهي", "طالب التوجيهي", "طالبة التوجيهي", "طلاب التوجيهي", "طالبات التوجيهي"]},
 "vi": {3: ["chú bé", "cu cậu", "nhóc con", "thằng nhóc", "con nhóc"]},
 # Korean 얼라 (Gyeongsang dialect: a child) is also the start of 얼라이언스 and 얼라인: read with a particle or a possessor, written
 # joined as the matcher joins a spaced Hangul compound (우리 집 얼라 -> 집얼라)
 "ko": {3: ["집얼라", "우리얼라", "내얼라"] + [f"{p}얼라{x}" for p in ("", "우리", "집") for x in ("가", "는", "도", "만")]},
 "en": {3: ["little lad", "wee lad", "little lass", "wee lass", "little chap", "wee one", "lil lad"]},
}
# Hindi and Bengali: the class said by its ordinal alone before the pupil ("दसवीं का छात्र", a tenth's pupil; "ক্লাস ফাইভের ছাত্রী").
HI_ORDINALS = {1: ["पहली"], 2: ["दूसरी"], 3: ["तीसरी"], 4: ["चौथी"], 5: ["पाँचवीं", "पांचवीं"], 6: ["छठी", "छठवीं"], 7: ["सातवीं"],
               8: ["आठवीं"], 9: ["नौवीं", "नवीं"], 10: ["दसवीं"], 11: ["ग्यारहवीं"], 12: ["बारहवीं"]}
HI_PUPIL = ["का छात्र", "की छात्रा", "का विद्यार्थी", "की विद्यार्थी", "में पढ़ने वाला", "में पढ़ने वाली", "में पढ़ता", "में पढ़ती"]
BN_CLASSES = {1: "ওয়ানের", 2: "টুয়ের", 3: "থ্রির", 4: "ফোরের", 5: "ফাইভের", 6: "সিক্সের", 7: "সেভেনের", 8: "এইটের", 9: "নাইনের", 10: "টেনের"}
BN_PUPIL = ["ছাত্র", "ছাত্রী", "মেয়ে", "ছেলে"]
# Vietnamese: "học lớp hai" (studies in grade two), "học sinh lớp 5": grades 1-9 end before 16, 10-12 may reach 18
VI_NUMBERS = {1: "một", 2: "hai", 3: "ba", 4: "bốn", 5: "năm", 6: "sáu", 7: "bảy", 8: "tám", 9: "chín", 10: "mười", 11: "mười một", 12: "mười hai"}
# Session 37 (i16-minors45): Arabic says an age "at" its ordinal, feminine as the year (سنة) is: "فتى في الثالثة عشرة", a boy at
# (the year) thirteen. Listed until now only with "من عمره/عمرها" after it; the bare ordinal after في is a time of day too ("في
# العاشرة صباحاً"), so it is written only after a person noun. Ages 4-15 level 4, 16-17 level 3 (the teens ordinals also as
# the colloquial masculine عشر).
AR_PERSONS = ["فتى", "فتاة", "ولد", "بنت", "صبي", "صبية", "طفل", "طفلة", "الفتى", "الفتاة", "الولد", "البنت", "الصبي", "الطفل", "الطفلة"]
AR_UNITS = {4: "الرابعة", 5: "الخامسة", 6: "السادسة", 7: "السابعة", 8: "الثامنة", 9: "التاسعة"}
AR_AGES = {n: [w] for n, w in AR_UNITS.items()}
AR_AGES[10] = ["العاشرة"]
for n, w in [(11, "الحادية"), (12, "الثانية"), (13, "الثالثة"), (14, "الرابعة"), (15, "الخامسة"), (16, "السادسة"), (17, "السابعة")]:
    AR_AGES[n] = [f"{w} عشرة", f"{w} عشر"]
for n, forms in AR_AGES.items():
    REGIONAL["ar"].setdefault(4 if n <= 15 else 3, []).extend(f"{p} في {f}" for p in AR_PERSONS for f in forms)
for n, forms in HI_ORDINALS.items():
    REGIONAL["hi"] = REGIONAL.get("hi", {})
    REGIONAL["hi"].setdefault(4 if n <= 10 else 2, []).extend(f"{o} {p}" for o in forms for p in HI_PUPIL)
REGIONAL["bn"] = {4: [f"ক্লাস {c} {p}" for c in BN_CLASSES.values() for p in BN_PUPIL]}
REGIONAL["vi"][4] = [f"{p} lớp {w}" for n, word in VI_NUMBERS.items() if n <= 9 for w in (word, str(n)) for p in ("học", "học sinh")]
REGIONAL["vi"][2] = [f"{p} lớp {w}" for n, word in VI_NUMBERS.items() if n >= 10 for w in (word, str(n)) for p in ("học", "học sinh")]

# the listed child terms of every other file, by language, with their level
data_root = os.path.dirname(out)
def minor_terms(lang):
    return levels_by_term(data_root, "minors43", lang, "minor")
# Chinese: the simplified characters of the listed child terms that have another traditional form (Hong Kong and Taiwan write
# 細路仔, 學生, 國小); a term is written once more in traditional characters.
TRADITIONAL = dict(zip("丽书军刚发员国园头婴孙学宝岁满点红纸继级细萝裤锋队领颜养龄齿几来儿闺", "麗書軍剛發員國園頭嬰孫學寶歲滿點紅紙繼級細蘿褲鋒隊領顏養齡齒幾來兒閨"))
for term, level in minor_terms("zh").items():
    trad = "".join(TRADITIONAL.get(c, c) for c in term)
    if trad != term:
        REGIONAL.setdefault("zh", {}).setdefault(level, []).append(trad)
# Persian: a phrase that ends in a vowel takes the ezafe ی before what describes it (پسر کوچولوی گیلانی, the little boy from Gilan)
for term, level in minor_terms("fa").items():
    if " " in term.replace("\u200c", " ") and term[-1] in "وا":
        REGIONAL.setdefault("fa", {}).setdefault(level, []).append(term + "ی")
# German: a masculine pupil noun in the genitive (Porträt eines Zehntklässlers)
for term, level in minor_terms("de").items():
    if " " not in term and term.endswith(("klässler", "klaessler", "kläßler", "schüler", "ling", "aner")) and level >= 3:
        REGIONAL.setdefault("de", {}).setdefault(level, []).append(term + "s")
for lang, levels in REGIONAL.items():
    for level, words in levels.items():
        WORDS.setdefault(lang, [])
        WORDS[lang] = WORDS[lang] + words
LEVELS = {(lang, t): level for lang, levels in REGIONAL.items() for level, words in levels.items() for t in words}

# a term another lexicon file already lists for the language is not written again (one owner per term)
listed = listed_by_language(os.path.dirname(out), 'minors43')
os.makedirs(out, exist_ok=True)
for lang, words in sorted(WORDS.items()):
    terms = [t for t in sorted(set(words)) if (lang, t) not in listed and (None, t) not in listed]
    doc = {
        "language": lang,
        "version": "1",
        "about": f"Session 35 (i16-minors43): child nouns read with their particles, youth units of {lang}; session 36 (i16-minors44): regional and colloquial child nouns, school years as pupils say them, traditional, ezafe and genitive forms of listed child terms. Written by tools/minors43/lexicon.py.",
        "sources": [{"source": "Written for GenScreen (issue 16, sessions 35-36, i16-minors43/44) from general knowledge of the language's grammar, dialects and school system; no third-party list copied.",
                     "license": "MIT (this project)"}],
        "prompt": [{"term": t, "signal": "minor", "level": LEVELS.get((lang, t), 2)} for t in terms],
    }
    either = [t for t in terms if " " not in t and t in LEVEL2] if lang == "ko" else []
    if either:
        doc["roles"] = {"either-age": either}
    with open(os.path.join(out, f"{lang}.json"), 'w', encoding='utf-8') as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
        f.write('\n')
print(len(WORDS), 'files ->', out)
