#!/usr/bin/env python3
"""Session 30 (i16-precision36): innocent words that hold a sexual term's letters, as benign terms that consume them:
Persian سکسکه (hiccup, the sound word that begins with the letters of سکس) with its verbs and endings, and Tagalog suka
(vinegar) in its food phrases; Greek decade nouns of adults (adult markers) (the Czech šuká, written without accents, is suka); Dutch kotter (a fishing cutter, reached
as the Flemish koter, kid) and German knappen (tight, reached as the Dutch knapen, boys). Written for GenScreen from general
knowledge of the languages (MIT, this project). Writes src/GenScreen.Core/Prompts/Lexicons/Data/precision36/terms.json."""
import json, pathlib
hiccup = ["سکسکه", "سکسکه‌ام", "سکسکه‌اش", "سکسکه‌ای", "سکسکه‌ها", "سکسکه‌ی", "سکسکه کردن", "سکسکه کرده", "سکسکه می‌کند",
          "سکسکه گرفته", "سکسکه گرفتن", "سکسکه افتاده", "سکسکه‌کنان", "سكسكه", "سكسكة"]
vinegar = ["sawsawang suka", "sawsawan na suka", "sukang", "may suka", "at suka", "suka at", "sa suka", "ng suka",
           "suka't", "sinamak na suka", "suka ng niyog", "paksiw", "adobo sa suka", "dalagang bukid"]
boats = ["kotter", "kotters", "viskotter", "garnalenkotter", "knappen", "knappe", "knapper", "knappes", "knappem"]  # Dutch: a cutter (fishing boat), not the Flemish koter (kid)
terms = [{"term": t, "signal": "benign", "level": 0} for t in hiccup + vinegar + boats]
# Greek decade nouns of adults (a man or woman in their twenties ... nineties: σαραντάρης, εβδομηντάρηδων), adult markers
# of level 0: lexicon words are never name words, so a sound match no longer reads ζευγάρι εβδομηντάρηδων as Timothy Dalton.
greek = []
for stem in ["εικοσ", "τριαντ", "σαραντ", "πενηντ", "εξηντ", "εβδομηντ", "ογδοντ", "ενενηντ"]:
    for end in ["άρης", "άρη", "άρηδες", "άρηδων", "άρα", "άρες", "άρας", "αρης", "αρηδες", "αρηδων"]:
        greek.append(stem + end)
terms += [{"term": t, "signal": "adult", "level": 0} for t in greek]
# Ukrainian compound ages of adults (тридцятип'ятирічна, "thirty-five-year-old"): the apostrophe splits the word, and its
# tail п'ятирічна / ятирічна ("five-year-old") was read as a child. Tens 20-90 with units 1-9, every ending of the adjective.
tens = ["двадцяти", "тридцяти", "сорока", "п'ятдесяти", "шістдесяти", "сімдесяти", "вісімдесяти", "дев'яносто"]
units = ["одно", "дво", "три", "чотири", "п'яти", "шести", "семи", "восьми", "дев'яти"]
endings = ["річна", "річний", "річні", "річної", "річного", "річну"]
ukr = [t + u + e for t in tens for u in units for e in endings if "'" in t + u]
terms += [{"term": t, "signal": "adult", "level": 0} for t in ukr]
# Hindi and Bengali garment materials (लाल लेस, "red lace", काली लेस, read as a likely name before ब्रा-पैंटी): benign words.
materials = ["लेस", "लेसी", "साटन", "सिल्क", "रेशमी", "जालीदार", "লেস", "লেসের", "সাটিন", "সিল্কের", "রেশমি"]
terms += [{"term": t, "signal": "benign", "level": 0} for t in materials]
# The adverb "anally" (nl anaal, sv analt, pl analnie, cs análně, es/it/pt analmente): a sexual act word (level 4), and, as a
# lexicon word, never a name word ("de een neemt de ander anaal" was the likely name "ander anaal"; batch 37).
# Swedish analt and Polish analne are also the adjective "anal" (analt område, the anal region: a medical look-alike of
# loanwords36), so they are left to loanwords36's tag-act reading, which needs a sexual context (merge of session 30).
anally = ["anaal", "analnie", "análně", "analmente"]
terms += [{"term": t, "signal": "sexual", "level": 4} for t in anally]
terms += [{"term": t, "signal": "benign", "level": 0} for t in ["analt", "analne"]]  # lexicon words, so never name words
doc = {"version": "1",
       "about": __doc__.split("Writes")[0].strip().replace("\n", " "),
       "sources": [{"source": "Written for GenScreen (issue 16, session 30, i16-precision36) from general knowledge of the languages; no third-party list copied.", "license": "MIT (this project)"}],
       "prompt": terms}
out = pathlib.Path(__file__).resolve().parents[2] / "src/GenScreen.Core/Prompts/Lexicons/Data/precision36/terms.json"
out.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(len(terms), "terms ->", out)
