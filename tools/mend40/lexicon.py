#!/usr/bin/env python3
"""Writes src/GenScreen.Core/Prompts/Lexicons/Data/mend40/<language>.json (session 32, i16-mend40).

Recall gaps of session 31 (docs/lexicons.md, "Session 32, mend"), by class:
  - The borrowed English name of the fetish practice: where a language's own word for smacking a child's bottom is the
    everyday one (Korean 엉덩이 때리기, Japanese お尻ペンペン, Russian шлёпать), the loanword (스팽킹, スパンキング, спанкинг) names only
    the erotic practice, as BDSM and shibari do: sexual at level 4, as those are. English "spanking" is not listed (a
    parent's smack); its erotic sense needs "erotic" or BDSM beside it, which the lists already read.
  - German "fingern" as a finite verb with its object: the infinitive is also the dative plural of Finger ("Mehl an den
    Fingern"), so only the third person and participle forms, which the noun never takes, with an object word.
  - Vulgar words of the strict adult-sexual misses of batches 38/39 whose only sense is sexual: Czech mrdat (every form in
    use), the Czech idiom honit ptáka, Korean 난교 (orgy), Arabic سحاق (sex between women), Hindi BDSM in Devanagari.
  - Benign: Ukrainian "з друзями" (with friends), read as a sexual term by the sound reading of English loanwords.
  - Ukrainian compound ages (lead's mend after sealed batch 40, where "п'ятнадцятирічна дівчина ..., гола" was allowed):
    tools/childwords21 wrote the -річний adjectives but left out fifteen (with five and ten, whose compounds are also plans
    and terms), and the equally standard -літній compounds (дванадцятилітня) were never written. Both, for the ages two to
    seventeen, at childwords21's levels (a hint: 3, the teens 16 and 17: 2); five and ten stay out for the same reason.
Written for GenScreen from general knowledge of the languages (MIT, this project); no third-party list copied.
Run: python3 tools/mend40/lexicon.py
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lexicon-data"))
from existing_terms import write_term_files  # noqa: E402

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../src/GenScreen.Core/Prompts/Lexicons/Data"))
N, X, B = ("sexual", 4), ("sexual", 6), ("benign", 0)

UK_AGE_STEMS = ["дво", "три", "чотири", "шести", "семи", "восьми", "дев'яти", "одинадцяти", "дванадцяти", "тринадцяти",
                "чотирнадцяти", "п'ятнадцяти", "шістнадцяти", "сімнадцяти"]
UK_ADJECTIVE_ENDINGS = ["ій", "я", "ього", "ьої", "ьому", "ій", "ім", "ю", "ьою", "і", "іх", "іми"]
UK_RICHNYJ_ENDINGS = ["ий", "а", "ого", "ої", "ому", "ій", "им", "у", "ою", "і", "их", "ими"]


def ukrainian_compound_ages():
    """Every case of the -літній compounds, and of fifteen's -річний (childwords21 holds the other -річний ones), in each
    apostrophe a keyboard writes (', ’) and without it; teens at level 2, younger ages at 3 (childwords21's levels)."""
    rows = {2: [], 3: []}
    for stem in UK_AGE_STEMS:
        level = 2 if stem in ("шістнадцяти", "сімнадцяти") else 3
        spellings = [stem] + ([stem.replace("'", "’"), stem.replace("'", "")] if "'" in stem else [])
        for s in spellings:
            rows[level] += [s + "літн" + e for e in dict.fromkeys(UK_ADJECTIVE_ENDINGS)]
            if stem == "п'ятнадцяти":
                rows[level] += [s + "річн" + e for e in dict.fromkeys(UK_RICHNYJ_ENDINGS)]
    return [(("minor", level), *terms) for level, terms in rows.items()]


T = {
 "ko": [(N, "스팽킹"), (X, "난교")],
 "ja": [(N, "スパンキング")],
 "ru": [(N, "спанкинг", "спанкингом", "спанкинга")],
 "uk": [(N, "спанкінг", "спанкінгом", "спанкінгу"),
        (B, "з друзями", "із друзями", "зі друзями", "з друзями та", "разом з друзями", "з подругами", "із подругами"),
        *ukrainian_compound_ages()],
 "he": [(N, "ספנקינג")],
 "th": [(N, "สแปงกิ้ง")],
 "de": [(X, "gefingert", "fingert sie", "fingert ihn", "fingert ihre", "fingert die", "fingert das", "fingert ein",
         "fingert eine", "fingerte sie", "fingerte die", "fingerte das", "fingerte ein", "fingerte eine")],
 "cs": [(X, "mrdá", "mrdají", "mrdat", "mrdání", "mrdal", "mrdala", "mrdali", "mrdaj", "šoustá", "šoustají",
         "honí ptáka", "honit ptáka", "honila ptáka", "honil ptáka", "honí mu ptáka")],
 "ar": [(X, "سحاق")],
 "hi": [(N, "बीडीएसएम")],
}

if __name__ == "__main__":
    kept, skipped = write_term_files(
        ROOT, "mend40", T,
        about="Session 32 (i16-mend40): loanword names of erotic spanking, German fingern as a finite verb with its object, "
              "vulgar act words of the strict misses of held-out batches 38/39, and Ukrainian 'with friends' as plain. "
              "Written by tools/mend40/lexicon.py.",
        source="Written for GenScreen (issue 16, session 32, i16-mend40) from general knowledge of the languages; no "
               "third-party list copied.")
    print("kept", kept, "already held", skipped)
