// The word lists of the project that decide whether a name form is also a word or a given name: given names
// (person-words, given-names-world, given-names-cultures, script-given-names), common English words (SCOWL <= 50,
// person-words commonWords), and the stop words and one-word terms of every language lexicon. Shared by
// build-groups.mjs, build-stage-typos.mjs and build-mononyms.mjs; forEachLexiconWord by the given-name builders.
import fs from 'node:fs'
import path from 'node:path'

export const root = path.resolve(import.meta.dirname, '../..')
export const data = path.join(root, 'src/GenScreen.Core/Prompts/Lexicons/Data')
export const fold = s => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()
export const read = rel => JSON.parse(fs.readFileSync(path.join(data, rel), 'utf8'))

export function loadWordSets () {
  const given = new Set()
  const common = new Set()
  for (const rel of ['people/person-words.json', 'people/given-names-world.json', 'people/given-names-cultures.json', 'people/script-given-names.json']) {
    const doc = read(rel)
    for (const w of [...(doc.givenNames ?? []), ...(doc.latinGivenNames ?? [])]) given.add(fold(w))
    for (const w of doc.commonWords ?? []) common.add(fold(w))
  }
  const languageWords = new Set()
  for (const dir of ['', 'more', 'langs5', 'langs6', 'romanised']) {
    const full = path.join(data, dir)
    if (!fs.existsSync(full)) continue
    for (const f of fs.readdirSync(full).filter(f => f.endsWith('.json'))) {
      const doc = JSON.parse(fs.readFileSync(path.join(full, f), 'utf8'))
      for (const w of doc.stopWords ?? []) languageWords.add(fold(w))
      for (const w of doc.commonWords ?? []) languageWords.add(fold(w))
      for (const t of [...(doc.prompt ?? []), ...(doc.negative ?? [])]) if (t.term && !t.term.includes(' ')) languageWords.add(fold(t.term))
    }
  }
  const isWord = k => common.has(k) || languageWords.has(k)
  return { given, common, languageWords, isWord }
}

// Calls add(word) for every word of the language lexicons (the words of each term of any signal, and the stop words),
// names/ and people/ left out: a word one of them holds is an ordinary word somewhere, so no given name. The caller
// decides the written forms it keeps (build-given-names-faker26.mjs and build-given-names29.mjs keep the NFD-folded and
// the NFC lower-case form).
export function forEachLexiconWord (add, dir = data) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const f = path.join(dir, e.name)
    if (e.isDirectory()) { if (e.name !== 'names' && e.name !== 'people') forEachLexiconWord(add, f); continue }
    if (!e.name.endsWith('.json')) continue
    const d = JSON.parse(fs.readFileSync(f, 'utf8'))
    for (const t of [...(d.prompt ?? []), ...(d.negative ?? [])]) for (const w of String(t.term).split(/\s+/)) add(w)
    for (const w of d.stopWords ?? []) add(w)
  }
}

// The stems of the Hunspell dictionaries of 16 languages (npm dictionary-<lang>, devDependencies): a filter at build time
// only, so that a name form that is an ordinary word of one of those languages (Spanish cascada, Turkish duman,
// Indonesian... not among them) is not read as a name; no word of them is written to the project's data. Their licences
// (GPL, LGPL, MPL, BSD, MIT; see each package) allow this use; the output holds only the project's own forms.
export const dictionaryLanguages = ['en', 'es', 'fr', 'it', 'de', 'nl', 'pl', 'pt', 'ru', 'sv', 'tr', 'uk', 'el', 'ro', 'da', 'cs']
export function loadDictionaryWords () {
  const words = new Set()
  const versions = {}
  for (const lang of dictionaryLanguages) {
    const dir = path.join(import.meta.dirname, 'node_modules', `dictionary-${lang}`)
    versions[`dictionary-${lang}`] = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).version
    const lines = fs.readFileSync(path.join(dir, 'index.dic'), 'utf8').split('\n')
    for (let i = 1; i < lines.length; i++) {
      const stem = lines[i].split('/')[0].trim()
      // Stems written with a capital are names of the dictionary (places, people): no ordinary word.
      if (stem && stem === stem.toLowerCase()) words.add(fold(stem))
    }
  }
  return { words, versions }
}
