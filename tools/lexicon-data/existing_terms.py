"""Shared by the build-time lexicon generators (tools/langs7, cues16, sexual17, lang18, sexual26/29/30): the prompt and negative terms that the
lexicon data files already list, so a generator can leave out what another file holds. Not used at run time."""
import glob
import json
import os

from table_writer import write_lexicon  # noqa: F401  (re-exported: generators import it from here)


def existing_terms(root, own_folder, kept_elsewhere=()):
    """Lower-cased terms of every lexicon JSON file under root, except the generator's own folder (its previous output).
    kept_elsewhere (session 33): terms the generator wrote before a later file also listed them; they do not count as
    held elsewhere, so the generator still writes them and reproduces its committed files."""
    seen = set()
    # abspath: a root written "tools/x/../../src/…" from the generator's folder x would hold "/x/" in every path
    # and every file would be skipped as the generator's own (session 40: minors48 listed terms youth21 holds)
    root = os.path.abspath(root)
    for path in glob.glob(os.path.join(root, "**", "*.json"), recursive=True):
        if os.sep + own_folder + os.sep in path:
            continue
        try:
            doc = json.load(open(path, encoding="utf-8"))
        except Exception:
            continue
        if isinstance(doc, dict):
            for key in ("prompt", "negative"):
                for t in doc.get(key, []) or []:
                    if isinstance(t, dict) and "term" in t:
                        seen.add(t["term"].lower())
    return seen - {t.lower() for t in kept_elsewhere}


def _prompt_entries(root, own_folder):
    """(language, entry) for every prompt term of the lexicon JSON files under root, except the generator's own folder."""
    for path in sorted(glob.glob(os.path.join(os.path.abspath(root), "**", "*.json"), recursive=True)):
        if os.sep + own_folder + os.sep in path:
            continue
        try:
            other = json.load(open(path, encoding="utf-8"))
        except (ValueError, UnicodeDecodeError):
            continue
        if isinstance(other, dict) and isinstance(other.get("prompt"), list):
            for e in other["prompt"]:
                if isinstance(e, dict) and "term" in e:
                    yield other.get("language"), e


def listed_by_language(root, own_folder):
    """(language, term) pairs of the prompt terms every lexicon JSON file under root lists, as written (not lower-cased), except
    the generator's own folder; a file that names no language gives (None, term). For generators that leave out a term only
    where the same language, or every language, already holds it (tools/play42, tools/minors43: one owner per term)."""
    return {(language, e["term"]) for language, e in _prompt_entries(root, own_folder)}


def levels_by_term(root, own_folder, language, signal):
    """{term: level} of the prompt terms with that signal that the lexicon JSON files under root list for one language, except the
    generator's own folder (session 36, tools/minors43: the forms a listed child term also takes, written from the listed terms)."""
    found = {}
    for lang, e in _prompt_entries(root, own_folder):
        if lang == language and e.get("signal") == signal:
            found.setdefault(e["term"], e.get("level", 2))
    return found


def new_terms(terms, seen, dropped, dup):
    """The (term, kind) pairs of a generator's list that no other lexicon file holds (seen), that are not dropped and not
    listed twice (dup, lower-cased, updated in place). A spaced Hangul phrase is followed by its joined form: the matcher
    joins a spaced Hangul compound before lookup, so the spaced form alone never matches (라텍스 의상 → 라텍스의상)."""
    expanded = []
    for term, kind in terms:
        expanded.append((term, kind))
        if " " in term and any("\uac00" <= c <= "\ud7a3" for c in term):
            expanded.append((term.replace(" ", ""), kind))
    kept = []
    for term, kind in expanded:
        key = term.lower()
        if key in seen or key in dup or term in dropped:
            continue
        dup.add(key)
        kept.append((term, kind))
    return kept


def write_language_files(root, folder, data, about, sources, dropped, entry=None, finish=None, kept_elsewhere=()):
    """The write loop the generators share: for each language of data (language -> [(term, (signal, level))]), the terms no
    other lexicon file holds (new_terms) as entries, in a document {language, version, about, sources, prompt} written to
    root/folder/<language>.json, and the counts printed. entry(language, term, entry) may add fields to an entry (returns it);
    finish(language, doc, kept, seen, dup) may add the generator's own parts to the document and to kept before it is written.
    kept_elsewhere: as existing_terms'."""
    seen = existing_terms(root, folder, kept_elsewhere)
    out = os.path.join(root, folder)
    os.makedirs(out, exist_ok=True)
    total = 0
    for lang, terms in data.items():
        dup = set()
        kept = []
        for term, kind in new_terms(terms, seen, dropped, dup):
            e = {"term": term, "signal": kind[0], "level": kind[1]}
            kept.append(entry(lang, term, e) if entry else e)
        text = about.get(lang, about[""]) if isinstance(about, dict) else about
        doc = {"language": lang, "version": "1", "about": text, "sources": sources}
        if finish:
            finish(lang, doc, kept, seen, dup)
        doc["prompt"] = kept
        write_lexicon(os.path.join(out, lang + ".json"), doc)
        total += len(kept)
        print(lang, len(kept))
    print("total", total)


def write_term_files(root, folder, table, about, source, only=None, kept_elsewhere=()):
    """Writes root/folder/<lang>.json for every language of table ({lang: [((signal, level), term, ...), ...]}) and of only
    ({lang: [term, ...]}: nudity words of level 4 that count only where the prompt shows their language), leaving out the
    table's terms that another lexicon file already holds (existing_terms) or that it repeats. Shared by tools/sexual26, 29
    and 30 (each had its own copy). about is one text for every file, or {lang: text, "": the others'} where a later session
    added words to one language's file. Returns (kept, skipped)."""
    existing = existing_terms(root, folder, kept_elsewhere)  # kept_elsewhere: as existing_terms'
    only = only or {}
    os.makedirs(os.path.join(root, folder), exist_ok=True)
    kept = skipped = 0
    for lang in sorted(set(table) | set(only)):
        entries, seen = [], set()
        for (signal, level), *terms in table.get(lang, []):
            for t in terms:
                if t.lower() in existing or t.lower() in seen:
                    skipped += 1
                    continue
                seen.add(t.lower())
                entries.append({"term": t, "signal": signal, "level": level})
        for t in only.get(lang, []):
            entries.append({"term": t, "signal": "sexual", "level": 4, "languageOnly": True})
        text = about.get(lang, about[""]) if isinstance(about, dict) else about
        doc = {"language": lang, "version": "1", "about": text,
               "sources": [{"source": source, "license": "MIT (this project)"}],
               "prompt": entries}
        write_lexicon(os.path.join(root, folder, lang + ".json"), doc)
        kept += len(entries)
    return kept, skipped
