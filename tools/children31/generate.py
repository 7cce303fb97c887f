#!/usr/bin/env python3
"""Writes src/GenScreen.Core/Prompts/Lexicons/Data/youth31/ (session 27, i16-children31): two child words held-out batch 31
still did not read, as classes.

- Tagalog kin with a determiner, a linker and the child's sex: `ang apo niyang babae` (his granddaughter) was read as the
  youth term `ang apo` and the adult `babae`, because the leftmost match `ang apo` took the words `apo niyang babae` would
  have covered. The determiner `ang` before the kin nouns that are terms with it (`ang apo`, `ang anak ko`)
  with the linkers `niyang` (his, her), `kong` (my) and `na` and `babae` or `lalaki`: the sex is the child's, and no adult marker (level 2, as `apo niyang babae`). `ng`, `sa`,
  `pamangkin`, `bunso` and the other linkers were left out: 216 rows took the benign prompt's cold term-matcher path to 66,321
  steps and 40 rows to 64,619, over its 64,500 ceiling (BenignPromptStepTests); each phrase costs about 9 steps there.
- The Lyon child word `gone` (a kid) with the adjective that makes it one: `petit gone`, `petite gone`
  (level 4, as `gamin`). Bare `gone` (English) and plural `les gones` (also Lyon's people and its football fans) are left out.
Levels follow docs/categories.md. Written from general knowledge of the languages (MIT, this project); no list copied.
Run: python3 tools/children31/generate.py
"""
import os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, "..", "lexicon-data"))
from youth_files import YouthFolder  # noqa: E402
DATA = os.path.join(here, "..", "..", "src", "GenScreen.Core", "Prompts", "Lexicons", "Data")
SRC = [{"source": "Written for GenScreen (issue 16, session 27, i16-children31) from general knowledge of Tagalog kinship "
        "grammar and Lyon French; no third-party list copied.", "license": "MIT (this project)"}]
TL = [(f"{det} {kin} {link} {sex}", 2)
      for det in ("ang",)
      for kin in ("apo", "anak")
      for link in ("niyang", "kong", "na")
      for sex in ("babae", "lalaki")]
FR = [("petit gone", 4), ("petite gone", 4)]
ROWS = {"tl": TL, "fr": FR}
folder = YouthFolder(DATA, "youth31")
rows = {lang: [{"term": t, "signal": "minor", "level": lv} for t, lv in rs] for lang, rs in ROWS.items()}
n = folder.write_languages(rows, "Session 27 (i16-children31): kin with a determiner, linker and the child's sex, and a regional child word of {lang}. Written by tools/children31/generate.py.", SRC)
print(n, "terms; already elsewhere:", " ".join(folder.skipped))
