"""The writer shared by fresh_set.py and check_set.py (session 18 sets of i16-grammar19): one labelled-prompt row, and the
JSON-lines file of rows with its count. Written for GenScreen (MIT)."""
import json, pathlib, sys

def row(item_id, label, lang, prompt, mature, strict):
    """One labelled prompt (tests/GenScreen.Core.Tests/Data format): what each policy must decide."""
    return {"id": item_id, "label": label, "lang": lang, "prompt": prompt, "expect": {"mature": mature, "strict": strict}}

def write(rows, out, languages):
    """Writes the rows to `out` (UTF-8, one JSON object a line, non-ASCII kept) and says how many."""
    pathlib.Path(out).parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "rows,", languages, "languages")

def out_path(default):
    """The output file: the first argument, else the set's place in the repository."""
    return sys.argv[1] if len(sys.argv) > 1 else default
