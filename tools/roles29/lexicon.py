#!/usr/bin/env python3
"""Writes src/GenScreen.Core/Prompts/Lexicons/Data/roles29/<lang>.json (session 25, i16-roles29): sexual wording that batch
29's role prompts and the fresh set used and no lexicon read, each as the whole phrase:
- sex "with me" said with an unambiguous verb (fr `en train de coucher avec`, sv `ligger med mig` as the `ligger med henne`
  rows of langs6 do, ru `занимается со мной любовью`), level 6. English "sleeping with me" is left out: it is also a child in
  the parent's bed.
- a robe or nightgown left open (`open robe`, `חלוק פתוח`, `قميص نوم مفتوح`), level 2 (suggestive, as lingerie).
- Indonesian `daleman` (underwear, colloquial), level 1 as the other underwear words.
Written for GenScreen from general knowledge of the languages (MIT, this project); no third-party list copied.
Run: python3 tools/roles29/lexicon.py
"""
import json, os

TERMS = {
"fr": [("en train de coucher avec", 6), ("couche avec moi", 6), ("coucher avec moi", 6), ("couchant avec moi", 6), ("peignoir ouvert", 2), ("peignoir entrouvert", 2)],
"sv": [("ligger med mig", 6), ("låg med mig", 6), ("ligga med mig", 6), ("öppen morgonrock", 2), ("morgonrocken öppen", 2)],
"ru": [("занимается со мной любовью", 6), ("занимаемся любовью", 6), ("занимается любовью", 6), ("в распахнутом халате", 2), ("распахнутом халате", 2)],
"uk": [("займається зі мною коханням", 6), ("займаємося коханням", 6), ("у розстебнутому халаті", 2)],
"en": [("open robe", 2), ("robe hanging open", 2), ("robe wide open", 2), ("open bathrobe", 2)],
"de": [("offenen bademantel", 2), ("offener bademantel", 2), ("offenem bademantel", 2), ("offenen morgenmantel", 2)],
"he": [("בחלוק פתוח", 2), ("חלוק פתוח", 2), ("בכותונת לילה פתוחה", 2)],
"ar": [("بقميص نوم مفتوح", 2), ("قميص نوم مفتوح", 2), ("بروب مفتوح", 2), ("روب مفتوح", 2)],
"fa": [("با لباس خواب باز", 2), ("لباس خواب باز", 2), ("حوله باز", 2)],
"id": [("daleman", 1), ("pakai daleman", 1), ("cuma pakai daleman", 2), ("kimono terbuka", 2)],
"tr": [("açık sabahlık", 2), ("sabahlığı açık", 2)],
}

def main():
    base = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "src", "GenScreen.Core", "Prompts", "Lexicons", "Data", "roles29")
    os.makedirs(base, exist_ok=True)
    for lang, terms in TERMS.items():
        doc = {"language": lang, "version": "1",
               "about": "Session 25 (i16-roles29): sex 'with me' said with an unambiguous verb, a robe or nightgown left open, Indonesian daleman. Written by tools/roles29/lexicon.py.",
               "sources": [{"source": "Written for GenScreen (issue 16, session 25, i16-roles29) from general knowledge of the languages; no third-party list copied.", "license": "MIT (this project)"}],
               "prompt": [{"term": t, "signal": "sexual", "level": l} for t, l in terms]}
        with open(os.path.join(base, lang + ".json"), "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False, indent=1); f.write("\n")
    print(sum(len(v) for v in TERMS.values()), "terms in", len(TERMS), "files")

if __name__ == "__main__":
    main()
