#!/usr/bin/env python3
"""show.py SET.jsonl [genscreen] : decisions under both policies with mode, reasons (code:term)."""
import json, subprocess, sys, tempfile
items = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
g = sys.argv[2] if len(sys.argv) > 2 else "/tmp/gs-main30/genscreen"
only_bad = '-x' in sys.argv
with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
    for it in items:
        d = {"id": it["id"], "prompt": it["prompt"]}
        if it.get("mode"): d["mode"] = it["mode"]
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
out = {}
for pol in ("strict", "mature"):
    r = subprocess.run([g, "screen", "prompts", f.name, "--policy", pol], capture_output=True, text=True)
    out[pol] = [json.loads(l) for l in r.stdout.splitlines() if l.strip().startswith("{")]
bad = 0
for it, s, m in zip(items, out["strict"], out["mature"]):
    ds, dm = s["decision"].lower(), m["decision"].lower()
    ok = ds == it["expect"]["strict"] and dm == it["expect"]["mature"]
    bad += not ok
    if only_bad and ok: continue
    rs = [f'{r.get("code")}:{r.get("term","")}' for r in m.get("reasons", [])]
    print(("  " if ok else "X ") + f"{it['id']:<28} {it.get('mode','t2i')[:3]} s={ds:<6} m={dm:<6} {rs} | {it['prompt']}")
print(bad, "wrong of", len(items))
