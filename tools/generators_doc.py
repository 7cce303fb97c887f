#!/usr/bin/env python3
"""Writes docs/generators.md from tools/generators.tsv: which generator writes which file, and which shared writer
module each generator calls (read from its import lines), so the list cannot drift from the scripts (session 44,
i16-tidy52). Standard library only; run from anywhere: python3 tools/generators_doc.py"""
import csv
import os
import re

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
TSV = os.path.join(ROOT, "tools", "generators.tsv")
OUT = os.path.join(ROOT, "docs", "generators.md")

# The shared modules generators import, with what they are for (their own docstrings say more).
SHARED = [
    ("fresh_rows", "tools/labelled-sets/fresh_rows.py",
     "labelled-set writers, one per set kind (people, paraphrased minors, child/adult pairs, classes, joined fragments) and "
     "the expectations PERSON, ADULT, BENIGN, BLOCK"),
    ("labelled_rows", "tools/grammar19/labelled_rows.py", "the older rounds' row writer, numbered rows and gated rows"),
    ("cue_sections", "tools/lexicon-data/cue_sections.py",
     "a generator's own section of a cue table, the older sections' rows, the stem test"),
    ("table_writer", "tools/lexicon-data/table_writer.py",
     "the one table and lexicon JSON writer, folding, stem × ending forms"),
    ("existing_terms", "tools/lexicon-data/existing_terms.py", "terms other lexicon files hold; per-language lexicon writes"),
    ("youth_files", "tools/lexicon-data/youth_files.py", "youth lexicon files"),
    ("word_forms", "tools/lexicon-data/word_forms.py",
     "forms by rule: phrases crossed, two words joined as each language writes them, concept tables, stems without their "
     "ending, Turkish possessive and case forms, the Bengali genitive"),
    ("rows", "tools/lexicon-data/rows.py", "lexicon rows"),
]
IMPORT = re.compile(r"^\s*from (\w+) import ([\w, ]+)", re.M)


def cell(text):
    return text.replace("|", "\\|")


def main():
    with open(TSV, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    scripts = sorted({r["script"] for r in rows})
    users = {name: {} for name, _, _ in SHARED}
    for script in scripts:
        path = os.path.join(ROOT, script)
        if not os.path.exists(path):
            continue
        for module, names in IMPORT.findall(open(path, encoding="utf-8").read()):
            if module in users:
                for name in (n.strip().split(" as ")[0] for n in names.split(",")):
                    users[module].setdefault(name, []).append(script)
    lines = [
        "# Generators: which script writes which file",
        "",
        "Written by `tools/generators_doc.py` from `tools/generators.tsv` (do not edit by hand; change the tsv or a script and",
        "run it again; `tools/check_generators.py` checks that it is current). The rules for generated files are in",
        "[tools/README.md](../tools/README.md): never hand-edit a generated file, change its generator and re-run it.",
        "",
        "## Shared writer modules and who calls them",
        "",
        "| Module | For | Function: generators that import it |",
        "| --- | --- | --- |",
    ]
    for module, path, about in SHARED:
        used = "; ".join(f"`{name}`: " + ", ".join(f"`{s}`" for s in sorted(set(who)))
                         for name, who in sorted(users[module].items()))
        lines.append(f"| `{path}` | {cell(about)} | {cell(used) or '(none listed)'} |")
    lines += [
        "",
        "## Generators and their files",
        "",
        "`reproduces`: `yes` the run rewrites its files byte for byte (checked by `tools/check_generators.py`); `yes (npm)` the",
        "same with third-party npm packages unpacked; `no` it cannot run here (input outside the repository) or does not",
        "reproduce; the note of its row in `tools/generators.tsv` says why. Modules that write nothing are left out.",
        "",
        "| Generator | Run | Writes | Reproduces |",
        "| --- | --- | --- | --- |",
    ]
    for r in sorted(rows, key=lambda r: (r["script"], r["run"])):
        if r["outputs"] in ("", "-"):
            continue
        run = r["run"].replace(r["script"], "…", 1) if r["run"].startswith(r["script"]) else r["run"]
        run = "" if run == "…" else run
        outputs = "<br>".join(f"`{o}`" for o in re.split(r" (?=tests/|src/|tools/|docs/)", r["outputs"]))
        lines.append(f"| `{r['script']}` | {cell(f'`{run}`' if run else '')} | {cell(outputs)} | {r['reproduces']} |")
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(sum(1 for r in rows if r["outputs"] not in ("", "-")), "generator rows ->", os.path.relpath(OUT, ROOT))


if __name__ == "__main__":
    main()
