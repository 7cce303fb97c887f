#!/usr/bin/env python3
"""Writes the fresh set (fresh.py, written before the mechanism) and the check set (check.py, written after it) of
i16-children25 (session 23) to tests/GenScreen.Core.Tests/Data/children25/{fresh,check}.jsonl. B items (a regional or colloquial
child word, a grandchild/nephew/niece in a child activity, a scout with a child detail and no section word, a native-counter
or suffix age) + the nude word: block under
both policies; A items (adults and animals of the same wording) + the nude word: allow under mature, block under strict. Written for GenScreen (MIT). Run: python3 tools/children25/write_sets.py"""
import importlib, os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
sys.path.insert(0, os.path.join(here, "..", "grammar19"))
from labelled_rows import row, write  # noqa: E402
DATA = os.path.join(here, "..", "..", "tests", "GenScreen.Core.Tests", "Data", "children25")

def rows(modules, tag):
    out = []
    for m in modules:
        for lang, (nude, body) in importlib.import_module(m).S.items():
            n = {}
            for line in body.strip().splitlines():
                k, text = line.split("|", 1)
                n[k] = n.get(k, 0) + 1
                label = f"ch25-{tag}-{'child' if k == 'B' else 'adult'}"
                exp = ("block", "block") if k == "B" else ("allow", "block")
                out.append(row(f"{label}-{lang}-{n[k]:02d}", label, lang, f"{text}, {nude}", *exp))
    return out

write(rows(["fresh"], "fresh"), os.path.join(DATA, "fresh.jsonl"), 26)
if os.path.exists(os.path.join(here, "check.py")):  # written after the mechanism
    write(rows(["check"], "check"), os.path.join(DATA, "check.jsonl"), 26)
