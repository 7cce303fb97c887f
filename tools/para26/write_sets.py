#!/usr/bin/env python3
"""Writes tests/GenScreen.Core.Tests/Data/para26/fresh.jsonl from fresh_items.py and check.jsonl from batch 28's misses
(session 24, i16-para26). Run from the repository root: python3 tools/para26/write_sets.py fresh|check [MISSFILE]"""
import sys, os
sys.path.insert(0, os.path.dirname(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "labelled-sets"))
from fresh_rows import check_rows, child_nude_rows, expect_row as row, write_json_rows  # noqa: E402
OUT = "tests/GenScreen.Core.Tests/Data/para26"

def fresh():
    from fresh_items import CHILD, ADULT, EXTRA_ADULT, NUDE
    rows = child_nude_rows("para26", CHILD, ADULT, NUDE)
    for n, (lang, p) in enumerate(EXTRA_ADULT, 1):
        rows.append(row(f"para26-fresh-adult-x-{lang}-{n:02}", "para26-adult", lang, p, "allow", "block"))
    return rows

if __name__ == "__main__":
    what = sys.argv[1]
    rows = fresh() if what == "fresh" else check_rows("para26", sys.argv[2])
    write_json_rows(os.path.join(OUT, what + ".jsonl"), rows)
    print(len(rows), what)
