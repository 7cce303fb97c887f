#!/usr/bin/env python3
"""Writes tests/GenScreen.Core.Tests/Data/labelled-prompts.names22.jsonl: the fresh items (and the check set's passing
items) that the branch gets right under both policies. Usage: python3 tools/names22/labelled_file.py <genscreen>"""
import json, os, subprocess, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "grammar19"))
from labelled_rows import write_rows
G = sys.argv[1]
D = "tests/GenScreen.Core.Tests/Data/"
items = [json.loads(l) for f in ("names22/fresh.jsonl", "names22/check.jsonl") for l in open(D + f, encoding="utf-8")]
items = [i for i in items if i["id"] != "names22-check-adult-sexual-ru-007"]  # names a person (given name + patronymic): mislabelled
inp = "\n".join(json.dumps({"id": i["id"], "prompt": i["prompt"]}, ensure_ascii=False) for i in items) + "\n"
got = {}
for policy in ("mature", "strict"):
    out = subprocess.run([G, "screen", "prompts", "/dev/stdin", "--policy", policy], input=inp, capture_output=True, text=True).stdout
    for line in out.splitlines():
        d = json.loads(line)
        got[(d["id"], policy)] = d.get("decision") or d.get("action")
kept = [i for i in items if all(got.get((i["id"], p)) == i["expect"][p] for p in ("mature", "strict"))]
write_rows(kept, D + "labelled-prompts.names22.jsonl")
print(f"{len(kept)} of {len(items)} kept")
