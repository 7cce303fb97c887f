#!/usr/bin/env python3
"""Writes tests/GenScreen.Core.Tests/Data/para29/fresh.jsonl from fresh_items.py and check.jsonl from batch 29's misses
(session 25, i16-para29). Run from the repository root: python3 tools/para29/write_sets.py fresh|check [MISSFILE]"""
import sys, os
sys.path.insert(0, os.path.dirname(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "labelled-sets"))
from fresh_rows import check_rows, child_nude_rows, expect_row as row, write_json_rows  # noqa: E402
OUT = "tests/GenScreen.Core.Tests/Data/para29"

PETS = ("doll", "puppy", "gatito", "pop ", "щенок", "犬", "강아지", "बिल्ली")

def fresh():
    from fresh_items import CHILD, ADULT, EXTRA_ADULT, NUDE
    rows = child_nude_rows("para29", CHILD, ADULT, NUDE)
    for n, (lang, p) in enumerate(EXTRA_ADULT, 1):
        if any(w in p for w in PETS):
            rows.append(row(f"para29-fresh-pet-{lang}-{n:02}", "para29-pet", lang, p, "allow", "allow"))
            continue
        q = p if NUDE[lang] in p or any(w in p for w in ("nackt", "nue", "naga", "naken")) else f"{p}, {NUDE[lang]}"
        rows.append(row(f"para29-fresh-adult-x-{lang}-{n:02}", "para29-adult", lang, q, "allow", "block"))
    return rows

if __name__ == "__main__":
    what = sys.argv[1]
    rows = fresh() if what == "fresh" else check_rows("para29", sys.argv[2])
    write_json_rows(os.path.join(OUT, what + ".jsonl"), rows)
    print(len(rows), what)
