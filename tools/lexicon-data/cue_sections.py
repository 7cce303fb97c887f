"""Shared by the build-time generators that own one section of a cue table such as
src/GenScreen.Core/Prompts/Rules/Data/office-cues.tsv (tools/people23/media_cues.py, tools/roles26/role_cues.py): the
rows of `kind, language, term` tables and the rewrite of the generator's own section. Not used at run time."""
import unicodedata


def fold(s):
    """The term without diacritics (Vietnamese đ as d), as tools/office-cues/build.py writes Latin rows."""
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def is_spaced_cased(s):
    """True for Latin, Cyrillic and Greek terms: the scripts whose rows are also written without diacritics."""
    return all(c.isascii() or '\u00c0' <= c <= '\u052f' or '\u0370' <= c <= '\u03ff' for c in s if c.isalpha())


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


def write_section(path, marker, comment_lines, rows):
    """Rewrites the section of path that opens with the marker line, up to the next `# Branch ` section or the end, as
    comment_lines (the first starts with marker) and the tab-separated rows; appends it when the file has none yet.
    Sections after it are kept, so generators can be re-run in any order. Returns the number of rows written."""
    lines = open(path, encoding="utf-8").read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    start = next((i for i, l in enumerate(lines) if l.startswith(marker)), len(lines))
    end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("# Branch ")
                and not lines[i].startswith(marker)), len(lines))
    section = list(comment_lines) + ["\t".join(r) for r in rows]
    lines[start:end] = section
    open(path, "w", encoding="utf-8").write("\n".join(lines) + "\n")
    return len(rows)
