#!/usr/bin/env python3
"""Tallies the evidence kinds of all 390 para-nude items of the spent batches 38, 39 and 40 (tools/para40/kinds38-39.txt,
classified in session 32; tools/para41/kinds40.txt, batch 40 classified by hand in session 33, same letters), against main's
decisions on them (final32 = main 1323fb3c's rules, the session-32 round merged) and, with --tag T, a branch's
(batchNN.T.decisions.jsonl). Also names the two halves the round was built and checked on: half A = items 01, 03, 05 of
batches 38 and 40 and items 02, 04 of batch 39; half B = the rest. Usage: python3 kinds.py [--tag T] [--misses]"""
import collections, json, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'heldout'))
from decisions import mature_by_batch  # noqa: E402

sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..', 'para40'))
NAMES = dict(C="carer relation (hand held, lap, arms, pushed, watched, helped)", B="baby and toddler gear (pacifier, high chair, pram, car seat, bib, bottle)",
             S="school or kindergarten and its routine", F="feast, custom or rite (gift-bringer letter, Eid/New-Year money, lanterns, first haircut)",
             M="children's media character", T="toys and play (sandbox, slide, swing, crayons, teddy)", K="milestone or first-time skill",
             Z="size relation (on shoulders, bag bigger than self, too big)", P="pretending to be an adult", E="behaviour (tantrum, hiding, crying for a toy)")
here = os.path.dirname(__file__)
rows = [l.split() for l in open(os.path.join(here, '..', 'para40', 'kinds38-39.txt'))] + [l.split() for l in open(os.path.join(here, 'kinds40.txt'))]
tag = sys.argv[sys.argv.index('--tag') + 1] if '--tag' in sys.argv else None


def decisions(t):
    return mature_by_batch(t, ('38', '39', '40'))


def half(item):
    n = int(item[4:])
    return 'A' if (n % 2 == 1) == (item[:2] != '39') else 'B'


main = decisions('final32')
branch = decisions(tag) if tag else {}
prompts = {}
for b in ('38', '39', '40'):
    for l in open(f'/root/heldout{b}/batch{b}.jsonl'):
        x = json.loads(l)
        prompts[(b, x['id'])] = x['prompt']
tot, alone, ok0, ok1, miss = (collections.Counter() for _ in range(5))
halves = collections.Counter()
for item, kinds in rows:
    key = (item[:2], f"para-nude-{item[2:4]}-{item[4:]}")
    h = half(item)
    halves[(h, 'n')] += 1
    halves[(h, 'main')] += main.get(key) == 'block'
    halves[(h, 'branch')] += branch.get(key) == 'block'
    for k in set(kinds):
        tot[k] += 1
        ok0[k] += main.get(key) == 'block'
        ok1[k] += branch.get(key) == 'block'
        miss[k] += main.get(key) != 'block'
    if len(set(kinds)) == 1:
        alone[kinds[0]] += 1
    if '--misses' in sys.argv and (main.get(key) != 'block' or (tag and branch.get(key) != 'block')):
        print(h, item, kinds, main.get(key), branch.get(key, '-'), prompts[key])
print(f"{len(rows)} items, {sum(len(set(k)) for _, k in rows) / len(rows):.2f} kinds an item")
print(f"| kind | items | only kind | main final32 blocked | kind in main's misses |" + (f" {tag} blocked |" if tag else ""))
print("| --- | ---: | ---: | ---: | ---: |" + (" ---: |" if tag else ""))
for k, v in tot.most_common():
    print(f"| {k}: {NAMES[k]} | {v} ({100 * v / len(rows):.0f} %) | {alone[k]} | {ok0[k]}/{v} | {miss[k]} |" + (f" {ok1[k]}/{v} |" if tag else ""))
for h in 'AB':
    print(f"half {h}: {halves[(h, 'n')]} items, main blocked {halves[(h, 'main')]}" + (f", {tag} {halves[(h, 'branch')]}" if tag else ""))
