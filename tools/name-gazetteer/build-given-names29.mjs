// Session 25 (i16-names29): given names that batch 29 showed no list holding.
//   npm install --no-save @faker-js/faker@10.6.0 && node build-given-names29.mjs
// Writes:
// - src/GenScreen.Core/Prompts/Lexicons/Data/people/given-names-script29.json: the Hebrew and Thai given names of the
//   hand list given-names-script-hand29.json (short and pet forms, Thai formal names and English-borrowed nicknames),
//   tagged as script-given-names.json's are; left out: a name a list already holds, an ordinary word of the lexicons
//   (terms, stop words), commonWords, ordinary-words-cldr.txt, the Thai dictionary thai-words.txt (frequent-words.txt
//   is not read for the hand names: its subtitle counts hold characters' names such as מגי as words).
// - src/GenScreen.Core/Prompts/Rules/Data/korean-given-names.txt: the two-syllable Korean given names of faker's ko
//   locale (MIT), minus ordinary words (the same lists, which hold 10,000 frequent Korean words): after a family
//   syllable and beside sexual content, such a word is a given name (CjkPersonNames.Korean: 송가인, whose 가 and 인 the
//   naming-syllable test does not hold).
import * as F from '@faker-js/faker';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { forEachLexiconWord } from './word-sets.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(here, '../../src/GenScreen.Core/Prompts');
const data = path.join(root, 'Lexicons/Data/people');
const rulesData = path.join(root, 'Rules/Data');
const fold = s => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const nfc = s => s.normalize('NFC').toLowerCase();
const OUT = 'given-names-script29.json';

const known = new Set();
const common = new Set();
for (const f of fs.readdirSync(data)) {
  if (!f.endsWith('.json') || f === OUT) continue;
  const d = JSON.parse(fs.readFileSync(path.join(data, f), 'utf8'));
  for (const n of [...(d.givenNames ?? []), ...(d.latinGivenNames ?? []), ...(d.handNames?.names ?? [])]) { known.add(fold(n)); known.add(nfc(n)); }
  for (const w of d.commonWords ?? []) { common.add(fold(w)); common.add(nfc(w)); }
}
forEachLexiconWord(w => { common.add(fold(w)); common.add(nfc(w)); });
// The hand names were checked by hand against ordinary words; frequent-words.txt (subtitle counts, which hold the names
// of characters as words: מגי, סנדי) is read only for the Korean faker names below.
const frequent = new Set();
for (const f of ['frequent-words.txt', 'ordinary-words-cldr.txt', 'thai-words.txt']) {
  for (const line of fs.readFileSync(path.join(rulesData, f), 'utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [w] = line.split('\t'); // a frequent word that is also a name is still an ordinary word here
    if (f === 'frequent-words.txt') { frequent.add(nfc(w)); continue; }
    common.add(nfc(w)); common.add(fold(w));
  }
}

const hand = JSON.parse(fs.readFileSync(path.join(here, 'given-names-script-hand29.json'), 'utf8'));
const counts = {};
const names = new Set();
for (const lang of ['he', 'th']) {
  let added = 0, already = 0, ordinary = 0;
  for (const raw of hand[lang]) {
    const n = nfc(raw);
    if (known.has(n)) { already++; continue; }
    if (common.has(n)) { ordinary++; continue; }
    if (!names.has(n)) { names.add(n); added++; }
  }
  counts[lang] = { names: hand[lang].length, alreadyKnown: already, ordinaryWordLeftOut: ordinary, added };
}
fs.writeFileSync(path.join(data, OUT), JSON.stringify({
  version: '1',
  description: 'Hebrew and Thai given names no list held (session 25, i16-names29): short and pet forms Israelis go by (מגי Maggie, ג\'ודי Judy, דודו), Thai formal given names and English-borrowed nicknames (รัชนก, วู้ดดี้ Woody), tagged as people/script-given-names.json\'s are and read by ScriptFullNames and CaselessScriptNames. From the hand list tools/name-gazetteer/given-names-script-hand29.json (its "about" says what was left out by hand); left out here: names any list already held and ordinary words of the lexicons (terms and stop words), commonWords, ordinary-words-cldr.txt and thai-words.txt (the hand list was checked against ordinary words by hand; frequent-words.txt, whose subtitle counts hold characters\' names such as מגי as words, is not read for it). Built by tools/name-gazetteer/build-given-names29.mjs (do not edit by hand).',
  sources: [{ source: 'tools/name-gazetteer/given-names-script-hand29.json, written for GenScreen', license: 'MIT (this project)' }],
  counts,
  givenNames: [...names].sort(),
}, null, 1) + '\n');

const list = x => (x ? (Array.isArray(x) ? x : Object.values(x).flat()) : []);
const ko = [...new Set(list(F.fakerKO.rawDefinitions.person.first_name).map(n => n.normalize('NFC')))];
const hangul2 = ko.filter(n => /^[\uAC00-\uD7A3]{2}$/u.test(n));
const kept = hangul2.filter(n => !common.has(n) && !frequent.has(n)).sort();
fs.writeFileSync(path.join(rulesData, 'korean-given-names.txt'),
  '# Two-syllable Korean given names of @faker-js/faker 10.6.0 ko person.first_name data (MIT, Copyright 2022 Faker;\n' +
  '# NOTICE.md), ordinary words of the project\'s lists left out (frequent-words.txt holds 10,000 frequent Korean words:\n' +
  '# 하늘 sky, 사랑 love, 가을 autumn). After a family syllable, beside sexual content, a word of this list is a given name\n' +
  '# (Rules/CjkPersonNames.cs). Built by tools/name-gazetteer/build-given-names29.mjs.\n' + kept.join('\n') + '\n');
console.log(JSON.stringify(counts), 'korean', ko.length, hangul2.length, kept.length);
