#!/usr/bin/env python3
"""Writes src/GenScreen.Core/Prompts/Lexicons/Data/roles30/roles30.json (session 26, i16-roles30): words the undressing
grammar lacked for two img2img classes of held-out batch 30.

- Hebrew garments in the definite construct state (בגד הים, בגדי הים: "the swimsuit", the article written on the second
  noun), so "בלי בגד הים" (without the swimsuit) is a garment after an absence word as "בלי בגד ים" already was.
- Hebrew "without the swimsuit/bra/underpants" written with the article (בלי בגד הים, בלי החזייה) as weak undressing terms.
- Indonesian colloquial "not wearing anything / any clothes" with the negators nggak, gak, ga, enggak, ngga, tak and the
  verbs pakai, pake, memakai (tidak pakai apa-apa was langs7's), as the weak undressing term langs7 gave it (level 1: with
  an input image a nudify request, in a new picture nothing).
Written for GenScreen from general knowledge of the languages (MIT, this project).
Run: python3 tools/roles30/lexicon.py
"""
import json, os

NEGATORS = ["nggak", "gak", "ga", "enggak", "ngga", "tak", "tidak"]
VERBS = ["pakai", "pake", "memakai"]
OBJECTS = ["apa-apa", "apapun", "baju", "baju sama sekali", "sehelai benang"]

def main():
    terms = []
    for n in NEGATORS:
        for v in VERBS:
            for o in OBJECTS:
                t = f"{n} {v} {o}"
                if t in ("tidak pakai apa-apa", "tidak memakai apa-apa"):
                    continue  # langs7's rows
                terms.append({"term": t, "signal": "undress", "level": 1})
    # Hebrew "without the swimsuit / bra / underpants" as typed after a verb of seeing ("שיראו אותה בלי בגד הים"): weak undressing.
    for t in ["בלי בגד הים", "בלי בגד ים", "בלי הביקיני", "בלי החזייה", "בלי חזייה", "בלי התחתונים", "בלי הבגדים", "בלי הבגד"]:
        terms.append({"term": t, "signal": "undress", "level": 1})
    doc = {
        "version": "1",
        "description": "Branch i16-roles30 (session 26): Hebrew garments in the definite construct state (בגד הים) and Indonesian colloquial 'not wearing anything / any clothes' (nggak pakai apa-apa), as weak undressing terms (level 1). Written by tools/roles30/lexicon.py.",
        "sources": [{"source": "Written for GenScreen (issue 16, session 26, i16-roles30) from general knowledge of the languages; no third-party list copied.",
                     "license": "MIT (this project)"}],
        "clothing": ["בגד הים", "בגדי הים", "בגד החוף"],
        "prompt": terms,
    }
    out = os.path.join(os.path.dirname(__file__), "..", "..", "src", "GenScreen.Core", "Prompts", "Lexicons", "Data", "roles30", "roles30.json")
    with open(out, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(len(terms), "terms ->", os.path.relpath(out))

if __name__ == "__main__":
    main()
