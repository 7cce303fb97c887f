"""Shared by the build-time generators that own one section of a cue table such as
src/GenScreen.Core/Prompts/Rules/Data/office-cues.tsv (tools/people23/media_cues.py, tools/roles26/role_cues.py): the
rows of `kind, language, term` tables and the rewrite of the generator's own section. Not used at run time.
Folding and row formatting are table_writer.py's (session 32), re-exported here for the generators that import them."""
import os

from table_writer import fold, is_spaced_cased, table_lines  # noqa: F401  (fold, is_spaced_cased: re-exported)

# src/GenScreen.Core/Prompts/Rules/Data: where the cue tables live.
RULES_DATA = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "src", "GenScreen.Core",
                                           "Prompts", "Rules", "Data"))


def older_rows(path, marker):
    """The (kind, language, term) rows of a cue table above the line that opens with marker, in file order: what the
    sections written before a generator's own hold (its own section and those after it are not read). Shared by
    tools/roles33, roles40, roles46, roles49 and roles51 (session 44, i16-tidy52)."""
    rows = []
    for line in open(path, encoding="utf-8"):
        if line.startswith(marker):
            break
        cells = line.rstrip("\n").split("\t")
        if len(cells) == 3 and not line.startswith("#"):
            rows.append((cells[0], cells[1], cells[2]))
    return rows


def stem_completer(older):
    """A test of new office rows against the older ones: true for a role or service phrase whose first word lengthens an
    older role, service or town stem of its language (депутатк -> "депутатка городской думы"). Such a row would take the
    stem's place in the longest match and leave the capitalised town after it unread, while the stem and its anchors already
    read those prompts, so tools/roles46 and roles49 leave it out."""
    stems = {}
    for kind, lang, term in older:
        if kind in ("role", "service", "town"):
            stems.setdefault(lang, set()).add(term)

    def completes_stem(kind, lang, term):
        if kind not in ("role", "service") or " " not in term:
            return False
        first = term[: term.index(" ")]
        return first not in stems.get(lang, ()) and any(first.startswith(o) and len(first) > len(o) for o in stems.get(lang, ()))

    return completes_stem


def cue_rows(tables, lower=False):
    """Sorted unique (kind, language, term) rows of (kind, {language: "term|term"}) tables; Latin, Cyrillic and Greek
    terms also without diacritics. lower strips and lower-cases each term first (for tables written in mixed case)."""
    out = set()
    for kind, table in tables:
        for lang, words in table.items():
            for w in filter(None, ((x.strip().lower() if lower else x) for x in words.split("|"))):
                out.add((kind, lang, w))
                if is_spaced_cased(w) and fold(w) != w:
                    out.add((kind, lang, fold(w)))
    return sorted(out)


# A section ends where another writer's begins: a `# Branch ` line, or (session 33) a `# Session ` line such as
# office-cues.tsv's i16-roles36 section, which tools/roles33/role_cues.py used to swallow.
SECTION_HEADS = ("# Branch ", "# Session ")


def write_section(path, marker, comment_lines, rows):
    """Rewrites the section of path that opens with the marker line, up to the next `# Branch ` or `# Session ` section or the end, as
    comment_lines (the first starts with marker) and the tab-separated rows; appends it when the file has none yet.
    Sections after it are kept, so generators can be re-run in any order. Returns the number of rows written."""
    lines = open(path, encoding="utf-8").read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    start = next((i for i, l in enumerate(lines) if l.startswith(marker)), len(lines))
    end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith(SECTION_HEADS)
                and not lines[i].startswith(marker)), len(lines))
    section = table_lines(comment_lines, rows)
    lines[start:end] = section
    open(path, "w", encoding="utf-8").write("\n".join(lines) + "\n")
    return len(rows)
