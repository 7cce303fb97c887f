# The gated labelled file of i16-precision25 (session 23): the fresh and check items that the branch gets right under both
# policies (tools/precision25/evals/fresh.txt and check.txt list the misses). Written for GenScreen (MIT).
# Usage: python3 tools/precision25/gated_set.py [out.jsonl]
import sys, pathlib
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent / "grammar19"))
from labelled_rows import passed_items, write, out_path

HERE = pathlib.Path(__file__).resolve().parent
DATA = HERE.parent.parent / "tests" / "GenScreen.Core.Tests" / "Data"
rows = passed_items([(HERE / "data" / f"{name}.jsonl", HERE / "evals" / f"{name}.txt") for name in ("fresh", "check")], r"precision25-\S+")
write(rows, out_path(str(DATA / "labelled-prompts.precision25.jsonl")), 26)
