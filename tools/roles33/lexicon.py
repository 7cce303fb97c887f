#!/usr/bin/env python3
"""Writes src/GenScreen.Core/Prompts/Lexicons/Data/roles33/roles33.json (session 29, i16-roles33): the words of held-out
batch 33's role and nudify classes that no lexicon held, as word classes of the undressing grammar where one exists.

- clothing: inflected garment forms the grammar did not know (Czech instrumental and locative plavkama, tričkem; Turkish
  genitive and accusative bikinisinin, elbisesini, kıyafetini; Persian لباس and its suffixed forms; Egyptian هدومها;
  Tagalog damit, bestida; Indonesian -nya forms), so the see-through, under-the-garment and swap readers reach them.
- garmentGone: removal words after a garment (Dutch weghalen, German wegmachen/wegnehmen, Indonesian dihapus/dilepas,
  Hindi conjunctive हटाकर/उतारकर/निकालकर "having removed"); undressVerbs: removal imperatives before it (Indonesian hapus,
  lepaskan; Tagalog tanggalin, alisin).
- changeVerbs: "leave her / keep" imperatives the change-verb list lacked (lasciale, tieni, déjale, behalte, mantén, houd,
  behåll), read by the change-verb grammar and by GarmentLeftBare ("lasciale solo le calze, il resto via").
- sexual (level 1, as "underwear"): men's underwear said in each language (calzoncillos, de cueca, в трусах, σώβρακο,
  আন্ডারওয়্যার, パンツ一枚, naka-brief, kalsonger, slipy), "in underwear" in Russian (в белье: белье alone is also bed
  linen); Portuguese "de fio dental" (a thong, level 2 as tanga; fio dental alone is dental floss) and "sem a parte de
  cima" (topless, level 4).
Written for GenScreen from general knowledge of the languages (MIT, this project).
Run: python3 tools/roles33/lexicon.py
"""
import json, os

CLOTHING = ("plavkama|plavkách|plavkach|plavkami|plavek|tričkem|trickem|tričko|tricko|šatama|satama|šatech|satech|sukní|sukni|"
            "bikinisinin|bikinisini|bikinisi|mayosunun|mayosunu|elbisesini|elbisesinin|elbisesi|kıyafetini|kıyafetinin|kıyafeti|eteğini|etegini|"
            "لباس|لباسش|لباسشو|لباساش|لباساشو|لباسای|مانتوش|پیراهنشو|هدومها|هدومه|هدوم|ملابسها|"
            "bestida|damit niya|yung damit|ang damit|ng damit|bajunya|bikininya|gaunnya|pakaiannya|"
            "sommerkleid|dirndl|üstünü|ustunu|বেনারসি|বেনারসিটা|বোরকা|বোরকাটা|বোরখা|নাইটি|नाइटी|nightgown|nightie|"
            "साड़ी|ड्रेस|कुर्ती|শাড়িটা|শাড়ি")
GONE = "weghalen|weghaalt|weggehaald|wegmachen|weggemacht|wegnehmen|weggenommen|dihapus|dilepas|dibuang|हटाकर|उतारकर|निकालकर|उतरी|उतरा|उतरे|उतारी|সরিয়ে|সরাও|সরিয়ে দাও"
CHANGE_VERBS = "lasciale|lasciagli|tieni|tienile|déjale|dejale|behalte|behalt|mantén|manten|mantenha|houd|behåll|behall|sisakan|itira"
UNDRESS_VERBS = "hapus|hapuskan|lepaskan|lepasin|tanggalin|alisin"

# A row that holds a word other lexicons rate 2 (underwear: білизні, εσώρουχα, অন্তর্বাস, شورت, अंडरवियर, panty) is 2 too:
# the longer row is matched instead of the word, and a lower level there turned "دختر کوچک با شورت" from block into review.
SEXUAL = [
 ("calzoncillos", 1), ("en calzoncillos", 1), ("en bóxer", 1), ("en boxers", 1),
 ("de cueca", 1), ("só de cueca", 1), ("em cueca", 1), ("de cuecas", 1),
 ("в трусах", 1), ("у трусах", 1), ("в труселях", 1), ("в белье", 1), ("в білизні", 2),
 ("σώβρακο", 1), ("το σώβρακο", 1), ("με το σώβρακο", 1), ("με εσώρουχα", 2),
 ("আন্ডারওয়্যার", 1), ("জাঙ্গিয়া", 1), ("অন্তর্বাস", 2),
 ("パンツ一枚", 1), ("パンツ姿", 1), ("ブリーフ一枚", 1), ("トランクス一枚", 1),
 ("naka-brief", 1), ("naka brief", 1), ("naka-boxers", 1), ("naka-panty", 2), ("naka-underwear", 2),
 ("kalsonger", 1), ("i kalsonger", 1), ("w samych slipach", 1), ("ve slipech", 1), ("v trenkách", 1), ("v trenkach", 1),
 ("in onderbroek", 1), ("in zijn onderbroek", 1), ("in boxershorts", 1), ("in unterhose", 1), ("in der unterhose", 1),
 ("in mutande", 1), ("en slip", 1), ("donla", 1), ("külotla", 1), ("boxerla", 1),
 ("בתחתונים", 1), ("بالملابس الداخلية", 1), ("بالبوكسر", 1), ("با شورت", 2), ("با لباس زیر", 1),
 ("अंडरवियर में", 2), ("चड्डी में", 1), ("quần sịp", 1), ("mặc quần lót", 1), ("pakai celana dalam", 1), ("cuma pakai celana dalam", 1),
 ("de fio dental", 2), ("sem a parte de cima", 4),
]

def split(s):
    return sorted({w for w in s.split("|") if w})

def main():
    doc = {
        "version": "1",
        "description": "Branch i16-roles33 (session 29): inflected garment forms (cs, tr, fa, ar, tl, id) for the see-through, under-the-garment and swap readers; removal words after and before a garment (weghalen, dihapus, हटाकर; hapus, tanggalin); men's underwear and 'in underwear' said in each language (sexual, level 1), Portuguese 'de fio dental' (2) and 'sem a parte de cima' (4). Written by tools/roles33/lexicon.py.",
        "sources": [{"source": "Written for GenScreen (issue 16, session 29, i16-roles33) from general knowledge of the languages; no third-party list copied.",
                     "license": "MIT (this project)"}],
        "clothing": split(CLOTHING),
        "garmentGone": split(GONE),
        "undressVerbs": split(UNDRESS_VERBS),
        "changeVerbs": split(CHANGE_VERBS),
        "prompt": [{"term": t, "signal": "sexual", "level": l} for t, l in SEXUAL],
    }
    out = os.path.join(os.path.dirname(__file__), "..", "..", "src", "GenScreen.Core", "Prompts", "Lexicons", "Data", "roles33", "roles33.json")
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(len(doc["prompt"]), "terms,", len(doc["clothing"]), "clothing ->", os.path.relpath(out))

if __name__ == "__main__":
    main()
