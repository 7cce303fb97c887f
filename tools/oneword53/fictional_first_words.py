#!/usr/bin/env python3
"""Writes src/GenScreen.Core/Prompts/Rules/Data/fictional-first-words.txt (session 45, i16-oneword53): the first word of every
Latin-script name of the project's fictional-adult lists (Prompts/Lexicons/Data/names/fictional*.json and people/fictional*.json:
"Yennefer of Vengerberg" -> yennefer, "Triss Merigold" -> triss), four letters or more, folded (lower case, accents removed).
A fan-art prompt names a character by that word alone ("Yennefer nude in the bath"), which the lists (full names) do not match;
StateAgentNames reads no such word as a person. Sources: the lists' own sources (see their descriptions).
Run: python3 tools/oneword53/fictional_first_words.py"""
import glob, json, os, re, unicodedata

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
DATA = os.path.join(ROOT, "src", "GenScreen.Core", "Prompts", "Lexicons", "Data")
OUT = os.path.join(ROOT, "src", "GenScreen.Core", "Prompts", "Rules", "Data", "fictional-first-words.txt")


def fold(word):
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))


def names(node):
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("name", "names", "aliases", "alias", "terms") and not isinstance(value, dict):
                yield from ([value] if isinstance(value, str) else [v for v in value if isinstance(v, str)])
            elif isinstance(value, (list, dict)):
                yield from names(value)
    elif isinstance(node, list):
        for value in node:
            yield from names(value)


def main():
    words = set()
    files = sorted(glob.glob(os.path.join(DATA, "names", "fictional*.json")) + glob.glob(os.path.join(DATA, "people", "fictional*.json")))
    for path in files:
        with open(path, encoding="utf-8") as f:
            for name in names(json.load(f)):
                parts = name.split()
                if parts and re.fullmatch(r"[A-ZÀ-Þ]\S{3,}", parts[0]) and all(ord(c) < 0x250 for c in parts[0]):
                    words.add(fold(parts[0].rstrip(",.'")))
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("# First words of the Latin-script names of the fictional-adult lists, folded (tools/oneword53/fictional_first_words.py;\n")
        f.write("# do not edit by hand). Sources: Prompts/Lexicons/Data/names/fictional*.json, people/fictional*.json (their own sources).\n")
        for w in sorted(words):
            f.write(w + "\n")
    print(len(words), "words ->", os.path.relpath(OUT, ROOT))


if __name__ == "__main__":
    main()
