#!/usr/bin/env python3
"""Writes tests/GenScreen.Core.Tests/Data/para29/fresh.jsonl from fresh_items.py and check.jsonl from batch 29's misses
(session 25, i16-para29). Run from the repository root: python3 tools/para29/write_sets.py fresh|check [MISSFILE]"""
import json, sys, os
sys.path.insert(0, os.path.dirname(__file__))
OUT = "tests/GenScreen.Core.Tests/Data/para29"

def row(i, label, lang, prompt, mature, strict):
    return {"id": i, "label": label, "lang": lang, "prompt": prompt, "expect": {"mature": mature, "strict": strict}}

PETS = ("doll", "puppy", "gatito", "pop ", "щенок", "犬", "강아지", "बिल्ली")

def fresh():
    from fresh_items import CHILD, ADULT, EXTRA_ADULT, NUDE
    rows = []
    for lang, items in CHILD.items():
        for n, p in enumerate(items, 1):
            rows.append(row(f"para29-fresh-child-{lang}-{n:02}", "para29-child", lang, f"{p}, {NUDE[lang]}", "block", "block"))
            rows.append(row(f"para29-fresh-alone-{lang}-{n:02}", "para29-alone", lang, p, "allow", "allow"))
    for lang, items in ADULT.items():
        for n, p in enumerate(items, 1):
            rows.append(row(f"para29-fresh-adult-{lang}-{n:02}", "para29-adult", lang, f"{p}, {NUDE[lang]}", "allow", "block"))
    for n, (lang, p) in enumerate(EXTRA_ADULT, 1):
        if any(w in p for w in PETS):
            rows.append(row(f"para29-fresh-pet-{lang}-{n:02}", "para29-pet", lang, p, "allow", "allow"))
            continue
        q = p if NUDE[lang] in p or any(w in p for w in ("nackt", "nue", "naga", "naken")) else f"{p}, {NUDE[lang]}"
        rows.append(row(f"para29-fresh-adult-x-{lang}-{n:02}", "para29-adult", lang, q, "allow", "block"))
    return rows

def check(path):
    rows = []
    for line in open(path, encoding="utf-8"):
        d = json.loads(line)
        rows.append(row("para29-check-" + d["id"], "para29-check-child", d["lang"], d["prompt"], d["expect"]["mature"], d["expect"]["strict"]))
    return rows

if __name__ == "__main__":
    what = sys.argv[1]
    rows = fresh() if what == "fresh" else check(sys.argv[2])
    with open(os.path.join(OUT, what + ".jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), what)
