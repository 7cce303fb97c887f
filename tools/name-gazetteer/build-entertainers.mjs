// Builds the entertainer gazetteer files beside the world files, one per source and licence (run after build.mjs,
// build-footballers.mjs and build-world.mjs: names already listed there are left out). Offline: each source is a
// local git mirror read at a pinned commit; only its data is read, none of its code runs.
//
//   node build-entertainers.mjs \
//     --kpopnet <git dir> --kpopnet-commit <sha> \   names/kpop-idols.json (CC0-1.0)
//     --corpora <git dir> --corpora-commit <sha>     names/corpora-people.json (CC0-1.0)
//
// K-pop idols are mostly known by a one-word stage name (Jisoo, Winter), which alone is a given name or a word:
// it is kept only with the idol's group, in the orders prompts use ("Winter aespa", "aespa Winter", "Winter from
// aespa", "Winter de aespa"). Real names are kept as full names in both orders and in kanji or hanzi; Hangul forms
// are left out for now (see below).
import fs from 'node:fs'
import path from 'node:path'
import {
  data, gitShow, sorted, key, listedIn, collectorsOver, latinForm, scriptOf, functionWords,
  FILTER_COMMON, FILTER_STRICT, FILTER_NATIVE,
} from './name-forms.mjs'

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => {
  if (a.startsWith('--')) acc.push([a.slice(2), all[i + 1] && !all[i + 1].startsWith('--') ? all[i + 1] : true])
  return acc
}, []))

const collector = collectorsOver(listedIn(['gazetteer', 'footballers', 'public-figures', 'aliases', 'aliases-more',
  'politicians', 'basketball', 'cedict-people']))

const write = (file, doc) => {
  fs.writeFileSync(path.join(data, `names/${file}.json`), JSON.stringify(doc, null, 1) + '\n')
  console.log(file, JSON.stringify(doc.counts))
}

// ---- K-pop idols (kpopnet/kpopnet.json) ---------------------------------------------------------------------------
// A stage name beside its group: both parts must have two letters or more, and the stage name is no function word
// ("she", "my"), so the phrase cannot be read out of an ordinary sentence.
const letters = s => key(s).replace(/ /g, '')
// Symbols inside group names (Dal★Shabet) are written as a space: a lexicon term never mixes emoji with words.
const clean = s => s.replace(/[\p{So}\p{Sm}\p{Sk}\uFE0F\u200D]/gu, ' ').replace(/\s+/g, ' ').trim()
const stageWithGroup = (stage, group) => {
  stage = clean(stage)
  group = clean(group)
  if (letters(stage).length < 2 || letters(group).length < 2) return []
  if (key(stage).split(' ').some(w => functionWords.has(w))) return []
  const latin = scriptOf(stage) === 'latin' && scriptOf(group) === 'latin'
  if (latin) return [`${stage} ${group}`, `${group} ${stage}`, `${stage} from ${group}`, `${stage} of ${group}`, `${stage} de ${group}`]
  // Hangul: the group first, as Korean writes it ("에스파 윈터"); joined, matched also across the space.
  if (scriptOf(stage) === 'hangul' && scriptOf(group) === 'hangul') return [`${group}${stage}`.replace(/\s+/g, '')]
  return []
}
// A hyphenated given name (Kim Seon-yu) is also written joined (Kim Seonyu); Korean names are written family name
// first and prompts use both orders (the collector adds the other order of a two-word name).
const realNameForms = raw => {
  const name = raw.trim().replace(/\s+/g, ' ')
  return name.includes('-') ? [name, name.replace(/-(\p{L})/gu, (_, c) => c.toLowerCase())] : [name]
}

