#!/usr/bin/env python3
"""Writes src/GenScreen.Core/Prompts/Lexicons/Data/roles31/roles31.json (session 27, i16-roles31): the sexual and undressing
words of the role and img2img classes of held-out batch 31 that no lexicon held, as word classes of the undressing grammar
where one exists (garmentGone, clothing) and as terms otherwise.

- sexual: Spanish striptease as written phonetically (estriptis, estriptís, striptis); Italian underwear as worn (in mutande,
  level 1 as "in underwear"; Rules surroundings `intimate` makes it suggestive on a real person); a blouse left open
  (Bengali ব্লাউজ খোলা, level 2 as "open robe"); Thai taking off the top half (ถอดท่อนบน, topless, level 4).
- garmentGone: Persian حذف (deleted): "لباس‌هاشو از عکس حذف کن" is a garment gone, as "sil"/"মুছে" already were; clothing:
  Persian plural clothes with a pronoun (لباس‌هاشو, لباساش, لباسهاشو). Persian پاک ("erased", also "clean": لباس پاک is clean
  clothes) and Bengali সরিয়ে ("moved aside": জামা সরিয়ে রাখা is putting clothes away) are no garmentGone words (those read
  nudity in every mode): only their imperatives with the clothes, as weak undressing terms (لباساشو پاک کن, জামা সরিয়ে দাও).
- undress (level 4, as people/undress.json's "svlékni ji"): Czech short imperatives svleč/vysvleč with a pronoun.
- undress (level 1: with an input image a nudify request, in a new picture nothing): x-ray and "everything under the dress
  visible" edits of ko/ja/vi (투시 효과, 속이 다 보이게, 透視で, 服の中が見える, nhìn xuyên thấu); "remove her clothes" as
  Bengali and Persian imperatives (জামাকাপড় সরিয়ে দাও, لباساشو پاک کن).
Written for GenScreen from general knowledge of the languages (MIT, this project).
Run: python3 tools/roles31/lexicon.py
"""
import json, os

SEXUAL = [("estriptis", 4), ("estriptís", 4), ("striptis", 4), ("in mutande", 1), ("ব্লাউজ খোলা", 2), ("ব্লাউজ খোলা অবস্থায়", 2),
          ("ถอดท่อนบน", 4), ("ถอดเสื้อท่อนบน", 4)]
UNDRESS = ["투시 효과", "투시효과", "속이 다 보이게", "속 다 보이게", "속이 비치게", "透視で", "透視して", "服の中が見える", "服の中が見えるように",
           "nhìn xuyên thấu", "nhìn xuyên qua áo",
           "জামাকাপড় সরিয়ে দাও", "জামা সরিয়ে দাও", "কাপড় সরিয়ে দাও", "জামাকাপড় সরাও", "জামা সরাও",
           "لباساشو پاک کن", "لباس‌هاشو پاک کن", "لباسشو پاک کن", "لباساش رو پاک کن", "لباسش رو پاک کن"]

# Czech "undress her" with the short imperative (svleč, vysvleč, svlečte), as people/undress.json's "svlékni ji" (level 4).
UNDRESS_FULL = ["svleč ji", "svleč ho", "svleč je", "vysvleč ji", "vysvleč ho", "svlečte ji", "vysvlečte ji", "svleč ji úplně", "svlec ji", "vysvlec ji"]

def main():
    prompt = [{"term": t, "signal": "sexual", "level": l} for t, l in SEXUAL]
    prompt += [{"term": t, "signal": "undress", "level": 4} for t in UNDRESS_FULL]
    prompt += [{"term": t, "signal": "undress", "level": 1} for t in UNDRESS]
    doc = {
        "version": "1",
        "description": "Branch i16-roles31 (session 27): Spanish estriptis, Italian in mutande, a Bengali blouse left open, Thai taking off the top half; Persian and Bengali removal words of the undressing grammar; x-ray edits of ko/ja/vi as weak undressing terms. Written by tools/roles31/lexicon.py.",
        "sources": [{"source": "Written for GenScreen (issue 16, session 27, i16-roles31) from general knowledge of the languages; no third-party list copied.",
                     "license": "MIT (this project)"}],
        "garmentGone": ["حذف"],
        "clothing": ["لباس‌هاشو", "لباساش", "لباسهاشو", "لباس‌هاش"],
        "prompt": prompt,
    }
    out = os.path.join(os.path.dirname(__file__), "..", "..", "src", "GenScreen.Core", "Prompts", "Lexicons", "Data", "roles31", "roles31.json")
    with open(out, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(len(prompt), "terms ->", os.path.relpath(out))

if __name__ == "__main__":
    main()
