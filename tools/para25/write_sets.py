#!/usr/bin/env python3
"""Writes the fresh (or check) set of session 23 (i16-para25) as labelled prompts.
usage: write_sets.py fresh|check  -> tests/GenScreen.Core.Tests/Data/para25/<set>.jsonl
Items: a young child said by what it does, has and is given + the language's nude word (block/block); look-alikes
(adults, objects, crowds with the same words): with the nude word allow/block, without it allow/allow. Written for GenScreen (MIT)."""
import os, sys, importlib
which = sys.argv[1]
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
sys.path.insert(0, os.path.join(here, '..', 'grammar19'))
from labelled_rows import row, write_rows
m = importlib.import_module(f'{which}_items')
out = []
NUDE = m.NUDE
for lang, items in m.CHILD.items():
    for i, c in enumerate(items):
        out.append(row(f'para25-{which}-child-{lang}-{i + 1:03d}', 'para25-child', lang, f'{c}, {NUDE[lang]}', 'block', 'block'))
for lang, items in m.LOOK.items():
    for i, (a, nude) in enumerate(items):
        if nude:
            out.append(row(f'para25-{which}-adult-{lang}-{i + 1:03d}', 'para25-adult', lang, f'{a}, {NUDE[lang]}', 'allow', 'block'))
        else:
            out.append(row(f'para25-{which}-alone-{lang}-{i + 1:03d}', 'para25-alone', lang, a, 'allow', 'allow'))
path = os.path.join(here, '..', '..', 'tests', 'GenScreen.Core.Tests', 'Data', 'para25', f'{which}.jsonl')
write_rows(out, path)
print(len(out), 'items,', len({o['lang'] for o in out}), 'languages ->', os.path.normpath(path))
