#!/usr/bin/env python3
"""Writes tests/GenScreen.Core.Tests/Data/sexual31/check.jsonl from batch 31's misses of this task (adult sexual prompts
`strict` allowed or only reviewed; spent, studied while the rules were written): they measure the fix by class, not
generalisation. `expect` is the batch item's, both policies."""
import json, os, sys
src = sys.argv[1] if len(sys.argv) > 1 else "/root/heldout31/checks/sexual.jsonl"
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../tests/GenScreen.Core.Tests/Data/sexual31/check.jsonl")
seen = set()
with open(out, "w", encoding="utf-8") as f:
    for d in (json.loads(l) for l in open(src, encoding="utf-8")):
        if d["id"] in seen:
            continue
        seen.add(d["id"])
        f.write(json.dumps({"id": "i16-sexual31-check-" + d["id"], "label": "sexual31-check-" + d["label"], "lang": d["lang"],
                            "prompt": d["prompt"], "expect": d["expect"]}, ensure_ascii=False) + "\n")
print(len(seen))
