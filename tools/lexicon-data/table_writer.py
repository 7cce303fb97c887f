"""The one writer of the build-time table generators (session 32, i16-mend40): tab-separated cue tables
(tools/acts38/act_order.py, tools/people23/uploaded_cues.py, and through cue_sections.py tools/people23/media_cues.py and the
roles generators) and lexicon JSON files (through existing_terms.py tools/lang18/generate.py and the sexual26–31 generators).
Each of those had its own copy of the folding, the row formatting or the JSON dump; the formats are unchanged, so every
regenerated file is byte-identical to what the copies wrote. Not used at run time."""
import json
import sys
import unicodedata


def fold(s):
    """The term without diacritics (Vietnamese đ as d), as tools/office-cues/build.py writes Latin rows."""
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def is_spaced_cased(s):
    """True for Latin, Cyrillic and Greek terms: the scripts whose rows are also written without diacritics."""
    return all(c.isascii() or '\u00c0' <= c <= '\u052f' or '\u0370' <= c <= '\u03ff' for c in s if c.isalpha())


def with_folded(term):
    """The term, then its form without diacritics when it is Latin, Cyrillic or Greek and differs."""
    return [term, fold(term)] if is_spaced_cased(term) and fold(term) != term else [term]


def split_cues(words, sep="|"):
    """The non-empty, stripped cues of one table cell ("a|b|c", or space-separated with sep=None)."""
    return [c.strip() for c in words.split(sep) if c.strip()]


def table_lines(comment_lines, rows):
    """Comment lines, then one tab-separated line per row (a tuple of cells)."""
    return list(comment_lines) + ["\t".join(r) for r in rows]


def write_table(path, comment_lines, rows):
    """Writes a whole table file (UTF-8, "\\n" line ends, a final newline); path None or "-" writes to standard output.
    Returns the number of rows."""
    lines = table_lines(comment_lines, rows)
    if path in (None, "-"):
        for line in lines:
            print(line)
    else:
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
    return len(lines) - len(comment_lines)


def write_lexicon(path, doc):
    """Writes one lexicon data file as every generator does: UTF-8, one-space indent, a final newline."""
    with open(path, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
        f.write("\n")


def cross(stems, endings):
    """Every stem with every ending, stems outermost: the inflected forms a generator writes by rule."""
    return [s + e for s in stems for e in endings]


def unique_words(table):
    """The words of a {language: [word]} table in order, each once, empty ones left out (a lexicon's flat word list)."""
    return list(dict.fromkeys(w for words in table.values() for w in words if w))


if __name__ == "__main__":
    sys.exit("table_writer.py is a module of the generators, not a program")
