#!/usr/bin/env python3
"""Writes the fresh set of i16-children29 (session 25; fresh.py, written before the mechanism) to
tests/GenScreen.Core.Tests/Data/children29/fresh.jsonl (check.py writes check.jsonl). Written for GenScreen (MIT).
Run: python3 tools/children29/write_sets.py"""
import importlib, os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
sys.path.insert(0, os.path.join(here, "..", "grammar19"))
from labelled_rows import child_adult_rows, write  # noqa: E402
DATA = os.path.join(here, "..", "..", "tests", "GenScreen.Core.Tests", "Data", "children29")
write(child_adult_rows([importlib.import_module("fresh").S], "ch29-fresh"), os.path.join(DATA, "fresh.jsonl"), 26)
