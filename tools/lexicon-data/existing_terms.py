"""Shared by the build-time lexicon generators (tools/langs7, tools/cues16): the prompt and negative terms that the
lexicon data files already list, so a generator can leave out what another file holds. Not used at run time."""
import glob
import json
import os


def existing_terms(root, own_folder):
    """Lower-cased terms of every lexicon JSON file under root, except the generator's own folder (its previous output)."""
    seen = set()
    for path in glob.glob(os.path.join(root, "**", "*.json"), recursive=True):
        if os.sep + own_folder + os.sep in path:
            continue
        try:
            doc = json.load(open(path, encoding="utf-8"))
        except Exception:
            continue
        if isinstance(doc, dict):
            for key in ("prompt", "negative"):
                for t in doc.get(key, []) or []:
                    if isinstance(t, dict) and "term" in t:
                        seen.add(t["term"].lower())
    return seen
