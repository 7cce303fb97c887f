// Builds src/GenScreen.Core/Prompts/Lexicons/Data/people/given-names-faker26.json: given names of the languages whose
// unlisted public figures batch 28 missed because no list held the given name (Katja, Kosovare, Marieke; عبير, معصومه;
// ชัชชุอร), from the person-name data of @faker-js/faker (MIT). Run by hand, offline once the package is installed:
//   npm install --no-save @faker-js/faker@10.6.0 && node build-given-names-faker26.mjs
// latinGivenNames: first names of the Latin-script locales, folded to ASCII as prompts are; givenNames: first names
// written in their own script (Arabic, Persian, Hebrew, Thai, Greek, Russian, Ukrainian, Nepali Devanagari), tagged
// like script-given-names.json's. A name is left out when a list already holds it, when it is shorter than 3 letters
// (2 for Thai, Greek and Cyrillic; 3 for the abjads, whose two-letter words are too often ordinary: טל dew) or spaced, when it is an ordinary word of
// any language the project knows (person-words.json commonWords, a term or stop word of a language lexicon, a word of
// Rules/Data/frequent-words.txt that is not marked as a name, of ordinary-words-cldr.txt or of the Thai dictionary
// thai-words.txt), or when its own locale also lists it as a family name (Indonesian Lestari must stay a surname).
// Ordinary words decide: a given name that is also "lake" (Hebrew אגם) or "light" (نور) is left to the hand lists.
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

