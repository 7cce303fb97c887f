#!/usr/bin/env python3
"""Shows each item of a labelled set with its strict/mature decisions and the sexual term read (development aid).
Run: python3 tools/labelled-sets/show.py set.jsonl [genscreen]"""
import json, subprocess, sys, tempfile
items = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
g = sys.argv[2] if len(sys.argv) > 2 else "src/GenScreen.Cli/bin/Release/net10.0/genscreen"
with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
    for it in items:
        f.write(json.dumps({"id": it["id"], "prompt": it["prompt"]}, ensure_ascii=False) + "\n")
out = {}
for pol in ("strict", "mature"):
    r = subprocess.run([g, "screen", "prompts", f.name, "--policy", pol], capture_output=True, text=True)
    out[pol] = [json.loads(l) for l in r.stdout.splitlines() if l.strip().startswith("{")]
bad = 0
for it, s, m in zip(items, out["strict"], out["mature"]):
    ds, dm = s["decision"].lower(), m["decision"].lower()
    ok = ds == it["expect"]["strict"] and dm == it["expect"]["mature"]
    bad += not ok
    terms = [(r.get("term"), r.get("message", "")[:18]) for r in s.get("reasons", []) if r.get("code", "").startswith("term.sexual")]
    print(("  " if ok else "X ") + f"{it['id']:<34} s={ds:<6} m={dm:<6} {terms} | {it['prompt']}")
print(bad, "wrong of", len(items))
