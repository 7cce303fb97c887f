#!/usr/bin/env python3
"""Writes the fresh (or check) set of session 20 (i16-para21) as labelled prompts.
usage: write_sets.py fresh|check  -> tests/GenScreen.Core.Tests/Data/para21/<set>.jsonl
Items: paraphrased child + person-less sexual fragment (block/block), the child description alone (allow/allow),
adult with a childhood detail + sexual fragment (allow/block). Written for GenScreen (MIT)."""
import os, sys, importlib
which = sys.argv[1]
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
sys.path.insert(0, os.path.join(here, '..', 'grammar19'))
from labelled_rows import row, write_rows
m = importlib.import_module(f'{which}_items')
out = []
def add(kind, lang, n, prompt, mature, strict):
    out.append(row(f'para21-{which}-{kind}-{lang}-{n:03d}', f'para21-{kind}', lang, prompt, mature, strict))
for lang, items in m.CHILD.items():
    sex = m.SEX[lang]
    for i, c in enumerate(items):
        add('child', lang, i + 1, f'{c}, {sex[i % len(sex)]}', 'block', 'block')
        add('alone', lang, i + 1, c, 'allow', 'allow')
for lang, items in m.ADULT.items():
    sex = m.SEX[lang]
    for i, a in enumerate(items):
        add('adult', lang, i + 1, f'{a}, {sex[(i + 1) % len(sex)]}', 'allow', 'block')
path = os.path.join(here, '..', '..', 'tests', 'GenScreen.Core.Tests', 'Data', 'para21', f'{which}.jsonl')
write_rows(out, path)
print(len(out), 'items,', len({o['lang'] for o in out}), 'languages ->', os.path.normpath(path))
