# The gated labelled file of i16-precision23 (session 22): the fresh and check items that the branch gets right under both
# policies (the eval outputs tests/GenScreen.Core.Tests/Data/precision23/fresh-branch.txt and check-branch.txt list the
# misses). Written for GenScreen (MIT). Usage: python3 tools/precision23/gated_set.py [out.jsonl]
import sys, pathlib
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent / "grammar19"))
from labelled_rows import misses, write, out_path
import json

DATA = pathlib.Path(__file__).resolve().parent.parent.parent / "tests" / "GenScreen.Core.Tests" / "Data"

if __name__ == "__main__":
    rows = []
    for name in ("fresh", "check"):
        missed = misses(DATA / "precision23" / f"{name}-branch.txt", r"precision23-\S+")
        for line in open(DATA / "precision23" / f"{name}.jsonl", encoding="utf-8"):
            item = json.loads(line)
            if item["id"] not in missed:
                rows.append(item)
    write(rows, out_path(str(DATA / "labelled-prompts.precision23.jsonl")), 26)
