// Builds names/mononyms.json: one-word names of public figures (stage names, mononyms, fan nicknames in their own
// script) and the article forms by which Romance and German speakers name a famous person by surname (la Ferragni,
// la Pausini, die Klum). Issue 16: held-out prompts named people so ("Rosalía", "la Ferragni", "キムタク", "제니") and were
// allowed. Written for GenScreen (MIT). Deterministic; no network.
//
//   node build-mononyms.mjs --titles titles.txt
//
// titles.txt: the 38,041 popular English Wikipedia titles of npm compromise-wikipedia 0.1.1 (MIT), one a line, unpacked
// from its src/_model.js with efrt's unpack (npm efrt 2.7.0, MIT) -- see README.md.
//
// A one-word name is ambiguous when it is also a word or a given name: "Lisa nude" is any Lisa. The data decide:
//   - no form that is a common word (person-words.json commonWords, SCOWL <= 50) or a stop word or term of a language
//     lexicon: Rosé is wine, Drake a duck, Usher a verb, Pink a colour -> left out;
//   - a Latin form that is a given name of the project's lists (person-words, given-names-world, given-names-cultures,
//     script-given-names) is kept alone only when compromise-wikipedia holds it as a popular title: the bare word's
//     primary topic on Wikipedia is then the person (Rekha, Kajol, Thalía), not the given name. Otherwise (Lisa, Jennie,
//     Mina, Elodie, Rosalía) it is kept only after a definite article (la Rosalía, die Lisa is not kept: see below);
//   - a native-script form (Hangul, kana, Han, Thai, Persian, Cyrillic, Bengali) alone unless a given-name list of the
//     project holds it; fan nicknames (キムタク, ガッキー, 范爷) are no given names, and a Western name in Hangul (제니,
//     카리나) is none of Korean. Arabic stage names that are Arabic given names (هيفاء Haifa, إليسا Elissa) are not in
//     mononyms.txt: the project has no Arabic given-name list to decide them, and people3-058 (إليسا with porn) is
//     labelled a likely name (review), not a listed person.
// Article forms: "la" (Italian, Spanish, French, Catalan) and "die" (German) before a surname of a famous person: the last
// word of a 2-4-word Latin name of the lists of famous people, borne by at most two people of all the names files, (Civitai's wellKnownNames in gazetteer.json, entertainers,
// public-record-people, public-record-world, corpora-people, public-figures), 5+ letters, no given name, common word,
// stop word, word of a fictional adult's name (Croft, Salander) or popular Wikipedia title of its own (Monaco, Honda). A given-name stage name also takes "la".
import fs from 'node:fs'
import path from 'node:path'
import { data, fold, read, loadWordSets } from './word-sets.mjs'

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => {
  if (a.startsWith('--')) acc.push([a.slice(2), all[i + 1]])
  return acc
}, []))
if (!args.titles) throw new Error('--titles <compromise-wikipedia titles, one a line> is required')

const titles = new Set(fs.readFileSync(args.titles, 'utf8').split('\n').map(t => t.trim().toLowerCase()).filter(Boolean))

