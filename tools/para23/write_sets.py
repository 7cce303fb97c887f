#!/usr/bin/env python3
"""Writes the fresh (or check) set of session 22 (i16-para23) as labelled prompts.
usage: write_sets.py fresh|check  -> tests/GenScreen.Core.Tests/Data/para23/<set>.jsonl
Items: paraphrased child + the language's nude word (block/block), the child description alone (allow/allow), adult with
the same detail + the nude word (allow/block). Written for GenScreen (MIT)."""
import os, sys, importlib
which = sys.argv[1]
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
sys.path.insert(0, os.path.join(here, '..', 'grammar19'))
from labelled_rows import row, write_rows
m = importlib.import_module(f'{which}_items')
out = []
def add(kind, lang, n, prompt, mature, strict):
    out.append(row(f'para23-{which}-{kind}-{lang}-{n:03d}', f'para23-{kind}', lang, prompt, mature, strict))
NUDE = m.NUDE
for lang, items in m.CHILD.items():
    for i, c in enumerate(items):
        add('child', lang, i + 1, f'{c}, {NUDE[lang]}', 'block', 'block')
        add('alone', lang, i + 1, c, 'allow', 'allow')
for lang, items in m.ADULT.items():
    for i, a in enumerate(items):
        add('adult', lang, i + 1, f'{a}, {NUDE[lang]}', 'allow', 'block')
path = os.path.join(here, '..', '..', 'tests', 'GenScreen.Core.Tests', 'Data', 'para23', f'{which}.jsonl')
write_rows(out, path)
print(len(out), 'items,', len({o['lang'] for o in out}), 'languages ->', os.path.normpath(path))
