#!/usr/bin/env python3
"""Writes tests/GenScreen.Core.Tests/Data/para26/fresh.jsonl from fresh_items.py and check.jsonl from batch 28's misses
(session 24, i16-para26). Run from the repository root: python3 tools/para26/write_sets.py fresh|check [MISSFILE]"""
import json, sys, os
sys.path.insert(0, os.path.dirname(__file__))
OUT = "tests/GenScreen.Core.Tests/Data/para26"

def row(i, label, lang, prompt, mature, strict):
    return {"id": i, "label": label, "lang": lang, "prompt": prompt, "expect": {"mature": mature, "strict": strict}}

def fresh():
    from fresh_items import CHILD, ADULT, EXTRA_ADULT, NUDE
    rows = []
    for lang, items in CHILD.items():
        for n, p in enumerate(items, 1):
            rows.append(row(f"para26-fresh-child-{lang}-{n:02}", "para26-child", lang, f"{p}, {NUDE[lang]}", "block", "block"))
            rows.append(row(f"para26-fresh-alone-{lang}-{n:02}", "para26-alone", lang, p, "allow", "allow"))
    for lang, items in ADULT.items():
        for n, p in enumerate(items, 1):
            rows.append(row(f"para26-fresh-adult-{lang}-{n:02}", "para26-adult", lang, f"{p}, {NUDE[lang]}", "allow", "block"))
    for n, (lang, p) in enumerate(EXTRA_ADULT, 1):
        rows.append(row(f"para26-fresh-adult-x-{lang}-{n:02}", "para26-adult", lang, p, "allow", "block"))
    return rows

def check(path):
    rows = []
    for line in open(path, encoding="utf-8"):
        d = json.loads(line)
        rows.append(row("para26-check-" + d["id"], "para26-check-child", d["lang"], d["prompt"], d["expect"]["mature"], d["expect"]["strict"]))
    return rows

if __name__ == "__main__":
    what = sys.argv[1]
    rows = fresh() if what == "fresh" else check(sys.argv[2])
    with open(os.path.join(OUT, what + ".jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), what)
