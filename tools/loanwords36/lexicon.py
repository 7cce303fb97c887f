#!/usr/bin/env python3
"""Writes src/GenScreen.Core/Prompts/Lexicons/Data/loanwords36/terms.json (session 30, i16-loanwords36): sex acts whose words are
innocent alone, named as one act in each language: double penetration (penetration alone is a test, a market, light through
glass; doubled it is one act), a footjob said as a hand act done with the feet (sega con i piedi, paja con los pies), and the
reflexive and participle forms of French enculer. Written for GenScreen from general knowledge of the languages (MIT); no
third-party list."""
import json, os
EXPLICIT = 6
TERMS = {
 "double penetration": "en", "double-penetration": "en", "dp scene": "en",
 "doppelpenetration": "de", "doppelte penetration": "de", "doppel-penetration": "de",
 "double pénétration": "fr", "double penetration anale": "fr",
 "doble penetración": "es", "doble penetracion": "es",
 "doppia penetrazione": "it",
 "dupla penetração": "pt", "penetração dupla": "pt", "dupla penetracao": "pt",
 "dubbele penetratie": "nl",
 "podwójna penetracja": "pl", "podwójną penetrację": "pl", "podwójnej penetracji": "pl",
 "dvojitá penetrace": "cs", "dvojitou penetraci": "cs", "dvojité penetrace": "cs",
 "dubbelpenetration": "sv", "dubbel penetration": "sv",
 "двойное проникновение": "ru", "двойным проникновением": "ru", "двойного проникновения": "ru", "двойная пенетрация": "ru",
 "подвійне проникнення": "uk", "подвійним проникненням": "uk", "подвійна пенетрація": "uk",
 "çift penetrasyon": "tr", "çifte penetrasyon": "tr", "ikili penetrasyon": "tr",
 "διπλή διείσδυση": "el", "διπλή διεισδυση": "el",
 "חדירה כפולה": "he",
 "إيلاج مزدوج": "ar", "ايلاج مزدوج": "ar", "اختراق مزدوج": "ar",
 "دخول همزمان": "fa", "دبل پنتریشن": "fa",
 "डबल पेनिट्रेशन": "hi", "दोहरा प्रवेश": "hi",
 "ডাবল পেনিট্রেশন": "bn",
 "penetrasi ganda": "id", "penetrasi dobel": "id",
 "dobleng penetrasyon": "tl",
 "thâm nhập kép": "vi", "xâm nhập kép": "vi",
 "二穴同時": "ja", "二穴責め": "ja", "二穴挿入": "ja",
 "双插": "zh", "双龙入洞": "zh", "前后双插": "zh",
 "이중 삽입": "ko", "더블 페네트레이션": "ko",
 # footjob said with the feet
 "sega con i piedi": "it", "seghe con i piedi": "it", "paja con los pies": "es", "pajas con los pies": "es",
 "punheta com os pés": "pt", "branlette avec les pieds": "fr", "branlette avec ses pieds": "fr",
 "mit den füßen einen runterholen": "de", "fußjob": "de", "voetjob": "nl", "дрочит ногами": "ru", "дрочить ногами": "ru",
 "дрочка ногами": "ru", "дрочить ногами": "uk", "足コキ": "ja", "足交": "zh", "풋잡": "ko",
 # French enculer: reflexive and participle forms
 "s'enculent": "fr", "s'encule": "fr", "s'enculer": "fr", "se faire enculer": "fr", "se fait enculer": "fr", "enculée": "fr",
 "enculé par": "fr", "l'encule": "fr", "l'enculent": "fr",
}
doc = {
 "version": "1",
 "about": "Session 30 (i16-loanwords36): acts whose words are innocent alone, named as one act: double penetration in the 26 languages, a footjob said with the feet, French enculer's reflexive and participle forms. Written by tools/loanwords36/lexicon.py. Many languages in one file: no stop words, so no language is named.",
 "sources": [{"source": "Written for GenScreen (issue 16, session 30, i16-loanwords36) from general knowledge of the languages; no third-party list copied.", "license": "MIT (this project)"}],
 "prompt": [{"term": t, "signal": "sexual", "level": EXPLICIT} for t in TERMS],
}
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../src/GenScreen.Core/Prompts/Lexicons/Data/loanwords36/terms.json")
with open(out, "w", encoding="utf-8") as f:
    json.dump(doc, f, ensure_ascii=False, indent=1)
    f.write("\n")
print(len(TERMS), "terms")
