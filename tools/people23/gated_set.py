#!/usr/bin/env python3
"""Writes tests/GenScreen.Core.Tests/Data/labelled-prompts.people23.jsonl: the fresh-set items (fresh_set.py) that the
branch gets exactly right under both policies, from the verdicts of `genscreen screen prompts` (score.sh writes them).
The check set is not gated (it stays a measurement). Written for GenScreen (MIT).
usage: gated_set.py fresh.jsonl mature-verdicts.jsonl strict-verdicts.jsonl [out.jsonl]
"""
import json, sys
sys.path.insert(0, __file__.rsplit("/", 1)[0] + "/../grammar19")
from labelled_rows import write_rows

items = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
vm = {json.loads(l)["id"]: json.loads(l)["decision"] for l in open(sys.argv[2], encoding="utf-8")}
vs = {json.loads(l)["id"]: json.loads(l)["decision"] for l in open(sys.argv[3], encoding="utf-8")}
keep = [it for it in items if vm[it["id"]] == it["expect"]["mature"] and vs[it["id"]] == it["expect"]["strict"]]
out = sys.argv[4] if len(sys.argv) > 4 else "tests/GenScreen.Core.Tests/Data/labelled-prompts.people23.jsonl"
write_rows(keep, out)
print(len(keep), "of", len(items), "->", out)
