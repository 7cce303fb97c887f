import json, re, subprocess, sys
B = sys.argv[1]
D = "tests/GenScreen.Core.Tests/Data/minors14/"
out = []
for name in ["fresh.jsonl", "check.jsonl"]:
    r = subprocess.run([B + "/genscreen", "eval", "prompts", D + name], capture_output=True, text=True)
    misses = {}
    policy = None
    for line in r.stdout.splitlines():
        m = re.match(r"policy (\w+):", line)
        if m: policy = m.group(1)
        m = re.match(r"    (m14\S+) \[[^\]]+\] (expected .*)", line)
        if m: misses.setdefault(m.group(1), []).append(f"{policy}: {m.group(2).split(':')[0]}")
    items = [json.loads(l) for l in open(D + name, encoding="utf-8") if l.strip()]
    with open(D + name, "w", encoding="utf-8") as f:
        for it in items:
            it.pop("miss", None)
            if it["id"] in misses:
                it["miss"] = "; ".join(misses[it["id"]])
            else:
                out.append({k: v for k, v in it.items() if k != "miss"})
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
    print(name, len(items), "misses", len(misses))
with open("tests/GenScreen.Core.Tests/Data/labelled-prompts.minors14.jsonl", "w", encoding="utf-8") as f:
    for it in out:
        f.write(json.dumps(it, ensure_ascii=False) + "\n")
print("gated", len(out))
