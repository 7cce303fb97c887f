// Builds src/GenScreen.Core/Prompts/Rules/Data/family-name-words.txt (session 27, i16-names31): family names of
// @faker-js/faker's last-name data (MIT) that are also ordinary words of some language the project knows (Berg
// "mountain", Strand "beach", Wolf, Stone, Fontana "fountain", Ferro "iron", Book), so that the Latin full-name rule,
// which refuses an ordinary word in the surname slot, reads them after a capitalised given name (Carina Berg, Gemma
// Stone; PersonDetector.TryFullName via Rules/FamilyNameWords.cs). Left out: words shorter than 4 letters, one-word terms
// and stop words of any language lexicon (a sexual or person term is never a surname), words that are also given names
// (given-family-names.txt reads those), and place and landscape nouns a given name often stands before as a place's name
// (Park, Hill, Lake, Street...: Victoria Park, Santa Monica Beach), listed below by hand.
// Run by hand, offline: FAKER_FROM=/path/to/a/node_modules/parent node build-family-words31.mjs
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { forEachLexiconWord } from './word-sets.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const F = createRequire(path.join(process.env.FAKER_FROM ?? here, 'x.js'))('@faker-js/faker');
const root = path.join(here, '../../src/GenScreen.Core/Prompts');
const data = path.join(root, 'Lexicons/Data/people');
const rulesData = path.join(root, 'Rules/Data');
const fold = s => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

const ordinary = new Set();
for (const f of fs.readdirSync(data)) {
  if (!f.endsWith('.json')) continue;
  const d = JSON.parse(fs.readFileSync(path.join(data, f), 'utf8'));
  for (const w of d.commonWords ?? []) ordinary.add(fold(w));
}
for (const f of ['frequent-words.txt', 'ordinary-words-cldr.txt']) {
  for (const line of fs.readFileSync(path.join(rulesData, f), 'utf8').split('\n')) {
    if (line && !line.startsWith('#')) ordinary.add(fold(line.split('\t')[0]));
  }
}
const lexicon = new Set();
forEachLexiconWord(w => lexicon.add(fold(w)));
const given = new Set();
for (const f of fs.readdirSync(data)) {
  if (!f.endsWith('.json')) continue;
  const d = JSON.parse(fs.readFileSync(path.join(data, f), 'utf8'));
  for (const n of [...(d.givenNames ?? []), ...(d.latinGivenNames ?? [])]) given.add(fold(n));
}
// Place and landscape nouns that follow a given name as the name of a place, and titles that follow one as an epithet.
const places = new Set(['park', 'hill', 'hills', 'lake', 'beach', 'street', 'road', 'bridge', 'garden', 'gardens', 'palace', 'station',
  'island', 'falls', 'bay', 'port', 'harbour', 'harbor', 'valley', 'mount', 'field', 'fields', 'wood', 'woods', 'forest', 'river', 'church',
  'hall', 'house', 'castle', 'tower', 'square', 'place', 'court', 'green', 'land', 'town', 'city', 'spring', 'springs', 'well', 'wells',
  'dale', 'cross', 'gate', 'mill', 'mills', 'ford', 'brook', 'marsh', 'moor', 'cliff', 'bank', 'banks', 'shore', 'coast', 'cove',
  'grande', 'santa', 'santo', 'san', 'novella', 'nova', 'nuova', 'nuovo', 'costa', 'playa', 'plaza', 'piazza', 'platz', 'strasse', 'gasse',
  'kirche', 'dom', 'kerk', 'plein', 'torget', 'gatan', 'kyrka', 'kirke', 'ulica', 'rynek', 'namesti', 'sokak', 'cadde', 'jalan',
  'king', 'queen', 'prince', 'princess', 'lord', 'lady', 'saint', 'pope', 'bishop', 'knight', 'baron', 'duke', 'earl',
  'nebula', 'comet', 'star', 'stern', 'sol', 'luna', 'regina', 'maria', 'madonna', 'virgin',
  // cities a given name stands before in a team's or a place's name, and words a prompt uses for their sense
  'bologna', 'milano', 'milan', 'madrid', 'napoli', 'pisa', 'mecca', 'lodi', 'matera', 'monaco', 'nocera', 'lugo', 'potenza', 'roma',
  'spank', 'christ', 'teufel', 'beso', 'scherz', 'kick', 'paradiso', 'festa', 'dolce', 'dolci', 'amoroso']);
const family = new Set();
for (const loc of ['EN', 'EN_GB', 'EN_AU', 'EN_IE', 'DE', 'DE_AT', 'DE_CH', 'NL', 'NL_BE', 'SV', 'NB_NO', 'DA', 'PL', 'CS_CZ', 'SK', 'IT', 'FR', 'ES', 'PT_PT', 'PT_BR', 'TR', 'ID_ID']) {
  const def = F['faker' + loc]?.rawDefinitions?.person?.last_name;
  if (!def) continue;
  const names = Array.isArray(def) ? def : Object.values(def).flat().map(v => (typeof v === 'object' ? v.value ?? '' : v));
  for (const n of names) { const f = fold(String(n)); if (/^[a-z]{4,}$/.test(f)) family.add(f); }
}
const words = [...family].filter(n => ordinary.has(n) && !lexicon.has(n) && !given.has(n) && !places.has(n)).sort();
fs.writeFileSync(path.join(rulesData, 'family-name-words.txt'),
  '# Family names of @faker-js/faker 10.6.0 last-name data (en, en_gb, en_au, en_ie, de, de_at, de_ch, nl, nl_be, sv, nb_no, da,\n' +
  '# pl, cs_cz, sk, it, fr, es, pt_pt, pt_br, tr, id_id; MIT, Copyright 2022 Faker, NOTICE.md) that are also ordinary words\n' +
  '# (person-words commonWords, frequent-words.txt, ordinary-words-cldr.txt), folded to ASCII, 4+ letters; no lexicon term or\n' +
  '# stop word, no given name, no place noun or title (the hand list in the builder). After a capitalised given name, a\n' +
  '# capitalised word of this list is a surname (Carina Berg, Gemma Stone). Read by Rules/FamilyNameWords.cs.\n' +
  '# Built by tools/name-gazetteer/build-family-words31.mjs.\n' + words.join('\n') + '\n');
console.log('family', family.size, 'family-name words', words.length);
