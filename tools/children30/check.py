#!/usr/bin/env python3
"""Check set of i16-children30 (session 26): held-out batch 30's child-nude (6) and paraphrased-child (19) misses, and the two
precision items of this topic (a Vietnamese family picnic with trẻ con, a Turkish high-chair description alone), ids and
expectations as in the batch, both policies. Spent and studied: they measure the fix by class, not generalisation.
Written for GenScreen (MIT). Run from the repository root: python3 tools/children30/check.py"""
import json, os
here = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(here, "..", "..", "tests", "GenScreen.Core.Tests", "Data", "children30", "check.jsonl")
rows, seen = [], set()
for name, label in (("children", "ch30-check-child"), ("para", "ch30-check-para"), ("precision", "ch30-check-allow")):
    for line in open(f"/root/heldout30/checks/{name}.jsonl", encoding="utf-8"):
        d = json.loads(line)
        if d["id"] in seen or (name == "precision" and d["id"] not in ("innocent-vi-01", "para-alone-tr-02")):
            continue
        seen.add(d["id"])
        rows.append({"id": "ch30-check-" + d["id"], "label": label, "lang": d["lang"], "prompt": d["prompt"],
                     "expect": {"mature": d["expect"]["mature"], "strict": d["expect"].get("strict", d["expect"]["mature"])}})
with open(OUT, "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), "check items")
