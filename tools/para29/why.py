#!/usr/bin/env python3
"""Prints one line per screened prompt: id, decision, the minor and adult terms read (session 25, i16-para29).
Usage: genscreen screen prompts FILE --policy mature | python3 tools/para29/why.py"""
import json, sys
for line in sys.stdin:
    d = json.loads(line)
    terms = [f"{r['code'].split('.')[-1]}:{r.get('term','')}" for r in d["reasons"] if r["code"] in ("term.minor", "term.adult", "term.person")]
    codes = [r["code"] for r in d["reasons"] if not r["code"].startswith("term.")]
    print(d["id"], d["decision"], " ".join(codes), " | ", "; ".join(terms))
