"""Writes src/GenScreen.Core/Prompts/Lexicons/Data/precision40/terms.json (session 32, i16-precision40).

A parent counted by the children she or he has ("a mother of three children", "Mutter von drei Kindern", "μητέρα τριών
παιδιών", "三児の母") describes an adult: the children are a number, not people in the picture. Each phrase is written here as
a benign term, so the matcher consumes the child noun inside it (a longer term wins), as langs20 did for six languages;
a child noun anywhere else in the prompt ("... and her naked children") is read as before. Generated from a small
grammar per language: parent nouns x the language's way of saying "of N" x counts 2-6 x plural child nouns. Also the adult
decades the English lists lacked, attached to a person ("in their eighties", "nonagenarian").
Written for GenScreen from general knowledge of the languages (MIT, this project); no third-party list copied.
Run: python3 tools/precision40/lexicon.py
"""
import json, pathlib

def cross(*parts):
    out = [""]
    for part in parts:
        out = [a + b for a in out for b in part]
    return out

T = []
# Latin and Cyrillic languages: PARENT + LINK + COUNT + CHILDREN
EN_N = ["two ", "three ", "four ", "five ", "six ", "2 ", "3 ", "4 ", "5 "]
T += cross(["mother of ", "father of ", "mom of ", "mum of ", "dad of ", "mother-of-", "father-of-"], EN_N,
           ["children", "kids", "boys", "girls", "sons", "daughters"])
T += cross(["mutter von ", "vater von "], ["zwei ", "drei ", "vier ", "fünf ", "sechs ", "2 ", "3 ", "4 "],
           ["kindern", "söhnen", "töchtern", "jungs", "mädchen"])
T += cross(["mutter ", "vater "], ["zweier ", "dreier ", "vierer "], ["kinder", "söhne", "töchter"])
T += cross(["mère de ", "père de ", "maman de ", "papa de "], ["deux ", "trois ", "quatre ", "cinq ", "six ", "2 ", "3 ", "4 "],
           ["enfants", "fils", "filles", "garçons", "gamins"])
T += cross(["madre de ", "padre de ", "mamá de ", "papá de "], ["dos ", "tres ", "cuatro ", "cinco ", "seis ", "2 ", "3 ", "4 "],
           ["hijos", "hijas", "niños", "niñas", "chicos", "críos"])
T += cross(["madre di ", "padre di ", "mamma di ", "papà di "], ["due ", "tre ", "quattro ", "cinque ", "sei ", "2 ", "3 ", "4 "],
           ["figli", "figlie", "bambini", "bambine", "ragazzi"])
T += cross(["mãe de ", "pai de "], ["dois ", "duas ", "três ", "quatro ", "cinco ", "seis ", "2 ", "3 ", "4 "],
           ["filhos", "filhas", "crianças", "meninos", "meninas"])
T += cross(["moeder van ", "vader van "], ["twee ", "drie ", "vier ", "vijf ", "zes ", "2 ", "3 ", "4 "],
           ["kinderen", "zonen", "dochters", "kids"])
T += cross(["mamma till ", "pappa till ", "mor till ", "far till ", "mamma åt ", "pappa åt "], ["två ", "tre ", "fyra ", "fem ", "sex ", "2 ", "3 ", "4 "],
           ["barn", "söner", "döttrar", "ungar"])
T += cross(["μητέρα ", "πατέρας ", "μάνα ", "μητέρας ", "πατέρα "], ["δύο ", "τριών ", "τεσσάρων ", "πέντε ", "έξι ", "2 ", "3 ", "4 "],
           ["παιδιών", "γιων", "κοριτσιών"])
T += cross(["мать ", "отец ", "мама ", "папа ", "матери ", "отца "], ["двоих ", "троих ", "четверых ", "пятерых ", "шестерых ", "двух ", "трёх ", "трех ", "четырёх ", "четырех "],
           ["детей", "сыновей", "дочерей", "ребят"])
T += cross(["мати ", "батько ", "мама ", "тато ", "матір ", "батька "], ["двох ", "трьох ", "чотирьох ", "п'ятьох ", "п’ятьох "],
           ["дітей", "синів", "доньок", "дочок"])
