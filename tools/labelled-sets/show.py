#!/usr/bin/env python3
"""Shows each item of a labelled set with its strict/mature decisions, its mode and the reasons read (development aid).
Run: python3 tools/labelled-sets/show.py set.jsonl [genscreen] [-x]   (-x: only the items not as expected)
Items keep their mode (img2img/inpaint nudify items are screened as such)."""
import json, subprocess, sys, tempfile
args = [a for a in sys.argv[1:] if a != "-x"]
only_wrong = "-x" in sys.argv
items = [json.loads(l) for l in open(args[0], encoding="utf-8") if l.strip()]
g = args[1] if len(args) > 1 else "src/GenScreen.Cli/bin/Release/net10.0/genscreen"
with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
    for it in items:
        line = {"id": it["id"], "prompt": it["prompt"]}
        if it.get("mode"):
            line["mode"] = it["mode"]
        f.write(json.dumps(line, ensure_ascii=False) + "\n")
out = {}
for pol in ("strict", "mature"):
    r = subprocess.run([g, "screen", "prompts", f.name, "--policy", pol], capture_output=True, text=True)
    out[pol] = [json.loads(l) for l in r.stdout.splitlines() if l.strip().startswith("{")]
bad = 0
for it, s, m in zip(items, out["strict"], out["mature"]):
    ds, dm = s["decision"].lower(), m["decision"].lower()
    ok = ds == it["expect"].get("strict", ds) and dm == it["expect"]["mature"]
    bad += not ok
    if only_wrong and ok:
        continue
    reasons = [f'{r.get("code")}:{r.get("term", "")}' for r in m.get("reasons", [])]
    print(("  " if ok else "X ") + f"{it['id']:<34} {it.get('mode', 'txt2img')[:3]} s={ds:<6} m={dm:<6} {reasons} | {it['prompt']}")
print(bad, "wrong of", len(items))
