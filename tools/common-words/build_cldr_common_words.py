#!/usr/bin/env python3
"""Ordinary words of the scripts without capitals, from the Unicode CLDR emoji annotations (session 11, i16-precision7).

Writes src/GenScreen.Core/Prompts/Rules/Data/ordinary-words-cldr.txt: every word of the emoji names and keywords (CLDR
annotations and derived annotations: "red heart", "green leaf", "cold face", flags) of Bengali, Hindi, Persian, Arabic,
Hebrew and Thai. Two of them before a sexual term are no subject (CaselessScriptNames' rule for two unknown words).
Left out: words of one letter, and every word of the name lists written in these scripts (names/*.json, people/*.json:
a word of a listed person's name, such as سعيد or सिंह, stays a name word).
Source: npm packages cldr-annotations-full and cldr-annotations-derived-full 48.2.0, Unicode License v3 (NOTICE.md).
Usage: npm pack cldr-annotations-full@48.2.0 cldr-annotations-derived-full@48.2.0, unpack both into DIR/a and DIR/d, then
  build_cldr_common_words.py DIR
"""
import json
import pathlib
import re
import sys
import unicodedata

LANGS = ["bn", "hi", "fa", "ar", "he", "th"]
SPLIT = re.compile(r"[\s,:;|()\-\u2013/\"“”«»!?.،؛\u200f\u200e]+")
ROOT = pathlib.Path(__file__).resolve().parents[2]
PEOPLE = ROOT / "src/GenScreen.Core/Prompts/Lexicons/Data/people"
OUT = ROOT / "src/GenScreen.Core/Prompts/Rules/Data/ordinary-words-cldr.txt"


def words(path: pathlib.Path, key: str) -> set[str]:
    data = json.loads(path.read_text(encoding="utf-8"))[key]["annotations"]
    out: set[str] = set()
    for value in data.values():
        for text in value.get("default", []) + value.get("tts", []):
            for word in SPLIT.split(unicodedata.normalize("NFC", text)):
                if len(word) >= 2 and not any(c.isascii() for c in word):
                    out.add(word)
    return out


def name_words() -> set[str]:
    """Every word of the scripts' own letters in the name lists (names/*.json, people/*.json but the common-word lists)."""
    out: set[str] = set()

    def walk(node) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key not in ("description", "sources", "source", "license"):
                    walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)
        elif isinstance(node, str):
            for word in re.split(r"[\s\-·,]+", unicodedata.normalize("NFC", node)):
                if len(word) >= 2 and any("\u0590" <= c <= "\u09ff" or "\u0e00" <= c <= "\u0e7f" for c in word):
                    out.add(word)

    files = sorted((PEOPLE.parent / "names").glob("*.json")) + sorted(p for p in PEOPLE.glob("*.json") if "common-words" not in p.name)
    for path in files:
        walk(json.loads(path.read_text(encoding="utf-8")))
    return out


FOLD = str.maketrans({"ة": "ه", "ى": "ي", "أ": "ا", "إ": "ا", "آ": "ا", "ی": "ي", "ک": "ك", "ۀ": "ه", "ئ": "ي", "ؤ": "و"})


def fold(word: str) -> str:
    return word.translate(FOLD)


