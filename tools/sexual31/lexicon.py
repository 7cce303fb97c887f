#!/usr/bin/env python3
"""Writes src/GenScreen.Core/Prompts/Lexicons/Data/sexual31/<lang>.json (session 27, i16-sexual31): words of batch 31's
classes with no innocent sense, so no grammar is needed (words with one are word classes of
tools/sexual-statements/words_sexual31.py, read with their context by Rules/SexualStatements.cs). Terms another lexicon
already holds (same text, any file) are left out. Written for GenScreen from general knowledge of the languages; no
third-party list copied (MIT, this project).

Classes and levels (docs/categories.md: 2 suggestive, 4 nudity, 6 explicit):
  shibari  the Japanese rope bondage practice in the scripts that lacked it (שיבארי was added by sexual30): nudity (4), as
           bdsm is; a climbing rope or a knot is no shibari.
  oral     Czech vykouří (the present of vykouřit, which slang20 holds) with its clitic partner: vykouří mu ho (6); vykouří
           alone also smokes up a cigarette.
"""
import json, os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lexicon-data"))
from existing_terms import write_term_files  # noqa: E402

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../src/GenScreen.Core/Prompts/Lexicons/Data"))
N, X = ("sexual", 4), ("sexual", 6)

T = {
 "cs": [(X, "vykouří mu ho", "vykouří ho svému", "vykouřila mu ho", "vykouříš mu ho", "vykouřit mu ho", "kouří mu ho")],
 "fa": [(N, "شیباری", "شیباری")],
 # Session 31 (i16-precision38p): Arabic sado-maso and dominatrix, as the Latin lists hold them.
 "ar": [(N, "شيباري"), (N, "سادو مازو", "سادو-مازو", "سيدة مسيطرة", "دوميناتريكس")],
 "th": [(N, "ชิบาริ", "ชิบารี")],
 "ru": [(N, "шибари")],
 "uk": [(N, "шібарі", "шибарі")],
 "el": [(N, "σιμπάρι")],
 "hi": [(N, "शिबारी")],
 "bn": [(N, "শিবারি")],
}

ABOUT = ("Session 27 (i16-sexual31): shibari in the scripts that lacked it and the Czech oral-sex idiom with its clitic "
         "partner. Written by tools/sexual31/lexicon.py.")
ABOUT_AR = ABOUT + (" Session 31 (i16-precision38p): سادو مازو 'sado-maso', سيدة مسيطرة and دوميناتريكس 'dominatrix', sexual at "
                    "level 4 as sado-maso and dominatrix are in the Latin lists (until then an Arabic BDSM prompt was only caught "
                    "when its words were misread as a name).")
kept, skipped = write_term_files(  # tools/lexicon-data: leaves out every other lexicon file's terms
    ROOT, "sexual31", T,
    about={"": ABOUT, "ar": ABOUT_AR},
    source="Written for GenScreen (issue 16, session 27, i16-sexual31) from general knowledge of the "
          "languages; no third-party list copied.")
print("kept", kept, "already held", skipped)
