// Builds names/footballers.json: the players of every FIFA World Cup squad (1930-2026) from openfootball's
// worldcup data (CC0 1.0, public domain dedication), kept as a separate gazetteer file beside gazetteer.json so
// that source can be rebuilt on its own. Offline: pass a checkout (or a bare mirror) of openfootball/worldcup.
//
//   node build-footballers.mjs --worldcup /path/to/worldcup [--git-dir] --commit <sha>
//
// The squad lists (more/<year>_squads.txt) give each player as "Given SURNAME, position, b. yyyy/mm/dd".
// Kept: players born in 1950 or later (the people a prompt names today), 2-4 words, no word a common English
// word unless another is a distinctive surname, not a fictional adult, not already in gazetteer.json.
// Single-word names (mononyms such as Neymar) are left out: many are words of the player's language.
import fs from 'node:fs'
import path from 'node:path'
import { execFileSync } from 'node:child_process'

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => {
  if (a.startsWith('--')) acc.push([a.slice(2), all[i + 1] && !all[i + 1].startsWith('--') ? all[i + 1] : true])
  return acc
}, []))
if (!args.worldcup || !args.commit) {
  console.error('usage: node build-footballers.mjs --worldcup <checkout or bare git dir> --commit <sha> [--git-dir]')
  process.exit(2)
}

const root = path.resolve(import.meta.dirname, '../..')
const data = path.join(root, 'src/GenScreen.Core/Prompts/Lexicons/Data')
const read = rel => args['git-dir']
  ? execFileSync('git', ['-C', args.worldcup, 'show', `${args.commit}:${rel}`], { encoding: 'utf8', maxBuffer: 1 << 26 })
  : fs.readFileSync(path.join(args.worldcup, rel), 'utf8')
const list = () => args['git-dir']
  ? execFileSync('git', ['-C', args.worldcup, 'ls-tree', '--name-only', args.commit, 'more/'], { encoding: 'utf8' }).split('\n').filter(Boolean)
  : fs.readdirSync(path.join(args.worldcup, 'more')).map(f => 'more/' + f)

const fold = s => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()
const personWords = JSON.parse(fs.readFileSync(path.join(data, 'people/person-words.json'), 'utf8'))
const common = new Set(personWords.commonWords.map(fold))
const given = new Set(personWords.givenNames.map(fold))
const gazetteer = JSON.parse(fs.readFileSync(path.join(data, 'names/gazetteer.json'), 'utf8'))
const known = new Set([...gazetteer.names, ...gazetteer.wellKnownNames].map(fold))
const fictional = new Set(JSON.parse(fs.readFileSync(path.join(data, 'names/fictional-adults.json'), 'utf8')).fictional.map(f => fold(f.name)))

// "McKENZIE" -> "McKenzie", "DE JONG" -> "De Jong": surnames are written in capitals in the source.
const titleCase = w => /[a-z]/.test(w.slice(1)) && /^[A-Z]/.test(w) && w !== w.toUpperCase()
  ? w.replace(/[A-Z]+$/, m => m[0] + m.slice(1).toLowerCase())
  : w.charAt(0) + w.slice(1).toLowerCase()

const line = /^\s*\d+,\s*([^,]+?),\s*[A-Z]{2},\s*b\.\s*(\d{4})/
const counts = { squadFiles: 0, players: 0, bornBefore1950: 0, distinct: 0, rejected: 0, alreadyListed: 0, fictional: 0, kept: 0, mononymsLeftOut: 0 }
const names = new Map()
for (const file of list().filter(f => /_squads\.txt$/.test(f)).sort()) {
  counts.squadFiles++
  for (const raw of read(file).split('\n')) {
    const m = line.exec(raw)
    if (!m) continue
    counts.players++
    if (Number(m[2]) < 1950) { counts.bornBefore1950++; continue }
    const name = m[1].replace(/\s+/g, ' ').trim().split(' ').map(w => w.split('-').map(titleCase).join('-')).join(' ')
    if (!names.has(fold(name))) names.set(fold(name), name)
  }
}
counts.distinct = names.size

const kept = []
for (const [key, name] of names) {
  const words = key.split(' ')
  if (known.has(key)) { counts.alreadyListed++; continue }
  if (fictional.has(key)) { counts.fictional++; continue }
  if (!words.every(w => /^[\p{L}'’.-]+$/u.test(w))) { counts.rejected++; continue }
  if (words.length === 1) {
    // A mononym would match alone, and many are words of the player's language (Branco is white, Delgado
    // thin): left out; the best-known go to aliases by hand.
    counts.mononymsLeftOut++; continue
  } else if (words.length > 4) {
    counts.rejected++; continue
  } else {
    // "Fred Bull" style names of common words only would fire on ordinary text: keep a name only when its last
    // word is no common English word of 3 letters or fewer, and not every word is a common word.
    const last = words[words.length - 1]
    if (words.every(w => common.has(w)) || last.length < 3) { counts.rejected++; continue }
  }
  kept.push(name)
}
kept.sort((a, b) => a.localeCompare(b, 'en'))
counts.kept = kept.length

const doc = {
  version: '2026.1',
  description: 'Footballers of every FIFA World Cup squad born 1950 or later, for the real-person rules: built offline by tools/name-gazetteer/build-footballers.mjs from openfootball/worldcup (do not edit by hand; rebuild). See NOTICE.md beside this file.',
  sources: [{ source: 'openfootball/worldcup (more/<year>_squads.txt)', commit: args.commit, license: 'CC0-1.0', url: 'https://github.com/openfootball/worldcup' }],
  filter: 'Players born 1950 or later; 2-4 words with not every word a common English word and a last word of 3+ letters, single-word names (mononyms) left out; names already in gazetteer.json and fictional adults left out.',
  counts,
  names: kept,
}
fs.writeFileSync(path.join(data, 'names/footballers.json'), JSON.stringify(doc, null, 1) + '\n')
console.log(JSON.stringify(counts))
