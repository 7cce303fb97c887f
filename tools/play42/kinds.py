#!/usr/bin/env python3
"""Tallies the evidence kinds of all 520 para-nude items of the spent batches 38-41 (tools/para40/kinds38-39.txt, tools/para41/
kinds40.txt, and batch 41 classified by hand in session 34 in tools/play42/kinds41.txt, same letters) against two scorings
(default base34 = main abd46c3b, and play42 = this branch; batchNN.TAG.decisions.jsonl beside each batch). Prints, per kind, the
items, those where it is the only kind, and the blocked counts under `mature`; then the same for batch 41 alone and the kinds
of each build's misses. Usage: python3 kinds.py [--main TAG] [--tag TAG]"""
import collections, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'heldout'))
from decisions import mature_by_batch  # noqa: E402

here = os.path.dirname(os.path.abspath(__file__))
NAMES = dict(C="carer relation (hand held, lap, pushed, watched)", F="feast, custom or rite (birthday, Eid/New-Year money, lanterns)",
             T="toys and play (hopscotch, marbles, puddles, sledge, crayons, swing)", B="baby and toddler gear (pacifier, pram, high chair)",
             K="milestone or first-time skill (milk tooth, first ride)", Z="size relation (on shoulders, bag bigger than self)",
             S="school or kindergarten routine", M="children's media character", E="behaviour (tantrum, hiding, crying)",
             P="pretending to be an adult")
arg = lambda k, d: sys.argv[sys.argv.index(k) + 1] if k in sys.argv else d
main_tag, tag = arg('--main', 'base34'), arg('--tag', 'play42')
rows = []
for f in ('../para40/kinds38-39.txt', '../para41/kinds40.txt', 'kinds41.txt'):
    rows += [l.split() for l in open(os.path.join(here, f)) if l.strip()]


def decisions(t):
    return mature_by_batch(t, ('38', '39', '40', '41'))


main, branch = decisions(main_tag), decisions(tag)
key = lambda item: (item[:2], f'para-nude-{item[2:4]}-{item[4:]}')


def table(items, title):
    print(f'\n{title} ({len(items)} items)\n| kind | items | only kind | {main_tag} blocked | {tag} blocked | in {main_tag} misses | in {tag} misses |')
    print('| --- | ---: | ---: | ---: | ---: | ---: | ---: |')
    for k in sorted(NAMES, key=lambda k: -sum(k in ks for _, ks in items)):
        its = [i for i, ks in items if k in ks]
        if not its:
            continue
        only = sum(1 for i, ks in items if ks == k)
        mb = sum(main.get(key(i)) == 'block' for i in its)
        bb = sum(branch.get(key(i)) == 'block' for i in its)
        print(f'| {NAMES[k]} | {len(its)} ({100 * len(its) // len(items)} %) | {only} | {mb}/{len(its)} | {bb}/{len(its)} | {len(its) - mb} | {len(its) - bb} |')


table(rows, 'Batches 38-41')
table([r for r in rows if r[0].startswith('41')], 'Batch 41')
