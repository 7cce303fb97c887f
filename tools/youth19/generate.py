#!/usr/bin/env python3
"""Writes Lexicons/Data/youth19/children.json: the child said plainly that session 17's misses showed unread
(issue 16, session 18, i16-youth19). Levels: 4 a child's word, 3 a word also said of adults (a lad, a scout).
Number words here feed the age readers: the combining forms a compound age starts with (Greek δεκατετρά-χρονη), the Thai and Persian number words before ขวบ / ساله, the Ukrainian genitive after років.
Run from the repository root: python3 tools/youth19/generate.py"""
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "lexicon-data"))
from existing_terms import existing_terms, write_lexicon  # noqa: E402

DATA = "src/GenScreen.Core/Prompts/Lexicons/Data"

ABOUT = ("Session 18 (i16-youth19): children said plainly that the lexicons lacked (dialect and slang child words, "
         "pupil nouns of each school system, grade nouns, school-and-child compounds), and the number words compound "
         "and counted ages need (Polish compound ages, Greek combining forms, Thai, Persian, Ukrainian genitives, Arabic ثماني). "
         "Many languages in one file: no stop words, so no language is named. Written by tools/youth19/generate.py.")

terms = {}

def add(level, *words):
    for w in words:
        terms[w] = max(level, terms.get(w, 0))

# German: Bavarian/Austrian Schulbub, the Gymnasium and Realschule pupil nouns (a pupil may be 19: level 3),
# Dreikäsehoch (a small child), Göre (a brat; said of young women too).
add(4, "schulbub", "schulbuben", "schulbube", "dreikäsehoch", "dreikäsehochs")
add(3, "gymnasiast", "gymnasiastin", "gymnasiasten", "gymnasiastinnen", "realschüler", "realschülerin",
    "realschülerinnen", "hauptschüler", "hauptschülerin", "göre", "gören")
# French: a pupil of the maternelle (3 to 6).
add(4, "élève de maternelle", "élèves de maternelle", "enfant de maternelle", "enfants de maternelle")
# Spanish: párvulo (a small child, a preschooler).
add(4, "párvulo", "párvula", "párvulos", "párvulas")
# Portuguese (Brazil): a pupil of the ensino fundamental (6 to 14).
add(4, "estudante do fundamental", "aluno do fundamental", "aluna do fundamental", "alunos do fundamental",
    "alunas do fundamental")
# Dutch: knul (a lad, also of young men), Flemish manneke (a little boy).
add(3, "knul", "knullen")
add(4, "manneke", "mannekes")
# Swedish: dialect liten tös / jänta / jäntunge (a girl), gosse (a boy, old-fashioned), grabb (a lad).
# tös alone is also said of young women (youth17/sv.json makes it a person, "en tös på 28 år"): only "little tös" is a child.
add(4, "liten tös", "lilla tösen", "små töser", "jäntunge", "jäntungen", "jäntungar", "grabbunge", "grabbungar")
add(3, "jänta", "jäntan", "gosse", "gossen", "gossar", "grabb", "grabben", "grabbar")
# Greek: school-and-child compounds, kid words.
add(4, "γυμνασιόπαιδο", "γυμνασιόπαιδα", "μαθητούδι", "μαθητούδια", "πιτσιρικάς", "πιτσιρίκα", "πιτσιρίκι",
    "πιτσιρίκια", "πιτσιρικάδες")
add(3, "λυκειόπαιδο", "λυκειόπαιδα")
# Polish: dziewczę (a young girl), chłopaczek, harcerz/harcerka (a scout; adult scouts exist: level 3).
add(4, "dziewczę", "dziewczęcia", "chłopaczek", "chłopaczka", "chłopaczki")
add(3, "harcerz", "harcerka", "harcerze", "harcerki", "harcerzyk", "harcereczka")
# Czech: grade nouns (šesťačka, a girl of the sixth class), with their genitive.
for stem in ["prvňač", "druhač", "třeťač", "čtvrťač", "páťač", "šesťač", "sedmač", "osmač", "deváťač"]:
    add(4, stem + "ka", stem + "ky", stem + "ku", stem + "ek", stem + "ci")
