#!/usr/bin/env python3
"""Writes src/GenScreen.Core/Prompts/Lexicons/Data/namesrtl46/<language>.json (session 38, i16-namesrtl46).

The sexual verbs of Bengali, Hindi, Persian, Arabic and Hebrew in the forms writers put beside a name, which the lists held
only as citation forms: the matcher reads whole words, so a listed verbal noun (যৌনমিলন, সঙ্গম) is not read in its locative
(যৌনমিলনে লিপ্ত "engaged in intercourse"), its genitive (যৌনমিলনের দৃশ্য) or glued to রত ("-engaged": সঙ্গমরত). Each term is
composed from two short inventories, a verbal noun and the case or aspect frame the language puts it in, so the list is a
product of the grammar and no phrase of a held-out prompt:
  - Bengali verbal nouns × locative -ে/-য় + লিপ্ত/রত/মগ্ন/ব্যস্ত, the bare locative and genitive of the unambiguous nouns, and
    -রত glued (level 6). সঙ্গম ("confluence" too: নদীর সঙ্গম) and সহবাস ("living together") only inside the লিপ্ত/রত frame;
  - Hindi verbal nouns × में + लिप्त/लीन/मग्न/व्यस्त, and spelling variants (सम्भोग, रति क्रिया) (level 6);
  - Persian "در حال" / "مشغول" × act nouns, "without any garment" with هیچ (level 6 acts, 4 nudity);
  - Arabic "أثناء" / "في وضع" × act nouns, the dual and plural of the act verb (level 6);
  - Hebrew "doing sex" (עושה/עושים/עושות מין), the kinds of sex (מין אוראלי, אנאלי, קבוצתי), "fully exposed" (חשופה לגמרי), and
    "only with" a hosiery or underwear garment (level 6 acts, 4 nudity, 2 the garment frame);
  - "only with / only in" hosiery or underwear in Persian and Hebrew, wrapped only in a sheet or towel in Arabic (level 2). Not
    swimwear (a child "only in a bikini" is reviewed, not blocked: the labelled set's precision25 pose item) and not Persian تنها با
    ("alone with").
Negated forms are not composed. Bare חשופה ("exposed": קיר חשוף) and bare Hebrew מין ("kind", "gender") are no term.
Written for GenScreen from general knowledge of the languages (MIT, this project); no third-party list copied.
Run: python3 tools/namesrtl46/lexicon.py
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lexicon-data"))
from existing_terms import write_term_files  # noqa: E402

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../src/GenScreen.Core/Prompts/Lexicons/Data"))
S, N, X = ("sexual", 2), ("sexual", 4), ("sexual", 6)


def pairs(first, second, sep=" "):
    return [a + sep + b for a in first for b in second]


def bn_locative(noun):
    """Bengali locative: -য় after a vowel sign or vowel, -ে after a consonant."""
    return noun + ("য়" if noun[-1] in "ািীুূৃেৈোৌআইঈউঊএঐওঔ" else "ে")


# Bengali: verbal nouns of sex; the first group is unambiguous in any case form.
BN_SEX = ["যৌনমিলন", "যৌনসঙ্গম", "যৌনকর্ম", "যৌনক্রিয়া", "রতিক্রিয়া", "মৈথুন", "মুখমৈথুন", "রতিমিলন"]
BN_AMBIGUOUS = ["সঙ্গম", "সহবাস", "মিলন"]
BN_ENGAGED = ["লিপ্ত", "রত", "মগ্ন", "ব্যস্ত", "লিপ্ত হয়েছে", "লিপ্ত হয়েছেন", "লিপ্ত অবস্থায়"]
BN = [(X, *pairs([bn_locative(n) for n in BN_SEX + BN_AMBIGUOUS], BN_ENGAGED)),
      (X, *[bn_locative(n) for n in BN_SEX], *[n + "ের" for n in BN_SEX if n[-1] not in "াি"], *[n + "র" for n in BN_SEX if n[-1] in "াি"]),
      (X, *[n + "রত" for n in BN_SEX + BN_AMBIGUOUS[:2]], "যৌন মিলনে লিপ্ত", "যৌন সঙ্গমে লিপ্ত", "যৌন ক্রিয়ায় লিপ্ত")]
# Hindi (the nukta is folded by the tokenizer)
HI_SEX = ["संभोग", "सम्भोग", "सहवास", "मैथुन", "रति क्रिया", "रतिक्रिया", "यौन क्रिया", "यौनाचार", "सेक्स", "काम क्रीड़ा", "कामक्रीड़ा"]
HI = [(X, *pairs(HI_SEX, ["में लिप्त", "में लीन", "में मग्न", "में व्यस्त", "करते हुए", "करती हुई", "कर रही", "कर रहे", "कर रहा"])),
      (X, "सम्भोग", "रति क्रिया", "रतिक्रिया", "यौनाचार", "कामक्रीड़ा")]
# Persian
FA_SEX = ["سکس", "آمیزش", "آمیزش جنسی", "رابطه جنسی", "رابطه ی جنسی", "معاشقه", "عشق‌بازی", "عشقبازی", "جماع", "سکس دهانی", "ساک زدن"]
FA_GARMENT = ["جوراب شلواری", "شورت", "سوتین", "لباس زیر", "حوله", "جوراب توری"]
FA = [(X, *pairs(["در حال", "درحال", "مشغول"], FA_SEX)),
      (N, "بدون هیچ لباس", "بدون هیچ لباسی", "بی هیچ لباسی", "بی هیچ لباس", "هیچ لباسی تنش نیست", "چیزی تنش نیست", "هیچی تنش نیست"),
      (S, *pairs(["فقط با", "فقط یه", "فقط یک"], FA_GARMENT))]
# Arabic
AR_SEX = ["ممارسة الجنس", "الجماع", "جماع", "المضاجعة", "مضاجعة", "ممارسة الحب", "الجنس الفموي", "الجنس"]
AR = [(X, *pairs(["أثناء", "اثناء", "خلال", "في وضع", "في وضعية"], AR_SEX)),
      (X, "يمارسان الجنس", "يمارسون الجنس", "تمارسان الجنس", "تضاجع", "يضاجع", "يضاجعها", "تتضاجع"),
      (S, *pairs(["ملفوفة", "ملفوفه", "متلففة", "ملتفة"], ["بشرشف", "بملاية", "بمنشفة", "بفوطة", "بالشرشف", "بالمنشفة", "بملاءة"]))]
# Hebrew
HE_GARMENT = ["גרביונים", "תחתונים", "חזייה", "חזיה", "חוטיני", "מגבת", "גרביים", "בגד גוף"]
HE = [(X, *pairs(["עושה", "עושים", "עושות", "עשתה", "עשו", "לעשות"], ["מין", "סקס"]), "מין אוראלי", "מין אנאלי", "מין קבוצתי",
       "מין מפורש", "יחסי מין אוראליים", "במהלך יחסי מין", "בזמן יחסי מין", "שוכבת עם גבר", "שוכב עם אישה", "שוכבים יחד"),
      (N, "חשופה לגמרי", "חשוף לגמרי", "חשופה לחלוטין", "חשופה כולה", "חשופת גוף", "בלי שום דבר עליה", "בלי כלום עליה"),
      (S, *pairs(["רק עם", "רק בלבוש"], HE_GARMENT), *["רק ב" + g for g in HE_GARMENT])]

T = {"bn": BN, "hi": HI, "fa": FA, "ar": AR, "he": HE}

if __name__ == "__main__":
    kept, skipped = write_term_files(
        ROOT, "namesrtl46", T,
        about="Session 38 (i16-namesrtl46): the sexual verbs of Bengali, Hindi, Persian, Arabic and Hebrew in the case and aspect forms "
              "writers put beside a name (a verbal noun in the locative with 'engaged', 'in the act of', 'doing sex'), 'without any "
              "garment', 'only with' an underwear garment. Written by tools/namesrtl46/lexicon.py.",
        source="Written for GenScreen (issue 16, session 38, i16-namesrtl46) from general knowledge of the languages; no "
               "third-party list copied.")
    print("kept", kept, "already held", skipped)
