#!/usr/bin/env python3
"""Writes the fresh set (fresh.py, written before the mechanism) and the check set (check.py: batch 28's misses of this class,
which measure the fix by class, not generalisation) of i16-children26 (session 24) to
tests/GenScreen.Core.Tests/Data/children26/{fresh,check}.jsonl. Written for GenScreen (MIT). Run: python3 tools/children26/write_sets.py"""
import importlib, json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
sys.path.insert(0, os.path.join(here, "..", "grammar19"))
from labelled_rows import child_adult_rows, write  # noqa: E402
DATA = os.path.join(here, "..", "..", "tests", "GenScreen.Core.Tests", "Data", "children26")
write(child_adult_rows([importlib.import_module("fresh").S], "ch26-fresh"), os.path.join(DATA, "fresh.jsonl"), 26)
if os.path.exists(os.path.join(here, "check.py")):
    write(child_adult_rows([importlib.import_module("check").S], "ch26-check"), os.path.join(DATA, "check.jsonl"), 26)
