#!/usr/bin/env python3
"""Writes tests/GenScreen.Core.Tests/Data/labelled-prompts.children25.jsonl: the fresh and check items of children25/ that
the branch decides as expected under both policies (items an eval output lists as missed stay out).
Usage: python3 tools/children25/gated.py FRESH_EVAL.txt CHECK_EVAL.txt (outputs of `genscreen eval prompts`). Written for GenScreen (MIT)."""
import os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, "..", "grammar19"))
from labelled_rows import passed_items, write_rows  # noqa: E402
data = os.path.join(here, "..", "..", "tests", "GenScreen.Core.Tests", "Data")
rows = passed_items([(os.path.join(data, "children25", f"{name}.jsonl"), ev) for name, ev in (("fresh", sys.argv[1]), ("check", sys.argv[2]))])
write_rows(rows, os.path.join(data, "labelled-prompts.children25.jsonl"))
print(len(rows), "items")
