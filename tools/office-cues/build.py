"""Writes src/GenScreen.Core/Prompts/Rules/Data/office-cues.tsv.

Usage: npm pack i18n-iso-countries@7.14.0 && tar xzf i18n-iso-countries-7.14.0.tgz
       python3 tools/office-cues/build.py package/langs src/GenScreen.Core/Prompts/Rules/Data/office-cues.tsv
"""
import json, os, unicodedata, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__))); from words import ROLES, MODIFIERS, ORGS, PLACES_EXTRA
LANGS = "en de fr es it pt ru ja zh ko pl nl sv cs uk tr el he ar fa hi bn th vi id".split()
def fold(s):
    s = s.replace("đ","d").replace("Đ","D")
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")
def is_spaced_cased(s):  # Latin, Cyrillic, Greek: inflected by suffixes
    return all(c.isascii() or '\u00c0' <= c <= '\u052f' for c in s if c.isalpha())
rows = set()
for lang in LANGS:
    d = json.load(open(os.path.join(sys.argv[1], f"{lang}.json"), encoding="utf-8"))
    for code, v in d["countries"].items():
        for name in (v if isinstance(v, list) else [v]):
            if "," in name or "(" in name: continue
            n = name.lower().strip()
            if n.isascii() and len(n.replace(".", "")) <= 2: continue
            rows.add(("place", lang, n))
            if is_spaced_cased(n):
                f = fold(n)
                if f != n: rows.add(("place", lang, f))
                # case endings: Polska -> Polski, Ελλάδα -> Ελλάδας, Россия -> России
                last = n.split(" ")[0] if " " in n else n
                if " " not in n and len(n) >= 5 and n[-1] in "aeiouyаяоыиіεαηοιυй":
                    rows.add(("place", lang, n[:-1]))
                    if f != n: rows.add(("place", lang, f[:-1]))
tl = "pilipinas|amerika|estados unidos|hapon|tsina|inglatera|espanya|korea|timog korea|pransiya|alemanya|italya|rusya|indonesia|malaysia|taylandiya|biyetnam"
for t in tl.split("|"): rows.add(("place", "tl", t))
rows.add(("place", "en", "uk")); rows.add(("place", "en", "usa"))
for kind, table in (("role", ROLES), ("modifier", MODIFIERS), ("org", ORGS), ("place", PLACES_EXTRA)):
    for lang, words in table.items():
        for w in filter(None, words.split("|")):
            rows.add((kind, lang, w))
            if is_spaced_cased(w) and fold(w) != w: rows.add((kind, lang, fold(w)))
out = open(sys.argv[2], "w", encoding="utf-8")
out.write("""# Office cues: words that make a public role single out one real person ("the current prime minister of Japan",
# 現在の日本の首相, นายกรัฐมนตรีคนปัจจุบันของไทย, ראש הממשלה הנוכחי של ישראל). Read by Rules/OfficeHolders.cs.
# Columns: kind (role, modifier, place, org, kin, channel, seat, occupant), language, term (lower case; Latin terms also without diacritics).
# place: country names in 25 languages from npm i18n-iso-countries 7.14.0 (langs/*.json; MIT, Copyright (c) 2016
#   widdix GmbH; see NOTICE.md), names with commas or brackets left out, Latin names of two letters left out, and
#   for Latin, Cyrillic and Greek names of five or more letters ending in a vowel also the stem without it, so a case
#   ending matches (Polska -> Polski, Ελλάδα -> Ελλάδας); Tagalog names, uk/usa and short or constituent-country names
#   (アメリカ, England, انگلستان) written for GenScreen.
# role, modifier, org: offices, current/former words and broadcaster or company words, written for GenScreen from
#   general knowledge of each language (MIT, this project).
""")
for r in sorted(rows):
    out.write("\t".join(r) + "\n")
print(len(rows))
