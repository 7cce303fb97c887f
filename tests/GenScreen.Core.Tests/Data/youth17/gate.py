# Writes labelled-prompts.youth17.jsonl: the fresh and check items the branch gets right under both policies
# (from the branch's eval outputs fresh.branch-final.txt and check.branch-final.txt); the others stay here as misses.
import json, re
def misses(path):
    return set(re.findall(r'^\s+(\S+) \[', open(path, encoding='utf-8').read(), re.M))
out = []
for src, res in [("fresh.jsonl", "fresh.branch-final.txt"), ("check.jsonl", "check.branch-final.txt")]:
    bad = misses(res)
    for line in open(src, encoding='utf-8'):
        it = json.loads(line)
        if it["id"] not in bad:
            out.append(it)
with open("../labelled-prompts.youth17.jsonl", "w", encoding="utf-8") as f:
    for it in out:
        f.write(json.dumps(it, ensure_ascii=False) + "\n")
print(len(out))