T += cross(["matka ", "ojciec ", "mama ", "tata ", "matki ", "ojca "], ["dwojga ", "trojga ", "czworga ", "pięciorga "], ["dzieci"])
T += cross(["matka ", "ojciec ", "mama ", "tata "], ["dwóch ", "trzech ", "czterech ", "dwu "], ["synów", "córek"])
T += cross(["matka ", "otec ", "máma ", "táta ", "matku ", "otce "], ["dvou ", "tří ", "čtyř ", "pěti ", "šesti "], ["dětí", "synů", "dcer"])
# Turkish: "üç çocuk annesi", "üç çocuklu anne"
TR_N = ["iki ", "üç ", "dört ", "beş ", "altı ", "2 ", "3 "]
T += cross(TR_N, ["çocuk annesi", "çocuk babası", "evlat annesi", "evlat babası"])
T += cross(TR_N, ["çocuklu anne", "çocuklu baba", "çocuklu bir anne", "çocuklu bir baba", "çocuklu kadın", "çocuklu adam"])
# Indonesian, Tagalog, Vietnamese
T += cross(["ibu ", "ayah ", "bapak ", "ibu dari ", "ayah dari ", "bapak dari "], ["dua ", "tiga ", "empat ", "lima ", "2 ", "3 "], ["anak"])
T += cross(["ina ng ", "ama ng ", "nanay ng ", "tatay ng "], ["dalawang ", "tatlong ", "apat na ", "limang "], ["anak", "bata"])
T += cross(["mẹ ", "bố ", "cha ", "mẹ của ", "bố của ", "cha của "], ["hai ", "ba ", "bốn ", "năm ", "2 ", "3 "], ["con", "đứa con", "đứa trẻ"])
# Japanese, Chinese, Korean, Thai (unspaced or with their own order)
T += cross(["二", "三", "四", "五", "2", "3", "4"], ["児の"], ["母", "父", "ママ", "パパ", "母親", "父親"])
T += cross(["两个", "三个", "四个", "五个", "2个", "3个", "二个"], ["孩子的", "小孩的", "儿子的", "女儿的"], ["妈妈", "母亲", "爸爸", "父亲"])
T += cross(["兩個", "三個", "四個"], ["孩子的"], ["媽媽", "母親", "爸爸", "父親"])
T += cross(["두 ", "세 ", "네 ", "다섯 "], ["아이의 ", "아이 ", "자녀의 ", "자녀 ", "아들의 ", "딸의 "], ["엄마", "어머니", "아빠", "아버지"])
T += cross(["แม่ลูก", "พ่อลูก", "คุณแม่ลูก", "คุณพ่อลูก"], ["สอง", "สาม", "สี่", "ห้า", "2", "3"])
# Arabic, Persian, Hebrew, Hindi, Bengali
T += cross(["أم ل", "أب ل", "ام ل", "اب ل"], ["ثلاثة ", "أربعة ", "خمسة ", "ستة ", "اربعة "], ["أطفال", "اطفال", "أبناء", "ابناء"])
T += cross(["أم ", "أب ", "ام ", "اب "], ["لطفلين", "لولدين", "لابنين", "لبنتين"])
T += cross(["مادر ", "پدر "], ["دو ", "سه ", "چهار ", "پنج "], ["فرزند", "بچه", "پسر", "دختر"])
T += cross(["אם ל", "אב ל", "אמא ל", "אבא ל"], ["שלושה ", "ארבעה ", "חמישה ", "שני ", "שתי ", "שלוש ", "ארבע "], ["ילדים", "ילדות", "בנים", "בנות"])
T += cross(["दो ", "तीन ", "चार ", "पाँच ", "पांच "], ["बच्चों ", "बेटों ", "बेटियों "], ["की माँ", "की मां", "का पिता", "के पिता", "का बाप", "की अम्मा"])
T += cross(["দুই ", "তিন ", "চার ", "পাঁচ ", "দুটি ", "তিনটি "], ["সন্তানের ", "বাচ্চার ", "ছেলেমেয়ের ", "ছেলের ", "মেয়ের "], ["মা", "বাবা", "জননী"])