add(4, "prvňáček", "prvňáčka", "prvňáčci", "šesťák", "šesťáka", "sedmák", "sedmáka", "páťák", "páťáka")
# Russian and Ukrainian: пацан (a lad; пацаны are also grown men: level 3), its diminutives, карапуз, шкет, дівча.
add(3, "пацан", "пацана", "пацану", "шкет")
add(4, "пацанёнок", "пацаненок", "пацанчик", "пацанчика", "карапуз", "карапуза", "карапузик", "дівча", "дівчати")
# Turkish: cimcime (a cute little one), yumurcak (a little rascal), velet (a brat).
add(4, "cimcime", "yumurcak", "yumurcaklar")
add(3, "velet", "veletler")
# Persian: preschool pupil, school-stage and grade nouns (کلاس چهارمی: a fourth-grader).
# پیش‌دبستانی alone is the preschool, a place (childhood-statements-15.json, a hint): with a child or boy/girl noun before
# it, it is a preschooler.
for person in ["پسر", "دختر", "بچه", "کودک", "پسربچه", "دختربچه"]:
    add(4, person + " پیش‌دبستانی", person + " پیش دبستانی")
add(4, "دبستانی", "دختر راهنمایی", "پسر راهنمایی")
for grade in ["اولی", "دومی", "سومی", "چهارمی", "پنجمی", "ششمی", "هفتمی", "هشتمی", "نهمی"]:
    add(4, "کلاس " + grade)
# Arabic: Egyptian عيّل (a kid), an ordinal age with "of her/his age" (في العاشرة من عمرها: in her tenth year).
add(3, "عيّل", "عيل")
for ordinal in ["الثالثة", "الرابعة", "الخامسة", "السادسة", "السابعة", "الثامنة", "التاسعة", "العاشرة",
                "الحادية عشرة", "الثانية عشرة", "الثالثة عشرة", "الرابعة عشرة", "الخامسة عشرة", "السادسة عشرة",
                "السابعة عشرة", "الحادي عشر", "الثاني عشر", "الثالث عشر", "الرابع عشر", "الخامس عشر", "السادس عشر",
                "السابع عشر"]:
    add(4, "في " + ordinal + " من عمرها", "في " + ordinal + " من عمره")
# Hebrew: a pupil of the middle school (חטיבת ביניים; a teacher there is not: only the pupil nouns).
add(4, "תלמידת חטיבת ביניים", "תלמיד חטיבת ביניים", "תלמידות חטיבת ביניים", "תלמידי חטיבת ביניים",
    "תלמידת חטיבה", "תלמיד חטיבה")
# Bengali: grade phrases in the English numbering (ক্লাস ফোরে, ক্লাস সিক্সের) and the Bengali ordinals (দ্বিতীয় শ্রেণির).
for grade in ["ওয়ান", "টু", "থ্রি", "ফোর", "ফাইভ", "সিক্স", "সেভেন", "এইট"]:
    for ending in ["", "ের", "এর", "র", "ে", "এ", "য়ে", "য়ের"]:
        add(4, "ক্লাস " + grade + ending)
for ordinal in ["প্রথম", "দ্বিতীয়", "তৃতীয়", "চতুর্থ", "পঞ্চম", "ষষ্ঠ", "সপ্তম", "অষ্টম"]:
    add(4, ordinal + " শ্রেণির", ordinal + " শ্রেণীর", ordinal + " শ্রেণিতে", ordinal + " শ্রেণীতে")
add(4, "পিচ্চি", "পিচ্চিটা")
# Thai: ไอ้หนู (a little boy).
add(4, "ไอ้หนู")
# Vietnamese: thằng cu (a little boy).
add(4, "thằng cu", "cu tí")

