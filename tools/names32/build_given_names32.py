#!/usr/bin/env python3
"""Builds src/GenScreen.Core/Prompts/Lexicons/Data/people/given-names-script32.json: Arabic given names no list held
(session 28, i16-names32), written for GenScreen from general knowledge of Arabic naming (MIT, this project; no third-party
list). Female given names common in Egypt and the Levant, and male given names that stand second in an Arabic name as the
father's name (patronymic: عبير موسى). Left out: names any people/*.json list already holds, every word of
Rules/Data/ordinary-words-cldr.txt and every word of Rules/Data/frequent-words.txt not marked as a name ('n'), and by hand
names that are ordinary words an image prompt uses (نور light, وردة rose, دنيا world, ذكرى memory, سما sky, هالة halo,
أحلام dreams, وفاء loyalty, حنان tenderness, إلهام inspiration, بسمة smile, لطيفة kind, جنى harvest, لين softness, ريم
gazelle, هند India, منى wishes, بشرى good news, منة grace, ياسمين jasmine, شيرين sweet in Persian, حسن good, شريف noble,
سامي lofty, خالد eternal). Usage: python3 tools/names32/build_given_names32.py"""
import glob, json, pathlib, re
root = pathlib.Path(__file__).resolve().parents[2]
people = root / 'src/GenScreen.Core/Prompts/Lexicons/Data/people'
rules = root / 'src/GenScreen.Core/Prompts/Rules/Data'
HAND = ("فريال ديانا نجوى سهير ليلى رغدة ميرفت صابرين إيناس نادية نبيلة زينة جيهان نيكول هيدي لارا ميرا تالا كندة ديما "
        "جومانا باسكال كارول ماغي مايا سلاف شريهان أروى عايدة رحاب فيفي دينا نانسي "
        "موسى عيسى أحمد محمد حسين").split()
OUT = 'given-names-script32.json'
have = set()
for f in glob.glob(str(people / '*.json')):
    if f.endswith(OUT):
        continue
    d = json.load(open(f, encoding='utf-8'))
    if isinstance(d, dict):
        have.update(x for x in d.get('givenNames', []) or [] if isinstance(x, str))
ordinary = set()
for name in ('frequent-words.txt', 'ordinary-words-cldr.txt'):
    for line in open(rules / name, encoding='utf-8'):
        if line.startswith('#') or not line.strip():
            continue
        word, _, mark = line.rstrip('\n').partition('\t')
        if mark != 'n':
            ordinary.add(word)
kept = [n for n in HAND if n not in have and n not in ordinary]
doc = {
    "version": "1",
    "description": "Arabic given names no list held (session 28, i16-names32), tagged as people/script-given-names.json's are and read by "
                   "ScriptFullNames (with IsPatronymic: a second given name as the father's name) and CaselessScriptNames. Built by "
                   "tools/names32/build_given_names32.py from its hand list (do not edit by hand); what was left out is said there.",
    "sources": [{"source": "tools/names32/build_given_names32.py, written for GenScreen from general knowledge of Arabic naming", "license": "MIT (this project)"}],
    "counts": {"ar": {"names": len(HAND), "alreadyKnown": sum(n in have for n in HAND), "ordinaryWordLeftOut": sum(n not in have and n in ordinary for n in HAND), "added": len(kept)}},
    "givenNames": kept,
}
(people / OUT).write_text(json.dumps(doc, ensure_ascii=False, indent=1) + '\n', encoding='utf-8')
print(len(kept), 'names:', ' '.join(kept))
