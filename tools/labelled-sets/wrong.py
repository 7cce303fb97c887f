#!/usr/bin/env python3
"""Prints the items of a labelled set a genscreen decides wrongly under each policy, with the terms read (development aid).
Usage: python3 tools/labelled-sets/wrong.py SET.jsonl GENSCREEN_DIR_OR_BIN"""
import json, os, subprocess, sys
items = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
g = sys.argv[2]
if os.path.isdir(g):
    g = os.path.join(g, "genscreen")
for pol in ("mature", "strict"):
    r = subprocess.run([g, "screen", "prompts", sys.argv[1], "--policy", pol], capture_output=True, text=True)
    out = [json.loads(l) for l in r.stdout.splitlines() if l.strip().startswith("{")]
    bad = 0
    by_label = {}
    for it, d in zip(items, out):
        ok = d["decision"] == it["expect"][pol]
        lab = by_label.setdefault(it["label"], [0, 0])
        lab[0] += ok
        lab[1] += 1
        if not ok:
            bad += 1
            terms = [f"{r['code'].split('.')[-1]}:{r.get('term','')}" for r in d["reasons"] if r["code"].startswith("term.")]
            codes = [r["code"] for r in d["reasons"] if not r["code"].startswith("term.")]
            print(f"{pol} X {it['id']} {d['decision']} {' '.join(codes)} | {'; '.join(terms)}")
    print(pol, "right by label:", " ".join(f"{k} {v[0]}/{v[1]}" for k, v in sorted(by_label.items())), "| wrong", bad)
