#!/usr/bin/env python3
"""Writes tests/GenScreen.Core.Tests/Data/sexual26/check.jsonl from batch 28's misses of this task (spent, studied while the
rules were written): they measure the fix by class, not generalisation."""
import json, os, sys
src = sys.argv[1] if len(sys.argv) > 1 else "/work/notes/s24/misses/sexual26.jsonl"
out = os.path.join(os.path.dirname(__file__), "../../tests/GenScreen.Core.Tests/Data/sexual26/check.jsonl")
with open(src, encoding="utf-8") as f:  # read first: a missing input must not empty the committed set (session 33)
    lines = f.read().splitlines()
seen = set()
with open(out, "w", encoding="utf-8") as f:
    for line in lines:
        d = json.loads(line)
        if d["id"] in seen:
            continue
        seen.add(d["id"])
        f.write(json.dumps({"id": "i16-sexual26-check-" + d["id"], "label": "sexual26-check-" + d["label"], "lang": d["lang"],
                            "prompt": d["prompt"], "expect": d["expect"]}, ensure_ascii=False) + "\n")
print(len(seen))
