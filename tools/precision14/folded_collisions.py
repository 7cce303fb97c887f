#!/usr/bin/env python3
"""Audit (session 20, i16-precision14): lexicon terms whose plain form is another supported language's accented frequent
word typed without its accents (gory = Polish góry, gore = Turkish göre). Reads src/GenScreen.Core/Prompts/Lexicons/Data
and Rules/Data/frequent-words.txt; prints the count per signal and the colliding single-word terms of the signals the
rules read by accent (sexual, violence, hate) and of minor terms. Usage: python3 tools/precision14/folded_collisions.py [--list]"""
import glob, json, os, sys, unicodedata
from collections import Counter, defaultdict

ROOT = os.path.join(os.path.dirname(__file__), "..", "..", "src", "GenScreen.Core", "Prompts")
SPECIAL = {"ł": "l", "ø": "o", "đ": "d", "ı": "i"}

def fold(word):
    out = []
    for c in unicodedata.normalize("NFD", word):
        if unicodedata.category(c) == "Mn":
            continue
        c = SPECIAL.get(c, c)
        if not ("a" <= c <= "z"):
            return None
        out.append(c)
    return "".join(out)

written, accented = set(), []
for line in open(os.path.join(ROOT, "Rules", "Data", "frequent-words.txt"), encoding="utf-8"):
    line = line.rstrip("\n")
    if not line or line.startswith("#"):
        continue
    word = line.split("\t")[0]
    written.add(word)
    if not word.isascii():
        accented.append(word)
folded = defaultdict(list)
for word in accented:
    plain = fold(word)
    if plain and plain not in written:
        folded[plain].append(word)

hits = defaultdict(set)
for path in glob.glob(os.path.join(ROOT, "Lexicons", "Data", "**", "*.json"), recursive=True):
    try:
        doc = json.load(open(path, encoding="utf-8"))
    except (ValueError, UnicodeDecodeError):
        continue
    if not isinstance(doc, dict):
        continue
    for entry in doc.get("prompt", []):
        if not isinstance(entry, dict):
            continue
        term = entry.get("term", "").lower()
        if " " in term or len(term) < 3 or not term.isascii():
            continue
        if term in folded:
            hits[entry.get("signal")].add((term, os.path.relpath(path, ROOT), "/".join(folded[term][:3])))

print(f"accented frequent words {len(accented)}, folded forms that are no plain frequent word {len(folded)}")
for signal, rows in sorted(hits.items(), key=lambda kv: -len(kv[1])):
    print(f"{signal}: {len(rows)} colliding single-word terms")
if "--list" in sys.argv:
    for signal in ("sexual", "violence", "hate", "minor", "sexual-minor", "undress"):
        for term, path, words in sorted(hits.get(signal, ())):
            print(f"  {signal}\t{term}\t{words}\t{path}")
