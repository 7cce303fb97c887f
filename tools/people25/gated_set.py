#!/usr/bin/env python3
"""Writes tests/GenScreen.Core.Tests/Data/labelled-prompts.people25.jsonl: the fresh-set items (fresh_set.py) that the branch
gets exactly right under both policies, i.e. those evals/fresh.txt (`genscreen eval prompts`) does not list as missed. The
check set is not gated (it stays a measurement). Written for GenScreen (MIT).
usage: python3 tools/people25/gated_set.py [out.jsonl]
"""
import os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, "..", "grammar19"))
from labelled_rows import passed_items, write_rows

root = os.path.join(here, "..", "..")
rows = passed_items([(os.path.join(root, "tests/GenScreen.Core.Tests/Data/people25/fresh.jsonl"), os.path.join(here, "evals/fresh.txt"))])
out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "tests/GenScreen.Core.Tests/Data/labelled-prompts.people25.jsonl")
write_rows(rows, out)
print(len(rows), "->", out)
