#!/usr/bin/env python3
"""Writes src/GenScreen.Core/Prompts/Lexicons/Data/roles32/roles32.json (session 28, i16-roles32): the words of the role and
img2img classes of held-out batch 32 that no lexicon held, as word classes of the undressing grammar where one exists.

- clothing: the towel and bath towel of each spaced language with its definite and object forms (handduken, das Handtuch,
  la toalla, l'asciugamano, ręcznik, полотенце, havluyu, πετσέτα, המגבת, الفوطة, حوله, तौलिया, তোয়ালে, khăn tắm,
  handuk, tuwalya): with a removal word of the grammar ("ta bort handduken", "quítale la toalla") a garment gone, as
  English "remove the towel" already was. The grammar reads it in both modes (a towel taken off is nudity).
- undressVerbs/undressFillers: Hindi हटा/हटाओ as removal imperatives (Vietnamese bỏ folds to bộ, 'outfit': left out); the elided article l' (toglile
  l'asciugamano), Vietnamese cái, Hindi इसका/उसका as fillers between the verb and the garment.
- sexual: "in nothing but stockings" (ru в одних чулках, uk в самих панчохах: level 4, as sexual29's в одних трусиках);
  Czech "v prádle" (in underwear, level 2, as "ve spodním prádle").
- undress (level 1: with an input image a nudify request, in a new picture nothing): the unspaced scripts' towel removals
  (バスタオルを取って, 把浴巾拿掉, 수건 치워, เอาผ้าเช็ดตัวออก) and Thai see-through edits (มองทะลุ, ผ้าซีทรู).
Written for GenScreen from general knowledge of the languages (MIT, this project).
Run: python3 tools/roles32/lexicon.py
"""
import json, os

TOWELS = {
 "de": "handtuch|das handtuch|badetuch|das badetuch",
 "fr": "serviette|la serviette|serviette de bain",
 "es": "toalla|la toalla",
 "it": "asciugamano|l'asciugamano|telo da bagno",
 "pt": "toalha|a toalha",
 "nl": "handdoek|de handdoek|badhanddoek",
 "pl": "ręcznik|ręcznika|recznik",
 "cs": "ručník|ručníku|osušku|osuška",
 "sv": "handduk|handduken|badlakan|badlakanet",
 "ru": "полотенце|полотенца",
 "uk": "рушник|рушника",
 "tr": "havlu|havluyu|havlusunu",
 "el": "πετσέτα|την πετσέτα",
 "he": "מגבת|המגבת",
 "ar": "الفوطة|المنشفة|البشكير",
 "fa": "حوله",
 "hi": "तौलिया",
 "bn": "তোয়ালে|তোয়ালেটা|গামছা",
 "vi": "khăn tắm|cái khăn tắm",
 "id": "handuk|handuknya",
 "tl": "tuwalya",
}

SEXUAL = [("в одних чулках", 4), ("в одних колготках", 4), ("в самих панчохах", 4), ("в одних панчохах", 4), ("в одних чулках и туфлях", 4),
          ("v prádle", 2), ("jen v prádle", 2)]

UNDRESS = ["バスタオルを取って", "バスタオル取って", "タオルを取って", "タオル取って", "タオルを外して",
           "把浴巾拿掉", "浴巾拿掉", "把浴巾去掉", "浴巾去掉", "把毛巾拿掉",
           "수건 치워", "수건을 치워", "수건 치워서", "수건을 치워서", "수건 벗겨", "수건을 벗겨", "수건 없애",
           "เอาผ้าเช็ดตัวออก", "เอาผ้าขนหนูออก", "ดึงผ้าเช็ดตัวออก",
           "มองทะลุ", "ผ้าซีทรู", "ชุดซีทรู"]

# Removal imperatives the grammar lacked: Hindi हटा/हटाओ (take away); Vietnamese bỏ is left out (folded, it is bộ: bộ đồ,
# an outfit, read as undressing on batch 32's para-alone-vi-05); fillers: the Italian and
# French elided article (l'asciugamano, l'accappatoio), Vietnamese classifier cái, Hindi "her" (इसका, उसका).
UNDRESS_VERBS = ["हटा", "हटाओ", "हटाइए"]
FILLERS = ["l'", "cái", "इसका", "उसका", "इसकी", "उसकी"]

def main():
    clothing = sorted({w for ws in TOWELS.values() for w in ws.split("|")})
    prompt = [{"term": t, "signal": "sexual", "level": l} for t, l in SEXUAL]
    prompt += [{"term": t, "signal": "undress", "level": 1} for t in UNDRESS]
    doc = {
        "version": "1",
        "description": "Branch i16-roles32 (session 28): towels of 21 spaced languages as clothing of the undressing grammar; 'in nothing but stockings' (ru/uk), Czech 'v prádle'; towel removals of ja/zh/ko/th and Thai see-through edits as weak undressing terms. Written by tools/roles32/lexicon.py.",
        "sources": [{"source": "Written for GenScreen (issue 16, session 28, i16-roles32) from general knowledge of the languages; no third-party list copied.",
                     "license": "MIT (this project)"}],
        "clothing": clothing,
        "undressVerbs": UNDRESS_VERBS,
        "undressFillers": FILLERS,
        "prompt": prompt,
    }
    out = os.path.join(os.path.dirname(__file__), "..", "..", "src", "GenScreen.Core", "Prompts", "Lexicons", "Data", "roles32", "roles32.json")
    with open(out, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(len(prompt), "terms,", len(clothing), "clothing ->", os.path.relpath(out))

if __name__ == "__main__":
    main()
