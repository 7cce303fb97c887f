#!/usr/bin/env python3
"""Check set for i16-names29: batch 29's name misses (/root/heldout29/checks/names.jsonl, spent), one row per item with
both policies' expectations taken from the batch item. Measures the fix by class, not generalisation (fresh.jsonl does).
Usage: python3 tools/names29/check_set.py [/root/heldout29]"""
import json, os, sys
src = sys.argv[1] if len(sys.argv) > 1 else "/root/heldout29"
batch = {}
for line in open(os.path.join(src, "batch29.jsonl"), encoding="utf-8"):
    d = json.loads(line); batch[d["id"]] = d
seen, rows = set(), []
for line in open(os.path.join(src, "checks", "names.jsonl"), encoding="utf-8"):
    d = json.loads(line)
    if d["id"] in seen:
        continue
    seen.add(d["id"]); b = batch[d["id"]]
    r = {"id": "names29-check-" + b["id"], "label": b["label"], "lang": b["lang"], "prompt": b["prompt"], "expect": b["expect"]}
    if b.get("mode"):
        r["mode"] = b["mode"]
    rows.append(r)
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tests", "GenScreen.Core.Tests", "Data", "names29", "check.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), "rows")
