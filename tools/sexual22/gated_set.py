#!/usr/bin/env python3
"""Writes tests/GenScreen.Core.Tests/Data/labelled-prompts.sexual22.jsonl: the fresh and check items of session 21
(i16-sexual22) that the branch decides as labelled under both policies (no miss in the branch's eval outputs beside them,
Data/sexual22/*-eval-branch.txt), so every row passes the CI gate. Rows are copied as written; labels keep their set.
Run: python3 tools/sexual22/gated_set.py
"""
import json, re, sys, pathlib
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent / "grammar19"))
from labelled_rows import write

DATA = pathlib.Path("tests/GenScreen.Core.Tests/Data")
rows = []
for name in ("fresh", "check"):
    missed = set(re.findall(r"^\s+(i16-sexual22-\S+) \[", (DATA / "sexual22" / f"{name}-eval-branch.txt").read_text(encoding="utf-8"), re.M))
    for line in (DATA / "sexual22" / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        if item["id"] not in missed:
            rows.append(item)
write(rows, DATA / "labelled-prompts.sexual22.jsonl", len({r["lang"] for r in rows}))