// Given names, common English words, and the stop words and one-word terms of every language lexicon: a name that is
// a word of some language is not kept alone.
const { given, isWord } = loadWordSets()
const fictionalWords = new Set()
for (const rel of ['names/fictional-adults.json', 'people/fictional-adults-scripts.json', 'names/fictional-adults-world.json']) {
  if (!fs.existsSync(path.join(data, rel))) continue
  for (const f of read(rel).fictional ?? []) for (const w of f.name.split(/\s+/)) fictionalWords.add(fold(w))
}
const latin = s => /^[\p{Script=Latin}'’-]+$/u.test(s)

const counts = { lines: 0, aloneNotGiven: 0, aloneWikipediaTitle: 0, articleOnlyGivenName: 0, leftOutWord: 0, nativeAlone: 0, nativeGivenName: 0, surnames: 0, surnameRejected: 0, surnameCommon: 0, greekSurnames: 0 }
const decisions = []
const exact = new Set()
const articles = ['la', 'die']
for (const raw of fs.readFileSync(path.join(import.meta.dirname, 'mononyms.txt'), 'utf8').split('\n')) {
  const line = raw.trim()
  if (!line || line.startsWith('#')) continue
  counts.lines++
  const [formsPart, who] = line.split(' # ')
  const forms = formsPart.split(' | ').map(f => f.trim())
  for (const form of forms) {
    const k = fold(form)
    // A stage name of two Latin words (Karol G, Chi Pu) is no given name alone: kept when not every word is a word.
    if (form.includes(' ')) {
      if (form.split(' ').every(w => isWord(fold(w)))) { counts.leftOutWord++; decisions.push(`${form}: words, left out`); continue }
      counts.aloneNotGiven++; exact.add(form); continue
    }
    if (!latin(form)) {
      if (given.has(k) || isWord(k)) { counts.nativeGivenName++; decisions.push(`${form}: native given name or word, left out`); continue }
      counts.nativeAlone++; exact.add(form); continue
    }
    if (isWord(k)) { counts.leftOutWord++; decisions.push(`${form}: a word, left out`); continue }
    if (!given.has(k)) { counts.aloneNotGiven++; exact.add(form); continue }
    if (titles.has(form.toLowerCase()) || titles.has(k)) { counts.aloneWikipediaTitle++; exact.add(form); decisions.push(`${form}: given name, Wikipedia primary topic (${who}), alone`); continue }
    counts.articleOnlyGivenName++
    decisions.push(`${form}: given name, not a Wikipedia title, only as "la ${form}"`)
    exact.add(`la ${form}`)
  }
}

// Surnames of famous people, read after a definite article.
const famous = []
const gaz = read('names/gazetteer.json')
famous.push(...gaz.wellKnownNames)
for (const rel of ['names/entertainers.json', 'names/public-record-people.json', 'names/public-record-world.json', 'names/corpora-people.json']) famous.push(...read(rel).exactNames)
famous.push(...read('names/public-figures.json').wellKnownNames)
// How many people of all the names files (about 80,000, the politicians and footballers too) bear each surname: a
// surname of three or more is a common surname ("la García", "die Müller" is anyone's neighbour) or a word of a language
// (la Torre, la Guerra, la Fontana, die Lange), so only surnames of at most two listed people are read after an article.
const bearers = new Map()
for (const f of fs.readdirSync(path.join(data, 'names')).filter(f => f.endsWith('.json') && f !== 'mononyms.json')) {
  const doc = read(`names/${f}`)
  for (const n of [...(doc.names ?? []), ...(doc.wellKnownNames ?? []), ...(doc.exactNames ?? [])]) {
    const words = n.trim().split(/\s+/)
    if (words.length < 2) continue
    const k = fold(words[words.length - 1])
    if (!bearers.has(k)) bearers.set(k, new Set())
    bearers.get(k).add(fold(n))
  }
}
// Words of Italian, Spanish and German that the lists hold as surnames of one or two people, found by reading the kept
// surnames of up to six letters (no word list of those languages is packaged here): la negra, la testa (head), la pluma
// (pen), la poeta, la casta, la mensa (canteen), la danza (dance), die Wurst, die Kaiser, die Montag; Sunday, Samara, Milano.
const notSurnames = new Set(['danza', 'negra', 'testa', 'pluma', 'poeta', 'casta', 'mensa', 'wurst', 'kaiser', 'montag', 'sunday', 'samara', 'milano'])
const surnames = new Set()
for (const name of famous) {
  const words = name.trim().split(/\s+/)
  if (words.length < 2 || words.length > 4 || !words.every(latin)) continue
  const last = words[words.length - 1]
  const k = fold(last)
  // A surname that is itself a popular Wikipedia title has another primary sense (Belgium, Honda, Monaco, Osaka,
  // Ramadan); the last word of "X of Sweden" is a place.
  if (!/^\p{Lu}\p{Ll}{4,}$/u.test(last) || given.has(k) || isWord(k) || fictionalWords.has(k) || titles.has(last.toLowerCase())
    || words.some(w => w.toLowerCase() === 'of') || notSurnames.has(k)) { counts.surnameRejected++; continue }
  if ((bearers.get(k)?.size ?? 0) > 2) { counts.surnameCommon++; continue }
  surnames.add(last)
}
counts.surnames = surnames.size
for (const s of surnames) for (const a of articles) exact.add(`${a} ${s}`)

// Greek names a woman or a man by article and surname too (η Βανδή, η Παπαρίζου, ο Ρουβάς): the last word of a 2-4-word
// Greek name of the same lists, 4+ letters, with both articles (a surname's form says the gender, the article need not).
// Surnames that are also ordinary Greek nouns with their article (η μελέτη, the study): no Greek word list is packaged here.
const greekWords = new Set(['μελετη', 'μελετης', 'λεχου', 'καγια'].map(fold))
const greekSurnames = new Set()
for (const name of famous) {
  const words = name.trim().split(/\s+/)
  if (words.length < 2 || words.length > 4 || !words.every(w => /^[\p{Script=Greek}]+$/u.test(w))) continue
  const last = words[words.length - 1]
  if ([...last].length < 4 || given.has(fold(last)) || isWord(fold(last)) || greekWords.has(fold(last))) continue
  greekSurnames.add(last)
}
counts.greekSurnames = greekSurnames.size
for (const s of greekSurnames) for (const a of ['η', 'ο']) exact.add(`${a} ${s}`)

const out = {
  version: '1',
  description: 'One-word names of public figures (stage names, mononyms, fan nicknames in their own script) and the article forms by which Italian, Spanish, French and German speakers name a famous person by surname (la Ferragni, la Pausini, die Klum). Built by tools/name-gazetteer/build-mononyms.mjs from the hand list tools/name-gazetteer/mononyms.txt and the surnames of the famous-people lists; do not edit by hand. A one-word name that is also a word is left out; one that is also a given name stands alone only when Wikipedia\'s primary topic for the bare word is the person (compromise-wikipedia\'s popular titles), otherwise only after an article. All forms are exactNames.',
  sources: [
    { source: 'Written for GenScreen from the public record (names are facts): tools/name-gazetteer/mononyms.txt', license: 'MIT (this project)' },
    { source: 'npm compromise-wikipedia (popular English Wikipedia titles): read only to decide whether a given-name stage name is the bare word\'s primary topic; no title stored', version: '0.1.1', license: 'MIT' },
    { source: 'Surnames of the names files gazetteer.json (wellKnownNames: Civitai words-poi.json, Apache-2.0), entertainers.json, public-record-people.json, public-record-world.json, corpora-people.json (CC0), public-figures.json', license: 'as those files' },
  ],
  filter: 'Latin one-word forms: no common word (SCOWL <= 50), stop word or one-word term of a language lexicon; a given name of the project\'s lists alone only when compromise-wikipedia holds it as a title, else after "la". Native-script forms: no given name or word of the project\'s lists. Article forms: "la" and "die" (Greek "η" and "ο" before a Greek surname of 4+ letters) before the last word of a 2-4-word famous name, capitalised, 5+ letters, borne by at most two people of all the names files (about 80,000; more is a common surname or a word: la Torre, die Lange), no given name, word or word of a fictional adult\'s name.',
  counts,
  decisions,
  exactNames: [...exact].sort(),
}
fs.writeFileSync(path.join(data, 'names/mononyms.json'), JSON.stringify(out, null, 1) + '\n')
console.log(counts)