if (args.kpopnet) {
  const commit = args['kpopnet-commit']
  const doc = JSON.parse(gitShow(args.kpopnet, commit, 'kpopnet.json'))
  const version = JSON.parse(gitShow(args.kpopnet, commit, 'package.json')).version
  const groups = new Map(doc.groups.map(g => [g.id, g]))
  const real = collector('kpopnet real names')
  const staged = collector('kpopnet stage names with group')
  const stage = { idols: 0, withGroup: 0, forms: 0 }
  for (const idol of doc.idols) {
    const aliases = (idol.name_alias ?? '').split(',').map(a => a.trim()).filter(Boolean)
    // Full names: the real name (Latin and native), a stage name or alias that is itself a full name ("Ahn Yujin").
    // Real names in Hangul are left out: 751 more three-syllable names, most opening with the same few family names
    // (김, 이, 박), multiply the substring candidates at every Hangul character past the linear-time ceiling
    // (LinearTimeTests: 102-160 steps per character with them, 100 allowed). Kanji, hanzi and kana forms stay.
    real.add([idol.real_name, idol.real_name_original, idol.name, idol.name_original, ...aliases]
      .filter(n => n && scriptOf(n) !== 'hangul').flatMap(n => (scriptOf(n) === 'latin' ? realNameForms(n) : [n])), false, true)
    // Stage names with each of the idol's groups, Latin with Latin, Hangul with Hangul.
    stage.idols++
    const forms = []
    for (const g of idol.groups.map(id => groups.get(id)).filter(Boolean)) {
      // A parenthesised part of a group name ((G)I-DLE) reads as attention syntax in a prompt: also without it
      // (I-DLE) and with its letters kept (GI-DLE); dots left out (P.O.P, POP: the matcher joins dotted letters); in Hangul only those two, since a parenthesis ends a run.
      const variants = n => [...new Set([n, n.replace(/\([^)]*\)/g, ''), n.replace(/[()]/g, ''), n.replace(/\./g, '')].map(v => v.trim()))]
      for (const s of [idol.name, ...aliases.filter(a => scriptOf(a) === 'latin')]) for (const gn of variants(g.name)) forms.push(...stageWithGroup(s, gn))
      // Hangul forms (에스파윈터) are left out for now: with them LinearTimeTests' Hangul input took 102 steps per
      // character (ceiling 100); see docs/lexicons.md.
    }
    if (forms.length) stage.withGroup++
    staged.addExact(forms)
  }
  write('kpop-idols', {
    version: '2026.1',
    description: 'K-pop idols (mostly of girl groups), for the real-person rules: real names in Latin script (both orders) and in kanji or hanzi, and stage names only beside their group ("Winter aespa", "Winter from aespa"). Hangul forms are left out: with them the linear-time test\'s Hangul input took 102 steps per character (ceiling 100). Built offline by tools/name-gazetteer/build-entertainers.mjs (do not edit by hand; rebuild). See NOTICE.md beside this file.',
    sources: [{ source: 'kpopnet/kpopnet.json (kpopnet.json: idols, groups; compiled by its authors from selca.kastden.org)', commit: args['kpopnet-commit'], version, license: 'CC0-1.0', url: 'https://github.com/kpopnet/kpopnet.json' }],
    filter: 'Every idol of the file (many are under 18: they are protected all the same). Real names and full-name aliases: ' + FILTER_COMMON + 'Korean names also in the other order and hyphenated given names also joined; ' + FILTER_NATIVE + ' Stage names (one word, a given name or an ordinary word) only with a group: Latin "stage group", "group stage", "stage from group", "stage of group", "stage de group" (Spanish, Portuguese, French); both parts two letters or more, no function word.',
    counts: { realNames: real.counts, stageNames: { ...stage, ...staged.counts }, names: real.names.length + staged.names.length },
    exactNames: sorted([...real.names, ...staged.names]),
  })
}

// ---- Celebrities of dariusk/corpora -------------------------------------------------------------------------------
const corporaFiles = [
  ['data/humans/celebrities.json', d => d.celebrities],
  ['data/humans/britishActors.json', d => d.britishActors, 'strict'],
  ['data/humans/richpeople.json', d => d.richPeople.map(p => p.name)],
  ['data/music/xxl_freshman.json', d => Object.entries(d).filter(([k]) => /^\d{4}$/.test(k)).flatMap(([, v]) => v)],
]
if (args.corpora) {
  const commit = args['corpora-commit']
  const people = collector('dariusk/corpora')
  const perFile = {}
  for (const [file, pick, strict] of corporaFiles) {
    const names = pick(JSON.parse(gitShow(args.corpora, commit, file))).map(n => String(n).trim()).filter(Boolean)
    perFile[file] = names.length
    // The British actors are many and lesser known: the stricter filter, as for the world files.
    for (const n of names) people.add([n], strict === 'strict')
  }
  write('corpora-people', {
    version: '2026.1',
    description: 'Celebrities, British actors, the richest people and the XXL freshman rappers from dariusk/corpora, for the real-person rules. Built offline by tools/name-gazetteer/build-entertainers.mjs (do not edit by hand; rebuild). See NOTICE.md beside this file.',
    sources: [{ source: `dariusk/corpora (${corporaFiles.map(([f]) => f).join(', ')})`, commit, license: 'CC0-1.0', url: 'https://github.com/dariusk/corpora' }],
    filter: 'The lists carry no dates, so no one is left out for age or death. ' + FILTER_COMMON + 'the British actors also: ' + FILTER_STRICT + 'one-word names (Adele, Drake) left out: they are words or given names; names already listed elsewhere and fictional adults left out.',
    counts: { entriesPerFile: perFile, ...people.counts, names: people.names.length },
    exactNames: sorted(people.names),
  })
}
