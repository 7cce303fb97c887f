"""Shared by the build-time generators of youth-word lexicon folders (tools/children25, children26, children29): blocks of
`lang word word ...` lines as lexicon rows, and one generator's output folder (Lexicons/Data/<folder>) written afresh, each
term kept once and only when no other lexicon file already holds it. Not used at run time."""
import json
import os

from existing_terms import existing_terms

ZWNJ = "\u200c"


def by_language(*blocks, signal="minor", without_zwnj=False):
    """{lang: [row, ...]} from (block, level) pairs whose lines read `lang word word ...`. without_zwnj also lists a word
    written with the zero-width non-joiner without it (Persian نوه‌اش as نوه‌اش and نوهاش)."""
    out = {}
    for block, level in blocks:
        for line in block.strip().splitlines():
            lang, *ws = line.split()
            for w in ws:
                forms = [w] + ([w.replace(ZWNJ, "")] if without_zwnj and ZWNJ in w else [])
                out.setdefault(lang, []).extend({"term": f, "signal": signal, "level": level} for f in forms)
    return out


class YouthFolder:
    """A generator's own lexicon folder: emptied of its previous output (the other files' terms are read first, without
    it), then written language by language and as one many-language file."""

    def __init__(self, data_dir, folder, kept_elsewhere=()):
        self.out = os.path.join(data_dir, folder)
        self.elsewhere = existing_terms(data_dir, folder, kept_elsewhere)  # kept_elsewhere: as existing_terms'
        self.seen = set()
        self.skipped = []
        os.makedirs(self.out, exist_ok=True)
        for name in os.listdir(self.out):
            if name.endswith(".json"):
                os.remove(os.path.join(self.out, name))

    def keep(self, rows):
        """The rows whose term (lower case) no other lexicon file holds and this folder has not taken yet."""
        out = []
        for e in rows:
            k = e["term"].lower()
            if k in self.elsewhere:
                self.skipped.append(k)
            elif k not in self.seen:
                self.seen.add(k)
                out.append(e)
        return out

    def write_languages(self, rows_by_language, about, sources):
        """One <lang>.json per language with rows left after keep(); about may name {lang}. Returns the rows written."""
        n = 0
        for lang, rows in sorted(rows_by_language.items()):
            rows = self.keep(rows)
            if not rows:
                continue
            n += len(rows)
            self.write(f"{lang}.json", {"language": lang, "version": "1", "about": about.format(lang=lang),
                                        "sources": sources, "prompt": rows})
        return n

    def write(self, name, doc):
        with open(os.path.join(self.out, name), "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False, indent=1)
            f.write("\n")
