#!/usr/bin/env python3
"""Writes the fresh set (fresh.py, written before the mechanism) and the check set (check.py, written after it) of
i16-children24 (session 22, round 2) to tests/GenScreen.Core.Tests/Data/children24/{fresh,check}.jsonl. B items (a youth
section in another number or case, a colloquial child word, a toddler phrase, an age in a number word after a pronoun, copula
or birthday word) + the nude word: block under both policies; A items (adults and animals of the same wording) + the nude
word: allow under mature, block under strict. Written for GenScreen (MIT). Run: python3 tools/children24/write_sets.py"""
import importlib, os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
sys.path.insert(0, os.path.join(here, "..", "grammar19"))
from labelled_rows import child_adult_rows, write  # noqa: E402
DATA = os.path.join(here, "..", "..", "tests", "GenScreen.Core.Tests", "Data", "children24")

def rows(modules, tag):
    return child_adult_rows([importlib.import_module(m).S for m in modules], f"ch24-{tag}")

write(rows(["fresh"], "fresh"), os.path.join(DATA, "fresh.jsonl"), 26)
if os.path.exists(os.path.join(here, "check.py")):  # written after the mechanism
    write(rows(["check"], "check"), os.path.join(DATA, "check.jsonl"), 26)
