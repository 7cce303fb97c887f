#!/usr/bin/env python3
"""Writes src/GenScreen.Core/Prompts/Lexicons/Data/youth32/ (session 28, i16-children32): Persian school-stage pupils said
as an adjective of the person (held-out batch 32's `دختر دبیرستانی`, a high-school girl): `دبیرستانی` (of high school) and
`دبستانی` (of primary school) alone and after `دختر` (girl) or `پسر` (boy), level 3 as French `lycéenne`; with the ZWNJ
plural `‌ها`. `دانشگاهی` (of university) is left out (adults). Written from general knowledge of Persian (MIT, this project).
Run: python3 tools/children32/generate.py
"""
import os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, "..", "lexicon-data"))
from youth_files import YouthFolder  # noqa: E402
DATA = os.path.join(here, "..", "..", "src", "GenScreen.Core", "Prompts", "Lexicons", "Data")
SRC = [{"source": "Written for GenScreen (issue 16, session 28, i16-children32) from general knowledge of Persian; "
        "no third-party list copied.", "license": "MIT (this project)"}]
STAGES = ("دبیرستانی", "دبستانی")
FA = [(s, 3) for s in STAGES] + [(s + "\u200cها", 3) for s in STAGES] + [(f"{p} {s}", 3) for p in ("دختر", "پسر") for s in STAGES]
folder = YouthFolder(DATA, "youth32")
rows = {"fa": [{"term": t, "signal": "minor", "level": lv} for t, lv in FA]}
n = folder.write_languages(rows, "Session 28 (i16-children32): Persian school-stage pupils as an adjective of the person. Written by tools/children32/generate.py.", SRC)
print(n, "terms; already elsewhere:", " ".join(folder.skipped))
