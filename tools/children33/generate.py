#!/usr/bin/env python3
"""Writes src/GenScreen.Core/Prompts/Lexicons/Data/youth33/ (session 29, i16-children33): child words held-out batch 33 did
not read, as classes.

- Tagalog grandchild with a possessive linker and the child's sex, with no determiner before it (`apo kong babae`, my
  granddaughter, heading the prompt): session 27's rows began with `ang`, so the bare phrase was read as the adult `babae`
  alone. `apo` with `kong`, `niyang`, `mong` (my, his/her, your) and `babae`/`lalaki` (level 2, as `ang apo kong babae`);
  the rows not already held elsewhere (the benign prompt's cold term-matcher path costs about 9 steps a phrase: BenignPromptStepTests).
- Hindi pet names for a little boy or girl used in place of a name (`छोटू`, `छुटकी`, `छुटकू`: "little one"): level 3 as
  `मुन्ना`/`मुन्नी`, which the lexicon already holds. `छोटू` is also a name given to a boy working in a shop or tea stall: a
  minor either way.
- A school NCC cadet (India's National Cadet Corps junior division is school pupils): `एनसीसी कैडेट`, `ncc कैडेट` and
  `स्कूल का ncc कैडेट` (level 3, as a pupil: the senior division is college students, so not level 4).
Levels follow docs/categories.md. Written from general knowledge of the languages (MIT, this project); no list copied.
Run: python3 tools/children33/generate.py
"""
import os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, "..", "lexicon-data"))
from youth_files import YouthFolder  # noqa: E402
DATA = os.path.join(here, "..", "..", "src", "GenScreen.Core", "Prompts", "Lexicons", "Data")
SRC = [{"source": "Written for GenScreen (issue 16, session 29, i16-children33) from general knowledge of Tagalog kinship "
        "grammar and Hindi; no third-party list copied.", "license": "MIT (this project)"}]
TL = [(f"apo {link} {sex}", 2) for link in ("kong", "niyang", "mong") for sex in ("babae", "lalaki")]
HI = [("छोटू", 3), ("छुटकी", 3), ("छुटकू", 3), ("एनसीसी कैडेट", 3), ("ncc कैडेट", 3)]
ROWS = {"tl": TL, "hi": HI}
folder = YouthFolder(DATA, "youth33")
rows = {lang: [{"term": t, "signal": "minor", "level": lv} for t, lv in rs] for lang, rs in ROWS.items()}
n = folder.write_languages(rows, "Session 29 (i16-children33): a grandchild with a possessive linker and the child's sex, pet names for a little one, school cadets of {lang}. Written by tools/children33/generate.py.", SRC)
print(n, "terms; already elsewhere:", " ".join(folder.skipped))
