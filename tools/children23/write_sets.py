#!/usr/bin/env python3
"""Writes the fresh set (fresh1.py, fresh2.py) and the check set (check.py, written after the mechanism) of i16-children23
(session 22) to tests/GenScreen.Core.Tests/Data/children23/{fresh,check}.jsonl. B items (a child said through an ordinal
birthday, an age after a pronoun, a relation with a child cue, a youth section, a colloquial child word) + the nude word:
block under both policies; A items (adults and things of the same wording) + the nude word: allow under mature, block
under strict. Written for GenScreen (MIT). Run: python3 tools/children23/write_sets.py"""
import importlib, os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
sys.path.insert(0, os.path.join(here, "..", "grammar19"))
from labelled_rows import child_adult_rows, write  # noqa: E402
DATA = os.path.join(here, "..", "..", "tests", "GenScreen.Core.Tests", "Data", "children23")

def rows(modules, tag):
    return child_adult_rows([importlib.import_module(m).S for m in modules], f"ch23-{tag}")

write(rows(["fresh1", "fresh2"], "fresh"), os.path.join(DATA, "fresh.jsonl"), 26)
if os.path.exists(os.path.join(here, "check.py")):
    write(rows(["check"], "check"), os.path.join(DATA, "check.jsonl"), 26)