// Names the rules already read: every givenNames / latinGivenNames of the people lists, folded and as written.
const known = new Set();
const common = new Set();
const personCommon = new Set();
for (const f of fs.readdirSync(data)) {
  if (!f.endsWith('.json') || f === 'given-names-faker26.json') continue;
  const d = JSON.parse(fs.readFileSync(path.join(data, f), 'utf8'));
  for (const n of [...(d.givenNames ?? []), ...(d.latinGivenNames ?? []), ...(d.handNames?.names ?? [])]) { known.add(fold(n)); known.add(nfc(n)); }
  for (const w of d.commonWords ?? []) { common.add(fold(w)); common.add(nfc(w)); personCommon.add(fold(w)); }
}
// Every word of a language lexicon (terms of any signal, stop words) is an ordinary word somewhere.
forEachLexiconWord(w => { common.add(fold(w)); common.add(nfc(w)); });
// Ordinary words of the rule data files (a word marked "\tn" in frequent-words.txt is also a name: not ordinary here).
// The given-family list below reads words already held as names (Kelly): there a frequent word that is also a name counts.
const ordinaryNotName = new Set();
for (const f of ['frequent-words.txt', 'ordinary-words-cldr.txt', 'thai-words.txt']) {
  for (const line of fs.readFileSync(path.join(rulesData, f), 'utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    // A frequent word that is also a name (marked "\tn": luce "light", şirin "cute", सागर "sea") is still an ordinary word
    // here: a name the lists did not hold before must not be one.
    const [w, mark] = line.split('\t');
    common.add(nfc(w)); common.add(fold(w));
    if (mark !== 'n') { ordinaryNotName.add(nfc(w)); ordinaryNotName.add(fold(w)); }
  }
}

// Every word of a fictional character's name (Dulcinea del Toboso, Şirin and Ferhat): fan art of such characters is
// adult content, not a real person, so their given names are left to the fictional lists.
for (const f of fs.readdirSync(data).concat(fs.readdirSync(path.join(root, 'Lexicons/Data/names')).map(n => '../names/' + n))) {
  if (!/fictional.*\.json$/.test(f)) continue;
  const d = JSON.parse(fs.readFileSync(path.join(data, f), 'utf8'));
  const names = [...(d.fictional ?? []).map(c => c?.name ?? ''), ...(d.names ?? []).map(n => (typeof n === 'string' ? n : n?.name ?? ''))];
  for (const n of names) for (const w of String(n).split(/[\s,.-]+/)) if (w) { common.add(fold(w)); common.add(nfc(w)); }
}
// Names of literary heroines that faker lists but that a prompt uses for the character, not a person (the gate's
// fictional-adult items: Dulcinea del Toboso); the fictional lists do not hold them as words.
for (const w of ['dulcinea', 'ferhat']) common.add(w); // Ferhat: Şirin and Ferhat, the legend's lovers (a gate item)
const list = x => (x ? (Array.isArray(x) ? x : Object.values(x).flat()) : []);
const latinLocales = ['DE', 'DE_AT', 'DE_CH', 'NL', 'NL_BE', 'SV', 'PL', 'CS_CZ', 'SK', 'IT', 'FR', 'FR_BE', 'ES', 'PT_PT', 'PT_BR', 'TR', 'ID_ID'];
// Nepali (ne) was tried and left out: its few names are Hindi words as often (सागर sea, a gate look-alike).
const scriptLocales = ['AR', 'FA', 'HE', 'TH', 'EL', 'RU', 'UK'];
const latin = new Set();
const script = new Set();
const counts = {};
for (const loc of [...latinLocales, ...scriptLocales]) {
  const person = F['faker' + loc].rawDefinitions.person;
  const names = [...new Set(list(person.first_name))];
  const family = new Set(list(person.last_name).map(fold));
  const isLatin = latinLocales.includes(loc);
  let already = 0, added = 0, shape = 0, ordinary = 0, familyName = 0;
  for (const raw of names) {
    const n = isLatin ? fold(raw) : nfc(raw);
    const shaped = isLatin ? /^[a-z]{3,}$/.test(n) : /^\p{L}[\p{L}\p{M}]+$/u.test(n) && [...n].filter(c => /\p{L}/u.test(c)).length >= (/[\u0590-\u06FF]/u.test(n) ? 3 : 2);
    if (!shaped) { shape++; continue; }
    if (known.has(n) || known.has(fold(raw))) { already++; continue; }
    if (common.has(n) || common.has(fold(raw))) { ordinary++; continue; }
    if (family.has(fold(raw))) { familyName++; continue; }
    const into = isLatin ? latin : script;
    if (!into.has(n)) { into.add(n); added++; }
  }
  counts[loc.toLowerCase()] = { names: names.length, alreadyKnown: already, added, ordinaryWordLeftOut: ordinary, familyNameLeftOut: familyName, shapeLeftOut: shape };
}
// Hand-written Arabic-script names (given-names-script-hand26.json), filtered the same way as the faker ones.
const hand = JSON.parse(fs.readFileSync(path.join(here, 'given-names-script-hand26.json'), 'utf8'));
let handAdded = 0, handKnown = 0, handOrdinary = 0;
for (const raw of hand.names) {
  const n = nfc(raw);
  if (known.has(n)) { handKnown++; continue; }
  if (common.has(n)) { handOrdinary++; continue; }
  if (!script.has(n)) { script.add(n); handAdded++; }
}
counts.hand = { names: hand.names.length, alreadyKnown: handKnown, added: handAdded, ordinaryWordLeftOut: handOrdinary };
const doc = {
  version: '1',
  description: 'Given names of the languages whose unlisted public figures the realPersonLikely rule missed in batch 28 because no list held the given name (session 24, i16-names26): latinGivenNames from the Latin-script locales (German, Dutch, Swedish, Polish, Czech, Slovak, Italian, French, Spanish, Portuguese, Turkish, Indonesian; English names are in person-words.json already, and the English list of faker adds brands and places such as Bentley and Cornell), read as written in Latin letters; givenNames written in their own script (Arabic, Persian, Hebrew, Thai, Greek, Russian, Ukrainian), tagged as the hand list people/script-given-names.json is and read by ScriptFullNames and CaselessScriptNames. Left out: names any list already held, ordinary words of any language the project knows (lexicon terms and stop words, person-words.json commonWords, every word of Rules/Data/frequent-words.txt, names or not, ordinary-words-cldr.txt, thai-words.txt), words of the names of fictional characters (fictional*.json: Dulcinea), names their own locale also lists as family names, spaced names and names shorter than 3 letters (2 in Thai, Greek and Cyrillic). Built by tools/name-gazetteer/build-given-names-faker26.mjs (do not edit by hand); counts per locale.',
  sources: [{ source: '@faker-js/faker 10.6.0, locale person.first_name and person.last_name data (' + [...latinLocales, ...scriptLocales].map(l => l.toLowerCase()).join(', ') + ')', license: 'MIT (Copyright 2022 Faker; NOTICE.md)' }, { source: 'tools/name-gazetteer/given-names-script-hand26.json: common Arabic and Persian given names, written for GenScreen', license: 'MIT (this project)' }],
  counts,
  latinGivenNames: [...latin].sort(),
  givenNames: [...script].sort(),
};
fs.writeFileSync(path.join(data, 'given-names-faker26.json'), JSON.stringify(doc, null, 1) + '\n');
console.log(JSON.stringify(counts), latin.size, script.size);

// Rules/Data/given-family-names.txt: words that are given names of the lists AND family names of faker's last-name data
// (Kelly, Thomas, Morgan, Marshall): after a given name, both capitalised, such a word is a surname (Chloe Kelly), where
// a word that is only a given name (Mary Jane) still is not (PersonDetector.TryFullName).
const givenAll = new Set([...known, ...latin]);
const familyAll = new Set();
for (const loc of ['EN', 'EN_GB', 'EN_AU', 'EN_IE', 'DE', 'NL', 'SV', 'PL', 'CS_CZ', 'IT', 'FR', 'ES', 'PT_PT', 'PT_BR', 'TR', 'ID_ID']) {
  for (const n of list(F['faker' + loc].rawDefinitions.person.last_name)) { const f = fold(n); if (/^[a-z]{4,}$/.test(f)) familyAll.add(f); }
}
const givenFamily = [...familyAll].filter(n => givenAll.has(n) && !ordinaryNotName.has(n) && !personCommon.has(n)).sort();
fs.writeFileSync(path.join(rulesData, 'given-family-names.txt'),
  '# Words that are given names of the people lists and family names of @faker-js/faker 10.6.0 last-name data (en, en_gb,\n' +
  '# en_au, en_ie, de, nl, sv, pl, cs_cz, it, fr, es, pt_pt, pt_br, tr, id_id; MIT, Copyright 2022 Faker, NOTICE.md), folded to\n' +
  '# ASCII, 4+ letters, no ordinary word. After a capitalised given name, a capitalised word of this list is a surname\n' +
  '# (Chloe Kelly, Olivia Thomas). Read by Rules/GivenFamilyNames.cs. Built by tools/name-gazetteer/build-given-names-faker26.mjs.\n' +
  givenFamily.join('\n') + '\n');

// Rules/Data/vietnamese-given-names.txt: two-syllable Vietnamese given names (middle and given name, as people are called:
// Thu Trang, Hồng Diễm) of faker's vi data, lower case NFC with their tone marks; both syllables capitalised and accented
// as listed, beside sexual content, they are a likely person (Rules/VietnameseGivenNames.cs).
const viPairs = [...new Set(list(F.fakerVI.rawDefinitions.person.first_name).map(n => n.normalize('NFC').toLowerCase()))]
  .filter(n => /^\p{L}+ \p{L}+$/u.test(n)).sort();
fs.writeFileSync(path.join(rulesData, 'vietnamese-given-names.txt'),
  '# Two-syllable Vietnamese given names (middle and given name) with their tone marks, lower case NFC, from @faker-js/faker\n' +
  '# 10.6.0 vi person.first_name data (MIT, Copyright 2022 Faker, NOTICE.md). Read by Rules/VietnameseGivenNames.cs.\n' +
  '# Built by tools/name-gazetteer/build-given-names-faker26.mjs.\n' + viPairs.join('\n') + '\n');
console.log('given-family', givenFamily.length, 'vi pairs', viPairs.length);
