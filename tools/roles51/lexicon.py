#!/usr/bin/env python3
"""Writes src/GenScreen.Core/Prompts/Lexicons/Data/roles51/ar.json and fa.json (session 43, i16-roles51): underwear said
with the wearer's possessive suffix, which the older lexicons held for one person only (ملابسها الداخلية "her underwear"):
Arabic ملابس/لباس + ـه ـها ـهم ـهن ـي ـك ـنا + الداخلية/الداخلي, bare or behind the joined particles بـ ("in"), و ("and"),
فـ, and after في; Persian لباس زیر + ـش ـم ـت ـشان ـمان (joined or after a zero-width non-joiner). Level 2 (revealing, as
the bare forms): a person singled out by a role or name beside it is then sexualised (role-ar-02's class: the governor
"in his underwear"). Written for GenScreen from general knowledge of Arabic and Persian morphology (MIT, this project).
Run: python3 tools/roles51/lexicon.py
"""
import json
import os

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "src/GenScreen.Core/Prompts/Lexicons/Data/roles51")
ABOUT = ("Session 43 (i16-roles51): underwear with the wearer's possessive suffix (ملابسه الداخلية, بملابسهم الداخلية, "
         "لباس زیرش), generated from each language's suffixes and joined particles by tools/roles51/lexicon.py.")
SOURCE = {"source": "Written for GenScreen (issue 16, session 43, i16-roles51) from general knowledge of Arabic and Persian morphology; no third-party list copied.",
          "license": "MIT (this project)"}


def arabic():
    out = []
    for noun, adj in (("ملابس", "الداخلية"), ("لباس", "الداخلي"), ("ثياب", "الداخلية")):
        for suffix in ("ه", "ها", "هم", "هن", "ي", "ك", "نا", "هما"):
            form = f"{noun}{suffix} {adj}"
            for prefix in ("", "ب", "و", "وب", "ف", "في "):
                out.append(prefix + form)
    return out


def persian():
    out = []
    for noun in ("لباس زیر", "لباس‌زیر"):
        for suffix in ("ش", "م", "ت", "شان", "مان", "شون", "مون"):
            for joint in ("", "\u200c"):
                out.append(noun + joint + suffix)
    return out


def write(lang, terms, existing):
    seen, rows = set(), []
    for t in terms:
        if t not in seen and t not in existing:
            seen.add(t)
            rows.append({"term": t, "signal": "sexual", "level": 2})
    doc = {"language": lang, "version": "1", "about": ABOUT, "sources": [SOURCE], "prompt": rows}
    with open(os.path.join(OUT, f"{lang}.json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(len(rows), lang, "terms")


def existing_terms(lang):
    """Terms the other lexicon files of the language already hold (left out here)."""
    base = os.path.join(OUT, "..")
    terms = set()
    for root, _, files in os.walk(base):
        if os.path.basename(root) == "roles51":
            continue
        for name in files:
            if name == f"{lang}.json":
                try:
                    doc = json.load(open(os.path.join(root, name), encoding="utf-8"))
                except (ValueError, OSError):
                    continue
                for key, value in doc.items():
                    if isinstance(value, list):
                        terms.update(t["term"] for t in value if isinstance(t, dict) and "term" in t)
    return terms


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    write("ar", arabic(), existing_terms("ar"))
    write("fa", persian(), existing_terms("fa"))
