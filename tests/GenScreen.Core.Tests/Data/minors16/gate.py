# Writes labelled-prompts.minors16.jsonl: the fresh and check items the branch gets right under both policies
# (from the branch's eval outputs fresh.branch-final.txt and check.branch-final.txt), and notes each miss in the set files.
import json, re
def misses(path):
    return dict(re.findall(r'^\s+(\S+) \[[^\]]*\] (expected .*)$', open(path, encoding='utf-8').read(), re.M))
out = []
for src, res in [("fresh.jsonl", "fresh.branch-final.txt"), ("check.jsonl", "check.branch-final.txt")]:
    bad = misses(res)
    kept = []
    for line in open(src, encoding='utf-8'):
        it = json.loads(line)
        if it["id"] in bad:
            it["miss"] = bad[it["id"]][:160]
        else:
            it.pop("miss", None)
            out.append(it)
        kept.append(it)
    with open(src, "w", encoding="utf-8") as f:
        for it in kept:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
with open("../labelled-prompts.minors16.jsonl", "w", encoding="utf-8") as f:
    for it in out:
        f.write(json.dumps(it, ensure_ascii=False) + "\n")
print(len(out))