# Polish compound ages in every gender and case (dwunastoletni, czternastoletniego): listed whole, as pl.json lists the
# feminine ones, because the combining forms as number words would join the fuzzy number matching (LexiconSet.FuzzyNumbers)
# and cost every misspelt word more steps.
for stem in ["cztero", "pięcio", "sześcio", "siedmio", "ośmio", "dziewięcio", "dziesięcio", "jedenasto", "dwunasto",
             "trzynasto", "czternasto", "piętnasto", "szesnasto", "siedemnasto"]:
    for ending in ["letni", "letnia", "letnie", "letniego", "letniej", "letnią", "letnim", "letniemu"]:
        add(4, stem + ending)

numbers = {}
# Greek combining forms before -χρονη/-χρονο (δεκατετράχρονη).
for word, value in [("τετρά", 4), ("πεντά", 5), ("εξά", 6), ("εφτά", 7), ("επτά", 7), ("οχτά", 8), ("οκτά", 8),
                    ("εννιά", 9), ("εντεκά", 11), ("δωδεκά", 12), ("δεκατρία", 13), ("δεκατετρά", 14),
                    ("δεκαπεντά", 15), ("δεκαεξά", 16), ("δεκαεφτά", 17), ("δεκαεπτά", 17), ("δεκαοχτά", 18),
                    ("δεκαοκτά", 18), ("εικοσά", 20), ("τριαντά", 30)]:
    numbers[word] = value
# Persian number words (before ساله); نه (nine, also "no") and ده (ten, also "village") count only before a unit.
for word, value in [("یک", 1), ("دو", 2), ("سه", 3), ("چهار", 4), ("پنج", 5), ("شش", 6), ("هفت", 7), ("هشت", 8),
                    ("نه", 9), ("ده", 10), ("یازده", 11), ("دوازده", 12), ("سیزده", 13), ("چهارده", 14),
                    ("پانزده", 15), ("شانزده", 16), ("هفده", 17), ("هجده", 18), ("بیست", 20), ("سی", 30)]:
    numbers[word] = value
# Ukrainian genitives after років (років дев'яти), Arabic ثماني (eight, construct form).
for word, value in [("дев'яти", 9), ("девʼяти", 9), ("дев’яти", 9), ("одинадцяти", 11), ("дванадцяти", 12),
                    ("тринадцяти", 13), ("чотирнадцяти", 14), ("п'ятнадцяти", 15), ("шістнадцяти", 16),
                    ("сімнадцяти", 17), ("восьми", 8), ("семи", 7), ("шести", 6), ("п'яти", 5),
                    ("ثماني", 8), ("ثمان", 8)]:
    numbers[word] = value

# Thai is matched by substring inside its unspaced runs, so a Thai number word joined to ขวบ (the years of a child's
# age; no adult's age is counted in ขวบ) is listed whole: สิบขวบ, ten years old.
for number in ["หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า", "สิบ", "สิบเอ็ด", "สิบสอง", "สิบสาม",
               "สิบสี่", "สิบห้า", "สิบหก", "สิบเจ็ด"]:
    add(4, number + "ขวบ", number + " ขวบ")

# Roles. A primary school said beside a staff word is the adult's workplace (AttendedPlaces: "juf van de basisschool",
# "nauczycielka w podstawówce", "δασκάλα δημοτικού", "ilkokul öğretmeni", "ครูประถม", "cô giáo tiểu học"): the
# school words get role child-place, the teacher words the languages lacked get role staff.
roles = {
    "child-place": ["basisschool", "podstawówka", "podstawówki", "podstawówce", "podstawowej", "δημοτικό", "δημοτικού",
                    "ilkokul", "ilkokulu", "ilkokulda", "ilkokulun", "초등학교", "ประถม", "tiểu", "elementarya",
                    "ابتدائي", "الابتدائي", "ابتدائية", "الابتدائية", "دبستان", "دبستانی", "יסודי", "ביסודי",
                    "प्राथमिक", "প্রাথমিক", "základní", "základce", "základky", "grundskolan", "lågstadiet"],
    "staff": ["מורה", "מורת", "המורה", "giáo", "선생님", "교사", "ครู", "guro", "guru", "শিক্ষিকা", "शिक्षिका", "učitelka",
              "lärare", "lågstadielärare"],
    # A drink's age is no person's ("ουίσκι 15 ετών", "wiski 15 tahun", "ويسكي عمره ١٥ عاماً").
    "object": ["ουίσκι", "κρασί", "วิสกี้", "ไวน์", "wiski", "anggur", "ويسكي", "نبيذ", "ویسکی", "شراب", "ויסקי", "יין",
               "व्हिस्की", "शराब", "হুইস্কি", "মদ", "viski", "şarap", "whisky", "whiskey"],
}

