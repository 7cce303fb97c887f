#!/usr/bin/env python3
"""Builds src/GenScreen.Core/Prompts/Lexicons/Data/people/given-names-script36.json: Hebrew and Arabic given names no list
held (session 30, i16-scripts36), written for GenScreen from general knowledge of Israeli and Arab naming (MIT, this project;
no third-party list): Israeli male and female given names of the last decades (batch 33's ערן was read by sound only, and
a two-consonant key spells too many words), and Arabic, Kurdish and Levantine female given names that social-media
figures go by (نارين). Left out, as in tools/scripts36/build_given_names36.py: names any people/*.json list already holds,
every word of Rules/Data/ordinary-words-cldr.txt and every word of Rules/Data/frequent-words.txt not marked as a name ('n'),
and by hand names that are ordinary words an image prompt uses (Hebrew שלי mine, אודי Audi, קרן ray, חן charm, רז secret, דור generation, עוז strength, שי gift, ניר field, זיו radiance, מתן giving, ערד a town, אלון oak, ורד rose, ray, שחר dawn, טל dew, גל
wave, ים sea, אור light, שמש sun; Arabic ورد, نسمة breeze, غيمة cloud). Usage: python3 tools/scripts36/build_given_names36.py"""
import glob, json, pathlib, re
root = pathlib.Path(__file__).resolve().parents[2]
people = root / 'src/GenScreen.Core/Prompts/Lexicons/Data/people'
rules = root / 'src/GenScreen.Core/Prompts/Rules/Data'
HAND = ("ערן גיא תומר רועי אסף עמית אורן אייל רון גלעד אלעד אופיר יניב אריאל נדב יואב אליה עמרי "
        "בועז איתמר צחי קובי ששון אבירם אביתר עופר "
        "ליהיא רעות גלית סיון שני ספיר טליה עינב אביטל הגר לירון לינוי אושרת מרב סיגל אילנה יפעת שרון לימור ענת "
        "דפנה נעמה מורן אגם לוסי מגי נסרין עינת "
        "نارين ريا روان لجين بيسان ياسمينا رزان جنان ميار لمى رنيم هيفاء عبير نسرين ديما رهف "
        "إليسا نوال أصالة شيماء إسراء دعاء").split()
OUT = 'given-names-script36.json'
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
    "description": "Hebrew and Arabic given names no list held (session 30, i16-scripts36), tagged as people/script-given-names.json's are and read by "
                   "ScriptFullNames (with IsPatronymic: a second given name as the father's name) and CaselessScriptNames. Built by "
                   "tools/scripts36/build_given_names36.py from its hand list (do not edit by hand); what was left out is said there.",
    "sources": [{"source": "tools/scripts36/build_given_names36.py, written for GenScreen from general knowledge of Israeli and Arab naming", "license": "MIT (this project)"}],
    "counts": {"he+ar": {"names": len(HAND), "alreadyKnown": sum(n in have for n in HAND), "ordinaryWordLeftOut": sum(n not in have and n in ordinary for n in HAND), "added": len(kept)}},
    "givenNames": kept,
}
(people / OUT).write_text(json.dumps(doc, ensure_ascii=False, indent=1) + '\n', encoding='utf-8')
print(len(kept), 'names:', ' '.join(kept))
