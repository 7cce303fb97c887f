#!/usr/bin/env python3
"""Writes src/GenScreen.Core/Prompts/Lexicons/Data/scriptnames49/<language>.json (session 41, i16-scriptnames49).

The nudity words of Arabic and Hebrew in two regular spellings the lists did not hold, so a real person's name beside them
had no sexual term to stand beside (the development batch's allowed Arabic and Hebrew person prompts without any reason):
  - Arabic: the adverbial accusative (حال) of the nudity adjectives, "he lies naked" — عاري → عارياً, written after the
    tokenizer drops the tanween as the adjective + ا (عاريا), with the intensifiers the lists already pair with the citation
    form (تماما, بالكامل). Every adjective is composed by the same rule.
  - Hebrew: the defective spelling (כתיב חסר) of every listed form of עירום "naked", the yod of the first syllable left out
    (עירום מלא → ערום מלא, בעירום → בערום): written from the lists themselves (every Hebrew sexual term that holds עירו, with
    its level), so the forms follow the lists and no phrase of a prompt. The bare masculine ערום is left out (also "cunning";
    the labelled set's statue trap).
Written for GenScreen from general knowledge of the languages (MIT, this project); no third-party list copied.
Run: python3 tools/scriptnames49/lexicon.py
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lexicon-data"))
from existing_terms import levels_by_term, write_term_files  # noqa: E402

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../src/GenScreen.Core/Prompts/Lexicons/Data"))
FOLDER = "scriptnames49"

# Arabic nudity adjectives (masculine citation forms) and the intensifiers written after them.
AR_ADJECTIVES = ["عاري", "عريان", "متعري", "شبه عاري"]
AR_AFTER = ["", " تماما", " بالكامل", " كليا"]


def arabic():
    return [(("sexual", 4), *[adj + "ا" + after for adj in AR_ADJECTIVES for after in AR_AFTER])]


# The bare masculine ערום is also "cunning" (והנחש היה ערום) and the labelled set keeps "פסל ערום בגן" (a statue) allowed under
# `strict`: left out; its phrases (ערום מלא, חצי ערום, בערום) are unambiguous.
HE_LEFT_OUT = {"ערום"}


def hebrew():
    levels = levels_by_term(ROOT, FOLDER, "he", "sexual")
    by_level = {}
    for term, level in sorted(levels.items()):
        if "עירו" in term:
            defective = term.replace("עירו", "ערו")
            if defective in HE_LEFT_OUT:
                continue
            by_level.setdefault(level, []).append(defective)
    return [(("sexual", level), *terms) for level, terms in sorted(by_level.items())]


if __name__ == "__main__":
    kept, skipped = write_term_files(
        ROOT, FOLDER, {"ar": arabic(), "he": hebrew()},
        about="Session 41 (i16-scriptnames49): Arabic nudity adjectives in the adverbial accusative (عاريا) and the Hebrew "
              "defective spelling of every listed form of עירום (ערום, ערומה). Written by tools/scriptnames49/lexicon.py.",
        source="Written for GenScreen (issue 16, session 41, i16-scriptnames49) from general knowledge of Arabic and Hebrew "
               "spelling; the Hebrew forms are derived from the project's own lists; no third-party list copied.")
    print("kept", kept, "already held", skipped)
