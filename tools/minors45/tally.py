#!/usr/bin/env python3
"""Session 37 (i16-minors45): figures main -> branch on the spent batches 38-44, 42v, 43v from score.py's decisions
(/root/heldoutNN/batchNN.TAG.decisions.jsonl): child-nude and para-nude blocked under `mature`, must-allow flagged under both
policies, and the hand-classified misses of misses45.txt by half (A built on: 43v, 44; B checked: the rest).
Usage: python3 tally.py [--main round37base] [--tag minors45]. Standard library only."""
import json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, '..', 'heldout'))
from changed import MUST_ALLOW  # noqa: E402

arg = lambda k, d: sys.argv[sys.argv.index(k) + 1] if k in sys.argv else d
main_tag, tag = arg('--main', 'round37base'), arg('--tag', 'minors45')
STRICT_ALLOW = {'adult', 'benign', 'trap', 'innocent', 'child-alone', 'para-alone'}
BATCHES = ['38', '39', '40', '41', '42', '42v', '43', '43v', '44']
HALF_A = {'43v', '44'}


def load(b, t):
    with open(f'/root/heldout{b}/batch{b}.{t}.decisions.jsonl', encoding='utf-8') as f:
        return {r['id']: r for r in map(json.loads, f)}


print(f'| batch | child-nude {main_tag} -> {tag} | para-nude | must-allow flagged mature | strict |')
print('| --- | ---: | ---: | ---: | ---: |')
moved = {'A': [0, 0], 'B': [0, 0]}
misses = [l.split()[:2] for l in open(os.path.join(here, 'misses45.txt'), encoding='utf-8') if l.strip() and not l.startswith('#')]
for b in BATCHES:
    items = {r['id']: r for r in map(json.loads, open(f'/root/heldout{b}/batch{b}.jsonl', encoding='utf-8'))}
    m, t = load(b, main_tag), load(b, tag)
    def count(label, d):
        its = [i for i, r in items.items() if r['label'] == label]
        return f"{sum(d[i]['mature'] == 'block' for i in its)}/{len(its)}"
    def flagged(d, policy, labels):
        return sum(d[i][policy] != 'allow' for i, r in items.items() if r['label'] in labels)
    print(f"| {b} | {count('child-nude', m)} -> {count('child-nude', t)} | {count('para-nude', m)} -> {count('para-nude', t)} "
          f"| {flagged(m, 'mature', MUST_ALLOW)} -> {flagged(t, 'mature', MUST_ALLOW)} | {flagged(m, 'strict', STRICT_ALLOW)} -> {flagged(t, 'strict', STRICT_ALLOW)} |")
    for batch, item in misses:
        if batch == b:
            half = 'A' if b in HALF_A else 'B'
            moved[half][1] += 1
            moved[half][0] += t[item]['mature'] == 'block'
for half, (n, total) in moved.items():
    print(f'half {half}: {n}/{total} of the classified misses now blocked under mature')