# Adult decades the English lists lacked.
# Only forms attached to a person: a bare "eighties" is also a fashion decade, and an adult marker beside "nude girls,
# eighties style" would soften an ambiguous youth word (AgeDetector no longer reads "eighties" as the nickname of eight).
DECADES = ["in her eighties", "in his eighties", "in their eighties", "in her nineties", "in his nineties",
           "in their nineties", "in her late eighties", "in his late eighties", "in their late eighties",
           "octogenarian", "octogenarians", "nonagenarian", "nonagenarians"]

# The rape words of the Latin-script lexicons had only some of their forms (French violée but not violé, Spanish violada but
# not violación): a French "un enfant violé" had been blocked only because "râpé" elsewhere folded onto English "rape",
# which the accent reading now refuses. Their missing forms, sexual violence of level 6 as the lexicons' other forms.
# Left out: French "viol" alone (an English instrument), Polish "gwałt" alone ("na gwałt", in a hurry), "violent".
RAPE = ["violé", "violés", "violer", "violée par", "violeur", "violeurs", "un viol", "le viol", "viol d'une", "viol d'un",
        "viol de", "violación", "violaciones", "violado", "violados", "violar", "violando", "violador", "stuprato", "stuprati",
        "stuprate", "stuprare", "violentata", "violentato", "estuprado", "estuprados", "estupradas", "estuprar", "vergewaltigen",
        "vergewaltigte", "vergewaltigter", "vergewaltiger", "verkrachten", "verkrachte", "verkrachter", "zgwałcona",
        "zgwałcony", "zgwałcić", "zgwałcone", "изнасиловать", "изнасилован", "изнасилованная", "изнасиловали",
        "znásilněná", "znásilnit", "pemerkosaan"]

# Terms another lexicon file already has are left to it (langs20 wrote the English, Dutch, Polish, Swedish, Indonesian and
# Chinese parents as benign terms in session 19; this file adds the other languages and forms, as benign terms too).
DATA = pathlib.Path(__file__).resolve().parents[2] / "src/GenScreen.Core/Prompts/Lexicons/Data"
seen = set()
for other in DATA.rglob("*.json"):
    if other.parent.name == "precision40":
        continue
    try:
        doc = json.loads(other.read_text(encoding="utf-8"))
    except ValueError:
        continue
    if isinstance(doc, dict) and isinstance(doc.get("prompt"), list):
        seen.update(e["term"] for e in doc["prompt"] if isinstance(e, dict) and "term" in e)

rows = []
for term in T:
    t = " ".join(term.split())
    if t not in seen:
        seen.add(t)
        rows.append({"term": t, "signal": "benign", "level": 0})
for term in DECADES:
    if term not in seen:
        seen.add(term)
        rows.append({"term": term, "signal": "adult", "level": 0})
for term in RAPE:
    if term not in seen:
        seen.add(term)
        rows.append({"term": term, "signal": "sexual-violence", "level": 6})

doc = {
    "version": "1",
    "about": "Session 32 (i16-precision40): a parent counted by her or his children (mother of three children, Mutter von drei Kindern, μητέρα τριών παιδιών, 三児の母, แม่ลูกสาม) is a benign term that consumes the child noun inside it; adult decades attached to a person (in her eighties, octogenarian); the missing forms of the rape words (violé, violación, stuprato, estuprado, vergewaltigen…) as sexual violence. Generated by tools/precision40/lexicon.py from general knowledge of the languages (MIT, this project).",
    "sources": [{"source": "Written for GenScreen (issue 16, session 32, i16-precision40) from general knowledge of the languages; no third-party list copied.",
                 "license": "MIT (this project)"}],
    "prompt": rows,
}
out = pathlib.Path(__file__).resolve().parents[2] / "src/GenScreen.Core/Prompts/Lexicons/Data/precision40/terms.json"
out.parent.mkdir(parents=True, exist_ok=True)
out.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(out, len(rows))
