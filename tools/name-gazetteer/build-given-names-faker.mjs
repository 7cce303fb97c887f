// Builds src/GenScreen.Core/Prompts/Lexicons/Data/people/given-names-cultures.json: given names of the cultures whose
// names the realPersonLikely rule read least (Nigeria, India, Indonesia, Brazil, Mexico), from the person-name data of
// @faker-js/faker (MIT). Run by hand, offline once the package is installed:
//   npm install --no-save @faker-js/faker@10.6.0 && node build-given-names-faker.mjs
// Kept: one-word names of 3+ letters, folded to ASCII as prompts are, that no list of person-words.json or
// given-names-world.json already holds and that are no common English word (person-words.json commonWords, SCOWL) and no word of any language lexicon
// (a term or stop word of Data/*.json, Data/*/*.json: Indonesian bunga, intan are words before they are names).
import * as F from '@faker-js/faker';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const data = path.join(here, '../../src/GenScreen.Core/Prompts/Lexicons/Data/people');
const personWords = JSON.parse(fs.readFileSync(path.join(data, 'person-words.json'), 'utf8'));
const world = JSON.parse(fs.readFileSync(path.join(data, 'given-names-world.json'), 'utf8'));
const known = new Set([...personWords.givenNames, ...world.givenNames].map(n => n.toLowerCase()));
const common = new Set([...personWords.commonWords, ...(world.commonWords ?? [])].map(n => n.toLowerCase()));
// Every word of a language lexicon (terms of any signal, stop words) is an ordinary word somewhere: not a name here.
const lexiconDir = path.join(data, '..');
const lexiconWords = new Set();
const walk = dir => {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const f = path.join(dir, e.name);
    if (e.isDirectory()) { if (e.name !== 'names' && e.name !== 'people') walk(f); continue; }
    if (!e.name.endsWith('.json')) continue;
    const d = JSON.parse(fs.readFileSync(f, 'utf8'));
    for (const t of [...(d.prompt ?? []), ...(d.negative ?? [])]) for (const w of String(t.term).split(/\s+/)) lexiconWords.add(w.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());
    for (const w of d.stopWords ?? []) lexiconWords.add(w.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());
  }
};
walk(lexiconDir);

// locale → the culture it stands for in the counts
const locales = { EN_NG: 'Nigeria', EN_IN: 'India', ID_ID: 'Indonesia', PT_BR: 'Brazil', ES_MX: 'Mexico' };
const fold = s => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const kept = new Set();
const counts = {};
for (const [loc, culture] of Object.entries(locales)) {
  const person = F['faker' + loc].rawDefinitions.person;
  const fn = person.first_name;
  const names = Array.isArray(fn) ? fn : [...(fn.generic ?? []), ...(fn.female ?? []), ...(fn.male ?? [])];
  // A name the locale also lists as a family name (Indonesian Lestari) is left out: the rule reads a given name
  // followed by a word that is none, and "Ayu Lestari" must stay a given name and a surname.
  const ln = person.last_name ?? [];
  const familyNames = new Set((Array.isArray(ln) ? ln : [...(ln.generic ?? []), ...(ln.female ?? []), ...(ln.male ?? [])]).map(fold));
  let before = 0, added = 0, tooShortOrSpaced = 0, commonWord = 0, familyName = 0;
  for (const raw of new Set(names)) {
    const n = fold(raw);
    if (!/^[a-z]{3,}$/.test(n)) { tooShortOrSpaced++; continue; }
    if (known.has(n)) { before++; continue; }
    if (common.has(n) || lexiconWords.has(n)) { commonWord++; continue; }
    if (familyNames.has(n)) { familyName++; continue; }
    if (!kept.has(n)) { kept.add(n); added++; }
  }
  counts[culture] = { locale: loc.toLowerCase(), names: names.length, alreadyKnown: before, added, commonWordLeftOut: commonWord, familyNameLeftOut: familyName, spacedOrShortLeftOut: tooShortOrSpaced };
}
// Hand-written names of the same cultures that faker lacks (given-names-cultures-hand.json), filtered the same way.
const hand = JSON.parse(fs.readFileSync(path.join(here, 'given-names-cultures-hand.json'), 'utf8'));
const handKept = hand.names.map(fold).filter(n => /^[a-z]{3,}$/.test(n) && !known.has(n) && !common.has(n) && !lexiconWords.has(n));
handKept.forEach(n => kept.add(n));
const doc = {
  version: '1',
  description: 'Given names of Nigeria, India, Indonesia, Brazil and Mexico (faker) and of Nigeria, Iran, Indonesia, the Philippines, Egypt and India (handNames) that person-words.json and given-names-world.json did not hold, added to the realPersonLikely rule as latinGivenNames (read as written in Latin letters, not through the transliteration of other scripts, whose consonant keys they would widen) (a known given name followed by a surname-shaped word), so that an unlisted person of those cultures is held for review like an English-named one. Built by tools/name-gazetteer/build-given-names-faker.mjs (do not edit by hand). counts: per culture, the names of the source, how many the rules already knew (the measurement of session 14), how many were added and left out.',
  sources: [{ source: '@faker-js/faker 10.6.0, locale person.first_name data (en_NG, en_IN, id_ID, pt_BR, es_MX)', license: 'MIT (Copyright 2022 Faker; NOTICE.md)' }],
  counts,
  handNames: { about: hand.about, names: handKept.sort() },
  latinGivenNames: [...kept].sort(),
};
fs.writeFileSync(path.join(data, 'given-names-cultures.json'), JSON.stringify(doc, null, 1) + '\n');
console.log(JSON.stringify(counts, null, 1), kept.size);
