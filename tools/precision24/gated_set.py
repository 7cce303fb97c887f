# The gated labelled file of i16-precision24 (session 22): the fresh and check items that the branch gets right under both
# policies (tools/precision24/evals/fresh.txt and check.txt list the misses). Written for GenScreen (MIT).
# Usage: python3 tools/precision24/gated_set.py [out.jsonl]
import sys, pathlib, json
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent / "grammar19"))
from labelled_rows import misses, write, out_path

HERE = pathlib.Path(__file__).resolve().parent
DATA = HERE.parent.parent / "tests" / "GenScreen.Core.Tests" / "Data"
rows = []
for name in ("fresh", "check"):
    missed = misses(HERE / "evals" / f"{name}.txt", r"precision24-\S+")
    for line in open(HERE / "data" / f"{name}.jsonl", encoding="utf-8"):
        item = json.loads(line)
        if item["id"] not in missed:
            rows.append(item)
write(rows, out_path(str(DATA / "labelled-prompts.precision24.jsonl")), 16)
