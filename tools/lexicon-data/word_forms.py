"""Forms by rule, shared by the generators that write a language's word forms instead of listing them (session 45,
i16-tidy53): a phrase crossed from two word lists, two words joined as each language writes them, the rows of a concept
table, a stem without its inflectional ending, the Turkish possessive and case forms by vowel harmony, the Bengali genitive.
Each was written out again in the generator that needed it (tools/acts50/act_cues.py, tools/verbs52/lexicon.py,
tools/wear52/wear_cues.py, tools/child-statements/words*.py); the rules are unchanged, so every regenerated file is
byte-identical to what the copies wrote (python3 tools/check_generators.py). Not used at run time."""
import sys

# Scripts written without spaces between words (Han, kana, Thai): two words of a phrase are run together.
NO_SPACE = frozenset({"ja", "zh", "th"})


def cross(heads, tails, sep=" "):
    """Every head with every tail, heads outermost, sep between (a space: a phrase; "": a stem and its endings)."""
    return [h + sep + t for h in heads for t in tails]


def joined(lang, first, second):
    """Two words as the language writes them one after the other: run together in the unspaced scripts and in Korean (a
    particle or postposition joins its noun: 할머니 + 옆에서), the Hebrew prefix ל run into its noun (צמוד ל + סבתא), a space
    elsewhere."""
    if lang in NO_SPACE or lang == "ko" or (lang == "he" and first.endswith("ל")):
        return first + second
    return f"{first} {second}"


def joined_cross(lang, firsts, seconds):
    """Every first with every second (firsts outermost), each pair written by joined(): the adposition × noun phrases of a
    table whose order per language is its own (preposition first, or the noun first and its postposition after)."""
    return [joined(lang, a, b) for a in firsts for b in seconds]


def concept_words(table):
    """The (language, words) pairs of a concept table ({concept: {language: [words]}}), concepts and languages in order."""
    for langs in table.values():
        yield from langs.items()


def strip_ending(lemma, endings, keep=4):
    """The lemma without the longest of the endings that leaves at least `keep` letters (a prefix cue then reads every case
    and number form: bokserki, bokserkach; боксеры, боксерах); the lemma itself when none does."""
    for end in sorted(endings, key=len, reverse=True):
        if lemma.endswith(end) and len(lemma) - len(end) >= keep:
            return lemma[: -len(end)]
    return lemma


TR_VOWELS = "aeıioöuü"


def tr_last_vowel(word):
    """The last vowel of a Turkish word (e when it has none): the vowel its suffixes harmonise with."""
    for ch in reversed(word):
        if ch in TR_VOWELS:
            return ch
    return "e"


def tr_high(vowel):
    """The high vowel a suffix takes after `vowel` (four-way harmony: ı i u ü)."""
    return {"a": "ı", "ı": "ı", "o": "u", "u": "u", "e": "i", "i": "i", "ö": "ü", "ü": "ü"}[vowel]


def tr_possessive(noun):
    """A Turkish noun with the third-person possessive -(s)I, then its cases after the buffer n: bare, accusative -nI,
    genitive -nIn, dative -nA, locative -ndA, ablative -ndAn, and the comitative -(y)lA (annesi, annesini, annesinin,
    annesine, annesinde, annesinden, annesiyle)."""
    i = tr_high(tr_last_vowel(noun))
    poss = noun + ("s" if noun[-1] in TR_VOWELS else "") + i
    a = "a" if i in "ıu" else "e"
    return [poss, poss + "n" + i, poss + "n" + i + "n", poss + "n" + a, poss + "nd" + a, poss + "nd" + a + "n", poss + "yl" + a]


def tr_compound(word):
    """A Turkish compound noun, which ends in the possessive -(s)I already, and its locative, dative, accusative and ablative
    after the buffer n (top havuzu, top havuzunda, top havuzuna, top havuzunu, top havuzundan)."""
    last = tr_last_vowel(word)
    loc, dat, abl = ("nde", "ne", "nden") if last in "eiöü" else ("nda", "na", "ndan")
    return [word, word + loc, word + dat, word + "n" + tr_high(last), word + abl]


BN_VOWELS = set("ািীুূৃেৈোৌ") | set("অআইঈউঊঋএঐওঔ")


def bengali_genitive(word):
    """The Bengali genitive: -র after a vowel or vowel sign, -ের after a consonant."""
    return word + ("র" if word[-1] in BN_VOWELS else "ের")


if __name__ == "__main__":
    sys.exit("word_forms.py is a module of the generators, not a program")
