#!/usr/bin/env python3
"""Each item of a set with its decision under both policies and the reasons' terms; MISS marks a wrong decision.
Run: python3 tools/undress31/show.py set.jsonl GENSCREEN_BINARY [--misses]"""
import json, subprocess, sys, tempfile
items = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
    for it in items:
        d = {"id": it["id"], "prompt": it["prompt"]}
        if it.get("mode"):
            d["mode"] = it["mode"]
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
got = {}
for pol in ("mature", "strict"):
    r = subprocess.run([sys.argv[2], "screen", "prompts", f.name, "--policy", pol], capture_output=True, text=True)
    got[pol] = [json.loads(l) for l in r.stdout.splitlines() if l.strip().startswith("{")]
for i, it in enumerate(items):
    ok = all((got[p][i]["decision"].lower() == "block") == (it["expect"][p] == "block") and
             (it["expect"][p] != "allow" or got[p][i]["decision"].lower() == "allow") for p in ("mature", "strict"))
    if "--misses" in sys.argv and ok:
        continue
    rs = [f"{r['code']}:{r.get('term', '')}" for r in got["strict"][i].get("reasons", [])]
    print(("   " if ok else "MISS"), it["id"], got["mature"][i]["decision"], got["strict"][i]["decision"], "|", it["prompt"][:110], "|", " ".join(rs))
