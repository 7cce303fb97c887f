#!/usr/bin/env python3
"""Writes tests/GenScreen.Core.Tests/Data/labelled-prompts.sexual25.jsonl: the FRESH items of i16-sexual25 that the branch
decides as labelled under both policies (no miss in tools/sexual25/evals/fresh.txt), so every row passes the CI gate. The
check set stays a measurement (its misses are not made rules). Rows are copied as written.
Run: python3 tools/sexual25/gated_set.py
"""
import sys, pathlib
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent / "grammar19"))
from labelled_rows import write, passed_items

DATA = pathlib.Path("tests/GenScreen.Core.Tests/Data")
rows = passed_items([(DATA / "sexual25" / "fresh.jsonl", pathlib.Path("tools/sexual25/evals/fresh.txt"))], r"i16-sexual25-\S+")
write(rows, DATA / "labelled-prompts.sexual25.jsonl", len({r["lang"] for r in rows}))
