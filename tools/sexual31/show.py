#!/usr/bin/env python3
"""Per-item decisions of a labelled set under both policies with the reasons' terms (wrong ones marked *).
Run: python3 tools/sexual31/show.py set.jsonl GENSCREEN_BINARY"""
import json, subprocess, sys, tempfile
items = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
    for it in items:
        f.write(json.dumps({"id": it["id"], "prompt": it["prompt"], **({"mode": it["mode"]} if "mode" in it else {})}, ensure_ascii=False) + "\n")
got = {}
for pol in ("strict", "mature"):
    r = subprocess.run([sys.argv[2], "screen", "prompts", f.name, "--policy", pol], capture_output=True, text=True)
    got[pol] = [json.loads(l) for l in r.stdout.splitlines() if l.strip().startswith("{")]
for i, it in enumerate(items):
    s, m = got["strict"][i], got["mature"][i]
    bad = s["decision"] != it["expect"]["strict"] or m["decision"] != it["expect"]["mature"]
    terms = [r.get("term") for r in s["reasons"] if r.get("term") and r["code"] != "term.adult"]
    print(f"{'*' if bad else ' '} {it['id']}: strict {s['decision']} mature {m['decision']} {terms} | {it['prompt'][:90]}")