# Words that name lists written after this script's run (given-name and people lists of later sessions) also hold: they
# were ordinary words when the committed file was written, and a re-run dropped them as name words. Session 33
# (i16-generators41) keeps them so the script reproduces the committed file.
NAME_WORDS_SINCE = {
    "אישה", "אשה", "בגד", "בחור", "בחורה", "ביקיני", "בלי", "גבר", "גברים", "ולנטיין", "חולצה", "ילד", "ילדה",
    "ילדים", "לגמרי", "ללא", "מדריכה", "מכנסיים", "מנחה", "נערה", "נשים", "ספורטאית", "עור", "צעירה", "שלו",
    "שמלה", "תחתונים", "أطفال", "أم", "أمرأة", "أنا", "أو", "إلف", "إم", "إمرأة", "إمراة", "ادا", "الف", "ام",
    "امرأة", "او", "بدون", "بشرة", "بلا", "بلوز", "بيتا", "بيكيني", "بچه", "بیکینی", "تياب", "ثياب", "جای",
    "جلد", "حلیم", "خردسال", "دختر", "دو", "رجال", "رجل", "زن", "زنان", "زنی", "زیر", "ستي", "سروال", "سهرة",
    "سيدة", "شاب", "شب", "شخص", "شرارة", "شفاف", "شورت", "شيء", "شیء", "شیلی", "صغيرة", "طفل", "طفلة", "عارضة",
    "فالنتاين", "فتاة", "فستان", "قاصر", "قانونی", "قميص", "لاعبة", "مان", "مدل", "مرد", "مردان", "مردی",
    "ملابس", "منها", "نباشد", "نساء", "هدوم", "ورزشکار", "ولنتاین", "پسر", "پسربچه", "پوست", "پیراهن", "کاملاً",
    "کت", "کودک", "یک", "आदमी", "इसका", "इसके", "औरत", "कुछ", "खिलाड़ी", "गायब", "छोटी", "ड्रेस", "त्वचा",
    "पारदर्शी", "पुरुष", "बच्चा", "बच्ची", "बच्चे", "बिना", "महिला", "महिलाएं", "लड़का", "लड़की", "व्यक्ति",
    "शर्ट", "साड़ी", "स्त्री", "অভিনেতা", "ওকে", "কিছু", "খালি", "গায়ক", "গায়ে", "ছাড়া", "ছাড়াই", "ছেলে",
    "ছোট", "জামাকাপড়", "ত্বক", "নারী", "পারদর্শী", "পুরুষ", "পুরুষের", "পোশাক", "বাচ্চা", "বিকিনি", "ব্যক্তি",
    "ভ্যালেন্টাইন", "মহিলা", "মহিলার", "মেয়ে", "লোক", "শার্ট", "শিশু", "সে", "স্বচ্ছ", "হিরো", "นักกีฬา",
    "วาเลนไทน์", "เด็ก",
}


def main() -> None:
    src = pathlib.Path(sys.argv[1])
    given = name_words() - NAME_WORDS_SINCE
    found: set[str] = set()
    for lang in LANGS:
        found |= words(src / "a/package/annotations" / lang / "annotations.json", "annotations")
        found |= words(src / "d/package/annotationsDerived" / lang / "annotations.json", "annotationsDerived")
    # The normalizer folds these Arabic-script letters (ة/ه, ى/ي, أ/ا, ی/ي, ک/ك): a word that folds to a name word is one.
    folded_given = {fold(w) for w in given} - {fold(w) for w in NAME_WORDS_SINCE}  # (the kept words' folded forms too)
    common = sorted(w for w in found - given if fold(w) not in folded_given)
    header = [
        "# Ordinary words of Bengali, Hindi, Persian, Arabic, Hebrew and Thai: every word of the Unicode CLDR emoji names and",
        "# keywords of those languages (colours, plants, animals, food, weather, objects, places: 'red heart', 'green leaf').",
        "# Read by Rules/OrdinaryWords.cs: two words before a sexual term with no other subject (CaselessScriptNames) are read",
        "# as a likely person only when neither is one of these (ফাইল খুলুন, 'open file', is no name). Generated by",
        "# tools/common-words/build_cldr_common_words.py; words of one letter and every word of the name lists in these",
        "# scripts left out (سعيد, सिंह stay name words). Source: npm cldr-annotations-full 48.2.0 and",
        "# cldr-annotations-derived-full 48.2.0, Unicode License v3 (Rules/Data/NOTICE.md).",
    ]
    OUT.write_text("\n".join(header + common) + "\n", encoding="utf-8")
    print(len(common), "words")


if __name__ == "__main__":
    main()
