// Builds src/GenScreen.Core/Prompts/Lexicons/Data/people/ja-names.json: Japanese family and given names with their
// katakana readings, from Debian's ipadic-common (Noun.name.dic, the 人名 姓 and 人名 名 entries), and the ordinary
// words of ipadic (nouns, places, organisations) that happen to split into a family name and a given name, so that
// they are never read as one. Build-time only; the runtime loads the JSON.
//
//   apt-get download ipadic-common && dpkg-deb -x ipadic-common_*.deb x
//   node build-ja-names.mjs --ipadic x/usr/share/chasen/ipadic --version 2.7.0+main-3.1
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, a, i, all) => (a.startsWith('--') ? [...pairs, [a.slice(2), all[i + 1]]] : pairs), []));
if (!args.ipadic || !args.version) {
  console.error('usage: node build-ja-names.mjs --ipadic <dir with Noun.name.dic> --version <debian version>');
  process.exit(2);
}

const han = /^[\u3400-\u9fff\uf900-\ufaff々]+$/u;
const hiragana = /^[\u3041-\u309f]+$/u;
const entry = /\(品詞 \(名詞 ([^)]*)\)\) \(\(見出し語 \((\S+) \d+\)\) \(読み (\S+)\)/u;

function* entries(file) {
  for (const line of readFileSync(join(args.ipadic, file), 'utf8').split('\n')) {
    const m = entry.exec(line);
    if (m) yield { pos: m[1], word: m[2], reading: m[3] };
  }
}

const family = new Map();
const given = new Map();
// ipadic writes alternative readings in braces: {ホンダ/ホンタ}, ア{ヤ/ア}コ; every combination is a reading.
const expand = (reading) => {
  const m = /\{([^}]*)\}/u.exec(reading);
  return m ? m[1].split('/').flatMap((alt) => expand(reading.slice(0, m.index) + alt + reading.slice(m.index + m[0].length))) : [reading];
};
const add = (map, word, reading) => map.set(word, [...new Set([...(map.get(word) ?? []), ...expand(reading)])]);
const counts = { familyIn: 0, givenIn: 0 };
for (const { pos, word, reading } of entries('Noun.name.dic')) {
  if (pos === '固有名詞 人名 姓') {
    counts.familyIn++;
    // Family names in kanji, 1-3 characters (4-character family names are a handful of rare ones).
    if (han.test(word) && word.length <= 3) add(family, word, reading);
  } else if (pos === '固有名詞 人名 名') {
    counts.givenIn++;
    // Given names in kanji (1-3) or in hiragana (2-4: さとみ, あゆみ; many actresses write their given name so).
    if ((han.test(word) && word.length <= 3) || (hiragana.test(word) && word.length >= 2 && word.length <= 4)) add(given, word, reading);
  }
}

// A given name is often written in hiragana (石原さとみ, 井上さくら): every reading of a kanji given name, 2-4 kana, is also a
// hiragana given name (read only after a kanji family name, before a particle or the end of the run).
const toHiragana = (katakana) => [...katakana].map((c) => (c >= '\u30a1' && c <= '\u30f6' ? String.fromCharCode(c.charCodeAt(0) - 0x60) : c)).join('');
let hiraganaFromReadings = 0;
for (const [word, readings] of [...given]) {
  if (!han.test(word)) continue;
  for (const reading of readings) {
    const kana = toHiragana(reading);
    if (hiragana.test(kana) && kana.length >= 2 && kana.length <= 4 && !given.has(kana)) {
      given.set(kana, [reading]);
      hiraganaFromReadings++;
    }
  }
}
counts.hiraganaFromReadings = hiraganaFromReadings;

// Ordinary words that split into a listed family name and a listed given name (上司, 大黒柱, 名古屋大学): never a name.
const isName = (w) => {
  for (let a = 1; a <= 3 && a < w.length; a++) if (family.has(w.slice(0, a)) && given.has(w.slice(a))) return true;
  return false;
};
const notNames = new Set();
for (const file of ['Noun.dic', 'Noun.adjv.dic', 'Noun.verbal.dic', 'Noun.adverbal.dic', 'Noun.others.dic', 'Noun.place.dic', 'Noun.org.dic', 'Noun.number.dic']) {
  for (const { word } of entries(file)) {
    if (han.test(word) && word.length >= 2 && word.length <= 6 && isName(word) && !family.has(word) && !given.has(word)) notNames.add(word);
  }
}

const sorted = (map) => Object.fromEntries([...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([w, r]) => [w, r.slice(0, 4).join('|')]));
const out = {
  version: '1',
  description:
    'Japanese family names (kanji) and given names (kanji or hiragana) with their katakana readings, for names written in Japanese: a Han run that is a family name and a given name (本田圭佑, 新垣結衣, 石原さとみ) is read aloud (ホンダ ケイスケ) and looked up among the protected names in both orders, and is otherwise a likely real person. kanjiNotNames are ordinary words of the same dictionary that split into a family and a given name (上司, 大黒柱, 名古屋大学): never names. Built by tools/name-gazetteer/build-ja-names.mjs; do not edit by hand.',
  sources: [
    {
      source: `Debian package ipadic-common ${args.version}, /usr/share/chasen/ipadic/Noun.name.dic (人名 姓, 人名 名) and the noun, place and organisation dictionaries; IPAdic 2.7.0, Nara Institute of Science and Technology, entries largely from ICOT Free Software`,
      license: 'BSD-3-Clause with the ICOT term (NAIST/ICOT licence; text in names/NOTICE.md, "NO WARRANTY" clause included)',
    },
  ],
  counts: { familyEntries: counts.familyIn, givenEntries: counts.givenIn, familyKept: family.size, givenKept: given.size, givenInHiraganaFromReadings: counts.hiraganaFromReadings, notNames: notNames.size },
  kanjiFamilyNames: sorted(family),
  kanjiGivenNames: sorted(given),
  kanjiNotNames: [...notNames].sort(),
};
writeFileSync(new URL('../../src/GenScreen.Core/Prompts/Lexicons/Data/people/ja-names.json', import.meta.url), JSON.stringify(out, null, 0).replace(/,"(kanji|counts|sources|description)/g, ',\n"$1') + '\n');
console.log(out.counts);
