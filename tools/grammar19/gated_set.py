"""Writes tests/GenScreen.Core.Tests/Data/labelled-prompts.grammar19.jsonl, the gated items of session 18 (i16-grammar19):
the fresh-set and check-set items the branch passes under both policies, and the batch-20/21 items main missed that the
branch passes under both policies (ids g19-batch20-/g19-batch21-). An item that still misses is kept out.
Usage: gated_set.py EVAL_DIR, where EVAL_DIR holds the `genscreen eval prompts` outputs: fresh-main.txt, fresh.txt,
check.txt, batch20-main.txt, batch20.txt, batch21-main.txt, batch21.txt."""
import pathlib, sys

from labelled_rows import gated_rows, write_rows

def main(evals):
    data = pathlib.Path("tests/GenScreen.Core.Tests/Data")
    rows = gated_rows(pathlib.Path(evals), data, "grammar19",
                      [(batch, f"{folder}/score.jsonl", f"g19-{batch}-") for batch, folder in
                       (("batch20", "/work/notes/s17/batch20"), ("batch21", "/work/notes/s18/batch21"))],
                      id_pattern=r"(?:h\d\d|g19)-\S+")
    write_rows(rows, data / "labelled-prompts.grammar19.jsonl")
    print(len(rows), "gated items")

if __name__ == "__main__":
    main(sys.argv[1])
