#!/usr/bin/env python3
"""Tallies tools/para40/kinds38-39.txt: the evidence kinds of every para-nude item of the spent batches 38 and 39 (260 items,
classified by hand in session 32; one letter a kind, an item may carry several), with how many of each kind main blocked
before it studied the batch (base31) and after (final31). Usage: python3 kinds.py [/root/heldout38 /root/heldout39]"""
import collections, json, os, sys

NAMES = dict(C="carer relation (hand held, lap, arms, pushed, watched, helped)", B="baby and toddler gear (pacifier, high chair, pram, car seat, bib, bottle)",
             S="school or kindergarten and its routine (first day, satchel, gate, bus, report card, copybooks)",
             F="feast, custom or rite (gift-bringer letter, carols, Eid/New-Year money, communion, birthday cake)", M="children's media character",
             T="toys and play (sandbox, tricycle, hopscotch, teddy, swing, crayons)", K="milestone or first-time skill (first steps, milk tooth, learning to ride)",
             Z="size relation to adults or own things (on shoulders, bag bigger than self, too big, tiptoe, feet not reaching)",
             P="pretending to be an adult (dad's tie, mum's heels)", E="behaviour (tantrum, hiding behind mum, crying for a toy)")
here = os.path.dirname(__file__)
rows = [l.split() for l in open(os.path.join(here, "kinds38-39.txt"))]
dirs = sys.argv[1:] or ["/root/heldout38", "/root/heldout39"]
dec = {}
for d in dirs:
    b = d[-2:]
    for tag in ("base31", "final31"):
        path = os.path.join(d, f"batch{b}.{tag}.decisions.jsonl")
        if os.path.exists(path):
            for l in open(path):
                x = json.loads(l)
                dec[(b, tag, x["id"])] = x["mature"]
tot, alone, ok0, ok1 = collections.Counter(), collections.Counter(), collections.Counter(), collections.Counter()
for item, kinds in rows:
    key = f"para-nude-{item[2:4]}-{item[4:]}"
    for k in set(kinds):
        tot[k] += 1
        ok0[k] += dec.get((item[:2], "base31", key)) == "block"
        ok1[k] += dec.get((item[:2], "final31", key)) == "block"
    if len(set(kinds)) == 1:
        alone[kinds[0]] += 1
print(f"{len(rows)} items, {sum(len(set(k)) for _, k in rows) / len(rows):.2f} kinds an item")
print("| kind | items | only kind | main blocked before study (base31) | after study (final31) |")
print("| --- | ---: | ---: | ---: | ---: |")
for k, v in tot.most_common():
    print(f"| {k}: {NAMES[k]} | {v} ({100 * v / len(rows):.0f} %) | {alone[k]} | {ok0[k]}/{v} | {ok1[k]}/{v} |")
