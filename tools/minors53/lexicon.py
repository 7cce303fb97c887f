#!/usr/bin/env python3
"""Writes src/GenScreen.Core/Prompts/Lexicons/Data/minors53/<lang>.json (session 45, i16-minors53): an age said the spoken way,
generated per script from the language's numerals rather than listed as seen.
- SPOKEN NUMERALS (numbers): the clipped numerals of spoken Bengali (দু for দুই, ছ for ছয়) and the fraction numerals of Bengali
  and Hindi that children's ages are said with (আড়াই, দেড়; ढाई, अढ़ाई, डेढ़: two and a half, one and a half), so the age reader
  (CompoundAges) reads them before the language's year units as it reads দুই বছরের. A fraction is read as its whole part (a
  minor's age either way). The nukta letters are written both precomposed and decomposed (ড়/ড়, ढ़/ढ़).
- ELIDED AGES (prompt terms, level 4): the clipped numeral written with an elision apostrophe glued to the year unit (দু'বছরের,
  ছ'বছরের, ন'বছরের with ' or ’), which the age reader cannot split: numerals x apostrophes x units, joined and spaced.
- THE AGE CLIMBED TO (prompt terms, level 3): Vietnamese "lên N" said of a small child's age (tuổi lên ba, mới lên hai, bé lên
  bốn), for one to six only; bare "lên ba" stays no age (tăng lên ba lần: tripled).
Written for GenScreen (MIT, this project) from general knowledge of the languages; no third-party list.
Run: python3 tools/minors53/lexicon.py"""
import json, os, unicodedata

NUMBERS = {
    "bn": {"দু": 2, "ছ": 6, "আড়াই": 2, "দেড়": 1},
    "hi": {"ढाई": 2, "अढ़ाई": 2, "डेढ़": 1},
}
ELIDED = {"bn": (["দু", "ছ", "ন"], ["বছরের", "বছর বয়সী", "বছর বয়সি", "বছরের শিশু", "মাসের"])}
APOSTROPHES = ["'", "\u2019"]
VI_CLIMB = (["tuổi lên", "mới lên", "bé lên", "cháu lên", "vừa lên", "con bé lên", "thằng bé lên", "cu cậu lên"],
            ["một", "hai", "ba", "bốn", "năm", "sáu"])


def both_forms(word):
    """The word as written precomposed and decomposed (nukta letters are composition exclusions)."""
    out = [word, unicodedata.normalize("NFD", word), unicodedata.normalize("NFC", word)]
    comp = word.replace("\u09a1\u09bc", "\u09dc").replace("\u09a2\u09bc", "\u09dd").replace("\u0922\u093c", "\u095d").replace("\u0921\u093c", "\u095c")
    out.append(comp)
    seen = []
    for w in out:
        if w not in seen:
            seen.append(w)
    return seen


docs = {}
for lang, numbers in NUMBERS.items():
    nums = {}
    for w, v in numbers.items():
        for f in both_forms(w):
            nums[f] = v
    docs.setdefault(lang, {})["numbers"] = nums
for lang, (numerals, units) in ELIDED.items():
    terms = []
    for n in numerals:
        for a in APOSTROPHES:
            for u in units:
                for sep in ("", " "):
                    terms.append({"term": f"{n}{a}{sep}{u}", "signal": "minor", "level": 4})
    docs.setdefault(lang, {})["prompt"] = terms
verbs, numerals = VI_CLIMB
docs.setdefault("vi", {})["prompt"] = [{"term": f"{v} {n}", "signal": "minor", "level": 3} for v in verbs for n in numerals]

folder = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "src", "GenScreen.Core", "Prompts", "Lexicons", "Data", "minors53")
os.makedirs(folder, exist_ok=True)
for old in os.listdir(folder):
    os.remove(os.path.join(folder, old))
total = 0
for lang, parts in sorted(docs.items()):
    doc = {
        "language": lang,
        "version": "1",
        "about": "Session 45 (i16-minors53): an age said the spoken way: clipped and fraction numerals (দু, ছ, আড়াই, ढाई, डेढ़), the "
                 "clipped numeral glued to the year unit by an elision apostrophe (দু'বছরের), Vietnamese lên N of a small child's age. "
                 "Written by tools/minors53/lexicon.py.",
        "sources": [{"source": "Written for GenScreen (issue 16, session 45, i16-minors53) from general knowledge of the languages' "
                               "spoken numerals; no third-party list copied.", "license": "MIT (this project)"}],
    }
    doc.update(parts)
    doc.setdefault("prompt", [])
    with open(os.path.join(folder, lang + ".json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
        f.write("\n")
    total += len(doc["prompt"]) + len(doc.get("numbers", {}))
print(total, "entries ->", os.path.relpath(folder))
