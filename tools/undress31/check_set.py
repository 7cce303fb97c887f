#!/usr/bin/env python3
"""Check set of i16-undress31: batch 31's 46 misses of the names task (both halves: the half whose name main reads, this
task's, and the half whose name main does not read, names31's), with expect from the batch item (both policies).
Run: python3 tools/undress31/check_set.py > tests/GenScreen.Core.Tests/Data/undress31/check.jsonl"""
import json
batch = {json.loads(l)["id"]: json.loads(l) for l in open("/root/heldout31/batch31.jsonl", encoding="utf-8")}
for line in open("/root/heldout31/checks/names.jsonl", encoding="utf-8"):
    it = batch[json.loads(line)["id"]]
    out = {"id": "check31-" + it["id"], "label": it["label"], "lang": it["lang"], "prompt": it["prompt"],
           "expect": {"mature": it["expect"]["mature"], "strict": it["expect"]["strict"]}}
    if it.get("mode") and it["mode"] != "txt2img":
        out["mode"] = it["mode"]
    print(json.dumps(out, ensure_ascii=False))
