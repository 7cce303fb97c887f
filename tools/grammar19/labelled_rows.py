"""The writer shared by the set scripts (fresh_set.py and check_set.py of i16-grammar19, session 18; fresh_set.py,
check_set.py and gated_set.py of tools/slang20, session 19): one labelled-prompt row, and the JSON-lines file of rows with
its count. Written for GenScreen (MIT)."""
import json, pathlib, sys

def row(item_id, label, lang, prompt, mature, strict):
    """One labelled prompt (tests/GenScreen.Core.Tests/Data format): what each policy must decide."""
    return {"id": item_id, "label": label, "lang": lang, "prompt": prompt, "expect": {"mature": mature, "strict": strict}}

def write_rows(rows, out):
    """Writes the rows to `out` (UTF-8, one JSON object a line, non-ASCII kept, keys in their order)."""
    pathlib.Path(out).parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

def write(rows, out, languages):
    """Writes the rows to `out` (write_rows) and says how many."""
    write_rows(rows, out)
    print(len(rows), "rows,", languages, "languages")

def out_path(default):
    """The output file: the first argument, else the set's place in the repository."""
    return sys.argv[1] if len(sys.argv) > 1 else default