# Terms this generator wrote before later lexicon files also listed them (session 33, i16-generators41): left out as
# "held elsewhere", a re-run no longer reproduced the committed files. Each is kept here with the files that hold it
# now; existing_terms does not count them as held elsewhere.
KEPT_ELSEWHERE = {
    "chłopaczek": "langs20/pl.json",
    "chłopaczka": "langs20/pl.json",
    "chłopaczki": "langs20/pl.json",
    "czteroletni": "langs20/pl.json",
    "czteroletnia": "langs20/pl.json",
    "czteroletnie": "langs20/pl.json",
    "czteroletniego": "langs20/pl.json",
    "czteroletniej": "langs20/pl.json",
    "czteroletnią": "langs20/pl.json",
    "czteroletnim": "langs20/pl.json",
    "czteroletniemu": "langs20/pl.json",
    "pięcioletni": "langs20/pl.json",
    "pięcioletnia": "langs20/pl.json",
    "pięcioletnie": "langs20/pl.json",
    "pięcioletniego": "langs20/pl.json",
    "pięcioletniej": "langs20/pl.json",
    "pięcioletnią": "langs20/pl.json",
    "pięcioletnim": "langs20/pl.json",
    "pięcioletniemu": "langs20/pl.json",
    "sześcioletni": "langs20/pl.json",
    "sześcioletnia": "langs20/pl.json",
    "sześcioletnie": "langs20/pl.json",
    "sześcioletniego": "langs20/pl.json",
    "sześcioletniej": "langs20/pl.json",
    "sześcioletnią": "langs20/pl.json",
    "sześcioletnim": "langs20/pl.json",
    "sześcioletniemu": "langs20/pl.json",
    "siedmioletni": "langs20/pl.json",
    "siedmioletnia": "langs20/pl.json",
    "siedmioletnie": "langs20/pl.json",
    "siedmioletniego": "langs20/pl.json",
    "siedmioletniej": "langs20/pl.json",
    "siedmioletnią": "langs20/pl.json",
    "siedmioletnim": "langs20/pl.json",
    "siedmioletniemu": "langs20/pl.json",
    "ośmioletni": "langs20/pl.json",
    "ośmioletnia": "langs20/pl.json",
    "ośmioletnie": "langs20/pl.json",
    "ośmioletniego": "langs20/pl.json",
    "ośmioletniej": "langs20/pl.json",
    "ośmioletnią": "langs20/pl.json",
    "ośmioletnim": "langs20/pl.json",
    "ośmioletniemu": "langs20/pl.json",
    "dziewięcioletni": "langs20/pl.json",
    "dziewięcioletnia": "langs20/pl.json",
    "dziewięcioletnie": "langs20/pl.json",
    "dziewięcioletniego": "langs20/pl.json",
    "dziewięcioletniej": "langs20/pl.json",
    "dziewięcioletnią": "langs20/pl.json",
    "dziewięcioletnim": "langs20/pl.json",
    "dziewięcioletniemu": "langs20/pl.json",
    "dziesięcioletni": "langs20/pl.json",
    "dziesięcioletnie": "langs20/pl.json",
    "dziesięcioletniego": "langs20/pl.json",
    "dziesięcioletniej": "langs20/pl.json",
    "dziesięcioletnią": "langs20/pl.json",
    "dziesięcioletnim": "langs20/pl.json",
    "dziesięcioletniemu": "langs20/pl.json",
    "jedenastoletni": "langs20/pl.json",
    "jedenastoletnia": "langs20/pl.json",
    "jedenastoletnie": "langs20/pl.json",
    "jedenastoletniego": "langs20/pl.json",
    "jedenastoletniej": "langs20/pl.json",
    "jedenastoletnią": "langs20/pl.json",
    "jedenastoletnim": "langs20/pl.json",
    "jedenastoletniemu": "langs20/pl.json",
    "dwunastoletni": "langs20/pl.json",
    "dwunastoletnie": "langs20/pl.json",
    "dwunastoletniego": "langs20/pl.json",
    "dwunastoletniej": "langs20/pl.json",
    "dwunastoletnią": "langs20/pl.json",
    "dwunastoletnim": "langs20/pl.json",
    "dwunastoletniemu": "langs20/pl.json",
    "trzynastoletni": "langs20/pl.json",
    "trzynastoletnie": "langs20/pl.json",
    "trzynastoletniego": "langs20/pl.json",
    "trzynastoletniej": "langs20/pl.json",
    "trzynastoletnią": "langs20/pl.json",
    "trzynastoletnim": "langs20/pl.json",
    "trzynastoletniemu": "langs20/pl.json",
    "czternastoletni": "langs20/pl.json",
    "czternastoletnie": "langs20/pl.json",
    "czternastoletniego": "langs20/pl.json",
    "czternastoletniej": "langs20/pl.json",
    "czternastoletnią": "langs20/pl.json",
    "czternastoletnim": "langs20/pl.json",
    "czternastoletniemu": "langs20/pl.json",
    "piętnastoletni": "langs20/pl.json",
    "piętnastoletnie": "langs20/pl.json",
    "piętnastoletniego": "langs20/pl.json",
    "piętnastoletniej": "langs20/pl.json",
    "piętnastoletnią": "langs20/pl.json",
    "piętnastoletnim": "langs20/pl.json",
    "piętnastoletniemu": "langs20/pl.json",
    "szesnastoletni": "langs20/pl.json",
    "szesnastoletnia": "langs20/pl.json",
    "szesnastoletnie": "langs20/pl.json",
    "szesnastoletniego": "langs20/pl.json",
    "szesnastoletniej": "langs20/pl.json",
    "szesnastoletnią": "langs20/pl.json",
    "szesnastoletnim": "langs20/pl.json",
    "szesnastoletniemu": "langs20/pl.json",
    "siedemnastoletni": "langs20/pl.json",
    "siedemnastoletnia": "langs20/pl.json",
    "siedemnastoletnie": "langs20/pl.json",
    "siedemnastoletniego": "langs20/pl.json",
    "siedemnastoletniej": "langs20/pl.json",
    "siedemnastoletnią": "langs20/pl.json",
    "siedemnastoletnim": "langs20/pl.json",
    "siedemnastoletniemu": "langs20/pl.json",
}

SEEN = existing_terms(DATA, "youth19", KEPT_ELSEWHERE)

document = {
    "version": "1",
    "about": ABOUT,
    "sources": [{"source": "Written for GenScreen (issue 16, session 18, i16-youth19) from general knowledge of the "
                           "languages' school systems, dialect and slang child words and number grammar; no "
                           "third-party list copied.", "license": "MIT (this project)"}],
    # Terms another lexicon file already lists (pl.json's feminine compound ages) are left out.
    "prompt": [{"term": t, "signal": "minor", "level": l} for t, l in terms.items() if t.lower() not in SEEN],
    "ageUnits": ["χρονης", "χρονου", "χρονα", "χρονων"],
    "numbers": numbers,
    "roles": roles,
}
write_lexicon(os.path.join(DATA, "youth19", "children.json"), document)
