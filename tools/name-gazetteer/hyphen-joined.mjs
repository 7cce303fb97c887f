// Writes names/hyphen-joined.json: the joined form of every hyphenated protected name whose hyphen-joined word is a
// word of some lexicon term. The matcher merges a run split by punctuation into one word when the merged word is a
// term word (SplitWords: "Tay-lor" -> "taylor"), so once any list holds "Jihyun", a prompt's "Jun Ji-Hyun" reads
// "jun jihyun" and would miss the listed "Jun Ji-Hyun". Both spellings listed, the name matches either way. Only
// merged words that are already term words are written, so the file adds no new word and so no new merge.
// Run last, after every other names file is written:  node hyphen-joined.mjs
import fs from 'node:fs'
import path from 'node:path'
import { data, fold, sorted } from './name-forms.mjs'

const skip = new Set(['description', 'sources', 'filter', 'counts', 'about', 'note', 'source', 'license', 'url', 'commit', 'version', 'work', 'canon', 'franchise'])
const words = new Set()
const names = []
const walk = (v, file, field) => {
  if (typeof v === 'string') {
    for (const w of fold(v).split(/[^\p{L}\p{N}]+/u)) if (w) words.add(w)
    if (file.startsWith('names/') && file !== 'names/hyphen-joined.json' && ['names', 'wellKnownNames', 'exactNames'].includes(field)) names.push(v)
  } else if (Array.isArray(v)) v.forEach(x => walk(x, file, field))
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) if (!skip.has(k)) walk(x, file, k)
}
const files = fs.readdirSync(data, { recursive: true }).filter(f => f.endsWith('.json')).sort()
for (const f of files) walk(JSON.parse(fs.readFileSync(path.join(data, f), 'utf8')), f.replaceAll(path.sep, '/'), '')

const joined = new Set()
const listed = new Set(names.map(fold))
for (const name of names) {
  // Each hyphen run (Ji-Hyun, Seon-yu) joined when the joined word is a term word; the rest of the name kept.
  const form = name.replace(/\p{L}+(?:-\p{L}+)+/gu, run => (words.has(fold(run.replaceAll('-', ''))) ? run.replace(/-(\p{L})/gu, (_, c) => c.toLowerCase()) : run))
  if (form !== name && !listed.has(fold(form))) joined.add(form)
}
const doc = {
  version: '2026.1',
  description: 'Joined spellings of hyphenated protected names (Jun Ji-Hyun -> Jun Jihyun) whose joined word is a word of some lexicon term, so the matcher\'s merge of split words cannot hide the name. Built offline by tools/name-gazetteer/hyphen-joined.mjs from the other names files (do not edit by hand; rebuild after any names file changes). The names are those of the other files, under their licences (NOTICE.md).',
  sources: [{ source: 'the other names/*.json files of this folder', license: 'as each source file (see NOTICE.md)' }],
  counts: { hyphenatedNames: names.filter(n => /\p{L}-\p{L}/u.test(n)).length, joinedForms: joined.size },
  exactNames: sorted([...joined]),
}
fs.writeFileSync(path.join(data, 'names/hyphen-joined.json'), JSON.stringify(doc, null, 1) + '\n')
console.log(JSON.stringify(doc.counts))
