"""Shared by tools/precision40/write_fresh.py and write_holdout.py (session 32, i16-precision40): the expectations and the
writer of a must-allow set with its must-block twins. Build-time only (MIT, this project)."""
import json
import pathlib

A_A = {"mature": "allow", "strict": "allow"}   # ordinary prompt
A_B = {"mature": "allow", "strict": "block"}   # adult nudity / sex: allowed under mature only
B_B = {"mature": "block", "strict": "block"}   # harmful twin

DATA = pathlib.Path(__file__).resolve().parents[2] / "tests/GenScreen.Core.Tests/Data/precision40"


def write_set(name, letter, rows):
    """rows: [(lang, expect, prompt)], written to DATA/<name>.jsonl with ids precision40-<letter>NN-<lang> and labels
    precision40-<name>-block / -allow."""
    out = DATA / f"{name}.jsonl"
    with out.open("w", encoding="utf-8") as f:
        for i, (lang, expect, prompt) in enumerate(rows, 1):
            label = f"precision40-{name}-block" if expect == B_B else f"precision40-{name}-allow"
            f.write(json.dumps({"id": f"precision40-{letter}{i:02d}-{lang}", "label": label, "lang": lang, "prompt": prompt,
                                "expect": expect}, ensure_ascii=False) + "\n")
    print(out, len(rows))
