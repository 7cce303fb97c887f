"""Writes tests/GenScreen.Core.Tests/Data/labelled-prompts.grammar19.jsonl, the gated items of session 18 (i16-grammar19):
the fresh-set and check-set items the branch passes under both policies, and the batch-20/21 items main missed that the
branch passes under both policies (ids g19-batch20-/g19-batch21-). An item that still misses is kept out.
Usage: gated_set.py EVAL_DIR, where EVAL_DIR holds the `genscreen eval prompts` outputs: fresh-main.txt, fresh.txt,
check.txt, batch20-main.txt, batch20.txt, batch21-main.txt, batch21.txt."""
import json, re, sys, pathlib

def misses(path):
    return {m.group(1) for m in re.finditer(r'^\s+((?:h\d\d|g19)-\S+) \[', open(path, encoding="utf-8").read(), re.M)}

def main(evals):
    ev = pathlib.Path(evals)
    data = pathlib.Path("tests/GenScreen.Core.Tests/Data")
    rows = []
    for name in ("fresh", "check"):
        missed = misses(ev / f"{name}.txt")
        for line in open(data / "grammar19" / f"{name}.jsonl", encoding="utf-8"):
            item = json.loads(line)
            if item["id"] not in missed:
                rows.append(item)
    for batch, folder in (("batch20", "/work/notes/s17/batch20"), ("batch21", "/work/notes/s18/batch21")):
        before, after = misses(ev / f"{batch}-main.txt"), misses(ev / f"{batch}.txt")
        for line in open(f"{folder}/score.jsonl", encoding="utf-8"):
            item = json.loads(line)
            if item["id"] in before and item["id"] not in after:
                item["id"] = f"g19-{batch}-" + item["id"].split("-", 1)[1]
                rows.append(item)
    with open(data / "labelled-prompts.grammar19.jsonl", "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "gated items")

if __name__ == "__main__":
    main(sys.argv[1])
