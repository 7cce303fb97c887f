# Lists the misses of labelled files under one policy (default mature): python3 misses.py [--policy strict] files...
# Runs the built Release CLI of this worktree. Written for GenScreen (MIT).
import json, subprocess, sys, os
args = sys.argv[1:]; pol = "mature"; root = None
while args[:1] in (["--policy"], ["--root"]):
    if args[0] == "--policy": pol = args[1]
    else: root = args[1]
    args = args[2:]
items = {}
for fn in args:
    for l in open(fn, encoding="utf-8"):
        if l.strip(): d = json.loads(l); items[d["id"]] = d
root = root or os.path.join(os.path.dirname(os.path.abspath(__file__)), "../..")
inp = "\n".join(json.dumps({k: v for k, v in d.items() if k not in ("expect", "label", "lang")}, ensure_ascii=False) for d in items.values()) + "\n"
out = subprocess.run(["dotnet", "run", "--project", os.path.join(root, "src/GenScreen.Cli"), "-c", "Release", "--no-build", "--", "screen", "prompts", "-", "--policy", pol], input=inp, capture_output=True, text=True).stdout
for l in out.splitlines():
    if not l.startswith("{"): continue
    r = json.loads(l); d = items[r["id"]]; e = d["expect"][pol]
    ok = r["decision"] == e if e != "allow" else r["decision"] == "allow"
    if not ok:
        rs = ";".join(f'{x["code"]}:{x.get("term","")}' for x in r["reasons"])[:160]
        print(f'{d["id"]}\t{e}->{r["decision"]}\t{d["prompt"]}\t[{rs}]')
