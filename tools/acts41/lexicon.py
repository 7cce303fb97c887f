#!/usr/bin/env python3
"""Writes src/GenScreen.Core/Prompts/Lexicons/Data/acts41/<language>.json (session 33, i16-acts41).

Words that let a prompt with no other signal reach the act-part pairs of Rules/PersonActs.cs (act-part-cues.tsv), or that
name a sexual practice outright:
  - the dominatrix noun of the languages that had none in the lists (Greek ντόμινα, Spanish dominatriz): level 4, as English
    "dominatrix" is; German, Polish and Czech "Domina" with an article or a preposition after it (the bare word is also an
    Italian verb, "domina la valle"): level 2, so the act-part pair (a role with a whip, latex or a dungeon) is read;
  - the Spanish name of the doggy position (postura del perrito): explicit, as "doggy style" is.
Written for GenScreen from general knowledge of the languages (MIT, this project); no third-party list copied.
Run: python3 tools/acts41/lexicon.py
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lexicon-data"))
from existing_terms import write_term_files  # noqa: E402

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../src/GenScreen.Core/Prompts/Lexicons/Data"))
S, N, X = ("sexual", 2), ("sexual", 4), ("sexual", 6)

T = {
    "el": [(N, "ντόμινα", "ντόμινας")],
    "es": [(N, "dominatriz"), (X, "postura del perrito", "posición del perrito", "posicion del perrito")],
    "de": [(S, "eine domina", "die domina", "einer domina", "der domina", "domina in")],
    "pl": [(S, "domina w", "domina z", "pani domina")],
    "cs": [(S, "domina v", "domina s")],
}

if __name__ == "__main__":
    kept, skipped = write_term_files(
        ROOT, "acts41", T,
        about="Session 33 (i16-acts41): dominatrix nouns the lists lacked, the Spanish doggy position. Written by tools/acts41/lexicon.py.",
        source="Written for GenScreen (issue 16, session 33, i16-acts41) from general knowledge of the languages; no "
               "third-party list copied.")
    print("kept", kept, "already held", skipped)
