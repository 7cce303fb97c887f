#!/usr/bin/env python3
"""Writes the fresh (or check) set of session 21 (i16-para22) as labelled prompts.
usage: write_sets.py fresh|check  -> tests/GenScreen.Core.Tests/Data/para22/<set>.jsonl
Items: paraphrased child + person-less sexual fragment (block/block), the child description alone (allow/allow),
adult with a childhood detail + sexual fragment (allow/block). Written for GenScreen (MIT)."""
import os, sys, importlib
which = sys.argv[1]
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
sys.path.insert(0, os.path.join(here, '..', 'grammar19'))
from labelled_rows import child_fragment_rows, write_rows
m = importlib.import_module(f'{which}_items')
out = child_fragment_rows('para22', which, m.CHILD, m.SEX, m.ADULT)
path = os.path.join(here, '..', '..', 'tests', 'GenScreen.Core.Tests', 'Data', 'para22', f'{which}.jsonl')
write_rows(out, path)
print(len(out), 'items,', len({o['lang'] for o in out}), 'languages ->', os.path.normpath(path))
