#!/usr/bin/env python3
"""Before/after figures of a labelled set: must-block items blocked under each policy, must-allow items flagged.
Run: python3 tools/labelled-sets/figures.py set.jsonl GENSCREEN_BINARY   (sexual26 and sexual29 measured their sets with it)"""
import json, subprocess, sys, tempfile
items = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
    for it in items:
        f.write(json.dumps({"id": it["id"], "prompt": it["prompt"]}, ensure_ascii=False) + "\n")
got = {}
for pol in ("strict", "mature"):
    r = subprocess.run([sys.argv[2], "screen", "prompts", f.name, "--policy", pol], capture_output=True, text=True)
    got[pol] = [json.loads(l)["decision"].lower() for l in r.stdout.splitlines() if l.strip().startswith("{")]
for pol in ("strict", "mature"):
    block = [i for i, it in enumerate(items) if it["expect"][pol] == "block"]
    allow = [i for i, it in enumerate(items) if it["expect"][pol] == "allow"]
    print(f"{pol}: must-block blocked {sum(got[pol][i] == 'block' for i in block)}/{len(block)}"
          f" (reviewed {sum(got[pol][i] == 'review' for i in block)}),"
          f" must-allow flagged {sum(got[pol][i] != 'allow' for i in allow)}/{len(allow)}")
