# Writes tests/GenScreen.Core.Tests/Data/labelled-prompts.para20.jsonl: the fresh and check items of i16-para20 and the spent
# batch 20-22 minors-para items (ids para20-batch2N-...) that this branch decides as expected under both policies.
# Run from the worktree root after a Release build. Written for GenScreen (MIT).
import json, subprocess
def decide(items, pol):
    inp = "\n".join(json.dumps({"id": d["id"], "prompt": d["prompt"]}, ensure_ascii=False) for d in items) + "\n"
    out = subprocess.run(["dotnet", "run", "--project", "src/GenScreen.Cli", "-c", "Release", "--no-build", "--", "screen", "prompts", "-", "--policy", pol], input=inp, capture_output=True, text=True).stdout
    return {r["id"]: r["decision"] for r in (json.loads(l) for l in out.splitlines() if l.startswith("{"))}
items = []
for f in ("tests/GenScreen.Core.Tests/Data/para20/fresh.jsonl", "tests/GenScreen.Core.Tests/Data/para20/check.jsonl"):
    items += [json.loads(l) for l in open(f, encoding="utf-8")]
for b in (20, 21, 22):
    for l in open(f"/work/notes/s19/batch{b}/score.jsonl", encoding="utf-8"):
        d = json.loads(l)
        if d["label"] == "minors-para":
            items.append({"id": "para20-batch" + d["id"][1:], "label": f"para20-batch{b}", "lang": d["lang"], "prompt": d["prompt"], "expect": d["expect"]})
got = {p: decide(items, p) for p in ("mature", "strict")}
kept = [d for d in items if all(got[p][d["id"]] == d["expect"][p] for p in ("mature", "strict"))]
with open("tests/GenScreen.Core.Tests/Data/labelled-prompts.para20.jsonl", "w", encoding="utf-8") as f:
    for d in kept:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
print(len(kept), "of", len(items))
