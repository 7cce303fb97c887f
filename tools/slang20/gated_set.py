"""Writes tests/GenScreen.Core.Tests/Data/labelled-prompts.slang20.jsonl, the gated items of session 19 (i16-slang20): the
fresh-set and check-set items the branch passes under both policies, and the held-out batch-22 items (spent) that main
missed and the branch passes under both policies (ids i16-slang20-batch22-…). An item that still misses is kept out.
Usage: gated_set.py EVAL_DIR, where EVAL_DIR holds the `genscreen eval prompts` outputs fresh.txt, check.txt,
batch22-main.txt and batch22.txt."""
import json, pathlib, re, sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent / "grammar19"))
from labelled_rows import write_rows  # noqa: E402  (the writer shared with tools/grammar19)

def misses(path):
    return {m.group(1) for m in re.finditer(r'^\s+(\S+) \[', open(path, encoding="utf-8").read(), re.M)}

def main(evals):
    ev = pathlib.Path(evals)
    data = pathlib.Path("tests/GenScreen.Core.Tests/Data")
    rows = []
    for name in ("fresh", "check"):
        missed = misses(ev / f"{name}.txt")
        for line in open(data / "slang20" / f"{name}.jsonl", encoding="utf-8"):
            item = json.loads(line)
            if item["id"] not in missed:
                rows.append(item)
    before, after = misses(ev / "batch22-main.txt"), misses(ev / "batch22.txt")
    for line in open("/work/notes/s19/batch22/score.jsonl", encoding="utf-8"):
        item = json.loads(line)
        if item["id"] in before and item["id"] not in after:
            item["id"] = "i16-slang20-batch22-" + item["id"].split("-", 1)[1]
            rows.append(item)
    write_rows(rows, data / "labelled-prompts.slang20.jsonl")
    print(len(rows), "gated items")

if __name__ == "__main__":
    main(sys.argv[1])
