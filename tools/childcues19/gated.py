# Writes tests/GenScreen.Core.Tests/Data/labelled-prompts.childcues19.jsonl: the fresh set's items that pass under both
# policies, and the spent held-out batches' minors-para items (batches 20 and 21, sessions 16-17) that the session 18
# rules block under both (ids prefixed batch20-/batch21-). Items that still miss stay out of the gated file.
# Usage: python3 gated.py FRESH_EVAL.txt BATCH20_EVAL.txt BATCH21_EVAL.txt (outputs of `genscreen eval prompts`).
import json, re, sys
here = "../../tests/GenScreen.Core.Tests/Data/"
def missed(path):
    return set(re.findall(r"^\s+(\S+) \[[^\]]+\] expected", open(path, encoding="utf-8").read(), re.M))
out = []
fresh_miss = missed(sys.argv[1])
for l in open(here + "childcues19/fresh.jsonl", encoding="utf-8"):
    d = json.loads(l)
    if d["id"] not in fresh_miss:
        out.append(d)
for batch, path, ev in (("batch20", "/work/notes/s17/batch20/score.jsonl", sys.argv[2]), ("batch21", "/work/notes/s18/batch21/score.jsonl", sys.argv[3])):
    miss = missed(ev)
    for l in open(path, encoding="utf-8"):
        d = json.loads(l)
        if d["label"] == "minors-para" and d["id"] not in miss:
            d["id"] = f"{batch}-{d['id']}"
            out.append(d)
with open(here + "labelled-prompts.childcues19.jsonl", "w", encoding="utf-8") as f:
    for d in out:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
print(len(out), "items")
