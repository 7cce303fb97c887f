#!/usr/bin/env python3
"""Per-language table (mature, must-block blocked) of `genscreen eval prompts` outputs for docs/lexicons.md (i16-lang18).
Usage: table.py fresh.main fresh.branch check.main check.branch batch20.main batch20.branch"""
import re, sys


def per_lang(path, label_filter=None):
    text = open(path).read().split("policy strict")[0]
    rows = {}
    block = text.split("by language")[1].split("by file")[0]
    for m in re.finditer(r"^\s+([a-z]{2})\s+\d+\s+\d+\s+[\d.]+ %\s+(\d+)/(\d+)", block, re.M):
        rows[m.group(1)] = (int(m.group(2)), int(m.group(3)))
    return rows


def basic_minors_b20(path):
    """Batch 20 minors-basic per language: 20 per language minus the minors-basic misses listed."""
    text = open(path).read().split("policy strict")[0]
    miss = {}
    for m in re.finditer(r"h20-minors-basic-([a-z]{2})-\d+ \[", text):
        miss[m.group(1)] = miss.get(m.group(1), 0) + 1
    return miss


fm, fb, cm, cb = (per_lang(p) for p in sys.argv[1:5])
bm, bb = basic_minors_b20(sys.argv[5]), basic_minors_b20(sys.argv[6])
print("| Language | fresh, main | fresh, branch | check, main | check, branch | batch 20 basic minors, main | batch 20, branch (development) |")
print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
for lang in sorted(fm):
    f = lambda r: f"{r[lang][0]}/{r[lang][1]}"
    print(f"| {lang} | {f(fm)} | {f(fb)} | {f(cm)} | {f(cb)} | {20 - bm.get(lang, 0)}/20 | {20 - bb.get(lang, 0)}/20 |")
