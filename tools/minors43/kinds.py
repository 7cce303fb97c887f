#!/usr/bin/env python3
"""Tallies the evidence kinds of all 650 para-nude items of the spent batches 38-42: batches 38-41 as earlier sessions classified
them (tools/para40/kinds38-39.txt, tools/para41/kinds40.txt, tools/play42/kinds41.txt) and batch 42 classified by hand in session 35
(tools/minors43/kinds42.txt, same letters), against two scorings (default base35 = main 3cf3a317, and minors43 = this branch;
batchNN.TAG.decisions.jsonl beside each batch). Reuses tools/play42/kinds.py's letters. Usage: python3 kinds.py [--main T] [--tag T]"""
import os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, '..', 'heldout'))
from decisions import mature_by_batch  # noqa: E402

NAMES = dict(C="carer relation (hand held, lap, pushed, watched)", F="feast, custom or rite",
             T="toys, play and crafts", B="baby and toddler gear", K="milestone or first-time skill",
             Z="size relation", S="school or kindergarten routine", M="children's media character",
             E="behaviour (tantrum, thumb)", P="pretending to be an adult")
arg = lambda k, d: sys.argv[sys.argv.index(k) + 1] if k in sys.argv else d
main_tag, tag = arg('--main', 'base35'), arg('--tag', 'minors43')
rows = []
for f in ('../para40/kinds38-39.txt', '../para41/kinds40.txt', '../play42/kinds41.txt', 'kinds42.txt'):
    rows += [l.split() for l in open(os.path.join(here, f)) if l.strip()]
main = mature_by_batch(main_tag, ('38', '39', '40', '41', '42'))
branch = mature_by_batch(tag, ('38', '39', '40', '41', '42'))
key = lambda item: (item[:2], f'para-nude-{item[2:4]}-{item[4:]}')


def table(items, title):
    print(f'\n{title} ({len(items)} items)\n| kind | items | only kind | {main_tag} blocked | {tag} blocked |')
    print('| --- | ---: | ---: | ---: | ---: |')
    for k in sorted(NAMES, key=lambda k: -sum(k in ks for _, ks in items)):
        its = [i for i, ks in items if k in ks]
        if its:
            only = sum(1 for i, ks in items if ks == k)
            mb = sum(main.get(key(i)) == 'block' for i in its)
            bb = sum(branch.get(key(i)) == 'block' for i in its)
            print(f'| {NAMES[k]} | {len(its)} ({100 * len(its) // len(items)} %) | {only} | {mb}/{len(its)} | {bb}/{len(its)} |')


table(rows, 'Batches 38-42')
table([r for r in rows if r[0].startswith('42')], 'Batch 42')
