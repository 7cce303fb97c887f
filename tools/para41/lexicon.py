#!/usr/bin/env python3
"""Writes src/GenScreen.Core/Prompts/Lexicons/Data/para41/fr.json (session 33, i16-para41): French spoken "p'tit" for "petit".
The prompt's normaliser drops an apostrophe inside a word (p'tit -> ptit), so every minor term of the French lexicon files that
opens with petit/petite/petits/petites is written again with ptit/ptite/ptits/ptites (levels kept); and the Quebec "petit gars"
(a little boy) in both spellings, an ambiguous youth term (level 2: in France also a young man; with nudity and no adult marker it blocks, a stated adult age keeps him adult).
Written for GenScreen from general knowledge of French (MIT, this project); no third-party list. Run: python3 lexicon.py"""
import glob, json, os

here = os.path.dirname(os.path.abspath(__file__))
data = os.path.normpath(os.path.join(here, '..', '..', 'src', 'GenScreen.Core', 'Prompts', 'Lexicons', 'Data'))
SPOKEN = {"petit": "ptit", "petite": "ptite", "petits": "ptits", "petites": "ptites"}
terms = {}
for path in sorted(glob.glob(os.path.join(data, '**', '*.json'), recursive=True)):
    if os.sep + 'para41' + os.sep in path:
        continue
    try:
        doc = json.load(open(path, encoding='utf-8'))
    except (ValueError, UnicodeDecodeError):
        continue
    if not isinstance(doc, dict) or doc.get('language') != 'fr':
        continue
    for e in doc.get('prompt', []):
        words = e.get('term', '').split(' ')
        if e.get('signal') == 'minor' and words[0] in SPOKEN and len(words) > 1:
            spoken = ' '.join([SPOKEN[words[0]]] + words[1:])
            terms[spoken] = max(terms.get(spoken, 0), e['level'])
for first in ("petit", "petits", "ptit", "ptits"):
    terms[f"{first} gars"] = 2
doc = {
    "language": "fr",
    "version": "1",
    "about": "Session 33 (i16-para41): French spoken p'tit (read ptit once the apostrophe is dropped) in every minor term that opens with petit, and the Quebec petit gars. Written by tools/para41/lexicon.py.",
    "sources": [{"source": "Written for GenScreen (issue 16, session 33, i16-para41) from general knowledge of French; no third-party list copied.",
                 "license": "MIT (this project)"}],
    "prompt": [{"term": t, "signal": "minor", "level": l} for t, l in sorted(terms.items())],
}
out = os.path.join(data, 'para41')
os.makedirs(out, exist_ok=True)
with open(os.path.join(out, 'fr.json'), 'w', encoding='utf-8') as f:
    json.dump(doc, f, ensure_ascii=False, indent=1)
    f.write('\n')
print(len(terms), 'terms ->', os.path.join(out, 'fr.json'))
