"""Writes tests/GenScreen.Core.Tests/Data/labelled-prompts.slang20.jsonl, the gated items of session 19 (i16-slang20): the
fresh-set and check-set items the branch passes under both policies, and the held-out batch-22 items (spent) that main
missed and the branch passes under both policies (ids i16-slang20-batch22-…). An item that still misses is kept out.
Usage: gated_set.py EVAL_DIR, where EVAL_DIR holds the `genscreen eval prompts` outputs fresh.txt, check.txt,
batch22-main.txt and batch22.txt."""
import pathlib, sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent / "grammar19"))
from labelled_rows import gated_rows, write_rows  # noqa: E402  (shared with tools/grammar19)

def main(evals):
    data = pathlib.Path("tests/GenScreen.Core.Tests/Data")
    rows = gated_rows(pathlib.Path(evals), data, "slang20",
                      [("batch22", "/work/notes/s19/batch22/score.jsonl", "i16-slang20-batch22-")])
    write_rows(rows, data / "labelled-prompts.slang20.jsonl")
    print(len(rows), "gated items")

if __name__ == "__main__":
    main(sys.argv[1])
